/** The WPS 表格 edge: the workbook open in WPS, through its synchronous JS object model. */
export { findWpsApplication, member } from './application';
export { checkExistingSheets, insertReportSheets } from './insert';
export { readReport } from './read';
export { goToCells } from './select';
export type { WpsApplication } from './types';
export { createWpsPort } from './port';
export { writeChartSheet } from './charts';
