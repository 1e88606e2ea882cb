import { useEffect } from 'react';

/**
 * What one tab tells another without sharing state: 生成报告 replaced 报告正文 (a new sheet object
 * under the old name), so 校验's automatic validation must watch the new one.
 */
const REPORT_SHEET_WRITTEN = 'nianbao:report-sheet-written';

export function notifyReportSheetWritten(): void {
  window.dispatchEvent(new Event(REPORT_SHEET_WRITTEN));
}

export function useReportSheetWritten(callback: () => void): void {
  useEffect(() => {
    window.addEventListener(REPORT_SHEET_WRITTEN, callback);
    return () => window.removeEventListener(REPORT_SHEET_WRITTEN, callback);
  }, [callback]);
}
