import { LIMITS } from '../limits';
import { spreadsheetSum, type CellData, type CellValue } from '../cells';
import { getFormat, type CompiledTable, type FormatVersion, type GridValue, type ReportFormat, type TableId } from '../format';
import { getInput, inputCellValue, type InputField } from '../narrative/fields';
import type { NarrativeInputs } from '../narrative/generate';
import { absoluteRange, cellAddress, rangeAddress } from './a1';
import { INPUT_ROWS } from './inputs';
import { breakAtWords } from './wrap';
import type { StyleRole } from './styles';

/**
 * The workbook layout as data: every sheet, cell, merge, validation, name and print setting that
 * 「插入年报工作表」 and `nianbao init` write. Both writers render this plan and nothing else, so the
 * workbook in Excel and the .xlsx from the CLI cannot drift apart.
 */

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
  key: SheetKey | 'report';
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

const COLUMN_WIDTHS: Record<TableId, (t: CompiledTable) => number[]> = {
  active: (t) => [22, ...Array(t.width - 1).fill(16)],
  applications: (t) => [7, 13, 34, ...Array(t.width - t.labelColumns).fill(9)],
  review: (t) => Array(t.width).fill(8),
};

export function buildWorkbookPlan(options: PlanOptions = {}): WorkbookPlan {
  const format = getFormat(options.format);
  const copy = options.copy ?? 1;
  const data = options.cells ?? {};
  const names: NamePlan[] = [];
  const addressOf = new Map<string, { sheet: string; row: number; col: number }>();
  const name = (key: NameKey, sheet: string, rect: Rect) => names.push({ key, name: definedNameFor(key, copy), sheet, ...rect });

  const info = buildInfoSheet(format, options, copy, name);
  const subtitle = subtitleText(options.agency ?? null, options.year ?? null);
  const tables = format.tables.map((table) => buildTableSheet(format, table, data, subtitle, copy, name, addressOf));
  const inputs = buildInputsSheet(options.inputs ?? {}, copy, name);
  return { format: format.version, copy, sheets: [info, ...tables, inputs].map(withinCellLimit), names, addressOf };
}

/** Excel holds at most 32,767 characters in a cell: longer text (never a real value) is cut, marked 「…」. */
function withinCellLimit(sheet: SheetPlan): SheetPlan {
  const max = LIMITS.excelCellChars.value;
  for (const cell of sheet.cells) if (typeof cell.value === 'string' && cell.value.length > max) cell.value = `${cell.value.slice(0, max - 1)}…`;
  return sheet;
}

/**
 * Only the 正文素材 sheet and its name, for workbooks whose report sheets were inserted by a version
 * without it (four sheets): the add-in and the CLI add just this sheet.
 */
export function buildInputsSheetPlan(options: { copy?: number; inputs?: NarrativeInputs } = {}): { sheet: SheetPlan; name: NamePlan } {
  const copy = options.copy ?? 1;
  const names: NamePlan[] = [];
  const sheet = buildInputsSheet(options.inputs ?? {}, copy, (key, sheetName, rect) => names.push({ key, name: definedNameFor(key, copy), sheet: sheetName, ...rect }));
  return { sheet: withinCellLimit(sheet), name: names[0] };
}

type AddName = (key: NameKey, sheet: string, rect: Rect) => void;

