import type { CellLocation } from '../core';
import { toAdapterError } from './errors';

/**
 * 「没有的填 0」 for the clerk: writes 0 into blank input cells, after the clerk agreed. Two round
 * trips: the cells are read again first (the grid stays editable after 校验, and a number typed
 * since must not be overwritten), then 0 goes into those still blank that hold no formula. Nothing
 * else is touched: not a total, not a cell with text.
 */
export async function fillBlankCells(locations: CellLocation[]): Promise<number> {
  if (locations.length === 0) return 0;
  try {
    return await Excel.run(async (context) => {
      const ranges = locations.map((l) => context.workbook.worksheets.getItem(l.sheet).getRange(l.address).load('values,formulas'));
      await context.sync();
      let filled = 0;
      for (const range of ranges) {
        const value = range.values[0][0];
        const formula = range.formulas[0][0];
        if ((value !== '' && value !== null) || (typeof formula === 'string' && formula.startsWith('='))) continue;
        range.values = [[0]];
        filled++;
      }
      if (filled) await context.sync();
      return filled;
    });
  } catch (error) {
    throw toAdapterError(error, '填写 0');
  }
}
