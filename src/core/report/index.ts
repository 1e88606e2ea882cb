export { buildReportDocument, matrixRows, reportTitle, tableMatrix, type ReportBlock, type ReportDocument, type TableCell, type TableMatrix } from './document';
export { reportMarkdown, reportPlainText } from './text';
export {
  buildReportSheetPlan,
  clerkEdits,
  findReportSheetColumns,
  fixedContentChanged,
  readReportSheetValues,
  REPORT_SHEET_TITLE,
  reportSheetName,
  type ReportSheetColumns,
  type SheetParagraph,
} from './sheet';
export { checkReportSheet } from './check';