function buildInfoSheet(format: ReportFormat, options: PlanOptions, copy: number, addName: AddName): SheetPlan {
  const sheet = sheetNameFor('info', copy);
  const width = 4;
  const cells: PlannedCell[] = [];
  const merges: Rect[] = [];
  const put = (cell: PlannedCell, colSpan = 1) => {
    cells.push(cell);
    for (let c = 1; c < colSpan; c++) cells.push({ row: cell.row, col: cell.col + c, style: cell.style, locked: cell.locked });
    if (colSpan > 1) merges.push({ row: cell.row, col: cell.col, rowSpan: 1, colSpan });
  };
  put({ row: 0, col: 0, style: 'title', value: '政府信息公开工作年度报告 · 基本信息', locked: true }, width);
  put(
    {
      row: 1,
      col: 0,
      style: 'note',
      value: '黄色单元格由填报人填写，灰色单元格由公式自动计算。表二、表三、表四在各自的工作表中。',
      locked: true,
    },
    width,
  );
  const year = options.year ?? null;
  const agency = options.agency ?? null;
  const rows = { agency: 3, year: 4, format: 5, period: 6 };
  put({ row: rows.agency, col: 0, style: 'infoLabel', value: '机关名称', locked: true });
  put(
    {
      row: rows.agency,
      col: 1,
      style: 'input',
      value: agency,
      locked: false,
      validation: {
        kind: 'any',
        prompt: { title: '机关名称', message: '填写发布本报告的行政机关全称，如“××县人民政府办公室”。' },
      },
    },
    3,
  );
  put({ row: rows.year, col: 0, style: 'infoLabel', value: '报告年度', locked: true });
  put(
    {
      row: rows.year,
      col: 1,
      style: 'input',
      value: year,
      locked: false,
      validation: {
        kind: 'whole',
        min: 2008,
        max: 2100,
        prompt: { title: '报告年度', message: '填写四位数年份，如 2025。统计期限为该年1月1日至12月31日。' },
        error: { title: '年度有误', message: '报告年度应为四位数年份，如 2025。' },
      },
    },
    3,
  );
  put({ row: rows.format, col: 0, style: 'infoLabel', value: '格式版本', locked: true });
  put({ row: rows.format, col: 1, style: 'total', value: Number(format.version), locked: true });
  put({ row: rows.format, col: 2, style: 'note', value: `${format.issuedBy}；如需更换版本，请重新插入工作表。`, locked: true }, 2);
  put({ row: rows.period, col: 0, style: 'infoLabel', value: '统计期限', locked: true });
  const yearRef = cellAddress(rows.year, 1);
  put(
    {
      row: rows.period,
      col: 1,
      style: 'total',
      formula: `=IF(${yearRef}="","",${yearRef}&"年1月1日至"&${yearRef}&"年12月31日")`,
      result: year === null ? '' : `${year}年1月1日至${year}年12月31日`,
      locked: true,
    },
    3,
  );
  put({ row: 8, col: 0, style: 'note', value: '图例', locked: true });
  put({ row: 8, col: 1, style: 'legendInput', value: '填写', locked: true });
  put({ row: 8, col: 2, style: 'legendTotal', value: '自动计算', locked: true });

  addName('agency', sheet, { row: rows.agency, col: 1, rowSpan: 1, colSpan: 1 });
  addName('year', sheet, { row: rows.year, col: 1, rowSpan: 1, colSpan: 1 });
  addName('format', sheet, { row: rows.format, col: 1, rowSpan: 1, colSpan: 1 });
  addName('period', sheet, { row: rows.period, col: 1, rowSpan: 1, colSpan: 1 });

  return {
    key: 'info',
    name: sheet,
    columnWidths: [14, 24, 24, 24],
    rowHeights: { 0: 28, 1: 30 },
    cells,
    merges,
    conditionalFormats: [],
    print: { landscape: false, footer: PAGE_FOOTER },
    protect: true,
  };
}

