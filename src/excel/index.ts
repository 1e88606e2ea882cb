/** The Office.js edge: the workbook open in Excel. */
export { ExcelAdapterError, isNoReportSheets } from './errors';
export { checkExistingSheets, findFreeCopy, insertReportSheets, type ExistingReportSheets, type InsertOptions } from './insert';
export { readReport } from './read';
export { insertInputsSheet, writeNarrativeInputs } from './inputs';
export { BASELINE_EXCEL_API, supportsExcelApi } from './requirements';
export { clearMarks, findingLocations, goToCells, markFindings, MARK_TAG, tableSheets, validateWorkbook, type WorkbookValidation } from './validate';
export { canDismiss, dismiss, dismissalKey, loadDismissals, saveDismissals, undismiss, type Dismissal } from './dismissals';
export { auditEntries, AUDIT_SHEET, exportAuditSheet } from './audit';
export { watchReportSheets, type Watch } from './watch';
export { applyCarryOver, carryOverProposals, loadPreviousReport, savePreviousReport, type CarryOverProposal, type PreviousReport } from './previous';
export { writeReportSheet } from './report-sheet';
export { writeChartSheet } from './charts';
export { fillBlankCells } from './fill';
export { marksPresent } from './settings';
export { excelSpreadsheet } from './spreadsheet';
