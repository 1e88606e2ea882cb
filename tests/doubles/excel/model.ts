/* eslint-disable @typescript-eslint/no-explicit-any */
/** The workbook model as plain data: sheets, cells and their formats, names, validations, conditional formats; cell helpers. */

import { CELL_LIMIT, qualified, rectAddress } from './a1';
import type { Rect } from './a1';
import { fail } from './errors';

export type CellValue = string | number | boolean | null;
export type Side = 'top' | 'bottom' | 'left' | 'right';

export interface BorderModel {
  style: string;
  weight?: string;
  color?: string;
}

export interface CellFormat {
  locked: boolean;
  formulaHidden?: boolean;
  numberFormat: string;
  fill?: string;
  fontName?: string;
  fontSize?: number;
  bold?: boolean;
  italic?: boolean;
  fontColor?: string;
  horizontal?: string;
  vertical?: string;
  wrap?: boolean;
  borders: Partial<Record<Side, BorderModel>>;
}

export interface CellModel {
  /** The constant typed in; null for empty and for formula cells. */
  value: CellValue;
  formula?: string;
  format: CellFormat;
}

export interface ValidationModel {
  rule?: any;
  prompt?: any;
  errorAlert?: any;
  ignoreBlanks?: boolean;
}

export interface ConditionalFormatModel {
  id: string;
  sheet: SheetModel;
  rects: Rect[];
  type: string;
  formula?: string;
  fill?: string;
  fontColor?: string;
  bold?: boolean;
  italic?: boolean;
  stopIfTrue?: boolean;
  deleted?: boolean;
}

export interface NameModel {
  name: string;
  /** The sheet a sheet-scoped name belongs to; null for workbook scope. */
  scope: SheetModel | null;
  /** Where a range name points; both unset for a #REF! name whose sheet was deleted. */
  sheet: SheetModel | null;
  rect?: Rect;
  /** A name that is not a range keeps its formula. */
  constant?: string;
  comment: string;
  visible: boolean;
  deleted?: boolean;
}

export interface SheetModel {
  id: string;
  name: string;
  visibility: 'Visible' | 'Hidden' | 'VeryHidden';
  deleted?: boolean;
  cells: Map<string, CellModel>;
  merges: Rect[];
  validations: Map<string, ValidationModel>;
  conditionalFormats: ConditionalFormatModel[];
  columnWidths: Map<number, number>;
  hiddenColumns: Set<number>;
  rowHeights: Map<number, number>;
  freeze?: { rows: number; columns: number };
  protection: { protected: boolean; options?: Record<string, unknown>; password?: string };
  /** Page layout properties that were set (ExcelApi 1.9); reads fall back to Excel's defaults. */
  pageLayout: Record<string, unknown>;
  tabColor?: string;
  showGridlines?: boolean;
  /** Sheet-scoped names (ExcelApi 1.4), by lower-case name. */
  names: Map<string, NameModel>;
  /** The sheet's selection, shown when it is active. */
  selection: Rect[];
  /** onChanged handlers (ExcelApi 1.7), called after the sync that applied a change. */
  changeHandlers: ((args: any) => unknown)[];
}

export interface SeedSheet {
  name: string;
  /** A1 address → value; a string starting with "=" is a formula. */
  cells?: Record<string, string | number | boolean | null>;
  /** A1 address or range → format fields for those cells (e.g. `{ fill: '#FFFF00', locked: false }`). */
  formats?: Record<string, Partial<Omit<CellFormat, 'borders'>>>;
  merges?: string[];
  /** Sheet-scoped names: name → address on this sheet. */
  names?: Record<string, string>;
  /** Protect the sheet: true, or the protection options. */
  protection?: boolean | Record<string, unknown>;
  visibility?: 'Visible' | 'Hidden' | 'VeryHidden';
}

export interface DoubleOptions {
  /** Workbook-scoped names: name → "Sheet!A1:B2". */
  names?: Record<string, string>;
  /** Document settings already saved in the workbook. */
  settings?: Record<string, unknown>;
  activeSheet?: string;
  /** Highest ExcelApi version the host reports; '1.8' unless given. */
  excelApi?: string;
}

export const key = (row: number, col: number) => `${row},${col}`;
export const unkey = (k: string) => k.split(',').map(Number) as [number, number];
export const defaultFormat = (): CellFormat => ({ locked: true, numberFormat: 'General', borders: {} });
export const DEFAULT_FORMAT_JSON = JSON.stringify(defaultFormat());
export const DEFAULT_COLUMN_WIDTH = 48; // points: 8.43 characters of Calibri 11
export const DEFAULT_ROW_HEIGHT = 15;

export function clone<T>(v: T): T {
  return v === undefined ? v : JSON.parse(JSON.stringify(v));
}

export const rc = (k: string) => {
  const [row, col] = unkey(k);
  return { row, col };
};

export function nameReference(n: NameModel): string {
  if (n.constant !== undefined) return n.constant;
  return n.sheet && n.rect ? qualified(n.sheet, n.rect) : '#REF!';
}

export function cellOf(sheet: SheetModel, row: number, col: number): CellModel | undefined {
  return sheet.cells.get(key(row, col));
}

export function ensureCell(sheet: SheetModel, row: number, col: number): CellModel {
  let cell = sheet.cells.get(key(row, col));
  if (!cell) sheet.cells.set(key(row, col), (cell = { value: null, format: defaultFormat() }));
  return cell;
}

export function eachIn(r: Rect, fn: (row: number, col: number, i: number, j: number) => void): void {
  if (r.rowSpan * r.colSpan > CELL_LIMIT) throw new Error(`Excel double: per-cell work on ${rectAddress(r)} (more than ${CELL_LIMIT} cells) is not modelled`);
  for (let i = 0; i < r.rowSpan; i++) for (let j = 0; j < r.colSpan; j++) fn(r.row + i, r.col + j, i, j);
}

export const ERROR_LITERALS = new Set(['#NULL!', '#DIV/0!', '#VALUE!', '#REF!', '#NAME?', '#NUM!', '#N/A']);

/** Excel's reading of input: "=…" a formula, "'…" literal text, numeric text a number; '@' cells keep text. */
export function parseInput(input: unknown, numberFormat: string): { value: CellValue; formula?: string } {
  if (typeof input === 'number' || typeof input === 'boolean') return { value: input };
  if (typeof input !== 'string') return fail('InvalidArgument', `a cell cannot hold ${JSON.stringify(input)}`);
  if (input.length > 32767) fail('InvalidArgument', 'text longer than 32767 characters');
  if (input === '') return { value: null };
  if (numberFormat === '@') return { value: input };
  if (input.startsWith('=') && input.length > 1) {
    if (input.length > 8192) fail('FormulaLengthExceedsLimit');
    return { value: null, formula: input };
  }
  if (input.startsWith("'")) return { value: input.slice(1) };
  if (/^\s*[+-]?(\d+(\.\d*)?|\.\d+)([eE][+-]?\d+)?\s*$/.test(input)) return { value: Number(input) };
  if (/^(true|false)$/i.test(input)) return { value: input.toUpperCase() === 'TRUE' };
  return { value: input };
}