function buildTableSheet(
  format: ReportFormat,
  table: CompiledTable,
  data: CellData,
  subtitle: string,
  copy: number,
  addName: AddName,
  addressOf: Map<string, { sheet: string; row: number; col: number }>,
): SheetPlan {
  const sheet = sheetNameFor(table.id, copy);
  const top = TABLE_TOP;
  const shown = calculatedCells(format, data);
  const cells: PlannedCell[] = [];
  const merges: Rect[] = [];
  const conditionalFormats: ConditionalPlan[] = [];
  const covered = (row: number, col: number, rowSpan: number, colSpan: number, style: StyleRole, locked: boolean) => {
    for (let r = 0; r < rowSpan; r++)
      for (let c = 0; c < colSpan; c++) if (r || c) cells.push({ row: row + r, col: col + c, style, locked });
    if (rowSpan > 1 || colSpan > 1) merges.push({ row, col, rowSpan, colSpan });
  };

  // Title and a subtitle that follows 基本信息 (agency and year) by formula.
  cells.push({ row: 0, col: 0, style: 'title', value: table.section.title, locked: true });
  covered(0, 0, 1, table.width, 'title', true);
  const agencyName = definedNameFor('agency', copy);
  const yearName = definedNameFor('year', copy);
  cells.push({
    row: 1,
    col: 0,
    style: 'subtitle',
    formula: `=IF(${agencyName}="","",${agencyName}&"\u3000")&IF(${yearName}="","",${yearName}&"年度")`,
    result: subtitle,
    locked: true,
  });
  covered(1, 0, 1, table.width, 'subtitle', true);

  const widths = COLUMN_WIDTHS[table.id](table);
  for (const label of table.labels) {
    const style: StyleRole = label.role === 'blockHeading' ? 'blockHeading' : label.role === 'rowLabel' ? 'rowLabel' : 'header';
    const width = widths.slice(label.col, label.col + label.colSpan).reduce((a, b) => a + b, 0);
    const text = style === 'header' ? breakAtWords(label.text, width) : label.text;
    cells.push({ row: top + label.row, col: label.col, style, value: text, locked: true });
    covered(top + label.row, label.col, label.rowSpan, label.colSpan, style, true);
  }

  const position = (id: string) => {
    const v = format.cellById.get(id)!;
    return { row: top + v.row, col: v.col };
  };
  for (const value of table.values) {
    const row = top + value.row;
    addressOf.set(value.id, { sheet, row, col: value.col });
    cells.push(valueCell(value, row, data, shown, position));
    covered(row, value.col, 1, value.colSpan, value.sumOf ? 'total' : 'input', !!value.sumOf);
  }

  let nextRow = top + table.height;
  if (table.kind === 'matrix') nextRow = addApplicationsCheckRow(table, top, nextRow, shown, cells, merges, conditionalFormats, sheet, addName);

  const footnote = FOOTNOTES[table.id];
  cells.push({ row: nextRow + 1, col: 0, style: 'note', value: footnote, locked: true });
  covered(nextRow + 1, 0, 1, table.width, 'note', true);

  addName(table.id, sheet, { row: top, col: 0, rowSpan: table.height, colSpan: table.width });

  const columnWidths = widths;
  return {
    key: table.id,
    name: sheet,
    columnWidths,
    rowHeights: estimateRowHeights(cells, merges, columnWidths),
    cells,
    merges,
    conditionalFormats,
    print: {
      landscape: table.id !== 'active',
      titleRows: table.headerRows ? { first: top, last: top + table.headerRows - 1 } : undefined,
      footer: PAGE_FOOTER,
    },
    freeze: table.headerRows ? { rows: top + table.headerRows, columns: table.labelColumns } : undefined,
    protect: true,
  };
}

/** The first group row of 正文素材, below the title and the note. */
export const INPUTS_TOP = 3;
const INPUTS_COLUMN_WIDTHS = [22, 44, 5, 30];
const INPUTS_NOTE =
  '这里填写的数字和文字用于生成报告正文的第一、五、六部分。依申请公开、行政复议和行政诉讼的件数自动取自表三、表四，规章和规范性文件的件数取自表二，这里无需填写。黄色单元格由填报人填写，不涉及的项目可以留空；一个单元格内换行按 Alt+Enter。';

/**
 * 正文素材: per group of INPUT_GROUPS a heading row, then one row per field: label, input cell, unit,
 * hint. The defined name covers columns A:B of the group and field rows, so readers match the fields
 * by label wherever a clerk's inserted rows moved them.
 */
function buildInputsSheet(inputs: NarrativeInputs, copy: number, addName: AddName): SheetPlan {
  const sheet = sheetNameFor('inputs', copy);
  const widths = INPUTS_COLUMN_WIDTHS;
  const cells: PlannedCell[] = [];
  const merges: Rect[] = [];
  const rowHeights: Record<number, number> = { 0: 28 };
  const put = (cell: PlannedCell, colSpan = 1) => {
    cells.push(cell);
    for (let c = 1; c < colSpan; c++) cells.push({ row: cell.row, col: cell.col + c, style: cell.style, locked: cell.locked });
    if (colSpan > 1) merges.push({ row: cell.row, col: cell.col, rowSpan: 1, colSpan });
  };
  /** Grows a row to the height its wrapped text needs. */
  const fit = (row: number, text: string | number | null | undefined, width: number, fontSize: number) => {
    const height = wrappedTextHeight(String(text ?? ''), width, fontSize);
    if (height > (rowHeights[row] ?? 0)) rowHeights[row] = height;
  };
  put({ row: 0, col: 0, style: 'title', value: '政府信息公开工作年度报告 · 正文素材', locked: true }, 4);
  put({ row: 1, col: 0, style: 'note', value: INPUTS_NOTE, locked: true }, 4);
  fit(1, INPUTS_NOTE, widths.reduce((a, b) => a + b, 0), 10);

  INPUT_ROWS.forEach((entry, i) => {
    const row = INPUTS_TOP + i;
    if (entry.kind === 'group') {
      put({ row, col: 0, style: 'blockHeading', value: entry.text, locked: true }, 3);
      rowHeights[row] = 22;
      return;
    }
    const { field } = entry;
    const value = inputCellValue(getInput(inputs, field.key));
    const isText = field.kind === 'text' || field.kind === 'list';
    put({ row, col: 0, style: 'rowLabel', value: field.label, locked: true });
    put({ row, col: 1, style: isText ? 'inputText' : 'input', value, locked: false, validation: inputValidation(field) });
    put({ row, col: 2, style: 'rowLabel', value: field.unit ?? null, locked: true });
    put({ row, col: 3, style: 'note', value: field.hint, locked: true });
    // Paragraphs and lists get room for a few lines; longer ones grow with their text.
    if (isText) rowHeights[row] = field.kind === 'list' ? 90 : 72;
    fit(row, field.label, widths[0], 10);
    fit(row, value, widths[1], 11);
    fit(row, field.hint, widths[3], 10);
  });

  addName('inputs', sheet, { row: INPUTS_TOP, col: 0, rowSpan: INPUT_ROWS.length, colSpan: 2 });
  return {
    key: 'inputs',
    name: sheet,
    columnWidths: widths,
    rowHeights,
    cells,
    merges,
    conditionalFormats: [],
    print: { landscape: false, fit: 'width', footer: PAGE_FOOTER },
    protect: true,
  };
}

