import ExcelJS from 'exceljs';
import {
  BORDER_COLOR,
  CHECK_BAD,
  CHECK_OK,
  FONT_NAME,
  STYLES,
  nameReference,
  quoteSheetName,
  rangeAddress,
  type CellStyle,
  type PlannedCell,
  type SheetPlan,
  type WorkbookPlan,
} from '../core';

/** Renders a workbook plan into an exceljs workbook (new, or an existing one to append to). */
export async function renderPlan(plan: WorkbookPlan, workbook: ExcelJS.Workbook = new ExcelJS.Workbook()): Promise<ExcelJS.Workbook> {
  for (const name of plan.sheets.map((s) => s.name)) {
    if (workbook.getWorksheet(name)) throw new Error(`worksheet exists: ${name}`);
  }
  for (const sheetPlan of plan.sheets) await renderSheet(workbook, sheetPlan);
  for (const name of plan.names) workbook.definedNames.add(nameReference(name, quoteSheetName), name.name);
  return workbook;
}

async function renderSheet(workbook: ExcelJS.Workbook, plan: SheetPlan): Promise<void> {
  const sheet = workbook.addWorksheet(plan.name, {
    properties: { tabColor: { argb: argb('#2F5597') } },
    pageSetup: {
      paperSize: 9, // A4
      orientation: plan.print.landscape ? 'landscape' : 'portrait',
      fitToPage: true,
      fitToWidth: 1,
      fitToHeight: 1,
      horizontalCentered: true,
      printTitlesRow: plan.print.titleRows ? `${plan.print.titleRows.first + 1}:${plan.print.titleRows.last + 1}` : undefined,
      margins: { left: 0.5, right: 0.5, top: 0.6, bottom: 0.6, header: 0.3, footer: 0.3 },
    },
    views: plan.freeze
      ? [{ state: 'frozen', xSplit: plan.freeze.columns, ySplit: plan.freeze.rows, topLeftCell: topLeft(plan), activeCell: 'A1' }]
      : [{ state: 'normal' }],
  });
  plan.columnWidths.forEach((width, col) => (sheet.getColumn(col + 1).width = width));
  for (const [row, height] of Object.entries(plan.rowHeights)) sheet.getRow(Number(row) + 1).height = height;

  const mergeAt = new Map(plan.merges.map((m) => [`${m.row},${m.col}`, m]));
  for (const cell of plan.cells) {
    const target = sheet.getCell(cell.row + 1, cell.col + 1);
    const content = contentOf(cell);
    if (content !== undefined) target.value = content;
    target.style = styleOf(STYLES[cell.style], cell.locked);
    if (cell.validation) {
      const v = cell.validation;
      const merge = mergeAt.get(`${cell.row},${cell.col}`);
      const validation: ExcelJS.DataValidation = {
        type: v.kind === 'any' ? 'any' : v.kind,
        allowBlank: true,
        formulae: v.kind === 'any' ? [] : [v.min, v.max],
        operator: 'between',
        showInputMessage: true,
        promptTitle: v.prompt.title,
        prompt: v.prompt.message,
        showErrorMessage: !!v.error,
        errorStyle: 'stop',
        errorTitle: v.error?.title,
        error: v.error?.message,
      } as ExcelJS.DataValidation;
      // A merged input carries its validation on every cell of the merge, as Excel does.
      for (let c = 0; c < (merge?.colSpan ?? 1); c++) sheet.getCell(cell.row + 1, cell.col + 1 + c).dataValidation = validation;
    }
  }
  for (const m of plan.merges) sheet.mergeCells(m.row + 1, m.col + 1, m.row + m.rowSpan, m.col + m.colSpan);
  plan.conditionalFormats.forEach((cf, i) => {
    const look = cf.look === 'ok' ? CHECK_OK : CHECK_BAD;
    sheet.addConditionalFormatting({
      ref: rangeAddress(cf.row, cf.col, cf.rowSpan, cf.colSpan),
      rules: [
        {
          type: 'expression',
          priority: i + 1,
          formulae: [cf.formula],
          style: {
            fill: { type: 'pattern', pattern: 'solid', bgColor: { argb: argb(look.fill) } },
            font: { color: { argb: argb(look.fontColor) } },
          },
        },
      ],
    });
  });
  if (plan.protect) {
    await sheet.protect('', {
      selectLockedCells: true,
      selectUnlockedCells: true,
      formatCells: true,
      formatColumns: true,
      formatRows: true,
    });
  }
}

/** exceljs wants formulas without "=" and keeps our computed result as the cached value. */
function contentOf(cell: PlannedCell): ExcelJS.CellValue | undefined {
  if (cell.formula) return { formula: cell.formula.slice(1), result: cell.result ?? '' } as ExcelJS.CellFormulaValue;
  if (cell.value === undefined || cell.value === null) return undefined;
  return cell.value;
}

function styleOf(style: CellStyle, locked: boolean): Partial<ExcelJS.Style> {
  const line: Partial<ExcelJS.Border> = { style: 'thin', color: { argb: argb(BORDER_COLOR) } };
  return {
    font: {
      name: FONT_NAME,
      size: style.fontSize,
      bold: style.bold ?? false,
      italic: style.italic ?? false,
      color: style.fontColor ? { argb: argb(style.fontColor) } : undefined,
    },
    fill: style.fill ? { type: 'pattern', pattern: 'solid', fgColor: { argb: argb(style.fill) } } : undefined,
    alignment: {
      horizontal: style.horizontal,
      vertical: style.vertical === 'center' ? 'middle' : 'top',
      wrapText: style.wrap,
    },
    border: style.border ? { top: line, bottom: line, left: line, right: line } : undefined,
    numFmt: style.numberFormat,
    protection: { locked },
  };
}

function topLeft(plan: SheetPlan): string {
  return rangeAddress(plan.freeze?.rows ?? 0, plan.freeze?.columns ?? 0);
}

function argb(hex: string): string {
  return `FF${hex.replace('#', '').toUpperCase()}`;
}
