import * as zlib from 'node:zlib';
import ExcelJS from 'exceljs';
import {
  completeGridsByLabels,
  definedNameFor,
  reportSheetName,
  getFormat,
  LABEL_SEARCH_AREA,
  parseRange,
  readWorkbookGrids,
  sheetNameFor,
  sheetsToSearch,
  totalsOf,
  type NameKey,
  type SheetArea,
  type ReadResult,
  type TableGrid,
  type TableId,
  type WorkbookGrids,
} from '../core';
import { LIMITS, LimitExceededError } from '../core/limits';
import { checkPackage, ZipDamagedError } from '../zip/package';
import { decodeXml } from '../zip/xml';

/** A file that cannot be used, with a Chinese message naming it (and the sheet or cell when known). */
export class XlsxInputError extends Error {
  constructor(
    message: string,
    readonly file?: string,
  ) {
    super(message);
    this.name = 'XlsxInputError';
  }
}

const TABLE_KEYS: TableId[] = ['active', 'applications', 'review'];
const SCAN_ROWS = LABEL_SEARCH_AREA.rows;
const SCAN_COLUMNS = LABEL_SEARCH_AREA.columns;

/** Opens .xlsx bytes; anything that is not a readable workbook becomes an XlsxInputError. */
export async function loadWorkbook(bytes: Buffer | ArrayBuffer, file: string): Promise<ExcelJS.Workbook> {
  const head = bytes instanceof ArrayBuffer ? new Uint8Array(bytes, 0, Math.min(4, bytes.byteLength)) : bytes.subarray(0, 4);
  if (head.length === 0) throw new XlsxInputError(`“${file}”是空文件，不是 .xlsx 工作簿。`, file);
  // An OLE compound file: a legacy .xls/.et, or an .xlsx encrypted with an open password.
  if (head[0] === 0xd0 && head[1] === 0xcf && head[2] === 0x11 && head[3] === 0xe0) {
    throw new XlsxInputError(`无法打开“${file}”：这是旧版 .xls/.et 工作簿，或设置了打开密码的工作簿。请在 Excel/WPS 中取消密码并另存为 .xlsx 后重试。`, file);
  }
  // exceljs inflates every part at once: the package is checked first, part by part.
  checkWorkbookPackage(bytes instanceof ArrayBuffer ? new Uint8Array(bytes) : new Uint8Array(bytes.buffer, bytes.byteOffset, bytes.byteLength), file, true);
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.load(bytes as ArrayBuffer);
  } catch {
    throw new XlsxInputError(`无法打开“${file}”：不是有效的 .xlsx 工作簿（可能是 .xls、.et、.csv 改了扩展名，或文件已损坏）。请在 Excel/WPS 中另存为 .xlsx 后重试。`, file);
  }
  return workbook;
}

/**
 * A workbook package within the limits (src/core/limits.ts), before anything inflates it whole:
 * parts, inflated sizes, and with `forExcelJs` the cells of its worksheets and of its defined names,
 * which exceljs builds one by one. Problems become XlsxInputErrors naming the file.
 */
export function checkWorkbookPackage(data: Uint8Array, file: string, forExcelJs = false): void {
  if (data.length >= 4 && data[0] === 0xd0 && data[1] === 0xcf && data[2] === 0x11 && data[3] === 0xe0) {
    throw new XlsxInputError(`无法打开“${file}”：这是旧版 .xls/.et 工作簿，或设置了打开密码的工作簿。请在 Excel/WPS 中取消密码并另存为 .xlsx 后重试。`, file);
  }
  try {
    const worksheets = { countCellsIn: (name: string) => /^xl\/worksheets\/[^/]+\.xml$/i.test(name), keep: (name: string) => name === 'xl/workbook.xml' };
    // Node's zlib where there is one; the browser build has none (webpack aliases it away) and pako inflates in steps.
    const inflateWhole = typeof zlib.inflateRawSync === 'function' ? (part: Uint8Array, max: number) => zlib.inflateRawSync(part, { maxOutputLength: max }) : undefined;
    const { kept } = checkPackage(data, { ...(forExcelJs ? worksheets : {}), inflateWhole });
    const book = kept.get('xl/workbook.xml');
    if (book) checkDefinedNameSizes(new TextDecoder().decode(book));
  } catch (error) {
    if (error instanceof LimitExceededError) throw new XlsxInputError(`“${file}”${error.message}`, file);
    if (!(error instanceof ZipDamagedError)) throw error;
    if (error.detail) throw new XlsxInputError(`无法打开“${file}”：${error.detail}。`, file);
    throw new XlsxInputError(`无法打开“${file}”：不是有效的 .xlsx 工作簿（可能是 .xls、.et、.csv 改了扩展名，或文件已损坏）。请在 Excel/WPS 中另存为 .xlsx 后重试。`, file);
  }
}