/**
 * Points a wrapped text needs in a column `width` characters wide (a CJK character is two units); 0 for
 * one line. Capped at 409, the tallest row Excel accepts (a taller one fails the whole write).
 */
export function wrappedTextHeight(text: string, width: number, fontSize: number): number {
  if (!text) return 0;
  const units = (line: string) => [...line].reduce((n, ch) => n + (ch.charCodeAt(0) > 0xff ? 2 : 1), 0);
  const lines = text.split('\n').reduce((n, line) => n + Math.max(1, Math.ceil(units(line) / Math.max(width - 1, 1))), 0);
  return lines > 1 ? Math.min(409, Math.ceil(lines * (fontSize + 4) + 4)) : 0;
}

function inputValidation(field: InputField): ValidationPlan {
  const title = truncate(field.label, 32);
  const unit = field.unit ?? '件';
  switch (field.kind) {
    case 'count':
      return {
        kind: 'whole',
        min: 0,
        max: 999999999,
        prompt: { title, message: truncate(`${field.hint}填写非负整数，不要带“${unit}”。`, 255) },
        error: { title: '请填写非负整数', message: `此处只能填写 0 或正整数，不要带“${unit}”等单位，不要写“约”“余”；不涉及的可以留空。` },
      };
    case 'yuan':
      return {
        kind: 'decimal',
        min: 0,
        max: 999999999,
        prompt: { title, message: truncate(field.hint, 255) },
        error: { title: '请填写金额（元）', message: '此处填写以元为单位的非负数，最多两位小数，如 120.50；不要带单位。' },
      };
    case 'text':
    case 'list':
      return { kind: 'any', prompt: { title, message: truncate(field.hint, 255) } };
  }
}

/** What the subtitle formula shows, cached for readers that do not recalculate. */
function subtitleText(agency: string | null, year: number | null): string {
  return `${agency ? `${agency}\u3000` : ''}${year === null ? '' : `${year}年度`}`;
}

const FOOTNOTES: Record<TableId, string> = {
  active: '说明：黄色单元格填写本年数据，没有的填 0，不要留空；收费金额单位为万元。',
  applications:
    '说明：黄色单元格填写件数，没有的填 0，不要留空。“总计”列和“（七）总计”行由公式计算；校验行显示差额，为 0 表示该列勾稽关系成立，显示“有空格”“有非数字”时该列无法核对，先把空白或文字改为数字。',
  review: '说明：黄色单元格填写件数，没有的填 0，不要留空；各“总计”由公式计算。',
};

function valueCell(
  value: GridValue,
  row: number,
  data: CellData,
  shown: CellData,
  position: (id: string) => { row: number; col: number },
): PlannedCell {
  const given = data[value.id];
  if (value.sumOf) {
    // Parts that are totals themselves count with what they show (a total of totals).
    const computed = spreadsheetSum(value.sumOf.map((id) => shown[id] ?? null));
    // A given total that disagrees with its parts is kept as written, for validation to flag.
    if (given !== undefined && given !== null && given !== computed) {
      return { row, col: value.col, style: 'total', value: given, cellId: value.id, locked: true };
    }
    return {
      row,
      col: value.col,
      style: 'total',
      formula: `=${sumFormula(value.sumOf.map(position))}`,
      result: computed,
      cellId: value.id,
      locked: true,
    };
  }
  return {
    row,
    col: value.col,
    style: 'input',
    value: given ?? null,
    cellId: value.id,
    locked: false,
    validation: validationFor(value),
  };
}

