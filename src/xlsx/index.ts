/** The .xlsx edge: report workbooks on disk, through exceljs. */
import { promises as fs } from 'node:fs';
import ExcelJS from 'exceljs';
import { buildWorkbookPlan, type PlanOptions, type ReadResult, type WorkbookPlan } from '../core';
import { loadWorkbook, readReportWorkbook, XlsxInputError } from './read';
import { appendToExisting, renderPlan } from './write';

export { XlsxInputError, loadWorkbook, readReportWorkbook, reportCopies, shownValue } from './read';
export { addInputsSheet, appendToExisting, renderPlan } from './write';
export { snapshotXlsx, type XlsxSnapshot } from './snapshot';

/** Writes a new workbook with the report sheets filled from `options`. */
export async function writeReportFile(file: string, options: PlanOptions): Promise<WorkbookPlan> {
  const plan = buildWorkbookPlan(options);
  const workbook = await renderPlan(plan);
  await writeWorkbook(workbook, file);
  return plan;
}

/**
 * Adds the report sheets to a copy of an existing workbook (`source` is never modified): when
 * sheets or names of the first set exist, the next free copy (「表三 依申请公开 (2)」, NB_T3_2) is used.
 */
export async function appendReportSheets(source: string, target: string, options: Omit<PlanOptions, 'copy'>): Promise<WorkbookPlan> {
  const workbook = await loadWorkbook(await readBytes(source), source);
  const plan = await appendToExisting(workbook, options);
  await writeWorkbook(workbook, target);
  return plan;
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
  try {
    return await fs.readFile(file);
  } catch (error) {
    throw new XlsxInputError(fileProblem(file, error, '读取'), file);
  }
}

async function writeWorkbook(workbook: ExcelJS.Workbook, file: string): Promise<void> {
  try {
    await workbook.xlsx.writeFile(file);
  } catch (error) {
    throw new XlsxInputError(fileProblem(file, error, '写入'), file);
  }
}

/** A Chinese message for the file-system errors a clerk can do something about. */
function fileProblem(file: string, error: unknown, verb: '读取' | '写入'): string {
  const code = (error as NodeJS.ErrnoException).code;
  switch (code) {
    case 'ENOENT':
      return verb === '读取' ? `找不到文件“${file}”。` : `无法写入“${file}”：所在文件夹不存在。`;
    case 'EISDIR':
      return `“${file}”是一个文件夹，不是 .xlsx 文件。`;
    case 'EACCES':
    case 'EPERM':
      return `没有权限${verb}“${file}”。`;
    case 'EBUSY':
      return `无法${verb}“${file}”：文件正被其他程序占用（是否在 Excel/WPS 中打开着？请先关闭）。`;
    default:
      return `无法${verb}文件“${file}”（${code ?? (error as Error)?.message ?? '未知错误'}）。`;
  }
}

export type { ExcelJS };
