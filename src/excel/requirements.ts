/** ExcelApi 1.8 is the baseline; newer sets are used only where the host reports them. */
export const BASELINE_EXCEL_API = '1.8';

export function supportsExcelApi(version: string): boolean {
  try {
    return Office.context.requirements.isSetSupported('ExcelApi', version);
  } catch {
    return false;
  }
}
