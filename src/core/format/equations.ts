import { balanceOf } from './balance';
import type { ReportFormat, TableId } from './types';

/**
 * The arithmetic a format's tables must satisfy, derived from the schema: every computed cell
 * (`sumOf`) is `total = Σ parts`, and table 三's header note states its column balance
 * (「第一项加第二项之和，等于第三项加第四项之和」), read here from the note itself. The rule catalogue
 * checks the same equations; the importer uses them to read glued digits.
 */
export type Equation =
  | { kind: 'sum'; table: TableId; total: string; parts: string[] }
  | { kind: 'balance'; table: TableId; left: string[]; right: string[] };

const cache = new WeakMap<ReportFormat, Equation[]>();

export function equationsOf(format: ReportFormat): Equation[] {
  let equations = cache.get(format);
  if (!equations) {
    equations = [];
    for (const table of format.tables) {
      for (const cell of table.values) if (cell.sumOf) equations.push({ kind: 'sum', table: table.id, total: cell.id, parts: cell.sumOf });
      for (const b of balanceOf(format)) {
        if (b.table === table.id) equations.push({ kind: 'balance', table: b.table, left: [b.received, b.carriedOver], right: [b.resolved, b.carriedForward] });
      }
    }
    cache.set(format, equations);
  }
  return equations;
}
