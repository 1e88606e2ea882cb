import ExcelJS from 'exceljs';
import {
  buildWorkbookPlan,
  definedNameFor,
  detectFormatFromLabels,
  getFormat,
  parseRange,
  readWorkbookGrids,
  spreadsheetSum,
  toCellValue,
  type NameKey,
  type ReadResult,
  type TableGrid,
  type TableId,
  type WorkbookGrids,
} from '../core';

/** A file that cannot be used, with a Chinese message naming it. */
export class XlsxInputError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'XlsxInputError';
  }
}

const TABLE_KEYS: TableId[] = ['active', 'applications', 'review'];

/** Opens .xlsx bytes; anything that is not a readable workbook becomes an XlsxInputError. */
export async function loadWorkbook(bytes: Buffer | ArrayBuffer, file: string): Promise<ExcelJS.Workbook> {
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.load(bytes as ArrayBuffer);
  } catch {
    throw new XlsxInputError(`无法打开“${file}”：不是有效的 .xlsx 工作簿（可能是 .xls、.et、.csv 或文件已损坏）。请在 Excel/WPS 中另存为 .xlsx 后重试。`);
  }
  return workbook;
}

/** Reads the report tables of a workbook (the given copy of our sheets; the first by default). */
export function readReportWorkbook(workbook: ExcelJS.Workbook, file: string, copy = 1): ReadResult {
  const grids = gridsByName(workbook, copy) ?? gridsBySheetName(workbook, copy);
  if (!grids) {
    throw new XlsxInputError(
      `“${file}”中找不到年报工作表：既没有 NB_T2/NB_T3/NB_T4 名称，也没有“表二 主动公开”“表三 依申请公开”“表四 复议诉讼”工作表。请用 nianbao init 或加载项生成的工作簿。`,
    );
  }
  const result = readWorkbookGrids(grids);
  fillUncachedTotals(result);
  return result;
}

/** The normal path: the ranges behind our defined names, wherever the clerk moved them. */
function gridsByName(workbook: ExcelJS.Workbook, copy: number): WorkbookGrids | null {
  const ranges = new Map<string, string>();
  for (const entry of workbook.definedNames.model as { name: string; ranges: string[] }[]) {
    if (entry.ranges.length > 0) ranges.set(entry.name.toLowerCase(), entry.ranges[0]);
  }
  const refOf = (key: NameKey) => ranges.get(definedNameFor(key, copy).toLowerCase());
  const tables: WorkbookGrids['tables'] = {};
  for (const key of TABLE_KEYS) {
    const ref = refOf(key);
    const grid = ref ? gridAt(workbook, ref) : null;
    if (grid) tables[key] = grid;
  }
  if (Object.keys(tables).length === 0) return null;
  const single = (key: NameKey) => {
    const ref = refOf(key);
    const grid = ref ? gridAt(workbook, ref) : null;
    return grid?.values[0]?.[0];
  };
  return { info: { agency: single('agency'), year: single('year'), format: single('format') }, tables };
}

/** Fallback for workbooks whose names were deleted: our sheet names and the plan's geometry. */
function gridsBySheetName(workbook: ExcelJS.Workbook, copy: number): WorkbookGrids | null {
  const probe = buildWorkbookPlan({ copy });
  if (!probe.sheets.some((s) => s.key !== 'info' && workbook.getWorksheet(s.name))) return null;
  const info = workbook.getWorksheet(probe.sheets[0].name);
  const infoCell = (key: NameKey) => {
    const n = probe.names.find((x) => x.key === key)!;
    return info ? shownValue(info.getCell(n.row + 1, n.col + 1)) : undefined;
  };
  const grids: WorkbookGrids = { info: { agency: infoCell('agency'), year: infoCell('year'), format: infoCell('format') }, tables: {} };
  // The 2019 and 2021 tables differ in height: read with 2021 geometry, then again if the labels say 2019.
  const stated = String(toCellValue(grids.info.format) ?? '');
  grids.tables = tablesAtPlannedPlaces(workbook, copy, stated === '2019' ? '2019' : '2021');
  if (stated !== '2019' && stated !== '2021' && detectFormatFromLabels(grids) === '2019') {
    grids.tables = tablesAtPlannedPlaces(workbook, copy, '2019');
  }
  return grids;
}

function tablesAtPlannedPlaces(workbook: ExcelJS.Workbook, copy: number, format: '2019' | '2021'): WorkbookGrids['tables'] {
  const tables: WorkbookGrids['tables'] = {};
  for (const name of buildWorkbookPlan({ copy, format }).names) {
    if (!(TABLE_KEYS as string[]).includes(name.key)) continue;
    const sheet = workbook.getWorksheet(name.sheet);
    if (sheet) tables[name.key as TableId] = gridOfSheet(sheet, name.row, name.col, name.rowSpan, name.colSpan);
  }
  return tables;
}

function gridAt(workbook: ExcelJS.Workbook, reference: string): TableGrid | null {
  let where;
  try {
    where = parseRange(reference);
  } catch {
    return null; // #REF! or another broken reference
  }
  const sheet = where.sheet ? workbook.getWorksheet(where.sheet) : undefined;
  if (!sheet) return null;
  return gridOfSheet(sheet, where.row, where.col, where.rowSpan, where.colSpan);
}

function gridOfSheet(sheet: ExcelJS.Worksheet, row: number, col: number, rowSpan: number, colSpan: number): TableGrid {
  const values: unknown[][] = [];
  const formulas: unknown[][] = [];
  for (let r = 0; r < rowSpan; r++) {
    const valueRow: unknown[] = [];
    const formulaRow: unknown[] = [];
    for (let c = 0; c < colSpan; c++) {
      const cell = sheet.getCell(row + r + 1, col + c + 1);
      valueRow.push(shownValue(cell));
      formulaRow.push(cell.formula ? `=${cell.formula}` : '');
    }
    values.push(valueRow);
    formulas.push(formulaRow);
  }
  return { sheet: sheet.name, row, col, values, formulas };
}

/** What Excel shows in the cell: a formula's cached result, plain text of rich text, error codes. */
function shownValue(cell: ExcelJS.Cell): unknown {
  if (cell.type === ExcelJS.ValueType.Merge) return '';
  const value = cell.value;
  if (value === null || value === undefined) return null;
  if (typeof value !== 'object' || value instanceof Date) return value;
  if ('formula' in value || 'sharedFormula' in value) {
    const result = (value as ExcelJS.CellFormulaValue).result;
    if (result && typeof result === 'object' && 'error' in result) return result.error;
    // No cached result (some tools save none; exceljs also loses a cached 0): totals are then
    // computed from their parts by fillUncachedTotals.
    return result === undefined ? null : result;
  }
  if ('richText' in value) return value.richText.map((part) => part.text).join('');
  if ('error' in value) return value.error;
  if ('text' in value) return value.text;
  return String(value);
}

/** Totals whose files carry no cached result are computed from their parts, as Excel would. */
function fillUncachedTotals(result: ReadResult): void {
  const format = getFormat(result.data.format);
  for (const cell of format.cells) {
    if (!cell.sumOf || result.data.cells[cell.id] !== null || !result.locations.get(cell.id)?.isFormula) continue;
    result.data.cells[cell.id] = spreadsheetSum(cell.sumOf.map((id) => result.data.cells[id] ?? null));
  }
}
