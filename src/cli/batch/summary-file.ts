import * as path from 'node:path';
import ExcelJS from 'exceljs';
import { KEY_FIGURES, keyFigures, type ReportData } from '../../core';
import { writeFileAtomically } from '../../xlsx';
import { UsageError } from '../errors';
import type { FileFindings } from '../commands/validate';

/**
 * The per-agency summary of a batch run (`--summary FILE.xlsx|.csv`): one row per file, with the
 * agency, year, format, key figures and the counts of findings. A row is a few numbers, so keeping
 * them for 10,000 files costs little; the findings themselves are not kept.
 */
export interface SummaryRow {
  file: string;
  agency: string | null;
  year: number | null;
  format: string | null;
  figures: (number | null)[];
  errors: number | null;
  warnings: number | null;
  notAssessable: number | null;
  problem?: string;
}

export const SUMMARY_HEADERS = ['文件', '机关名称', '年度', '格式', ...KEY_FIGURES.map((f) => f.label), '错误', '警告', '无法判断', '无法使用的原因'];

export function summaryRow(r: FileFindings): SummaryRow {
  const data: ReportData | undefined = r.data;
  const fails = r.findings.filter((f) => f.status === 'fail');
  const figures = data ? keyFigures(data) : undefined;
  return {
    file: r.file,
    agency: data?.agency ?? null,
    year: data?.year ?? null,
    format: data ? data.format : null,
    figures: KEY_FIGURES.map((f) => figures?.[f.key] ?? null),
    errors: r.error ? null : fails.filter((f) => f.severity === 'error').length,
    warnings: r.error ? null : fails.filter((f) => f.severity === 'warning').length,
    notAssessable: r.error ? null : r.findings.filter((f) => f.status === 'notAssessable').length,
    ...(r.error ? { problem: r.error } : {}),
  };
}

function cellsOf(row: SummaryRow): (string | number | null)[] {
  return [row.file, row.agency, row.year, row.format, ...row.figures, row.errors, row.warnings, row.notAssessable, row.problem ?? null];
}

export function checkSummaryTarget(file: string): void {
  if (!/\.(xlsx|csv)$/i.test(file)) throw new UsageError(`汇总表“${file}”应以 .xlsx 或 .csv 结尾。`);
}

/** CSV with a byte-order mark, so that Excel and WPS open the Chinese as UTF-8. */
export function summaryCsv(rows: SummaryRow[]): string {
  const field = (v: string | number | null) => {
    const text = v === null ? '' : String(v);
    return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
  };
  return '\ufeff' + [SUMMARY_HEADERS, ...rows.map(cellsOf)].map((r) => r.map(field).join(',')).join('\r\n') + '\r\n';
}

export async function writeSummaryFile(file: string, rows: SummaryRow[]): Promise<void> {
  if (path.extname(file).toLowerCase() === '.csv') {
    writeFileAtomically(file, new TextEncoder().encode(summaryCsv(rows)));
    return;
  }
  const workbook = new ExcelJS.Workbook();
  workbook.creator = '年报助手';
  const sheet = workbook.addWorksheet('分单位情况', { views: [{ state: 'frozen', ySplit: 1, xSplit: 0 }] });
  sheet.addRow(SUMMARY_HEADERS).font = { bold: true };
  for (const row of rows) sheet.addRow(cellsOf(row));
  sheet.columns.forEach((c, i) => (c.width = i === 0 ? 40 : i === 1 ? 28 : i === SUMMARY_HEADERS.length - 1 ? 50 : 10));
  sheet.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1, column: SUMMARY_HEADERS.length } };
  writeFileAtomically(file, new Uint8Array((await workbook.xlsx.writeBuffer()) as ArrayBuffer));
}
