/**
 * A report's text as lines, with what is not the report's own: page numbers (「- 12 -」, 「— 4 —」,
 * 「第 3 页」), form feeds and the running headers a PDF repeats at the top of each page. Those are
 * marked, never read as values or words. Web text flattened onto one line is cut before its section
 * headings, so that the rest of the importer sees lines.
 */
export interface SourceLine {
  text: string;
  /** 1-based line in the original text (lines cut from one long line share its number). */
  number: number;
  /** Offset of `text` in the original text. */
  offset: number;
  page: number;
  furniture: boolean;
  /** Cells of a delimited line (set by the lexer). */
  cells?: number;
}

/** Page numbers as printed: dashes both sides, 第N页 (共M页), Page N of M. A bare number is never furniture. */
const PAGE_NUMBER =
  /^[\s\u3000]*(?:[-—–－―~～·•_]+[\s\u3000]*\d{1,4}[\s\u3000]*[-—–－―~～·•_]+|第[\s\u3000]*\d{1,4}[\s\u3000]*页(?:[\s\u3000]*[，,/／]?[\s\u3000]*共[\s\u3000]*\d{1,4}[\s\u3000]*页)?|(?:page|Page|PAGE)\s*\d{1,4}(?:\s*(?:of|\/)\s*\d{1,4})?)[\s\u3000]*$/;

export function isPageNumber(text: string): boolean {
  return PAGE_NUMBER.test(text);
}

export function sourceLines(text: string): SourceLine[] {
  const lines: SourceLine[] = [];
  let offset = 0;
  let page = 1;
  const raw = text.split(/\r\n|\r|\n/);
  for (let i = 0; i < raw.length; i++) {
    let line = raw[i];
    let start = offset;
    offset += line.length + (text[offset + line.length] === '\r' && text[offset + line.length + 1] === '\n' ? 2 : 1);
    if (line.includes('\f')) {
      // pdftotext starts each page with a form feed; one inside a line is a break all the same.
      const leading = /^\f+/.exec(line)?.[0].length ?? 0;
      page += (line.match(/\f/g) ?? []).length;
      start += leading;
      line = line.slice(leading).replace(/\f/g, ' ');
    }
    lines.push({ text: line, number: i + 1, offset: start, page, furniture: isPageNumber(line) });
  }
  markRunningHeaders(lines);
  return lines;
}

/** A line that opens (or closes) two or more pages with the same text is a running header (footer). */
function markRunningHeaders(lines: SourceLine[]): void {
  if (lines[lines.length - 1]?.page === 1) return;
  const edges = new Map<string, SourceLine[]>();
  const add = (line: SourceLine | undefined) => {
    if (!line) return;
    const key = line.text.replace(/[\s\u3000]+/g, '').replace(/\d+/g, '#');
    // Words, not a row of numbers: two pages may well start with 「0 0 0 0」.
    if (key.length < 4 || !/[\u4e00-\u9fffA-Za-z][^]*[\u4e00-\u9fffA-Za-z]/.test(key)) return;
    edges.set(key, [...(edges.get(key) ?? []), line]);
  };
  for (let i = 0; i < lines.length; i++) {
    const first = lines[i].page !== lines[i - 1]?.page;
    if (!first) continue;
    const content = (from: number, step: number) => {
      for (let j = from; j >= 0 && j < lines.length && lines[j].page === lines[from].page; j += step) {
        if (!lines[j].furniture && lines[j].text.trim()) return lines[j];
      }
      return undefined;
    };
    add(content(i, 1));
    if (i > 0) add(content(i - 1, -1));
  }
  for (const group of edges.values()) if (group.length >= 2) for (const line of group) line.furniture = true;
}
