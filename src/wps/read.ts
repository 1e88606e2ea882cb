import {
  completeGridsByLabels,
  definedNameFor,
  gridFromA1,
  LABEL_SEARCH_AREA,
  parseRange,
  readWorkbookGrids,
  reportSheetName,
  sheetNameFor,
  sheetsToSearch,
  type NameKey,
  type ReadResult,
  type SheetArea,
  type TableGrid,
  type TableId,
  type WorkbookGrids,
} from '../core';
import { SpreadsheetError } from '../port';
import { member } from './application';
import { toWpsError } from './errors';
import { at } from './render';
import type { WpsRange, WpsWorkbook, WpsWorksheet } from './types';
import { activeWorkbook, asGrid, definedNames, sheetNames, sheetsOf } from './workbook';
import type { WpsApplication } from './types';

const TABLE_KEYS: TableId[] = ['active', 'applications', 'review'];
const INFO_KEYS = ['agency', 'year', 'format'] as const;

/**
 * Reads the report through the ranges behind our defined names (which follow the tables when a
 * clerk inserts rows or renames a sheet) and hands the grids to the core's reader, exactly as the
 * Office.js adapter does.
 */
export function readReport(app: WpsApplication, copy = 1): ReadResult {
  let grids: WorkbookGrids;
  try {
    grids = readGrids(activeWorkbook(app), copy);
  } catch (error) {
    throw toWpsError(error, '读取年报工作表');
  }
  if (Object.keys(grids.tables).length === 0) {
    throw new SpreadsheetError(
      '没有找到年报工作表（表二、表三、表四）。请先在“插入工作表”中插入；若工作表已在却仍看到此提示，说明加载项记下的表格位置已被删除，表格的官方表头也找不到了（可能被改写），请另插入一套工作表，把数字复制过去。',
      undefined,
      'noReportSheets',
    );
  }
  return readWorkbookGrids(grids);
}

function readGrids(book: WpsWorkbook, copy: number): WorkbookGrids {
  const names = definedNames(book);
  const present = new Set(sheetNames(book));
  const sheets = sheetsOf(book);
  const rangeOf = (key: NameKey): { range: WpsRange; sheet: string; row: number; col: number } | null => {
    const ref = names.get(definedNameFor(key, copy).toLowerCase());
    if (!ref?.sheet || !present.has(ref.sheet)) return null;
    return { range: at(sheets.Item(ref.sheet), ref), sheet: ref.sheet, row: ref.row, col: ref.col };
  };
  const grid = (found: NonNullable<ReturnType<typeof rangeOf>>, withFormulas: boolean): TableGrid => {
    const values = asGrid(found.range.Value2);
    const result: TableGrid = { sheet: found.sheet, row: found.row, col: found.col, values };
    if (withFormulas) result.formulas = formulasOf(found.range, values);
    return result;
  };

  const result: WorkbookGrids = { info: {}, tables: {} };
  for (const key of INFO_KEYS) {
    const found = rangeOf(key);
    if (found) result.info[key] = asGrid(found.range.Value2)[0][0];
  }
  for (const key of TABLE_KEYS) {
    const found = rangeOf(key);
    if (found) result.tables[key] = grid(found, true);
  }
  const inputs = rangeOf('inputs');
  const inputsSheet = sheetNameFor('inputs', copy);
  if (inputs) {
    result.inputs = grid(inputs, false);
  } else if (present.has(inputsSheet)) {
    // NB_INPUTS deleted: the sheet itself, its fields found by label as the .xlsx reader does.
    const used = usedRange(sheets.Item(inputsSheet));
    if (used.col === 0) result.inputs = { sheet: inputsSheet, row: used.row, col: 0, values: used.values.map((r) => r.slice(0, 2)) };
  }
  const reportName = reportSheetName(copy);
  if (present.has(reportName)) {
    const used = usedRange(sheets.Item(reportName));
    result.report = { sheet: reportName, values: gridFromA1(used, used.values) };
  }
  // A name gone: the core finds the tables by their labels in the sheets it asks for.
  const search = sheetsToSearch(sheetNames(book), copy, result);
  return search.length > 0 ? completeGridsByLabels(result, search.flatMap((name) => searchArea(sheets.Item(name), name)), copy) : result;
}

/** The used cells of a sheet within the label search area (A1:AX2000), none for an empty sheet. */
function searchArea(sheet: WpsWorksheet, name: string): SheetArea[] {
  const used = parseRange(member<string>(member<WpsRange>(sheet, 'UsedRange'), 'Address').replace(/\$/g, ''));
  const rowSpan = Math.min(used.row + used.rowSpan, LABEL_SEARCH_AREA.rows) - used.row;
  const colSpan = Math.min(used.col + used.colSpan, LABEL_SEARCH_AREA.columns) - used.col;
  if (rowSpan <= 0 || colSpan <= 0) return [];
  const range = at(sheet, { row: used.row, col: used.col, rowSpan, colSpan });
  const values = asGrid(range.Value2);
  return [{ sheet: name, row: used.row, col: used.col, values, formulas: formulasOf(range, values) }];
}

/** WPS gives a constant's Formula as text ("5"); only "=…" marks a formula, so constants keep their values. */
export function formulasOf(range: WpsRange, values: unknown[][]): unknown[][] {
  return asGrid(range.Formula).map((row, i) => row.map((f, j) => (typeof f === 'string' && f.startsWith('=') ? f : values[i][j])));
}

function usedRange(sheet: { UsedRange: unknown }): { row: number; col: number; values: unknown[][] } {
  const range = member<WpsRange>(sheet, 'UsedRange');
  const where = parseRange(member<string>(range, 'Address').replace(/\$/g, ''));
  return { row: where.row, col: where.col, values: asGrid(range.Value2) };
}
