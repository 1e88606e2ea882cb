import { parseRange, type RangeRef } from '../core';
import { member } from './application';
import type { WpsApplication, WpsNames, WpsSheets, WpsWorkbook, WpsWorksheet } from './types';

/** The active workbook, or a clear error: a task pane can be open with no workbook at all. */
export function activeWorkbook(app: WpsApplication): WpsWorkbook {
  const book = app.ActiveWorkbook;
  if (!book) throw new Error('WPS 表格中没有打开的工作簿');
  return book;
}

export const sheetsOf = (book: WpsWorkbook) => member<WpsSheets>(book, 'Sheets');
export const namesOf = (book: WpsWorkbook) => member<WpsNames>(book, 'Names');

/** Every sheet name, in order. */
export function sheetNames(book: WpsWorkbook): string[] {
  const sheets = sheetsOf(book);
  return Array.from({ length: sheets.Count }, (_, i) => sheets.Item(i + 1).Name);
}

/** Every defined name with where it points (lower-case name → its range), #REF! names left out. */
export function definedNames(book: WpsWorkbook): Map<string, RangeRef & { name: string }> {
  const names = namesOf(book);
  const result = new Map<string, RangeRef & { name: string }>();
  for (let i = 1; i <= names.Count; i++) {
    const name = names.Item(i);
    const refersTo = name.RefersTo.replace(/^=/, '').replace(/\$/g, '');
    if (refersTo.includes('#REF!') || !refersTo.includes('!')) continue;
    result.set(name.Name.toLowerCase(), { name: name.Name, ...parseRange(refersTo) });
  }
  return result;
}

/** Value2 and Formula give a scalar for one cell and a 2-D array for more: always a 2-D array here. */
export function asGrid(value: unknown): unknown[][] {
  const grid = Array.isArray(value) ? (value as unknown[][]) : [[value]];
  // An empty cell reads as empty (undefined or null, by build); the readers expect '' as Office.js gives.
  return grid.map((row) => row.map((v) => (v === undefined || v === null ? '' : v)));
}

/** Worksheet.Delete asks the user first unless DisplayAlerts is off (as in VBA); it is put back after. */
export function deleteSheet(app: WpsApplication, target: WpsWorksheet): void {
  const alerts = app.DisplayAlerts;
  app.DisplayAlerts = false;
  try {
    target.Delete();
  } finally {
    app.DisplayAlerts = alerts;
  }
}