/**
 * exceljs expands every cell of every defined name when it opens a workbook: a name over a whole
 * sheet (A1:XFD1048576) would take it all the memory there is. The cells of all names together are
 * counted from xl/workbook.xml first, as exceljs will count them (ranges written with $).
 */
function checkDefinedNameSizes(workbookXml: string): void {
  let total = 0;
  for (const m of workbookXml.matchAll(/<(?:\w+:)?definedName\b([^>]*)>([^<]*)</g)) {
    const name = /\bname="([^"]*)"/.exec(m[1])?.[1] ?? '';
    if (name === '_xlnm.Print_Area' || name === '_xlnm.Print_Titles') continue; // become page setup, not names
    for (const range of m[2].split(',')) {
      const r = /\$([A-Z]+)\$(\d+)(?::\$([A-Z]+)\$(\d+))?/.exec(range.split('!').pop() ?? '');
      if (!r) continue;
      const rows = r[4] ? Math.abs(Number(r[4]) - Number(r[2])) + 1 : 1;
      const columns = r[3] ? Math.abs(columnNumber(r[3]) - columnNumber(r[1])) + 1 : 1;
      total += rows * columns;
      if (total > LIMITS.definedNameCells.value) throw new LimitExceededError('definedNameCells', undefined, decodeXml(name));
    }
  }
}

function columnNumber(letters: string): number {
  let n = 0;
  for (const ch of letters) n = n * 26 + ch.charCodeAt(0) - 64;
  return n;
}

/**
 * The sets of report sheets in a workbook (1 for the first, 2 for 「… (2)」 …), found by their
 * defined names or, when the names are gone, by sheet names.
 */
export function reportCopies(workbook: ExcelJS.Workbook): number[] {
  const copies = new Set<number>();
  for (const entry of definedNameEntries(workbook)) {
    const m = /^NB_T[234](?:_(\d+))?$/i.exec(entry.name);
    if (m) copies.add(m[1] ? Number(m[1]) : 1);
  }
  for (const sheet of workbook.worksheets) {
    for (const key of TABLE_KEYS) {
      const base = sheetNameFor(key);
      if (sheet.name === base) copies.add(1);
      const m = new RegExp(`^${base} \\((\\d+)\\)$`).exec(sheet.name);
      if (m) copies.add(Number(m[1]));
    }
  }
  return [...copies].sort((a, b) => a - b);
}

/**
 * Reads the report tables of a workbook: the given copy of our sheets (the first by default).
 * The defined names lead to the tables wherever the clerk moved them; without names (a workbook from
 * another tool, or names deleted), the core finds the tables by sheet name and their official labels.
 */
