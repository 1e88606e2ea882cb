/** A1 addresses and rectangles, as Excel writes them. */

import { fail } from './errors';
import type { SheetModel } from './model';

export interface Rect {
  row: number;
  col: number;
  rowSpan: number;
  colSpan: number;
}

export const MAX_ROWS = 1_048_576;
export const MAX_COLS = 16_384;
/** Per-cell work beyond this many cells is refused: a limit of the double, not of Excel. */
export const CELL_LIMIT = 1_000_000;

export function columnLetters(col: number): string {
  let s = '';
  for (let n = col + 1; n > 0; n = Math.floor((n - 1) / 26)) s = String.fromCharCode(65 + ((n - 1) % 26)) + s;
  return s;
}

export function columnIndex(letters: string): number {
  let n = 0;
  for (const ch of letters.replace(/\$/g, '').toUpperCase()) n = n * 26 + ch.charCodeAt(0) - 64;
  return n - 1;
}

/** Excel leaves a sheet name bare only when it is one word (letters of any script) that is not a reference. */
export function quoteSheetName(name: string): string {
  const bare = /^[\p{L}_][\p{L}\p{N}_.]*$/u.test(name) && !/^[A-Za-z]{1,3}\d+$/.test(name) && !/^[RrCc]\d*([RrCc]\d*)?$/.test(name);
  return bare ? name : `'${name.replace(/'/g, "''")}'`;
}

export function rectAddress(r: Rect, absolute = false): string {
  const $ = absolute ? '$' : '';
  if (r.col === 0 && r.colSpan === MAX_COLS) return `${$}${r.row + 1}:${$}${r.row + r.rowSpan}`;
  if (r.row === 0 && r.rowSpan === MAX_ROWS) return `${$}${columnLetters(r.col)}:${$}${columnLetters(r.col + r.colSpan - 1)}`;
  const cell = (row: number, col: number) => `${$}${columnLetters(col)}${$}${row + 1}`;
  const first = cell(r.row, r.col);
  return r.rowSpan === 1 && r.colSpan === 1 ? first : `${first}:${cell(r.row + r.rowSpan - 1, r.col + r.colSpan - 1)}`;
}

export const qualified = (sheet: SheetModel, r: Rect, absolute = false) => `${quoteSheetName(sheet.name)}!${rectAddress(r, absolute)}`;

/** Parses A1, $A$1:B2, A:C, 1:3, optionally after `Sheet!` or `'Sheet name'!`. */
export function parseAddress(address: string): { sheet?: string; rect: Rect } {
  const text = String(address).trim();
  const quoted = /^'((?:[^']|'')+)'!(.+)$/.exec(text);
  const bare = quoted ? null : /^([^'!]+)!(.+)$/.exec(text);
  const sheet = quoted ? quoted[1].replace(/''/g, "'") : bare?.[1];
  const parts = (quoted?.[2] ?? bare?.[2] ?? text).split(':');
  const bad = (): never => fail('InvalidArgument', `address '${address}'`);
  if (parts.length > 2) bad();
  const [a, b = parts[0]] = parts;
  const cell = /^\$?([A-Za-z]{1,3})\$?(\d+)$/;
  const ca = cell.exec(a);
  const cb = cell.exec(b);
  let rows: number[];
  let cols: number[];
  if (ca && cb) [rows, cols] = [[+ca[2] - 1, +cb[2] - 1], [columnIndex(ca[1]), columnIndex(cb[1])]];
  else if (parts.length === 2 && /^\$?[A-Za-z]{1,3}$/.test(a) && /^\$?[A-Za-z]{1,3}$/.test(b)) [rows, cols] = [[0, MAX_ROWS - 1], [columnIndex(a), columnIndex(b)]];
  else if (parts.length === 2 && /^\$?\d+$/.test(a) && /^\$?\d+$/.test(b)) [rows, cols] = [[+a.replace('$', '') - 1, +b.replace('$', '') - 1], [0, MAX_COLS - 1]];
  else return bad();
  const rect = { row: Math.min(...rows), col: Math.min(...cols), rowSpan: Math.abs(rows[1] - rows[0]) + 1, colSpan: Math.abs(cols[1] - cols[0]) + 1 };
  checkRect(rect);
  return { sheet, rect };
}

export function checkRect(r: Rect): Rect {
  const ints = [r.row, r.col, r.rowSpan, r.colSpan].every(Number.isInteger);
  if (!ints || r.row < 0 || r.col < 0 || r.rowSpan < 1 || r.colSpan < 1 || r.row + r.rowSpan > MAX_ROWS || r.col + r.colSpan > MAX_COLS) {
    fail('InvalidArgument', `range outside the worksheet: ${JSON.stringify(r)}`);
  }
  return r;
}

export const intersects = (a: Rect, b: Rect) => a.row < b.row + b.rowSpan && b.row < a.row + a.rowSpan && a.col < b.col + b.colSpan && b.col < a.col + a.colSpan;
export const contains = (o: Rect, i: Rect) => i.row >= o.row && i.col >= o.col && i.row + i.rowSpan <= o.row + o.rowSpan && i.col + i.colSpan <= o.col + o.colSpan;

export function intersection(a: Rect, b: Rect): Rect | null {
  if (!intersects(a, b)) return null;
  const row = Math.max(a.row, b.row);
  const col = Math.max(a.col, b.col);
  return { row, col, rowSpan: Math.min(a.row + a.rowSpan, b.row + b.rowSpan) - row, colSpan: Math.min(a.col + a.colSpan, b.col + b.colSpan) - col };
}
