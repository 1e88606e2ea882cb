import type { StyleRole } from '../styles';
import type { PlannedCell, Rect } from './types';

/**
 * The one merged-cell helper: the cells a merge covers besides its top-left one (each with the
 * merge's style, so borders and fills run through), and the merge itself when it spans more than one.
 */
export function cover(cells: PlannedCell[], merges: Rect[], { row, col, rowSpan, colSpan }: Rect, style: StyleRole, locked: boolean): void {
  for (let r = 0; r < rowSpan; r++) for (let c = 0; c < colSpan; c++) if (r || c) cells.push({ row: row + r, col: col + c, style, locked });
  if (rowSpan > 1 || colSpan > 1) merges.push({ row, col, rowSpan, colSpan });
}

/** A cell, merged over `colSpan` columns of its row. */
export function put(cells: PlannedCell[], merges: Rect[], cell: PlannedCell, colSpan = 1): void {
  cells.push(cell);
  cover(cells, merges, { row: cell.row, col: cell.col, rowSpan: 1, colSpan }, cell.style, cell.locked);
}

export function truncate(text: string, max: number): string {
  return text.length <= max ? text : text.slice(0, max - 1) + '…';
}
