import type { CellLocation } from '../core';
import { toWpsError } from './errors';
import { activeWorkbook, sheetsOf } from './workbook';
import type { WpsApplication } from './types';

/** Shows a finding's cells: activates their sheet (Select fails on another sheet) and selects them. */
export function goToCells(app: WpsApplication, locations: CellLocation[]): void {
  if (locations.length === 0) return;
  const sheetName = locations[0].sheet;
  const onSheet = [...new Set(locations.filter((l) => l.sheet === sheetName).map((l) => l.address))];
  try {
    const sheet = sheetsOf(activeWorkbook(app)).Item(sheetName);
    sheet.Activate();
    // A multi-area address ("D9,F9") selects all areas, as in VBA.
    sheet.Range(onSheet.join(',')).Select();
  } catch (error) {
    throw toWpsError(error, '定位单元格');
  }
}
