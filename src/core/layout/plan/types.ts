import type { CellData } from '../../cells';
import type { FormatVersion } from '../../format';
import type { NarrativeInputs } from '../../inputs/types';
import type { StyleRole } from '../styles';
import type { NameKey, SheetKey } from './names';

export interface ValidationPlan {
  kind: 'whole' | 'decimal' | 'any';
  /** Inclusive bounds; absent for 'any'. */
  min?: number;
  max?: number;
  /** Input message shown when the cell is selected (Excel: title ≤ 32, message ≤ 255 chars). */
  prompt: { title: string; message: string };
  error?: { title: string; message: string };
}

export interface PlannedCell {
  row: number;
  col: number;
  style: StyleRole;
  value?: string | number | null;
  formula?: string;
  /** The formula's value, as a spreadsheet computes it from the plan's own inputs. */
  result?: string | number;
  cellId?: string;
  locked: boolean;
  validation?: ValidationPlan;
}

export interface Rect {
  row: number;
  col: number;
  rowSpan: number;
  colSpan: number;
}

export interface ConditionalPlan extends Rect {
  /** Formula relative to the top-left cell, without "=". */
  formula: string;
  look: 'ok' | 'bad';
}

export interface SheetPlan {
  /** 'report' is the 报告正文 sheet, written on demand rather than inserted with the rest. */
  key: SheetKey | 'report' | 'charts';
  name: string;
  columnWidths: number[]; // in characters, as Excel counts them
  rowHeights: Record<number, number>; // points
  cells: PlannedCell[];
  merges: Rect[];
  conditionalFormats: ConditionalPlan[];
  /**
   * fit 'page' (default): the sheet prints on one page; 'width': one page wide, as many pages tall as
   * needed. footer: the centre footer in the spreadsheet's codes (&P the page, &N the pages).
   */
  print: { landscape: boolean; titleRows?: { first: number; last: number }; fit?: 'page' | 'width'; footer?: string };
  /** Columns hidden from view (metadata the tools keep beside the clerk's text). */
  hiddenColumns?: number[];
  freeze?: { rows: number; columns: number };
  protect: boolean;
}

export interface NamePlan extends Rect {
  key: NameKey;
  name: string;
  sheet: string;
}

export interface WorkbookPlan {
  format: FormatVersion;
  copy: number;
  sheets: SheetPlan[];
  names: NamePlan[];
  /** Where each table cell ID lives. */
  addressOf: ReadonlyMap<string, { sheet: string; row: number; col: number }>;
}

export interface PlanOptions {
  format?: FormatVersion;
  year?: number | null;
  agency?: string | null;
  /** Values to fill in, by cell ID (as `nianbao init --data`). */
  cells?: CellData;
  /** 1 for the first set of sheets; 2, 3 … for copies kept beside existing ones. */
  copy?: number;
  /** Values to fill into 正文素材 (lists one item per line). */
  inputs?: NarrativeInputs;
}

/** Every printed sheet says which page it is: 「第 1 页，共 2 页」. */
export const PAGE_FOOTER = '第 &P 页，共 &N 页';

/** Where each table starts on its sheet: below the title and the subtitle. */
export const TABLE_TOP = 3;

export type AddName = (key: NameKey, sheet: string, rect: Rect) => void;
