import JSZip from 'jszip';

/**
 * A .docx as the text layout the importer reads: table cells separated by tabs, rows and
 * paragraphs on their own lines. Paragraphs inside one cell are joined without a break, since Word
 * wraps labels such as 「结果\n维持」 that way.
 */
export async function docxToText(bytes: Buffer | ArrayBuffer): Promise<string> {
  const zip = await JSZip.loadAsync(bytes);
  const document = zip.file('word/document.xml');
  if (!document) throw new Error('not a Word document: word/document.xml is missing');
  return documentXmlToText(await document.async('string'));
}

const TAG = /<(\/?)(w:tbl|w:tr|w:tc|w:p|w:t|w:tab|w:br|w:cr)(?=[\s/>])[^>]*?(\/?)>|([^<]+)|<[^>]*>/g;

export function documentXmlToText(xml: string): string {
  let out = '';
  let tableDepth = 0;
  let inText = false;
  for (const m of xml.matchAll(TAG)) {
    const [, closing, tag, selfClosing, text] = m;
    if (text !== undefined) {
      if (inText) out += decode(text);
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

function decode(text: string): string {
  return text
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&#(\d+);/g, (_m, d: string) => String.fromCodePoint(Number(d)))
    .replace(/&#x([0-9a-f]+);/gi, (_m, h: string) => String.fromCodePoint(parseInt(h, 16)))
    .replace(/&amp;/g, '&');
}
