import { describeAmount, LIMITS, type LimitKey } from '../core/limits';
import { SpreadsheetError } from '../port';
import type { WpsApplication, WpsWorksheet } from './types';
import { activeWorkbook, asGrid, sheetNames, sheetsOf } from './workbook';

/**
 * The add-in's settings for one workbook (which set of sheets, 上报说明, last year's report, marks),
 * kept inside the workbook so they travel with the file as Office's document settings do in Excel.
 * WPS has no per-document add-in settings (PluginStorage belongs to the installation, not the file),
 * so they live as JSON on a very hidden sheet that a clerk does not see in 取消隐藏.
 */
export const SETTINGS_SHEET = '年报助手设置';
/** A cell holds at most 32,767 characters: the JSON goes down column A in pieces. */
const PIECE = 30_000;
const XL_SHEET_VERY_HIDDEN = 2;

export function loadSettings(app: WpsApplication): Record<string, unknown> {
  const book = activeWorkbook(app);
  if (!sheetNames(book).includes(SETTINGS_SHEET)) return {};
  const sheet = sheetsOf(book).Item(SETTINGS_SHEET);
  const pieces = asGrid(sheet.Range(`A1:A${pieceRows()}`).Value2).map((r) => String(r[0] ?? ''));
  try {
    const parsed = JSON.parse(pieces.join('') || '{}');
    return parsed && typeof parsed === 'object' ? parsed : {};
  } catch {
    return {};
  }
}

/** As Office's document settings: about 2 MB for all of them together. */
const ALL_SETTINGS_MAX = 2 * 1024 * 1024;

export function saveSetting(app: WpsApplication, key: string, value: unknown, what: string, limit?: Extract<LimitKey, 'storedReportBytes' | 'storedDismissalsBytes'>): void {
  if (limit && value !== null && value !== undefined) {
    const bytes = new TextEncoder().encode(JSON.stringify(value)).length;
    const max = LIMITS[limit].value;
    if (bytes > max) throw new SpreadsheetError(`${what}有 ${describeAmount(LIMITS[limit], bytes)}，超过了可保存在工作簿中的上限（${describeAmount(LIMITS[limit], max)}）：${LIMITS[limit].why}。没有保存，工作簿未改动。`);
  }
  const settings = loadSettings(app);
  if (value === null || value === undefined) delete settings[key];
  else settings[key] = value;
  const json = JSON.stringify(settings);
  if (json.length > ALL_SETTINGS_MAX) throw new SpreadsheetError(`${what}没有保存：工作簿中保存的内容太多。`);
  const sheet = settingsSheet(app);
  const rows = pieceRows();
  const column = Array.from({ length: rows }, (_, i) => [json.slice(i * PIECE, (i + 1) * PIECE)]);
  // Text format first: a piece that looks like a number or starts with "=" must stay text.
  sheet.Range(`A1:A${rows}`).NumberFormat = '@';
  sheet.Range(`A1:A${rows}`).Value2 = column;
}

function pieceRows(): number {
  return Math.ceil(ALL_SETTINGS_MAX / PIECE) + 1;
}

function settingsSheet(app: WpsApplication): WpsWorksheet {
  const book = activeWorkbook(app);
  const sheets = sheetsOf(book);
  if (sheetNames(book).includes(SETTINGS_SHEET)) return sheets.Item(SETTINGS_SHEET);
  const sheet = sheets.Add(undefined, sheets.Item(sheets.Count));
  sheet.Name = SETTINGS_SHEET;
  sheet.Visible = XL_SHEET_VERY_HIDDEN;
  return sheet;
}