export function readReportWorkbook(workbook: ExcelJS.Workbook, file: string, copy = 1): ReadResult {
  const byName = gridsByName(workbook, copy);
  const search = sheetsToSearch(workbook.worksheets.map((s) => s.name), copy, byName);
  const grids = search.length > 0 ? completeGridsByLabels(byName, search.map((name) => searchArea(workbook.getWorksheet(name)!)), copy) : byName;
  if (Object.keys(grids.tables).length === 0) {
    const copies = reportCopies(workbook);
    if (copy > 1 || (copies.length > 0 && !copies.includes(copy))) {
      throw new XlsxInputError(
        `“${file}”中没有第 ${copy} 套年报工作表${copies.length ? `（只有第 ${copies.join('、')} 套）` : ''}。`,
        file,
      );
    }
    throw new XlsxInputError(
      `“${file}”中找不到年报表格：既没有年报助手写入的表格位置，也没有“表二 主动公开”“表三 依申请公开”“表四 复议诉讼”工作表或官方表头。请用 nianbao init 或年报助手加载项生成的工作簿。`,
      file,
    );
  }
  const report = workbook.getWorksheet(reportSheetName(copy));
  const result = readWorkbookGrids({
    ...grids,
    inputs: inputsGrid(workbook, copy),
    ...(report ? { report: { sheet: report.name, values: worksheetValues(report) } } : {}),
  });
  fillUncachedTotals(result);
  return result;
}

function definedNameEntries(workbook: ExcelJS.Workbook): { name: string; ranges: string[] }[] {
  return workbook.definedNames.model as { name: string; ranges: string[] }[];
}

// ------------------------------------------------------------------------------ by defined names

function gridsByName(workbook: ExcelJS.Workbook, copy: number): WorkbookGrids {
  const ranges = new Map<string, string>();
  for (const entry of definedNameEntries(workbook)) {
    if (entry.ranges.length > 0) ranges.set(entry.name.toLowerCase(), entry.ranges[0]);
  }
  const gridOf = (key: NameKey) => {
    const reference = ranges.get(definedNameFor(key, copy).toLowerCase());
    return reference ? gridAt(workbook, reference) : null;
  };
  const tables: WorkbookGrids['tables'] = {};
  for (const key of TABLE_KEYS) {
    const grid = gridOf(key);
    if (grid) tables[key] = grid;
  }
  const single = (key: NameKey) => gridOf(key)?.values[0]?.[0];
  return { info: { agency: single('agency'), year: single('year'), format: single('format') }, tables };
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
  // A name stretched over the whole sheet is not our table: the labels find it instead.
  if (where.rowSpan * where.colSpan > LIMITS.namedRangeCells.value) return null;
  return gridOfSheet(sheet, where.row, where.col, where.rowSpan, where.colSpan);
}

/**
 * 正文素材 behind NB_INPUTS; when the name is gone, columns A:B of the sheet of that name (the core
 * matches the fields by label there). None in workbooks made before the sheet existed.
 */
function inputsGrid(workbook: ExcelJS.Workbook, copy: number): TableGrid | undefined {
  const wanted = definedNameFor('inputs', copy).toLowerCase();
  const entry = definedNameEntries(workbook).find((n) => n.name.toLowerCase() === wanted && n.ranges.length > 0);
  const byName = entry ? gridAt(workbook, entry.ranges[0]) : null;
  if (byName) return byName;
  const sheet = workbook.getWorksheet(sheetNameFor('inputs', copy));
  if (!sheet) return undefined;
  const rows = Math.min(sheet.rowCount, SCAN_ROWS);
  return rows > 0 ? gridOfSheet(sheet, 0, 0, rows, 2) : undefined;
}

// ------------------------------------------------------------------------- by sheets and labels

/**
 * A sheet's stored cells within the label search area, for the core's search (`completeGridsByLabels`).
 * eachRow/eachCell visit stored cells only: scanning must not create cells in the clerk's sheets.
 */
function searchArea(sheet: ExcelJS.Worksheet): SheetArea {
  const values: unknown[][] = [];
  const formulas: unknown[][] = [];
  sheet.eachRow((row, rowNumber) => {
    if (rowNumber > LABEL_SEARCH_AREA.rows) return;
    row.eachCell((cell, colNumber) => {
      if (colNumber > LABEL_SEARCH_AREA.columns) return;
      (values[rowNumber - 1] ??= [])[colNumber - 1] = shownValue(cell);
      (formulas[rowNumber - 1] ??= [])[colNumber - 1] = formulaOf(cell);
    });
  });
  return { sheet: sheet.name, row: 0, col: 0, values, formulas };
}

