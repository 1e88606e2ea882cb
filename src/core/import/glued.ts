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
const MAX_STEPS = 100_000;
const MAX_COMBINATIONS = 20_000;

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
  let sets = candidates;
  if (joint.length > 0 && sets.every((c) => c !== null && c.length > 0)) sets = jointly(runs, sets as number[][][], joint, owner, known, holds);
  return sets.map((s) => (s === null ? { readings: MAX_READINGS, reason: 'tooMany' as const } : s.length === 1 ? { reading: s[0] } : { readings: s.length }));
}

/**
 * Readings of several runs under the equations they share. Each equation first keeps, for each run,
 * the readings whose value can still be completed by the others' (sound: no reading that belongs to
 * a solution is dropped); when few combinations remain, they are then tried one by one.
 */
function jointly(runs: GluedRun[], lists: number[][][], joint: Equation[], owner: Map<string, number>, known: CellData, holds: (e: Equation, value: (id: string) => number) => boolean): number[][][] {
  const sets = lists.map((l) => [...l]);
  const slot = (id: string) => runs[owner.get(id)!].ids.indexOf(id);
  const terms = (e: Equation) => (e.kind === 'sum' ? [...e.parts.map((id) => ({ id, sign: 1 })), { id: e.total, sign: -1 }] : [...e.left.map((id) => ({ id, sign: 1 })), ...e.right.map((id) => ({ id, sign: -1 }))]);
  for (let changed = true, rounds = 0; changed && rounds < 20; rounds++) {
    changed = false;
    for (const e of joint) {
      const all = terms(e);
      // The values each term can take: a known number, or its run's readings' values for that cell.
      const options = all.map((t) => (owner.has(t.id) ? [...new Set(sets[owner.get(t.id)!].map((r) => r[slot(t.id)]))] : [known[t.id] as number]).map((v) => v * t.sign));
      // Terms with one possible value are a constant; only the others can be narrowed, and only a few at a time.
      const open = options.map((_, k) => k).filter((k) => options[k].length > 1);
      if (open.length === 0 || open.length > 8) continue;
      const constant = options.reduce((n, o, k) => (open.includes(k) ? n : n + o[0]), 0);
      for (const k of open) {
        const others = reachable(open.filter((j) => j !== k).map((j) => options[j]));
        if (!others) continue;
        const r = owner.get(all[k].id)!;
        const at = slot(all[k].id);
        const kept = sets[r].filter((reading) => others.has(round(-reading[at] * all[k].sign - constant)));
        if (kept.length !== sets[r].length) {
          sets[r] = kept;
          options[k] = [...new Set(kept.map((reading) => reading[at] * all[k].sign))];
          changed = true;
        }
      }
    }
  }
  const total = sets.reduce((n, l) => n * Math.max(l.length, 1), 1);
  if (total > MAX_COMBINATIONS || sets.some((l) => l.length === 0)) return sets;
  const kept = sets.map(() => new Map<string, number[]>());
  const choice: number[][] = [];
  const value = (id: string) => (owner.has(id) ? choice[owner.get(id)!][slot(id)] : (known[id] as number));
  const walk = (r: number) => {
    if (r === sets.length) {
      if (joint.every((e) => holds(e, value))) choice.forEach((c, i) => kept[i].set(c.join(','), c));
      return;
    }
    for (const reading of sets[r]) {
      choice[r] = reading;
      walk(r + 1);
    }
  };
  walk(0);
  return kept.map((m) => [...m.values()]);
}

/** Every sum of one value from each list; null when there would be too many to keep. */
function reachable(lists: number[][]): Set<number> | null {
  let sums = new Set<number>([0]);
  for (const list of lists) {
    const next = new Set<number>();
    for (const s of sums) for (const v of list) next.add(round(s + v));
    if (next.size > 5000) return null;
    sums = next;
  }
  return sums;
}

function round(n: number): number {
  return Math.round(n * 1e6) / 1e6;
}

/** Every split of the run into its cells that the given equations allow; null when there are too many to list. */
function enumerate(run: GluedRun, equations: Equation[], known: CellData, holds: (e: Equation, value: (id: string) => number) => boolean): number[][] | null {
  const { ids, digits } = run;
  const n = ids.length;
  const index = new Map(ids.map((id, i) => [id, i]));
  // Each equation is checked once its last cell of this run is placed.
  const due: Equation[][] = ids.map(() => []);
  // A cut before cell k: no equation spans it, so what follows does not depend on what came before.
  const cut = ids.map(() => true);
  for (const e of equations) {
    const cells = (e.kind === 'sum' ? [e.total, ...e.parts] : [...e.left, ...e.right]).map((id) => index.get(id) ?? -1).filter((i) => i >= 0);
    const last = Math.max(...cells);
    due[last].push(e);
    for (let k = Math.min(...cells) + 1; k <= last; k++) cut[k] = false;
  }
  // A total written after its parts has at least as many digits as its longest part: keep room for it.
  const totalsAfter = ids.map(() => [] as { total: number; parts: number[] }[]);
  for (const e of equations) {
    if (e.kind !== 'sum' || !index.has(e.total)) continue;
    const total = index.get(e.total)!;
    const partIndexes = e.parts.map((id) => index.get(id)).filter((i): i is number => i !== undefined);
    if (partIndexes.length !== e.parts.length || partIndexes.some((i) => i > total)) continue;
    for (const i of partIndexes) totalsAfter[i].push({ total, parts: partIndexes });
  }
  const lengths: number[] = [];
  const roomLeft = (k: number, end: number) =>
    totalsAfter[k].every(({ total, parts: ps }) => digits.length - end >= total - k - 1 + Math.max(...ps.filter((i) => i <= k).map((i) => lengths[i])) + (n - 1 - total));
  const parts: number[] = [];
  let steps = 0;
  const value = (id: string) => (index.has(id) ? parts[index.get(id)!] : (known[id] as number));
  const memo = new Map<number, number[][] | null>();
  // The readings of cells k… from digit `at` on; null when there are too many to list.
  const place = (k: number, at: number): number[][] | null => {
    if (k === n) return at === digits.length ? [[]] : [];
    const key = k * 10000 + at;
    if (cut[k] && memo.has(key)) return memo.get(key)!;
    const out: number[][] = [];
    const rest = n - k - 1;
    const longest = k === n - 1 ? digits.length - at : Math.min(15, digits.length - at - rest);
    const shortest = k === n - 1 ? digits.length - at : 1;
    for (let len = shortest; len <= longest; len++) {
      if (++steps > MAX_STEPS) return null;
      if ((len > 1 && digits[at] === '0') || len > 15) break;
      const part = Number(digits.slice(at, at + len));
      if (part > Number.MAX_SAFE_INTEGER) break;
      parts[k] = part;
      lengths[k] = len;
      if (!roomLeft(k, at + len)) break;
      if (!due[k].every((e) => holds(e, value))) continue;
      const tails = place(k + 1, at + len);
      if (tails === null) return null;
      for (const tail of tails) out.push([part, ...tail]);
      if (out.length > MAX_READINGS) return null;
    }
    if (cut[k]) memo.set(key, out);
    return out;
  };
  return place(0, 0);
}

function sum(values: number[]): number {
  let s = 0;
  for (const v of values) s += v;
  return s;
}

function same(a: number, b: number): boolean {
  return Math.abs(a - b) < 1e-9;
}
