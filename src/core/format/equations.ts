import type { CompiledTable, ReportFormat, TableId } from './types';

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
      equations.push(...balanceOf(table));
    }
    cache.set(format, equations);
  }
  return equations;
}

const NUMERALS = '一二三四五六七八九十';

/** The note's 「第X项加第Y项之和，等于第Z项加第W项之和」 over the table's top-level items, per column. */
function balanceOf(table: CompiledTable): Equation[] {
  const note = table.labels.find((l) => l.role === 'note')?.text;
  const stated = note && /第(.)项加第(.)项之和，?等于第(.)项加第(.)项之和/.exec(note);
  if (!stated) return [];
  const [a, b, c, d] = stated.slice(1, 5).map((n) => NUMERALS.indexOf(n));
  // Top-level items in order; a group stands for its computed row (「（七）总计」).
  const items: number[] = [];
  const seen = new Set<string>();
  for (const key of table.rowKeys) {
    const top = key.path[0];
    if (seen.has(top)) continue;
    seen.add(top);
    const members = table.rowKeys.filter((k) => k.path[0] === top);
    const row = members.length === 1 ? members[0].row : members.find((k) => table.values.some((v) => v.row === k.row && v.sumOf && !isRowTotal(table, v.id)))?.row;
    if (row === undefined) return [];
    items.push(row);
  }
  if ([a, b, c, d].some((i) => i < 0 || i >= items.length)) return [];
  const columns = [...new Set(table.values.map((v) => v.col))].sort((x, y) => x - y);
  const at = (item: number, col: number) => table.values.find((v) => v.row === items[item] && v.col === col)?.id;
  return columns.flatMap((col) => {
    const ids = [a, b, c, d].map((i) => at(i, col));
    return ids.every((id): id is string => id !== undefined) ? [{ kind: 'balance' as const, table: table.id, left: ids.slice(0, 2), right: ids.slice(2) }] : [];
  });
}

/** A row's total column: its sum runs along the row, not down the column. */
function isRowTotal(table: CompiledTable, id: string): boolean {
  const cell = table.values.find((v) => v.id === id)!;
  return !!cell.sumOf && cell.sumOf.every((p) => table.values.find((v) => v.id === p)?.row === cell.row);
}