/** SUM over a contiguous run when the parts form one; otherwise SUM of the listed cells. */
function sumFormula(parts: { row: number; col: number }[]): string {
  const sameCol = parts.every((p) => p.col === parts[0].col);
  const sameRow = parts.every((p) => p.row === parts[0].row);
  const contiguous = parts.every((p, i) => i === 0 || (sameCol ? p.row === parts[i - 1].row + 1 : p.col === parts[i - 1].col + 1));
  if ((sameCol || sameRow) && contiguous) {
    const last = parts[parts.length - 1];
    return `SUM(${cellAddress(parts[0].row, parts[0].col)}:${cellAddress(last.row, last.col)})`;
  }
  return `SUM(${parts.map((p) => cellAddress(p.row, p.col)).join(',')})`;
}

function validationFor(value: GridValue): ValidationPlan {
  // One line: XML attributes (where .xlsx keeps input messages) fold line breaks into spaces.
  const where = `${value.rowLabel} / ${value.columnLabel}`;
  const title = truncate(value.columnLabel, 32);
  switch (value.kind) {
    case 'count':
      return {
        kind: 'whole',
        min: 0,
        max: 999999999,
        prompt: { title, message: truncate(`${where}：${value.hint ? value.hint + '。' : ''}填写件数（非负整数），没有的填 0，不要留空。`, 255) },
        error: { title: '请填写非负整数', message: '此处只能填写 0 或正整数，不要带“件”等单位，不要填“/”或“-”。' },
      };
    case 'amount':
      return {
        kind: 'decimal',
        min: 0,
        max: 999999999,
        prompt: { title, message: truncate(`${where}：${value.hint ? value.hint + '。' : ''}没有的填 0，不要留空。`, 255) },
        error: { title: '请填写金额（万元）', message: '此处填写以万元为单位的非负数，如 0.35；不要带单位。' },
      };
    case 'signed':
      return {
        kind: 'whole',
        min: -999999999,
        max: 999999999,
        prompt: { title, message: truncate(`${where}：${value.hint ? value.hint + '。' : ''}没有变化的填 0。`, 255) },
        error: { title: '请填写整数', message: '此处填写整数，减少填负数，如 -1。' },
      };
    case 'text':
      return { kind: 'any', prompt: { title, message: truncate(`${where}：${value.hint ?? ''}`, 255) } };
  }
}

function truncate(text: string, max: number): string {
  return text.length <= max ? text : text.slice(0, max - 1) + '…';
}

/**
 * Table 三 checks itself without the add-in: one row under the table shows, per column,
 * 第一项 + 第二项 − （七）总计 − 第四项, or 有空格 / 有非数字 while a cell of that column is blank or
 * holds text (the column cannot be checked then).
 */
