import type { TableId } from '../../format';
import { absoluteRange } from '../a1';

/** The sheets and defined names of one set of report sheets, and a free set beside existing ones. */

export type SheetKey = 'info' | TableId | 'inputs';

/** In workbook order: 基本信息, the three tables, then 正文素材 (the structured inputs for the narrative). */
export const SHEET_TITLES: Record<SheetKey, string> = {
  info: '基本信息',
  active: '表二 主动公开',
  applications: '表三 依申请公开',
  review: '表四 复议诉讼',
  inputs: '正文素材',
};

/** Defined names; a second inserted copy gets the suffix _2, and so on. */
export const NAME_BASES = {
  agency: 'NB_AGENCY',
  year: 'NB_YEAR',
  format: 'NB_FORMAT',
  period: 'NB_PERIOD',
  active: 'NB_T2',
  applications: 'NB_T3',
  review: 'NB_T4',
  applicationsCheck: 'NB_T3_CHECK',
  /** Columns A:B of the group and field rows of 正文素材. */
  inputs: 'NB_INPUTS',
} as const;
export type NameKey = keyof typeof NAME_BASES;

export function sheetNameFor(key: SheetKey, copy = 1): string {
  return copy > 1 ? `${SHEET_TITLES[key]} (${copy})` : SHEET_TITLES[key];
}

export function definedNameFor(key: NameKey, copy = 1): string {
  return copy > 1 ? `${NAME_BASES[key]}_${copy}` : NAME_BASES[key];
}

/** Absolute A1 reference of a defined name, e.g. '表三 依申请公开'!$A$4:$J$31. */
export function nameReference(plan: { sheet: string; row: number; col: number; rowSpan: number; colSpan: number }, quote: (sheet: string) => string): string {
  return `${quote(plan.sheet)}!${absoluteRange(plan.row, plan.col, plan.rowSpan, plan.colSpan)}`;
}

/** The sheets of one set, in workbook order. */
export const SHEET_KEYS: readonly SheetKey[] = Object.keys(SHEET_TITLES) as SheetKey[];
export const NAME_KEYS: readonly NameKey[] = Object.keys(NAME_BASES) as NameKey[];

export interface ExistingReportSheets {
  /** Our sheet names (and defined names) that already exist in the workbook. */
  conflicts: string[];
  /** The first copy number whose sheet and defined names are all free. */
  nextCopy: number;
}

/**
 * Given the names present in a workbook, the conflicts of the first set and the first copy whose sheet
 * and defined names are all free (compared case-insensitively, as Excel and WPS compare them). Every
 * writer (the add-in, `init --into`) inserts beside what is there through this.
 */
export function findFreeCopy(sheetNames: readonly string[], definedNames: readonly string[]): ExistingReportSheets {
  const sheets = new Set(sheetNames.map((n) => n.toLowerCase()));
  const names = new Set(definedNames.map((n) => n.toLowerCase()));
  const taken = (copy: number) => [
    ...SHEET_KEYS.map((k) => sheetNameFor(k, copy)).filter((n) => sheets.has(n.toLowerCase())),
    ...NAME_KEYS.map((k) => definedNameFor(k, copy)).filter((n) => names.has(n.toLowerCase())),
  ];
  let nextCopy = 1;
  while (taken(nextCopy).length > 0) nextCopy++;
  return { conflicts: taken(1), nextCopy };
}
