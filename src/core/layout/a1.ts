/** A1 address helpers. Rows and columns are 0-based everywhere in the core. */

export function columnLetter(col: number): string {
  let n = col + 1;
  let s = '';
  while (n > 0) {
    const r = (n - 1) % 26;
    s = String.fromCharCode(65 + r) + s;
    n = Math.floor((n - 1) / 26);
  }
  return s;
}

export function columnIndex(letters: string): number {
  let n = 0;
  for (const ch of letters.toUpperCase()) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n - 1;
}

export function cellAddress(row: number, col: number): string {
  return `${columnLetter(col)}${row + 1}`;
}

export function rangeAddress(row: number, col: number, rowSpan = 1, colSpan = 1): string {
  const first = cellAddress(row, col);
  return rowSpan === 1 && colSpan === 1 ? first : `${first}:${cellAddress(row + rowSpan - 1, col + colSpan - 1)}`;
}

/** Absolute form for defined names: $A$1:$C$3. */
export function absoluteRange(row: number, col: number, rowSpan = 1, colSpan = 1): string {
  const abs = (r: number, c: number) => `$${columnLetter(c)}$${r + 1}`;
  const first = abs(row, col);
  return rowSpan === 1 && colSpan === 1 ? first : `${first}:${abs(row + rowSpan - 1, col + colSpan - 1)}`;
}

/** Quotes a sheet name for use in a reference when Excel would: 'Sheet name'!A1. */
export function quoteSheetName(name: string): string {
  return /^[A-Za-z_][A-Za-z0-9_.]*$/.test(name) ? name : `'${name.replace(/'/g, "''")}'`;
}

export interface CellRef {
  row: number;
  col: number;
}

/** Parses "B7" or "$B$7". */
export function parseCell(address: string): CellRef {
  const m = /^\$?([A-Za-z]+)\$?(\d+)$/.exec(address.trim());
  if (!m) throw new Error(`not a cell address: ${address}`);
  return { row: Number(m[2]) - 1, col: columnIndex(m[1]) };
}

export interface RangeRef {
  sheet?: string;
  row: number;
  col: number;
  rowSpan: number;
  colSpan: number;
}

/** Parses "A1", "A1:C3", "Sheet!A1:C3", "'表三 依申请公开'!$A$1:$C$3". */
export function parseRange(address: string): RangeRef {
  let sheet: string | undefined;
  let rest = address.trim();
  const bang = rest.lastIndexOf('!');
  if (bang >= 0) {
    sheet = rest.slice(0, bang);
    if (sheet.startsWith("'") && sheet.endsWith("'")) sheet = sheet.slice(1, -1).replace(/''/g, "'");
    rest = rest.slice(bang + 1);
  }
  const [a, b] = rest.split(':');
  const start = parseCell(a);
  const end = b ? parseCell(b) : start;
  return {
    sheet,
    row: Math.min(start.row, end.row),
    col: Math.min(start.col, end.col),
    rowSpan: Math.abs(end.row - start.row) + 1,
    colSpan: Math.abs(end.col - start.col) + 1,
  };
}

/**
 * A used range's cells placed where they sit on the sheet, so that row and column indexes are the
 * sheet's (blank rows above it, blank cells left of it): how the report sheet's reader takes them.
 */
export function gridFromA1(at: { row: number; col: number }, values: unknown[][]): unknown[][] {
  return [...Array<unknown[]>(at.row).fill([]), ...values.map((r) => [...Array<unknown>(at.col).fill(''), ...r])];
}
