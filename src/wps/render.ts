import { BORDER_COLOR, CHECK_BAD, CHECK_OK, FONT_NAME, STYLES, rangeAddress, styleRects, type PlannedCell, type Rect, type SheetPlan, type ValidationPlan } from '../core';
import { excelLiteral } from '../excel/literal';
import { bgr, XL } from './constants';
import type { WpsApplication, WpsRange, WpsWorksheet } from './types';

/**
 * Renders one sheet of the core's workbook plan through WPS's synchronous object model: the same
 * plan the Office.js and .xlsx writers render, so the three cannot drift apart. Each statement is
 * applied at once in WPS; there is nothing to batch, but the content still goes in one 2-D write.
 */
export function renderSheet(app: WpsApplication, sheet: WpsWorksheet, plan: SheetPlan): void {
  writeContent(sheet, plan.cells);
  for (const rect of styleRects(plan)) styleRange(at(sheet, rect), rect, rect.style, rect.locked);
  for (const m of plan.merges) at(sheet, m).Merge(false);
  // ColumnWidth is in characters in WPS (as in VBA), the plan's own unit.
  plan.columnWidths.forEach((chars, col) => (at(sheet, { row: 0, col, rowSpan: 1, colSpan: 1 }).ColumnWidth = chars));
  for (const col of plan.hiddenColumns ?? []) at(sheet, { row: 0, col, rowSpan: 1, colSpan: 1 }).EntireColumn.Hidden = true;
  for (const [row, points] of Object.entries(plan.rowHeights)) at(sheet, { row: Number(row), col: 0, rowSpan: 1, colSpan: 1 }).RowHeight = points;
  const mergeAt = new Map(plan.merges.map((m) => [`${m.row},${m.col}`, m]));
  for (const cell of plan.cells) {
    if (cell.validation) addValidation(at(sheet, mergeAt.get(`${cell.row},${cell.col}`) ?? { row: cell.row, col: cell.col, rowSpan: 1, colSpan: 1 }), cell.validation);
  }
  for (const cf of plan.conditionalFormats) {
    const look = cf.look === 'ok' ? CHECK_OK : CHECK_BAD;
    const condition = at(sheet, cf).FormatConditions.Add(XL.expression, undefined, `=${cf.formula}`);
    condition.Interior.Color = bgr(look.fill);
    condition.Font.Color = bgr(look.fontColor);
  }
  if (plan.freeze) {
    // Freezing acts on the window, so the sheet must be the active one.
    sheet.Activate();
    const window = app.ActiveWindow;
    window.SplitColumn = plan.freeze.columns;
    window.SplitRow = plan.freeze.rows;
    window.FreezePanes = true;
  }
  setUpPage(sheet, plan);
  sheet.Tab.Color = bgr('#2F5597');
}

/** Protection goes last: writes to locked cells of a protected sheet fail. Formatting stays allowed. */
export function protectSheet(sheet: WpsWorksheet, plan: SheetPlan): void {
  if (plan.protect) sheet.Protect(undefined, true, true, true, false, true, true, true);
}

function writeContent(sheet: WpsWorksheet, cells: PlannedCell[]): void {
  const rows = Math.max(...cells.map((c) => c.row)) + 1;
  const cols = Math.max(...cells.map((c) => c.col)) + 1;
  const grid: (string | number)[][] = Array.from({ length: rows }, () => Array<string | number>(cols).fill(''));
  for (const cell of cells) {
    if (cell.formula) grid[cell.row][cell.col] = cell.formula;
    else if (cell.value !== undefined && cell.value !== null) grid[cell.row][cell.col] = excelLiteral(cell.value);
  }
  // Formula takes a 2-D array like Value2, and reads "=…" as a formula and "'…" as text.
  at(sheet, { row: 0, col: 0, rowSpan: rows, colSpan: cols }).Formula = grid;
}

function styleRange(target: WpsRange, rect: Rect, role: keyof typeof STYLES, locked: boolean): void {
  const style = STYLES[role];
  if (style.fill) target.Interior.Color = bgr(style.fill);
  const font = target.Font;
  font.Name = FONT_NAME;
  font.Size = style.fontSize;
  if (style.bold) font.Bold = true;
  if (style.italic) font.Italic = true;
  if (style.fontColor) font.Color = bgr(style.fontColor);
  target.HorizontalAlignment = style.horizontal === 'left' ? XL.left : style.horizontal === 'right' ? XL.right : XL.center;
  target.VerticalAlignment = style.vertical === 'top' ? XL.top : XL.center;
  target.WrapText = style.wrap;
  if (!locked) target.Locked = false;
  if (style.numberFormat !== 'General') target.NumberFormat = style.numberFormat;
  if (style.border) {
    const edges: number[] = [XL.edgeTop, XL.edgeBottom, XL.edgeLeft, XL.edgeRight];
    if (rect.rowSpan > 1) edges.push(XL.insideHorizontal);
    if (rect.colSpan > 1) edges.push(XL.insideVertical);
    for (const edge of edges) {
      const border = target.Borders.Item(edge);
      border.LineStyle = XL.continuous;
      border.Weight = XL.thin;
      border.Color = bgr(BORDER_COLOR);
    }
  }
}

function addValidation(target: WpsRange, validation: ValidationPlan): void {
  const validationOf = target.Validation;
  if (validation.kind === 'any') {
    // Input only: no rule, just the message shown when the cell is selected.
    validationOf.Add(XL.validateInputOnly, XL.validAlertStop, XL.between);
  } else {
    const type = validation.kind === 'whole' ? XL.validateWholeNumber : XL.validateDecimal;
    validationOf.Add(type, XL.validAlertStop, XL.between, String(validation.min), String(validation.max));
  }
  validationOf.ShowInput = true;
  validationOf.InputTitle = validation.prompt.title;
  validationOf.InputMessage = validation.prompt.message;
  if (validation.error) {
    validationOf.ShowError = true;
    validationOf.ErrorTitle = validation.error.title;
    validationOf.ErrorMessage = validation.error.message;
  } else {
    validationOf.ShowError = false;
  }
}

function setUpPage(sheet: WpsWorksheet, plan: SheetPlan): void {
  const page = sheet.PageSetup;
  page.Orientation = plan.print.landscape ? XL.landscape : XL.portrait;
  page.PaperSize = XL.paperA4;
  // Zoom must be false for FitToPages* to take effect (as in VBA); 'width' leaves the height free.
  page.Zoom = false;
  page.FitToPagesWide = 1;
  page.FitToPagesTall = plan.print.fit === 'width' ? false : 1;
  page.CenterHorizontally = true;
  if (plan.print.titleRows) page.PrintTitleRows = `$${plan.print.titleRows.first + 1}:$${plan.print.titleRows.last + 1}`;
  if (plan.print.footer) page.CenterFooter = plan.print.footer;
}

export function at(sheet: WpsWorksheet, rect: Rect): WpsRange {
  return sheet.Range(rangeAddress(rect.row, rect.col, rect.rowSpan, rect.colSpan));
}