function addApplicationsCheckRow(
  table: CompiledTable,
  top: number,
  row: number,
  shown: CellData,
  cells: PlannedCell[],
  merges: Rect[],
  conditionalFormats: ConditionalPlan[],
  sheet: string,
  addName: AddName,
): number {
  cells.push({ row, col: 0, style: 'checkLabel', value: '勾稽校验：第一项＋第二项－（七）总计－第四项（应为 0）', locked: true });
  for (let c = 1; c < table.labelColumns; c++) cells.push({ row, col: c, style: 'checkLabel', locked: true });
  merges.push({ row, col: 0, rowSpan: 1, colSpan: table.labelColumns });
  const firstBody = top + table.headerRows;
  const lastBody = top + table.height - 1;
  const columnIds = new Map<number, GridValue[]>();
  for (const v of table.values) columnIds.set(v.col, [...(columnIds.get(v.col) ?? []), v]);
  for (const [col, column] of columnIds) {
    const find = (rowKey: string) => column.find((v) => v.id === `applications.${rowKey}.${v.id.split('.').pop()}`)!;
    const [a, b, t, f] = ['newReceived', 'carriedOver', 'total', 'carriedForward'].map(find);
    const ref = (v: GridValue) => cellAddress(top + v.row, col);
    // The total column is all formulas: its blanks are those of the applicant columns it adds up.
    const isTotalColumn = column.every((v) => v.sumOf);
    const body = isTotalColumn
      ? rangeAddress(firstBody, table.labelColumns, lastBody - firstBody + 1, col - table.labelColumns)
      : rangeAddress(firstBody, col, lastBody - firstBody + 1, 1);
    const fed = isTotalColumn ? table.values.filter((v) => v.col < col) : column;
    const values = fed.map((v) => shown[v.id] ?? null);
    const result = checkResult(values, [a, b, t, f].map((v) => shown[v.id] ?? null));
    cells.push({
      row,
      col,
      style: 'check',
      // SUM skips text, so a total over 「3件」 or 「/」 looks right: COUNT (numbers) below COUNTA
      // (anything) says the column holds something else, and it cannot be checked.
      formula: `=IF(COUNTBLANK(${body})>0,"有空格",IF(COUNT(${body})<COUNTA(${body}),"有非数字",IFERROR(${ref(a)}+${ref(b)}-${ref(t)}-${ref(f)},"非数字")))`,
      result,
      locked: true,
    });
  }
  const firstValueCol = table.labelColumns;
  const width = table.width - firstValueCol;
  const anchor = cellAddress(row, firstValueCol);
  conditionalFormats.push({ row, col: firstValueCol, rowSpan: 1, colSpan: width, formula: `${anchor}<>0`, look: 'bad' });
  conditionalFormats.push({ row, col: firstValueCol, rowSpan: 1, colSpan: width, formula: `${anchor}=0`, look: 'ok' });
  addName('applicationsCheck', sheet, { row, col: firstValueCol, rowSpan: 1, colSpan: width });
  return row + 1;
}

/**
 * What every cell shows once a spreadsheet has calculated: totals from their parts (which may be
 * totals in turn), a given total that disagrees kept as written. These are the cached results that
 * readers which never calculate (exceljs, our own CLI) see.
 */
export function calculatedCells(format: ReportFormat, data: CellData): CellData {
  const out: CellData = {};
  const value = (id: string): CellValue => {
    if (id in out) return out[id];
    const cell = format.cellById.get(id);
    const given = data[id] ?? null;
    if (!cell?.sumOf) return (out[id] = given);
    const computed = spreadsheetSum(cell.sumOf.map(value));
    return (out[id] = given !== null && given !== computed ? given : computed);
  };
  for (const cell of format.cells) value(cell.id);
  return out;
}

function checkResult(column: CellValue[], [a, b, t, f]: CellValue[]): string | number {
  if (column.some((v) => v === null)) return '有空格';
  if (column.some((v) => typeof v !== 'number')) return '有非数字';
  if ([a, b, t, f].some((v) => typeof v !== 'number')) return '非数字';
  return spreadsheetSum([a, b]) - spreadsheetSum([t, f]);
}

/** Row heights for wrapped text, estimated from text width (a CJK character is two units). */
function estimateRowHeights(cells: PlannedCell[], merges: Rect[], widths: number[]): Record<number, number> {
  const spanOf = new Map(merges.map((m) => [`${m.row},${m.col}`, m]));
  const heights: Record<number, number> = {};
  for (const cell of cells) {
    if (typeof cell.value !== 'string' || !cell.value) continue;
    const merge = spanOf.get(`${cell.row},${cell.col}`);
    if (merge && merge.rowSpan > 1) continue; // tall merged cells have room already
    const colSpan = merge?.colSpan ?? 1;
    let available = 0;
    for (let c = cell.col; c < cell.col + colSpan; c++) available += widths[c] ?? 9;
    const units = [...cell.value].reduce((n, ch) => n + (ch.charCodeAt(0) > 0xff ? 2 : 1), 0);
    const lines = Math.max(1, Math.ceil(units / Math.max(available - 1, 1)));
    const height = lines > 1 ? lines * 14 + 4 : 0;
    if (height > (heights[cell.row] ?? 0)) heights[cell.row] = height;
  }
  return heights;
}

/** Absolute A1 reference of a defined name, e.g. '表三 依申请公开'!$A$4:$J$31. */
export function nameReference(plan: NamePlan, quote: (sheet: string) => string): string {
  return `${quote(plan.sheet)}!${absoluteRange(plan.row, plan.col, plan.rowSpan, plan.colSpan)}`;
}