// ----------------------------------------------------------------------------------- cell values

function gridOfSheet(sheet: ExcelJS.Worksheet, row: number, col: number, rowSpan: number, colSpan: number): TableGrid {
  const values: unknown[][] = [];
  const formulas: unknown[][] = [];
  for (let r = 0; r < rowSpan; r++) {
    const valueRow: unknown[] = [];
    const formulaRow: unknown[] = [];
    for (let c = 0; c < colSpan; c++) {
      const cell = sheet.getCell(row + r + 1, col + c + 1);
      valueRow.push(shownValue(cell));
      formulaRow.push(formulaOf(cell));
    }
    values.push(valueRow);
    formulas.push(formulaRow);
  }
  return { sheet: sheet.name, row, col, values, formulas };
}

function formulaOf(cell: ExcelJS.Cell): string {
  if (cell.type !== ExcelJS.ValueType.Formula) return '';
  return `=${cell.formula ?? (cell.value as { sharedFormula?: string }).sharedFormula ?? ''}`;
}

/** What a spreadsheet shows in the cell: a formula's cached result, plain text of rich text, error codes. */
export function shownValue(cell: ExcelJS.Cell): unknown {
  if (cell.type === ExcelJS.ValueType.Merge) return null; // the merge's value lives in its top-left cell
  const value = cell.value;
  if (value === null || value === undefined) return null;
  if (typeof value !== 'object' || value instanceof Date) return value;
  if ('formula' in value || 'sharedFormula' in value) {
    // cell.result, not value.result: exceljs's value copy drops falsy results (a cached 0 or "").
    // A missing result (a tool that saves none) reads as blank; fillUncachedTotals computes totals.
    const result: unknown = cell.result;
    if (result && typeof result === 'object' && 'error' in result) return (result as ExcelJS.CellErrorValue).error;
    return result === undefined ? null : result;
  }
  if ('richText' in value) return value.richText.map((part) => part.text).join('');
  if ('error' in value) return value.error;
  if ('text' in value) return typeof value.text === 'string' ? value.text : shownRichText(value.text);
  return String(value);
}

/** A hyperlink's text may itself be rich text. */
function shownRichText(text: unknown): string {
  const parts = (text as ExcelJS.CellRichTextValue | undefined)?.richText;
  return Array.isArray(parts) ? parts.map((part) => part.text).join('') : String(text ?? '');
}

/**
 * Totals whose files carry no cached result are computed from their parts, as a spreadsheet would;
 * a total of totals (（七）总计 / 总计) first computes the totals it adds up.
 */
function fillUncachedTotals(result: ReadResult): void {
  const cells = result.data.cells;
  const { shown } = totalsOf(getFormat(result.data.format), cells, (id) => !!result.locations.get(id)?.isFormula);
  for (const [id, value] of Object.entries(shown)) if (cells[id] === null && value !== null) cells[id] = value;
}

/**
 * A sheet's shown values from A1, as a dense grid (merged cells blank but their top-left), at most
 * LIMITS.sheetRowsRead rows and SCAN_COLUMNS columns: a cell far down or right (A1048576, XFD1)
 * must not make the reader build a million empty rows. Only stored cells are visited.
 */
export function worksheetValues(sheet: ExcelJS.Worksheet): unknown[][] {
  const values: unknown[][] = [];
  const rows = Math.min(sheet.rowCount, LIMITS.sheetRowsRead.value);
  for (let r = 1; r <= rows; r++) {
    const row = sheet.findRow(r);
    const cells: unknown[] = [];
    if (row) {
      const columns = Math.min(row.cellCount, SCAN_COLUMNS);
      for (let c = 1; c <= columns; c++) {
        const cell = (row as unknown as { findCell(c: number): ExcelJS.Cell | undefined }).findCell(c);
        cells[c - 1] = cell ? shownValue(cell) : null;
      }
    }
    values[r - 1] = cells;
  }
  return values;
}
