export { buildReportDocument, matrixRows, reportTitle, tableMatrix, type ReportBlock, type ReportDocument, type TableCell, type TableMatrix } from './document';
export { reportMarkdown, reportPlainText } from './text';
export {
  buildReportSheetPlan,
  findReportSheetColumns,
  REPORT_SHEET_TITLE,
  reportSheetName,
  reportSheetSectionRows,
  reportSheetState,
  type ReportSheetState,
  type ReportSheetColumns,
  type SheetParagraph,
} from './sheet';
export { checkReportDocument, checkReportSheet, type DocumentFinding } from './check';
export { draftMark, tableErrors, type DraftMark } from './draft';
export { signatureDate, signatureOf, type Signature } from './signature';
