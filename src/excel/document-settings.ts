import { describeAmount, LIMITS, type LimitKey } from '../core/limits';
import { ExcelAdapterError } from './errors';

/**
 * Saving one document setting so that a failure leaves nothing behind. Office keeps settings in
 * memory until `saveAsync` writes them into the workbook, and the whole set must fit in about 2 MB:
 * a value set before a save that fails would stay in memory and make every later save fail too.
 * So the size is checked before `set`, and a failed save puts the previous value back.
 */
export async function saveDocumentSetting(key: string, value: unknown, what: string, limit: Extract<LimitKey, 'storedReportBytes' | 'storedDismissalsBytes'>): Promise<void> {
  const settings = Office.context.document.settings;
  if (value !== null) {
    const bytes = new TextEncoder().encode(JSON.stringify(value)).length;
    const max = LIMITS[limit].value;
    if (bytes > max) {
      throw new ExcelAdapterError(`${what}有 ${describeAmount(LIMITS[limit], bytes)}，超过了可保存在工作簿中的上限（${describeAmount(LIMITS[limit], max)}）：${LIMITS[limit].why}。没有保存，工作簿未改动。`);
    }
  }
  const before: unknown = settings.get(key);
  if (value === null) settings.remove(key);
  else settings.set(key, value);
  try {
    await new Promise<void>((resolve, reject) =>
      settings.saveAsync((result) => (result.status === Office.AsyncResultStatus.Failed ? reject(result.error) : resolve())),
    );
  } catch (error) {
    if (before === null || before === undefined) settings.remove(key);
    else settings.set(key, before);
    const reason = (error as { message?: string } | null)?.message;
    throw new ExcelAdapterError(
      `没能把${what}保存到工作簿${reason ? `（Office 的答复：${reason}）` : ''}。已恢复为保存前的内容，工作簿没有改动；请检查工作簿是否为只读、是否在别处打开，然后重试。`,
      error,
    );
  }
}
