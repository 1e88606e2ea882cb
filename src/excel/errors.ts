import { SpreadsheetError } from '../port';

export { isNoReportSheets } from '../port';

/** The port's error as Excel raises it: `userMessage` is Chinese and names what went wrong. */
export class ExcelAdapterError extends SpreadsheetError {
  constructor(userMessage: string, cause?: unknown, kind?: 'noReportSheets') {
    super(userMessage, cause, kind);
    this.name = 'ExcelAdapterError';
  }
}

/** Turns an Office.js failure into a message a clerk can act on, keeping the original as cause. */
export function toAdapterError(error: unknown, doing: string): ExcelAdapterError {
  if (error instanceof ExcelAdapterError) return error;
  const code = (error as { code?: string } | null)?.code;
  const detail: Record<string, string> = {
    ItemAlreadyExists: '同名的工作表或名称已经存在，请重试（加载项会另建一套，不会覆盖）。',
    InvalidOperationInCellEditMode: 'Excel 正处于单元格编辑状态，请先按 Enter 或 Esc 结束编辑，再重试。',
    AccessDenied: '工作簿受保护或为只读，请撤销工作簿保护或另存为可编辑的副本后重试。',
    ApiNotFound: '当前 Excel 版本过旧，不支持所需的功能，请升级到 Microsoft 365 或 Excel 2019 及以上版本。',
  };
  const hint = (code && detail[code]) ?? '请稍后重试；如果问题持续，请保存工作簿后重新打开加载项。';
  return new ExcelAdapterError(`${doing}失败：${hint}`, error);
}
