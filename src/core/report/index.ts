export { buildReportDocument, matrixRows, reportTitle, tableMatrix, type ReportBlock, type ReportDocument, type TableCell, type TableMatrix } from './document';
export { reportMarkdown, reportPlainText } from './text';
