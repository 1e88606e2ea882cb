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
  type ReadResult,
  type SheetArea,
  type TableGrid,
  type TableId,
  type WorkbookGrids,
} from '../core';
import { ExcelAdapterError, toAdapterError } from './errors';
import { recalledCopy } from './settings';

const TABLE_KEYS: TableId[] = ['active', 'applications', 'review'];
const INFO_KEYS = ['agency', 'year', 'format'] as const;

/**
 * At most two round trips whatever the workbook's size. The first loads the ranges behind our
 * defined names (which follow the tables when a clerk inserts rows or renames a sheet), 正文素材
 * included, and reads them with the core's reader.
 *
 * Only *OrNullObject calls are chained, so a missing name yields null objects instead of failing
 * the whole batch; `isNullObject` is read after the sync. Only when a name is gone does a second
 * sync load the sheets the core's label search needs (`sheetsToSearch`), each within its bounded area.
 */
export async function readReport(copy: number = recalledCopy()): Promise<ReadResult> {
  let grids: WorkbookGrids;
  try {
    grids = await Excel.run(async (context) => {
      const finish = queueReportRead(context, copy);
      const sheets = context.workbook.worksheets.load('items/name');
      await context.sync();
      const result = finish();
      return completeByLabels(context, copy, result, sheets.items.map((sheet) => sheet.name));
    });
  } catch (error) {
    throw toAdapterError(error, '读取年报工作表');
  }
  return readGrids(grids);
}

/**
 * When a defined name is gone, finds the tables by their labels (the core's search) in one more round
 * trip over the sheets the search needs, each within its bounded area; otherwise no round trip.
 */
export async function completeByLabels(context: Excel.RequestContext, copy: number, grids: WorkbookGrids, sheetNames: string[]): Promise<WorkbookGrids> {
  const search = sheetsToSearch(sheetNames, copy, grids);
  if (search.length === 0) return grids;
  // The stored cells of each sheet within the search area: a used range inside A1:AX2000.
  const areas = search.map((name) =>
    context.workbook.worksheets
      .getItemOrNullObject(name)
      .getRangeByIndexes(0, 0, LABEL_SEARCH_AREA.rows, LABEL_SEARCH_AREA.columns)
      .getUsedRangeOrNullObject(true)
      .load('values,formulas,address'),
  );
  await context.sync();
  const loaded = areas.flatMap((range): SheetArea[] => {
    if (range.isNullObject) return [];
    const where = parseRange(range.address);
    return [{ sheet: where.sheet ?? '', row: where.row, col: where.col, values: range.values, formulas: range.formulas }];
  });
  return completeGridsByLabels(grids, loaded, copy);
}

/**
 * Queues the loads behind our defined names (for an operation that reads and writes in one round
 * trip each); the returned function builds the grids after the sync. No label search: that needs a
 * round trip of its own (completeByLabels).
 */
export function queueReportRead(context: Excel.RequestContext, copy: number): () => WorkbookGrids {
  const names = context.workbook.names;
  const rangeOf = (key: Parameters<typeof definedNameFor>[0], props: string) =>
    names.getItemOrNullObject(definedNameFor(key, copy)).getRangeOrNullObject().load(props);
  const info = INFO_KEYS.map((key) => [key, rangeOf(key, 'values')] as const);
  const tables = TABLE_KEYS.map((key) => [key, rangeOf(key, 'values,formulas,address')] as const);
  // 正文素材 (absent in workbooks inserted before it existed: a null object, not an error).
  const inputs = rangeOf('inputs', 'values,address');
  // Should NB_INPUTS have been deleted, the sheet itself, its fields found by label as the .xlsx reader does.
  const inputsSheet = context.workbook.worksheets.getItemOrNullObject(sheetNameFor('inputs', copy)).getUsedRangeOrNullObject(true).load('values,address');
  // 报告正文: its text for the rules, its paragraphs for regenerating.
  const report = context.workbook.worksheets.getItemOrNullObject(reportSheetName(copy)).getUsedRangeOrNullObject(true).load('values,address');
  return () => {
    const result: WorkbookGrids = { info: {}, tables: {} };
    for (const [key, range] of info) if (!range.isNullObject) result.info[key] = range.values[0][0];
    for (const [key, range] of tables) {
      if (range.isNullObject) continue;
      const where = parseRange(range.address);
      const grid: TableGrid = { sheet: where.sheet ?? '', row: where.row, col: where.col, values: range.values, formulas: range.formulas };
      result.tables[key] = grid;
    }
    if (!inputs.isNullObject) {
      const where = parseRange(inputs.address);
      result.inputs = { sheet: where.sheet ?? '', row: where.row, col: where.col, values: inputs.values };
    } else if (!inputsSheet.isNullObject) {
      const where = parseRange(inputsSheet.address);
      if (where.col === 0) result.inputs = { sheet: where.sheet ?? '', row: where.row, col: 0, values: inputsSheet.values.map((r) => r.slice(0, 2)) };
    }
    if (!report.isNullObject) {
      // Ours starts at A1 (its title); a sheet of that name that is not ours may start anywhere.
      result.report = { sheet: reportSheetName(copy), values: gridFromA1(parseRange(report.address), report.values) };
    }
    return result;
  };
}

/** The core's reader over the grids; no report sheets at all is the pane's empty state. */
export function readGrids(grids: WorkbookGrids): ReadResult {
  if (Object.keys(grids.tables).length === 0) {
    throw new ExcelAdapterError(
      '没有找到年报工作表（表二、表三、表四）。请先在“插入工作表”中插入；若工作表已在却仍看到此提示，说明加载项记下的表格位置已被删除，表格的官方表头也找不到了（可能被改写），请另插入一套工作表，把数字复制过去。',
      undefined,
      'noReportSheets',
    );
  }
  return readWorkbookGrids(grids);
}
