import {
  BORDER_COLOR,
  CHECK_BAD,
  CHECK_OK,
  FONT_NAME,
  STYLES,
  styleRects,
  type PlannedCell,
  type Rect,
  type SheetPlan,
  type ValidationPlan,
} from '../core';
import { excelLiteral } from './literal';
import { supportsExcelApi } from './requirements';

/**
 * Queues the writes of one sheet plan on an Office.js worksheet. Nothing here syncs: the caller
 * syncs once for the whole workbook, so the round trips do not grow with the report's size.
 */
export function queueSheet(sheet: Excel.Worksheet, plan: SheetPlan): void {
  queueContent(sheet, plan.cells);
  for (const rect of styleRects(plan)) queueStyle(sheet, rect, rect.style, rect.locked);
  for (const m of plan.merges) range(sheet, m).merge(false);
  plan.columnWidths.forEach((chars, col) => {
    sheet.getRangeByIndexes(0, col, 1, 1).format.columnWidth = charsToPoints(chars);
  });
  for (const col of plan.hiddenColumns ?? []) sheet.getRangeByIndexes(0, col, 1, 1).getEntireColumn().columnHidden = true;
  for (const [row, points] of Object.entries(plan.rowHeights)) {
    sheet.getRangeByIndexes(Number(row), 0, 1, 1).format.rowHeight = points;
  }
  const mergeAt = new Map(plan.merges.map((m) => [`${m.row},${m.col}`, m]));
  for (const cell of plan.cells) {
    if (cell.validation) queueValidation(range(sheet, mergeAt.get(`${cell.row},${cell.col}`) ?? unit(cell)), cell.validation);
  }
  for (const cf of plan.conditionalFormats) {
    const format = range(sheet, cf).conditionalFormats.add('Custom');
    format.custom.rule.formula = `=${cf.formula}`;
    const look = cf.look === 'ok' ? CHECK_OK : CHECK_BAD;
    format.custom.format.fill.color = look.fill;
    format.custom.format.font.color = look.fontColor;
  }
  if (plan.freeze) {
    if (plan.freeze.columns > 0) {
      sheet.freezePanes.freezeAt(sheet.getRangeByIndexes(0, 0, plan.freeze.rows, plan.freeze.columns));
    } else {
      sheet.freezePanes.freezeRows(plan.freeze.rows);
    }
  }
  if (supportsExcelApi('1.9')) queuePageLayout(sheet, plan);
  sheet.tabColor = '#2F5597';
}

/** Protection goes last: writes to locked cells of a protected sheet would fail. */
export function queueProtection(sheet: Excel.Worksheet, plan: SheetPlan): void {
  if (!plan.protect) return;
  sheet.protection.protect({
    allowFormatCells: true,
    allowFormatColumns: true,
    allowFormatRows: true,
    selectionMode: 'Normal',
  });
}

/** All values and formulas of a sheet in one write over the plan's bounding box. */
function queueContent(sheet: Excel.Worksheet, cells: PlannedCell[]): void {
  const rows = Math.max(...cells.map((c) => c.row)) + 1;
  const cols = Math.max(...cells.map((c) => c.col)) + 1;
  const grid: (string | number)[][] = Array.from({ length: rows }, () => Array<string | number>(cols).fill(''));
  for (const cell of cells) {
    if (cell.formula) grid[cell.row][cell.col] = cell.formula;
    else if (cell.value !== undefined && cell.value !== null) grid[cell.row][cell.col] = excelLiteral(cell.value);
  }
  sheet.getRangeByIndexes(0, 0, rows, cols).formulas = grid;
}

function queueStyle(sheet: Excel.Worksheet, rect: Rect, role: keyof typeof STYLES, locked: boolean): void {
  const style = STYLES[role];
  const target = range(sheet, rect);
  const format = target.format;
  if (style.fill) format.fill.color = style.fill;
  format.font.name = FONT_NAME;
  format.font.size = style.fontSize;
  if (style.bold) format.font.bold = true;
  if (style.italic) format.font.italic = true;
  if (style.fontColor) format.font.color = style.fontColor;
  format.horizontalAlignment = ALIGN[style.horizontal];
  format.verticalAlignment = style.vertical === 'top' ? 'Top' : 'Center';
  format.wrapText = style.wrap;
  if (!locked) format.protection.locked = false;
  if (style.numberFormat !== 'General') {
    target.numberFormat = Array.from({ length: rect.rowSpan }, () => Array(rect.colSpan).fill(style.numberFormat));
  }
  if (style.border) {
    const edges: `${Excel.BorderIndex}`[] = ['EdgeTop', 'EdgeBottom', 'EdgeLeft', 'EdgeRight'];
    if (rect.rowSpan > 1) edges.push('InsideHorizontal');
    if (rect.colSpan > 1) edges.push('InsideVertical');
    for (const edge of edges) {
      const border = format.borders.getItem(edge);
      border.style = 'Continuous';
      border.weight = 'Thin';
      border.color = BORDER_COLOR;
    }
  }
}

const ALIGN = {
  left: 'Left',
  center: 'Center',
  right: 'Right',
} as const satisfies Record<string, `${Excel.HorizontalAlignment}`>;

function queueValidation(target: Excel.Range, validation: ValidationPlan): void {
  if (validation.kind !== 'any') {
    const bounds = {
      formula1: validation.min!,
      formula2: validation.max!,
      operator: 'Between' as const,
    };
    target.dataValidation.rule = validation.kind === 'whole' ? { wholeNumber: bounds } : { decimal: bounds };
  }
  target.dataValidation.prompt = { showPrompt: true, title: validation.prompt.title, message: validation.prompt.message };
  if (validation.error) {
    target.dataValidation.errorAlert = {
      showAlert: true,
      style: 'Stop',
      title: validation.error.title,
      message: validation.error.message,
    };
  }
}

/** Page setup needs ExcelApi 1.9; without it the sheets still print, just not fitted. */
function queuePageLayout(sheet: Excel.Worksheet, plan: SheetPlan): void {
  const layout = sheet.pageLayout;
  layout.orientation = plan.print.landscape ? 'Landscape' : 'Portrait';
  layout.paperSize = 'A4';
  // Each official table fits on one A4 page; the report text runs on as many pages as it needs.
  layout.zoom = plan.print.fit === 'width' ? { horizontalFitToPages: 1, verticalFitToPages: 0 } : { horizontalFitToPages: 1, verticalFitToPages: 1 };
  layout.centerHorizontally = true;
  if (plan.print.titleRows) layout.setPrintTitleRows(`$${plan.print.titleRows.first + 1}:$${plan.print.titleRows.last + 1}`);
  if (plan.print.footer) layout.headersFooters.defaultForAllPages.centerFooter = plan.print.footer;
}

function range(sheet: Excel.Worksheet, rect: Rect): Excel.Range {
  return sheet.getRangeByIndexes(rect.row, rect.col, rect.rowSpan, rect.colSpan);
}

function unit(cell: PlannedCell): Rect {
  return { row: cell.row, col: cell.col, rowSpan: 1, colSpan: 1 };
}

/** Excel column width in characters → points (7 px per character plus 5 px padding, 0.75 pt per px). */
export function charsToPoints(chars: number): number {
  return Math.round((chars * 7 + 5) * 0.75 * 100) / 100;
}
