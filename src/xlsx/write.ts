import ExcelJS from 'exceljs';
import {
  BORDER_COLOR,
  CHECK_BAD,
  CHECK_OK,
  FONT_NAME,
  STYLES,
  buildInputsSheetPlan,
  buildWorkbookPlan,
  findFreeCopy,
  nameReference,
  quoteSheetName,
  rangeAddress,
  type CellStyle,
  type ConditionalPlan,
  type NarrativeInputs,
  type PlanOptions,
  type PlannedCell,
  type SheetPlan,
  type ValidationPlan,
  type WorkbookPlan,
} from '../core';
import { XlsxInputError } from './read';

const TAB_COLOR = '#2F5597';

/**
 * Renders a workbook plan into an exceljs workbook: a new one, or an existing one to add to (the
 * plan's sheet names must then be free — `appendToExisting` picks the copy number that makes them so).
 */
export async function renderPlan(plan: WorkbookPlan, workbook?: ExcelJS.Workbook): Promise<ExcelJS.Workbook> {
  const target = workbook ?? newWorkbook();
  for (const sheetPlan of plan.sheets) {
    if (target.getWorksheet(sheetPlan.name)) throw new Error(`worksheet exists: ${sheetPlan.name}`);
  }
  for (const sheetPlan of plan.sheets) await renderSheet(target, sheetPlan);
  for (const name of plan.names) target.definedNames.add(nameReference(name, quoteSheetName), name.name);
  // Cached results serve readers that never calculate; anything that does calculate should not trust
  // them (Excel and WPS honour this flag; LibreOffice 7.4 ignores it, see tests/xlsx/libreoffice.test.ts).
  target.calcProperties = { ...target.calcProperties, fullCalcOnLoad: true };
  return target;
}

/**
 * Adds the report sheets to a loaded workbook without touching what is there. When a sheet or a
 * defined name of the first set exists (case-insensitively, as Excel compares them), the next free
 * copy is used: 「表三 依申请公开 (2)」, NB_T3_2, and so on.
 */
export async function appendToExisting(workbook: ExcelJS.Workbook, options: Omit<PlanOptions, 'copy'>): Promise<WorkbookPlan> {
  const { nextCopy } = findFreeCopy(
    workbook.worksheets.map((w) => w.name),
    (workbook.definedNames.model as { name: string }[]).map((n) => n.name),
  );
  const plan = buildWorkbookPlan({ ...options, copy: nextCopy });
  await renderPlan(plan, workbook);
  return plan;
}

/**
 * Adds only 正文素材 and its name NB_INPUTS to a workbook whose report sheets were made by a version
 * without it. Returns false, changing nothing, when the name exists already; a sheet of that name
 * that is not ours is never overwritten.
 */
export async function addInputsSheet(workbook: ExcelJS.Workbook, options: { copy?: number; inputs?: NarrativeInputs } = {}): Promise<boolean> {
  const { sheet, name } = buildInputsSheetPlan(options);
  const names = new Set((workbook.definedNames.model as { name: string }[]).map((n) => n.name.toLowerCase()));
  if (names.has(name.name.toLowerCase())) return false;
  if (workbook.worksheets.some((w) => w.name.toLowerCase() === sheet.name.toLowerCase())) {
    throw new XlsxInputError(`工作簿中已有名为“${sheet.name}”的工作表，但不是年报助手生成的。请把它改名后重试。`);
  }
  await renderPlan({ format: '2021', copy: options.copy ?? 1, sheets: [sheet], names: [name], addressOf: new Map() }, workbook);
  return true;
}

function newWorkbook(): ExcelJS.Workbook {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = '年报助手';
  workbook.created = new Date();
  return workbook;
}

