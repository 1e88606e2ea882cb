import type { CellValue } from '../cells';
import { cellLabel, ERROR_VALUE, isUsableNumber } from './cells';
import type { CheckResult, RuleContext } from './types';

/**
 * What a check rests on. In a workbook a total is a formula, and a spreadsheet's SUM skips text and
 * blanks without a word: with 「67件」 in 表三 D9 the （七）总计 shows 54, a number, and an equation
 * over it would fail and suggest a "fix" for a cell that is right. So a check is judged only when
 * every cell it reads is a number and, for a total that is a formula, every cell that formula adds
 * up, through totals of totals (the schema's `sumOf`). Otherwise it is 无法判断, and the cells that
 * stop it come first, so that going to the finding selects the cell to change.
 */

const valueOf = (ctx: RuleContext, id: string): CellValue => ctx.input.data.cells[id] ?? null;

/** The cells that are not numbers among `ids` and, through totals that are formulas, their inputs; each once, in reading order. */
export function unreadableInputs(ctx: RuleContext, ids: readonly string[]): string[] {
  const found = new Set<string>();
  const seen = new Set<string>();
  const visit = (id: string) => {
    if (seen.has(id)) return;
    seen.add(id);
    const parts = ctx.format.cellById.get(id)?.sumOf;
    if (parts && ctx.input.formulaCells?.has(id)) parts.forEach(visit);
    if (!isUsableNumber(valueOf(ctx, id))) found.add(id);
  };
  ids.forEach(visit);
  if (found.size === 0) return [];
  const order = readingOrder(ctx.format);
  return [...found].sort((a, b) => (order.get(a) ?? 0) - (order.get(b) ?? 0));
}

/** Each cell's place in reading order, once per format: every equation of every report asks. */
const orders = new WeakMap<RuleContext['format'], Map<string, number>>();
function readingOrder(format: RuleContext['format']): Map<string, number> {
  let order = orders.get(format);
  if (!order) {
    order = new Map(format.cells.map((c, i) => [c.id, i]));
    orders.set(format, order);
  }
  return order;
}

/** 「D9」 where the reader found the cell, else its labels (imported reports have no addresses). */
export function placeOf(ctx: RuleContext, id: string): string {
  return ctx.input.locate?.(id) ?? cellLabel(ctx.format, id);
}

function places(ctx: RuleContext, ids: string[], quote = false): string {
  const one = (id: string) => {
    const value = valueOf(ctx, id);
    return quote && typeof value === 'string' ? `${placeOf(ctx, id)}（“${value.length > 12 ? `${value.slice(0, 12)}…` : value}”）` : placeOf(ctx, id);
  };
  return ids.length <= 3 ? ids.map(one).join('、') : `${ids.slice(0, 2).map(one).join('、')} 等 ${ids.length} 个单元格`;
}

/** What to do first: 「先把 D9（“67件”）改为数字」, 「先把 D10、D11 填上数字（没有的填 0）」, 「先修复 D31（错误值“#REF!”）」. */
export function firstSteps(ctx: RuleContext, blockers: string[]): string {
  const isError = (id: string) => {
    const v = valueOf(ctx, id);
    return typeof v === 'string' && ERROR_VALUE.test(v.trim());
  };
  const blank = blockers.filter((id) => valueOf(ctx, id) === null);
  const errors = blockers.filter(isError);
  const huge = blockers.filter((id) => typeof valueOf(ctx, id) === 'number');
  const text = blockers.filter((id) => typeof valueOf(ctx, id) === 'string' && !isError(id));
  // Spaces set off the places (「把 D9 改为数字」), except beside a full-width bracket.
  const spaced = (t: string) => ` ${t}${/）$/.test(t) ? '' : ' '}`;
  const steps = [
    text.length ? `把${spaced(places(ctx, text, true))}改为数字` : '',
    errors.length ? `修复${spaced(places(ctx, errors))}的错误值` : '',
    huge.length ? `核对${spaced(places(ctx, huge))}中大得不合常理的数字` : '',
    blank.length ? `把空白的${spaced(places(ctx, blank))}填上数字（没有的填 0）` : '',
  ].filter(Boolean);
  return `先${steps.join('，')}`;
}

/**
 * The result of a check that cannot be judged: no expected value, no fix, the blocking cells first,
 * and what to do before it can be checked. `scope` is what becomes checkable (「本列的勾稽关系」).
 */
export function blockedCheck(ctx: RuleContext, where: string, scope: string, blockers: string[], operands: string[]): CheckResult {
  const cells = [...blockers, ...operands.filter((c) => !blockers.includes(c))];
  return {
    status: 'notAssessable',
    cells,
    values: Object.fromEntries(cells.map((c) => [c, valueOf(ctx, c)])),
    message: `${where}：${firstSteps(ctx, blockers)}，才能核对${scope}。`,
  };
}
