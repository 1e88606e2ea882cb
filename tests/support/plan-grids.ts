import type { TableGrid, TableId, WorkbookGrids, WorkbookPlan } from '../../src/core';

/** What a spreadsheet shows for the plan: formula cells show their computed result. */
export function gridsFromPlan(plan: WorkbookPlan): WorkbookGrids {
  const shown = new Map<string, unknown>();
  const formulas = new Map<string, string>();
  for (const sheet of plan.sheets)
    for (const c of sheet.cells) {
      const key = `${sheet.name}!${c.row},${c.col}`;
      shown.set(key, c.formula ? c.result : c.value);
      if (c.formula) formulas.set(key, c.formula);
    }
  const rangeOf = (key: string) => plan.names.find((n) => n.key === key)!;
  const grid = (key: TableId | 'inputs'): TableGrid => {
    const n = rangeOf(key);
    const cells = (source: Map<string, unknown>) =>
      Array.from({ length: n.rowSpan }, (_, r) =>
        Array.from({ length: n.colSpan }, (_, c) => source.get(`${n.sheet}!${n.row + r},${n.col + c}`) ?? ''),
      );
    return { sheet: n.sheet, row: n.row, col: n.col, values: cells(shown), formulas: cells(formulas) };
  };
  const single = (key: string) => {
    const n = rangeOf(key);
    return shown.get(`${n.sheet}!${n.row},${n.col}`);
  };
  return {
    info: { agency: single('agency'), year: single('year'), format: single('format') },
    tables: { active: grid('active'), applications: grid('applications'), review: grid('review') },
    inputs: grid('inputs'),
  };
}
