import type { CellValue, ReportData } from '../cells';
import { carryOverPairs, getFormat } from '../format';

/** A proposed 上年结转 from last year's 结转下年度继续办理, for one applicant column. */
export interface CarryOver {
  cellId: string;
  /** The applicant column's header. */
  column: string;
  /** Last year's 结转下年度继续办理. */
  value: number;
  /** What the cell holds now. */
  current: CellValue;
}

/**
 * What prefilling 上年结转 from last year's report would write, per applicant column (the total column is
 * a formula), by the same pairing rule X-1 checks. Cells already holding that value are left out.
 */
export function proposeCarryOver(previous: ReportData, current: ReportData): CarryOver[] {
  return carryOverPairs(getFormat(current.format), getFormat(previous.format)).flatMap(({ column, lastYear }) => {
    const value = previous.cells[lastYear];
    const now = current.cells[column.carriedOver] ?? null;
    if (column.isTotalColumn || typeof value !== 'number' || now === value) return [];
    return [{ cellId: column.carriedOver, column: column.columnLabel, value, current: now }];
  });
}
