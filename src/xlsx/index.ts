/** The .xlsx edge: report workbooks on disk, through exceljs. */
import { promises as fs } from 'node:fs';
import ExcelJS from 'exceljs';
import { buildWorkbookPlan, type PlanOptions, type ReadResult, type WorkbookPlan } from '../core';
import { loadWorkbook, readReportWorkbook, XlsxInputError } from './read';
import { renderPlan } from './write';

export { XlsxInputError, loadWorkbook, readReportWorkbook } from './read';
export { renderPlan } from './write';

/** Writes a new workbook with the report sheets filled from `options`. */
export async function writeReportFile(file: string, options: PlanOptions): Promise<WorkbookPlan> {
  const plan = buildWorkbookPlan(options);
  const workbook = await renderPlan(plan);
  await workbook.xlsx.writeFile(file);
  return plan;
}

/**
 * Adds the report sheets to an existing workbook without touching what is there: when sheets or
 * names of the first set exist, the next free copy (「表三 依申请公开 (2)」, NB_T3_2) is used.
 */
export async function appendReportSheets(source: string, target: string, options: Omit<PlanOptions, 'copy'>): Promise<WorkbookPlan> {
  const workbook = await loadWorkbook(await readBytes(source), source);
  const sheetNames = workbook.worksheets.map((w) => w.name.toLowerCase());
  const names = (workbook.definedNames.model as { name: string }[]).map((n) => n.name.toLowerCase());
  let copy = 1;
  let plan = buildWorkbookPlan({ ...options, copy });
  const clashes = (p: WorkbookPlan) =>
    p.sheets.some((s) => sheetNames.includes(s.name.toLowerCase())) || p.names.some((n) => names.includes(n.name.toLowerCase()));
  while (clashes(plan)) plan = buildWorkbookPlan({ ...options, copy: ++copy });
  await renderPlan(plan, workbook);
  await workbook.xlsx.writeFile(target);
  return plan;
}

export async function readReportFile(file: string, copy = 1): Promise<ReadResult> {
  return readReportWorkbook(await loadWorkbook(await readBytes(file), file), file, copy);
}

async function readBytes(file: string): Promise<Buffer> {
  try {
    return await fs.readFile(file);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') throw new XlsxInputError(`找不到文件“${file}”。`);
    if (code === 'EISDIR') throw new XlsxInputError(`“${file}”是一个文件夹，不是 .xlsx 文件。`);
    throw new XlsxInputError(`无法读取文件“${file}”（${code ?? '未知错误'}）。`);
  }
}

export type { ExcelJS };
