import { docxToText } from '../../src/docx/read';
import { decodeXml } from '../../src/zip/xml';
import { buildZip } from '../support/zip';

describe('XML text of a package part', () => {
  it('decodes entities and character references, and keeps a reference to no character as written', () => {
    expect(decodeXml('&lt;表&gt; &quot;&apos; &#20013;&#x6587; &amp;amp;')).toBe(`<表> "' 中文 &amp;`);
    // Past U+10FFFF there is no character: String.fromCodePoint would throw on a damaged or crafted part.
    expect(decodeXml('a&#99999999;b&#x110000;c')).toBe('a&#99999999;b&#x110000;c');
  });

  it('reads a .docx whose text holds a reference to no character', async () => {
    const document = `<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body><w:p><w:r><w:t>一、总体情况&#99999999;</w:t></w:r></w:p></w:body></w:document>`;
    const bytes = buildZip([
      { name: '[Content_Types].xml', data: '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>' },
      { name: 'word/document.xml', data: document },
    ]);
    expect(await docxToText(bytes)).toContain('一、总体情况&#99999999;');
  });
});
