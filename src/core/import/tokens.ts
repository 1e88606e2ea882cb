/**
 * Report text as a stream of cells. Real reports come as text extracted from Word (one cell per
 * line), Markdown pipe tables, tab-separated rows and HTML fragments turned into text; all of them
 * become the same token stream: one token per table cell or text line, with its source line.
 */
export interface Token {
  text: string;
  /** 1-based line in the source text. */
  line: number;
}

const RESIDUE = /\[bookmark:[^\]]*\]/gi;
const SPACES = /[\s\u3000\u00a0\u200b\ufeff]+/g;

/** Splits on line breaks, tabs and Markdown pipes; drops empty cells and Markdown table rules. */
export function tokenize(text: string, firstLine = 1): Token[] {
  const tokens: Token[] = [];
  text.split(/\r\n|\r|\n/).forEach((raw, i) => {
    const line = raw.replace(RESIDUE, '');
    if (/^\s*\|?\s*:?-{3,}/.test(line)) return; // |---|---| rules
    for (const cell of line.split(/\t|\|/)) {
      const trimmed = cell.replace(/^[\s\u3000\u00a0#>*]+|[\s\u3000\u00a0]+$/g, '');
      for (const part of splitNumberRun(trimmed)) tokens.push({ text: part, line: firstLine + i });
    }
  });
  return tokens;
}

/** Whitespace-free form for comparing labels. */
export function squash(text: string): string {
  return text.replace(RESIDUE, '').replace(SPACES, '');
}

const FULL_DIGITS = /[０-９]/;

/**
 * Whether a token is a table value rather than a label: a number, possibly signed, with a unit,
 * full-width, or a placeholder such as 「/」「-」「无」. Values are kept exactly as written.
 */
export function looksLikeValue(text: string): boolean {
  const t = squash(text);
  if (/^[+-]?\d+(\.\d+)?$/.test(t)) return true;
  if (/^\d{1,3}(,\d{3})+$/.test(t)) return true; // 51,249: read as 51249 (import.ts valueOf)
  if (FULL_DIGITS.test(t) && /^[+-]?[０-９\d]+([.．][０-９\d]+)?$/.test(t)) return true;
  if (/^(减|增|增加|减少)?[+-]?\d+(\.\d+)?(件|个|条|项|万元|元)?$/.test(t)) return true;
  if (/^[/／\\\-－—–]+$/.test(t) || /^(无|空)$/.test(t)) return true;
  return false;
}

// A value as reports write it in a row: 117, -185, 减1, +3, 75万元, 0.35, and the placeholders / - 无.
const VALUE = String.raw`(?:\d{1,3}(?:,\d{3})+|(?:减少|增加|减|增)?[+-]?\d+(?:\.\d+)?(?:件|个|条|项|万元|元)?|[/／\-－—]|无)`;
const NUMBER_RUN = new RegExp(String.raw`^(?:(.*?[^\d\s.．、])[\s\u3000]+)?(${VALUE}(?:[\s\u3000]+${VALUE})*)$`);

/**
 * PDF text and plain text put a row on one line separated by spaces: 「1.属于国家秘密 0 0 0 0 0 0 0」,
 * 「行政许可 51249」. A trailing run of space-separated numbers becomes one token per number, and the
 * label before it one token; anything else (「收到 17 件」) stays whole. Only table sections are read
 * for cells, so prose is not at risk.
 */
function splitNumberRun(cell: string): string[] {
  if (!cell) return [];
  if (!/[\s\u3000]/.test(cell)) return [cell];
  const m = NUMBER_RUN.exec(cell);
  if (!m || !m[2]) return [cell];
  const numbers = m[2].split(/[\s\u3000]+/);
  return [...(m[1] ? [m[1].trim()] : []), ...numbers];
}