async function renderSheet(workbook: ExcelJS.Workbook, plan: SheetPlan): Promise<void> {
  const sheet = workbook.addWorksheet(plan.name, {
    properties: { tabColor: { argb: argb(TAB_COLOR) } },
    pageSetup: {
      paperSize: 9, // A4
      orientation: plan.print.landscape ? 'landscape' : 'portrait',
      fitToPage: true,
      fitToWidth: 1,
      // One page per table, as the Office.js writer does: with fitToHeight 0 the 2021 table 三 prints at
      // 100 % and spills its last three rows onto a second page, away from their row labels.
      fitToHeight: plan.print.fit === 'width' ? 0 : 1,
      horizontalCentered: true,
      printTitlesRow: plan.print.titleRows ? `${plan.print.titleRows.first + 1}:${plan.print.titleRows.last + 1}` : undefined,
      margins: { left: 0.5, right: 0.5, top: 0.6, bottom: 0.6, header: 0.3, footer: 0.3 },
    },
    headerFooter: plan.print.footer ? { oddFooter: `&C${plan.print.footer}` } : undefined,
    views: plan.freeze
      ? [
          {
            state: 'frozen',
            xSplit: plan.freeze.columns,
            ySplit: plan.freeze.rows,
            topLeftCell: rangeAddress(plan.freeze.rows, plan.freeze.columns),
            activeCell: 'A1',
          },
        ]
      : [{ state: 'normal' }],
  });
  plan.columnWidths.forEach((width, col) => (sheet.getColumn(col + 1).width = width));
  for (const col of plan.hiddenColumns ?? []) sheet.getColumn(col + 1).hidden = true;
  for (const [row, height] of Object.entries(plan.rowHeights)) sheet.getRow(Number(row) + 1).height = height;

  const mergeAt = new Map(plan.merges.map((m) => [`${m.row},${m.col}`, m]));
  for (const cell of plan.cells) {
    const target = sheet.getCell(cell.row + 1, cell.col + 1);
    const content = contentOf(cell);
    if (content !== undefined) target.value = content;
    target.style = styleOf(STYLES[cell.style], cell.locked);
    if (!cell.validation) continue;
    // A merged input carries its validation on every cell of the merge, as Excel does.
    const validation = validationOf(cell.validation);
    const merge = mergeAt.get(`${cell.row},${cell.col}`);
    for (let r = 0; r < (merge?.rowSpan ?? 1); r++)
      for (let c = 0; c < (merge?.colSpan ?? 1); c++) sheet.getCell(cell.row + 1 + r, cell.col + 1 + c).dataValidation = validation;
  }
  for (const m of plan.merges) sheet.mergeCells(m.row + 1, m.col + 1, m.row + m.rowSpan, m.col + m.colSpan);
  plan.conditionalFormats.forEach((cf, i) => sheet.addConditionalFormatting(conditionalFormatOf(cf, i + 1)));
  if (plan.protect) {
    // No password: protection guards the formulas against slips, it is not access control.
    await sheet.protect('', {
      selectLockedCells: true,
      selectUnlockedCells: true,
      formatCells: true,
      formatColumns: true,
      formatRows: true,
    });
  }
}

/** exceljs wants formulas without "="; the plan's computed result becomes the cached value. */
function contentOf(cell: PlannedCell): ExcelJS.CellValue | undefined {
  if (cell.formula) return { formula: cell.formula.slice(1), result: cell.result ?? '' } as ExcelJS.CellFormulaValue;
  if (cell.value === undefined || cell.value === null) return undefined;
  return cell.value;
}

function validationOf(plan: ValidationPlan): ExcelJS.DataValidation {
  const prompt = { showInputMessage: true, promptTitle: plan.prompt.title, prompt: plan.prompt.message };
  // Free text only shows its input message. exceljs writes 'any' (missing from its types) as no type
  // attribute, which is Excel's 「任何值」.
  if (plan.kind === 'any') return { type: 'any', formulae: [], ...prompt } as unknown as ExcelJS.DataValidation;
  return {
    type: plan.kind,
    operator: 'between',
    allowBlank: true,
    formulae: [plan.min, plan.max],
    ...prompt,
    showErrorMessage: !!plan.error,
    errorStyle: 'stop',
    errorTitle: plan.error?.title,
    error: plan.error?.message,
  } as ExcelJS.DataValidation;
}

function conditionalFormatOf(cf: ConditionalPlan, priority: number): ExcelJS.ConditionalFormattingOptions {
  const look = cf.look === 'ok' ? CHECK_OK : CHECK_BAD;
  return {
    ref: rangeAddress(cf.row, cf.col, cf.rowSpan, cf.colSpan),
    rules: [
      {
        type: 'expression',
        priority,
        formulae: [cf.formula],
        style: {
          fill: { type: 'pattern', pattern: 'solid', bgColor: { argb: argb(look.fill) } },
          font: { color: { argb: argb(look.fontColor) } },
        },
      },
    ],
  };
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

function argb(hex: string): string {
  return `FF${hex.replace('#', '').toUpperCase()}`;
}
