import { spreadsheetSum, type CellData, type CellValue } from './cells';
import type { ReportFormat } from './format';

export interface Totals {
  /** What every cell shows once a spreadsheet has calculated: a total's sum, or the number typed over it. */
  shown: CellData;
  /** Every total's sum of what its parts show (whatever was typed over it). */
  computed: Record<string, number>;
}

/**
 * The one place totals are computed, as a spreadsheet computes them: each total (`sumOf`) from what its
 * parts show, which may be totals in turn; a total given a value keeps it (a typed-over total that
 * disagrees stays as written, for validation to flag). `isFormula` says which blank totals are formulas
 * still to compute (a file saved without cached results); a blank total that is not one stays blank.
 * The workbook plan takes its formulas' cached results from here, and the .xlsx reader fills the
 * results a file left out.
 */
export function totalsOf(format: ReportFormat, data: CellData, isFormula: (id: string) => boolean = () => true): Totals {
  const shown: CellData = {};
  const computed: Record<string, number> = {};
  const value = (id: string): CellValue => {
    if (id in shown) return shown[id];
    const cell = format.cellById.get(id);
    const given = data[id] ?? null;
    if (!cell?.sumOf) return (shown[id] = given);
    shown[id] = given; // a cycle (never in a compiled format) reads as what was given
    const sum = (computed[id] = spreadsheetSum(cell.sumOf.map(value)));
    return (shown[id] = given !== null || !isFormula(id) ? given : sum);
  };
  for (const cell of format.cells) value(cell.id);
  return { shown, computed };
}
