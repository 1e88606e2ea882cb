import type ExcelJS from 'exceljs';
import { clerkEdits, findReportSheetColumns, readReportSheetValues, reportSheetName, type Overrides, type SheetParagraph } from '../core';
import { worksheetValues } from './read';

/**
 * The 报告正文 sheet of a workbook on disk, as the task pane left it: its paragraphs and which of
 * them the clerk rewrote, so `nianbao generate` keeps those as Excel would.
 */
export function readReportSheetFromWorkbook(workbook: ExcelJS.Workbook, copy = 1): { exists: boolean; paragraphs: SheetParagraph[]; edits: Overrides } {
  const sheet = workbook.getWorksheet(reportSheetName(copy));
  if (!sheet) return { exists: false, paragraphs: [], edits: {} };
  const values = worksheetValues(sheet);
  const columns = findReportSheetColumns(values);
  const paragraphs = columns ? readReportSheetValues(values, columns) : [];
  return { exists: true, paragraphs, edits: clerkEdits(paragraphs) };
}
