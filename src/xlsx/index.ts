/** The .xlsx edge: report workbooks on disk, through exceljs. */
import ExcelJS from 'exceljs';
import { buildWorkbookPlan, type PlanOptions, type ReadResult, type WorkbookPlan } from '../core';
import { addChartSheet, type ChartPicture } from './charts';
import { checkWorkbookPackage, loadWorkbook, readReportWorkbook } from './read';
import { spliceReportSheets, workbookKind } from './splice';
import { renderPlan } from './write';
import { readFileWithin, writeFileAtomically } from './files';

export { XlsxInputError, loadWorkbook, readReportWorkbook, reportCopies, shownValue } from './read';
export { addInputsSheet, appendToExisting, renderPlan } from './write';
export { snapshotXlsx, type XlsxSnapshot } from './snapshot';
export { fileProblem, readFileWithin, writeFileAtomically } from './files';
export { addChartSheet, type ChartPicture } from './charts';

/**
 * Writes a new workbook with the report sheets filled from `options`; with `drawCharts`, the 图表
 * sheet after them, its pictures drawn from the figures the new workbook reads as (so the pictures
 * and the data blocks cannot disagree).
 */
export async function writeReportFile(file: string, options: PlanOptions, drawCharts?: (read: ReadResult) => Promise<ChartPicture[]>): Promise<WorkbookPlan> {
  const plan = buildWorkbookPlan(options);
  const workbook = await renderPlan(plan);
  if (drawCharts) {
    const read = readReportWorkbook(workbook, file);
    const charts = await addChartSheet(workbook, read, await drawCharts(read));
    plan.sheets.push(charts.sheet);
  }
  await writeWorkbook(workbook, file);
  return plan;
}

/**
 * Adds the report sheets to a copy of an existing workbook (`source` is never modified): when
 * sheets or names of the first set exist, the next free copy (「表三 依申请公开 (2)」, NB_T3_2) is used.
 * The source's package is kept part for part (charts, images, pivot tables, macros): see splice.ts.
 */
export async function appendReportSheets(
  source: string,
  target: string,
  options: Omit<PlanOptions, 'copy'>,
  /** Called with the workbook's kind before anything is done: may refuse a target of the wrong type. */
  checkKind: (kind: 'xlsx' | 'xlsm') => void = () => undefined,
): Promise<WorkbookPlan & { kind: 'xlsx' | 'xlsm' }> {
  const { bytes, kind } = await readSourceWorkbook(source);
  checkKind(kind);
  const result = await spliceReportSheets(bytes, source, options);
  writeFileAtomically(target, result.bytes);
  return { ...result.plan, kind };
}

/**
 * A workbook to add sheets to, read within the limits, and what kind it is: 'xlsm' holds macros
 * and must be saved under .xlsm to open in Excel.
 */
export async function readSourceWorkbook(source: string): Promise<{ bytes: Uint8Array; kind: 'xlsx' | 'xlsm' }> {
  const buffer = await readBytes(source);
  const bytes = new Uint8Array(buffer.buffer, buffer.byteOffset, buffer.byteLength);
  checkWorkbookPackage(bytes, source);
  return { bytes, kind: await workbookKind(bytes, source) };
}

/** Reads a report workbook; `copy` chooses among several sets of report sheets (1 = the first). */
export async function readReportFile(file: string, copy = 1): Promise<ReadResult> {
  return readReportWorkbook(await openWorkbookFile(file), file, copy);
}

/** Opens an .xlsx file; a missing, unreadable or non-.xlsx file becomes an XlsxInputError naming it. */
export async function openWorkbookFile(file: string): Promise<ExcelJS.Workbook> {
  return loadWorkbook(await readBytes(file), file);
}

async function readBytes(file: string): Promise<Buffer> {
  return readFileWithin(file, 'workbookFileBytes');
}

/** exceljs renders into memory; the file is written whole or not at all. */
async function writeWorkbook(workbook: ExcelJS.Workbook, file: string): Promise<void> {
  writeFileAtomically(file, new Uint8Array((await workbook.xlsx.writeBuffer()) as ArrayBuffer));
}

export type { ExcelJS };
