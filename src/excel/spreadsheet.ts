import type { SpreadsheetPort } from '../port';
import { loadDismissals, saveDismissals } from './dismissals';
import { checkExistingSheets, insertReportSheets } from './insert';
import { applyCarryOver, carryOverProposals, loadPreviousReport, savePreviousReport } from './previous';
import { marksPresent } from './settings';

/**
 * The rest of the adapter (reading, the rules behind validation, writing 报告正文) loads after the
 * first paint, as the tabs that use it do: the first tab only inserts sheets.
 */
const later = () => import(/* webpackChunkName: "excel", webpackPrefetch: true */ './index');

/**
 * The spreadsheet port in Excel: each operation is the Office.js function of the same name, on the
 * set of report sheets the workbook remembers (each function recalls its copy).
 */
export const excelSpreadsheet: SpreadsheetPort = {
  checkExistingSheets,
  insertReportSheets,
  readReport: async () => (await later()).readReport(),
  validateWorkbook: async (previous, options) => (await later()).validateWorkbook(undefined, previous, options),
  insertInputsSheet: async () => (await later()).insertInputsSheet(),
  writeNarrativeInputs: async (inputs, options) => (await later()).writeNarrativeInputs(inputs, undefined, options),
  goToCells: async (locations) => (await later()).goToCells(locations),
  markFindings: async (findings, read) => (await later()).markFindings(findings, read),
  clearMarks: async (sheetNames) => (await later()).clearMarks(sheetNames),
  marksPresent,
  fillBlankCells: async (locations) => (await later()).fillBlankCells(locations),
  loadDismissals,
  saveDismissals,
  watchReportSheets: async (sheetNames, onEdit) => (await later()).watchReportSheets(sheetNames, onEdit),
  loadPreviousReport,
  savePreviousReport,
  carryOverProposals,
  applyCarryOver,
  writeReportSheet: async (doc) => (await later()).writeReportSheet(doc),
  writeChartSheet: async (previous) => (await later()).writeChartSheet(previous ?? null),
  exportAuditSheet: async (entries, title, date) => (await later()).exportAuditSheet(entries, title, date),
};
