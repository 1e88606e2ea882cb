import type { ReportData } from './cells';
import type { ReadResult } from './layout/read';
import { checkReportSheet } from './report/check';
import { checkAcrossYears, validateReport, type ValidationReport } from './rules';

/** A workbook as read and what validation found in it; `read` also locates the rows of 报告正文 that text findings point at. */
export interface ValidatedRead {
  read: ReadResult;
  report: ValidationReport;
}

/**
 * Everything that is checked on a workbook once it has been read, the same for Excel, the CLI and
 * the benchmarks: the rule catalogue (totals that hold constants known from where the reader found
 * formulas), the cross-year rules when last year's report is given, and the text rules on 报告正文
 * when the workbook has one. The rows of 报告正文 that text findings point at are added to the
 * returned read's locations (the read given is left as it is), so going to, marking and printing a
 * finding work alike for tables and text.
 */
export function validateWorkbookRead(read: ReadResult, previous?: ReportData, options: { previousConfirmed?: boolean } = {}): ValidatedRead {
  const formulaCells = new Set([...read.locations].filter(([, l]) => l.isFormula).map(([id]) => id));
  const report = validateReport({ data: read.data, formulaCells, locate: (id) => read.locations.get(id)?.address, inputs: read.inputs });
  if (previous) report.findings.push(...checkAcrossYears(read.data, previous, { confirmed: options.previousConfirmed }));
  if (!read.reportSheet) return { read, report };
  const text = checkReportSheet(read.data, read.reportSheet.sheet, read.reportSheet.values, previous);
  report.findings.push(...text.findings);
  return { read: { ...read, locations: new Map([...read.locations, ...text.locations]) }, report };
}

/** The findings of `validateWorkbookRead`, for callers that need no locations of 报告正文's rows. */
export function validateRead(read: ReadResult, previous?: ReportData, options: { previousConfirmed?: boolean } = {}): ValidationReport {
  return validateWorkbookRead(read, previous, options).report;
}
