import type { CellData } from '../cells';
import type { Equation } from '../format';

/**
 * Glued cells: web text flattened with no separator, so that a row is one run of digits
 * (「一、本年新收政府信息公开申请数量21710000218」). Each run has many readings (splits into the row's
 * cells, no number with a leading zero); the table's own equations (each row's 总计, table 四's
 * three 总计, table 三's column balance and （七）总计) often leave exactly one. Only that one may
 * be taken; otherwise the row stays empty and the caller says how many readings remain.
 *
 * The equations are the table's premise. When the numbers already read break one of them, the
 * table's arithmetic cannot be trusted to read anything, and nothing is read by it.
 */
export interface GluedRun {
  /** The row's cells, left to right. */
  ids: string[];
  digits: string;
}

export type GluedOutcome = { reading: number[] } | { readings: number; reason?: 'inconsistent' | 'tooMany' };

const MAX_READINGS = 5000;
const MAX_STEPS = 400_000;
const MAX_COMBINATIONS = 200_000;

export function solveGlued(runs: GluedRun[], equations: Equation[], known: CellData): GluedOutcome[] {
  const isKnown = (id: string) => typeof known[id] === 'number';
  const involved = equations.map((e) => (e.kind === 'sum' ? [e.total, ...e.parts] : [...e.left, ...e.right]));
  const holds = (e: Equation, value: (id: string) => number) =>
    e.kind === 'sum' ? same(value(e.total), sum(e.parts.map(value))) : same(sum(e.left.map(value)), sum(e.right.map(value)));
  // The premise: equations over numbers already read hold.
  const broken = equations.some((e, k) => involved[k].every(isKnown) && !holds(e, (id) => known[id] as number));
  if (broken) return runs.map(() => ({ readings: 0, reason: 'inconsistent' as const }));

  const owner = new Map<string, number>();
  runs.forEach((run, r) => run.ids.forEach((id) => owner.set(id, r)));
  // Per run: its readings under the equations that involve no other run's cells (and no unknown cell).
  const candidates = runs.map((run, r) => {
    const local = equations.filter((_, k) => involved[k].some((id) => owner.get(id) === r) && involved[k].every((id) => owner.get(id) === r || isKnown(id)));
    return enumerate(run, local, known, holds);
  });
  // Jointly: equations over several runs (the column balance, （七）总计) keep the combinations that hold.
  const joint = equations.filter((_, k) => {
    const runsIn = new Set(involved[k].map((id) => owner.get(id)).filter((r) => r !== undefined));
    return runsIn.size > 1 && involved[k].every((id) => owner.has(id) || isKnown(id));
  });
  let sets = candidates.map((c) => (c === null ? null : c));
  if (joint.length > 0 && sets.every((s) => s !== null)) {
    const lists = sets as number[][][];
    const total = lists.reduce((n, l) => n * Math.max(l.length, 1), 1);
    if (total <= MAX_COMBINATIONS && lists.every((l) => l.length > 0)) {
      const kept = lists.map(() => new Map<string, number[]>());
      const choice: number[][] = [];
      const walk = (r: number) => {
        if (r === lists.length) {
          const value = (id: string) => (owner.has(id) ? choice[owner.get(id)!][runs[owner.get(id)!].ids.indexOf(id)] : (known[id] as number));
          if (joint.every((e) => holds(e, value))) choice.forEach((c, i) => kept[i].set(c.join(','), c));
          return;
        }
        for (const reading of lists[r]) {
          choice[r] = reading;
          walk(r + 1);
        }
      };
      walk(0);
      sets = kept.map((m) => [...m.values()]);
    }
  }
  return sets.map((s) => (s === null ? { readings: MAX_READINGS, reason: 'tooMany' as const } : s.length === 1 ? { reading: s[0] } : { readings: s.length }));
}

/** Every split of the run into its cells that the given equations allow; null when there are too many to list. */
function enumerate(run: GluedRun, equations: Equation[], known: CellData, holds: (e: Equation, value: (id: string) => number) => boolean): number[][] | null {
  const { ids, digits } = run;
  const n = ids.length;
  const index = new Map(ids.map((id, i) => [id, i]));
  // Each equation is checked once its last cell of this run is placed.
  const due: Equation[][] = ids.map(() => []);
  for (const e of equations) {
    const cells = e.kind === 'sum' ? [e.total, ...e.parts] : [...e.left, ...e.right];
    due[Math.max(...cells.map((id) => index.get(id) ?? -1))].push(e);
  }
  const parts: number[] = [];
  const out: number[][] = [];
  let steps = 0;
  const value = (id: string) => (index.has(id) ? parts[index.get(id)!] : (known[id] as number));
  const place = (k: number, at: number): boolean => {
    if (++steps > MAX_STEPS || out.length > MAX_READINGS) return false;
    if (k === n) {
      if (at === digits.length) out.push([...parts]);
      return true;
    }
    const rest = n - k - 1;
    const longest = k === n - 1 ? digits.length - at : Math.min(15, digits.length - at - rest);
    const shortest = k === n - 1 ? digits.length - at : 1;
    for (let len = shortest; len <= longest; len++) {
      if (len > 1 && digits[at] === '0') break;
      if (len > 15) break;
      const part = Number(digits.slice(at, at + len));
      if (part > Number.MAX_SAFE_INTEGER) break;
      parts[k] = part;
      if (due[k].every((e) => holds(e, value)) && !place(k + 1, at + len)) return false;
    }
    return true;
  };
  return place(0, 0) && out.length <= MAX_READINGS ? out : null;
}

function sum(values: number[]): number {
  let s = 0;
  for (const v of values) s += v;
  return s;
}

function same(a: number, b: number): boolean {
  return Math.abs(a - b) < 1e-9;
}
