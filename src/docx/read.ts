import { checkDeclaredSizes, readEntry, readZipDirectory } from '../zip/package';
import { decodeXml } from '../zip/xml';

export { ZipDamagedError } from '../zip/package';

/**
 * A .docx as the text layout the importer reads: table cells separated by tabs, rows and
 * paragraphs on their own lines. Paragraphs inside one cell are joined without a break, since Word
 * wraps labels such as 「结果\n维持」 that way.
 */
export async function docxToText(bytes: Buffer | ArrayBuffer): Promise<string> {
  // The central directory first: the parts' count and declared sizes are checked before inflating,
  // and only word/document.xml is inflated, stopped at its limit (LimitExceededError).
  const data = bytes instanceof ArrayBuffer ? new Uint8Array(bytes) : new Uint8Array(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const entries = readZipDirectory(data);
  checkDeclaredSizes(entries);
  const document = readEntry(data, entries, 'word/document.xml', 'docxDocumentBytes');
  if (!document) throw new Error('not a Word document: word/document.xml is missing');
  return documentXmlToText(new TextDecoder('utf-8').decode(document));
}

const TAG = /<(\/?)(w:tbl|w:tr|w:tc|w:p|w:t|w:tab|w:br|w:cr)(?=[\s/>])[^>]*?(\/?)>|([^<]+)|<[^>]*>/g;

export function documentXmlToText(xml: string): string {
  let out = '';
  let tableDepth = 0;
  let inText = false;
  for (const m of xml.matchAll(TAG)) {
    const [, closing, tag, selfClosing, text] = m;
    if (text !== undefined) {
      if (inText) out += decodeXml(text);
      continue;
    }
    if (!tag) continue;
    const open = !closing;
    switch (tag) {
      case 'w:t':
        inText = open && !selfClosing;
        break;
      case 'w:tab':
        out += tableDepth ? ' ' : '\t';
        break;
      case 'w:br':
      case 'w:cr':
        out += tableDepth ? '' : '\n';
        break;
      case 'w:p':
        if ((!open || selfClosing) && !tableDepth) out += '\n';
        break;
      case 'w:tc':
        if (!open) out += '\t';
        break;
      case 'w:tr':
        if (!open) out += '\n';
        break;
      case 'w:tbl':
        tableDepth += open ? 1 : -1;
        if (!open) out += '\n';
        break;
    }
  }
  return out.replace(/\n{3,}/g, '\n\n');
}
