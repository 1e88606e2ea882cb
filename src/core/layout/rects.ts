import type { PlannedCell, Rect, SheetPlan } from './plan';
import type { StyleRole } from './styles';

export interface StyledRect extends Rect {
  style: StyleRole;
  locked: boolean;
}

/**
 * Coalesces a sheet's cells into rectangles of one style and lock state, so a writer formats a
 * table in dozens of range operations instead of hundreds of cell operations.
 */
export function styleRects(sheet: SheetPlan): StyledRect[] {
  const byRow = new Map<number, PlannedCell[]>();
  for (const cell of sheet.cells) byRow.set(cell.row, [...(byRow.get(cell.row) ?? []), cell]);
  // Horizontal runs first: adjacent cells of a row with the same style and lock.
  const runs: StyledRect[] = [];
  for (const row of [...byRow.keys()].sort((a, b) => a - b)) {
    const cells = byRow.get(row)!.sort((a, b) => a.col - b.col);
    let run: StyledRect | null = null;
    for (const cell of cells) {
      if (run && run.style === cell.style && run.locked === cell.locked && run.col + run.colSpan === cell.col) {
        run.colSpan++;
        continue;
      }
      run = { row, col: cell.col, rowSpan: 1, colSpan: 1, style: cell.style, locked: cell.locked };
      runs.push(run);
    }
  }
  // Then stack identical runs of consecutive rows.
  const open = new Map<string, StyledRect>();
  const result: StyledRect[] = [];
  for (const run of runs) {
    const key = `${run.col},${run.colSpan},${run.style},${run.locked}`;
    const above = open.get(key);
    if (above && above.row + above.rowSpan === run.row) {
      above.rowSpan++;
      continue;
    }
    open.set(key, run);
    result.push(run);
  }
  return result;
}
