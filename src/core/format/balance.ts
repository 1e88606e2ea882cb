import type { CompiledTable, ReportFormat, TableId } from './types';

/**
 * Table 三's column balance, as its header note states it: 「第一项加第二项之和，等于第三项加第四项之和」
 * (新收 + 上年结转 = （七）总计 + 结转下年度). Read from the note of the schema, never spelt out by hand:
 * the workbook's check row, rule T3-1, the narrative's applications paragraph and the text claims (X-3)
 * all take their cells from here, so a format whose note states another balance brings it with it.
 */
export interface BalanceColumn {
  table: TableId;
  /** Grid column of the table (table-relative). */
  col: number;
  /** The column's header, e.g. 「自然人」 or 「总计」. */
  columnLabel: string;
  /** Whether this is the table's row-total column (its cells add up the others). */
  isTotalColumn: boolean;
  /** 第一项 (新收) and 第二项 (上年结转). */
  received: string;
  carriedOver: string;
  /** 第三项 (the results' total, （七）总计) and 第四项 (结转下年度). */
  resolved: string;
  carriedForward: string;
}

const NUMERALS = '一二三四五六七八九十';
const cache = new WeakMap<ReportFormat, BalanceColumn[]>();

/** Every column's balance of every table whose note states one, in column order. */
export function balanceOf(format: ReportFormat): BalanceColumn[] {
  let columns = cache.get(format);
  if (!columns) {
    columns = format.tables.flatMap(tableBalance);
    cache.set(format, columns);
  }
  return columns;
}

/** The balance of the total column: the four numbers a report's text states about its applications. */
export function balanceTotals(format: ReportFormat): BalanceColumn | undefined {
  return balanceOf(format).find((b) => b.isTotalColumn);
}

/** The note's 「第X项加第Y项之和，等于第Z项加第W项之和」 over the table's top-level items, per column. */
function tableBalance(table: CompiledTable): BalanceColumn[] {
  const note = table.labels.find((l) => l.role === 'note')?.text;
  const stated = note && /第(.)项加第(.)项之和，?等于第(.)项加第(.)项之和/.exec(note);
  if (!stated) return [];
  const terms = stated.slice(1, 5).map((n) => NUMERALS.indexOf(n));
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
  if (terms.some((i) => i < 0 || i >= items.length)) return [];
  const columns = [...new Set(table.values.map((v) => v.col))].sort((x, y) => x - y);
  const at = (item: number, col: number) => table.values.find((v) => v.row === items[item] && v.col === col);
  return columns.flatMap((col): BalanceColumn[] => {
    const cells = terms.map((i) => at(i, col));
    if (!cells.every((c) => c !== undefined)) return [];
    const [received, carriedOver, resolved, carriedForward] = cells.map((c) => c!.id);
    const isTotalColumn = table.values.filter((v) => v.col === col).every((v) => v.sumOf && isRowTotal(table, v.id));
    return [{ table: table.id, col, columnLabel: cells[0]!.columnLabel, isTotalColumn, received, carriedOver, resolved, carriedForward }];
  });
}

/** A row's total column: its sum runs along the row, not down the column. */
function isRowTotal(table: CompiledTable, id: string): boolean {
  const cell = table.values.find((v) => v.id === id)!;
  return !!cell.sumOf && cell.sumOf.every((p) => table.values.find((v) => v.id === p)?.row === cell.row);
}

/**
 * Across years the balance carries on: this year's 上年结转 of a column is last year's 结转下年度 of the
 * same column (matched by the column's key, the last part of its cell ID). Rule X-1 checks it; the
 * task pane proposes it.
 */
export function carryOverPairs(current: ReportFormat, previous: ReportFormat): { column: BalanceColumn; lastYear: string }[] {
  const last = new Map(balanceOf(previous).map((b) => [columnKey(b.carriedForward), b.carriedForward]));
  return balanceOf(current).flatMap((column) => {
    const lastYear = last.get(columnKey(column.carriedOver));
    return lastYear ? [{ column, lastYear }] : [];
  });
}

function columnKey(id: string): string {
  return id.slice(id.lastIndexOf('.') + 1);
}
