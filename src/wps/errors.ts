import { SpreadsheetError } from '../port';

/**
 * WPS raises plain JS errors (VBA-style messages, no Office.js codes); the pane shows the same kind
 * of Chinese message it shows for Excel, keeping the original as the cause.
 */
export function toWpsError(error: unknown, doing: string): SpreadsheetError {
  if (error instanceof SpreadsheetError) return error;
  return new SpreadsheetError(`${doing}失败：请确认 WPS 表格没有处于单元格编辑状态、工作簿没有被保护，然后重试；如果问题持续，请保存工作簿后重新打开加载项。`, error);
}
