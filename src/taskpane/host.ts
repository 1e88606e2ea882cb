/**
 * Where the task pane finds itself, decided before anything else renders: inside an Excel that can
 * run it, or not — and then why, so that the pane can say what failed and what to do.
 */
export type HostStatus =
  /** Excel with ExcelApi 1.8 or later. */
  | 'excel'
  /** office.js did not load: no route to Microsoft's Office script (an intranet), or it was blocked. */
  | 'noOfficeJs'
  /** office.js loaded but never said it was ready (an Office that cannot host this add-in). */
  | 'notReady'
  /** Opened outside Excel: in a browser, or in another Office application. */
  | 'notExcel'
  /** Excel older than ExcelApi 1.8 (Excel 2016 and earlier). */
  | 'tooOld';

/** How long office.js may take to say it is ready before the pane explains instead of waiting. */
const READY_TIMEOUT_MS = 20_000;

export function detectHost(onStatus: (status: HostStatus) => void): void {
  if (typeof Office === 'undefined' || typeof Office.onReady !== 'function') {
    onStatus('noOfficeJs');
    return;
  }
  let settled = false;
  const settle = (status: HostStatus) => {
    if (settled) return;
    settled = true;
    onStatus(status);
  };
  const timer = setTimeout(() => settle('notReady'), READY_TIMEOUT_MS);
  void Office.onReady((info) => {
    clearTimeout(timer);
    if (info.host !== Office.HostType.Excel) settle('notExcel');
    else if (!Office.context.requirements.isSetSupported('ExcelApi', '1.8')) settle('tooOld');
    else settle('excel');
  });
}
