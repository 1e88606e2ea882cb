/**
 * Mutation fuzzing of the importer: one ordinary damage at a time to a real report's text, as
 * copying, converting and retyping do (spaces inside numbers, stray lines, duplicated, deleted and
 * swapped lines, lines run together, text re-wrapped, full-width digits, a row's separators lost).
 * Each damage says which stretches of the new text it touched: a number read from there, or under a
 * label from there, may be wrong; any other number that differs from the truth was invented.
 * Deterministic from the seed, so that a failure reproduces.
 */
export interface Mutation {
  kind: string;
  text: string;
  /** Offsets [start, end) in the mutated text that the damage touched. */
  touched: [number, number][];
  /** What was done, to reproduce by hand. */
  detail: string;
}

export function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const KINDS = ['spaceInNumber', 'strayLine', 'duplicateLine', 'deleteLine', 'swapLines', 'mergeLines', 'reflow', 'fullWidth', 'glueRow'] as const;
const SPACES = [' ', '\u00a0', '\u2009', '\u3000'];
const STRAY = ['1', '12', '3', '- 12 -', '— 4 —', '-4-', '第 3 页', '注：', '0'];

export function mutate(text: string, seed: number): Mutation {
  const rnd = random(seed);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(rnd() * list.length)];
  const lines = text.split('\n');
  // Damage lands where the numbers are, most of the time.
  const numeric = lines.map((l, i) => (/\d/.test(l) ? i : -1)).filter((i) => i >= 0);
  const someLine = () => (numeric.length && rnd() < 0.8 ? pick(numeric) : Math.floor(rnd() * lines.length));
  const kind = pick(KINDS);
  const offsetOf = (i: number) => lines.slice(0, i).reduce((n, l) => n + l.length + 1, 0);
  const rebuilt = (next: string[], touchedLines: number[], detail: string): Mutation => {
    const out = next.join('\n');
    const starts: number[] = [];
    next.reduce((n, l, i) => ((starts[i] = n), n + l.length + 1), 0);
    return { kind, text: out, touched: touchedLines.filter((i) => i >= 0 && i < next.length).map((i) => [starts[i], starts[i] + next[i].length]), detail };
  };
  switch (kind) {
    case 'spaceInNumber': {
      const numbers = [...text.matchAll(/\d{2,}/g)];
      if (!numbers.length) return { kind, text, touched: [], detail: 'no number' };
      const m = pick(numbers);
      const at = m.index! + 1 + Math.floor(rnd() * (m[0].length - 1));
      const space = pick(SPACES);
      return { kind, text: text.slice(0, at) + space + text.slice(at), touched: [[m.index!, m.index! + m[0].length + 1]], detail: `space U+${space.charCodeAt(0).toString(16)} into “${m[0]}” at ${at}` };
    }
    case 'strayLine': {
      const at = someLine();
      const stray = pick(STRAY);
      const next = [...lines.slice(0, at), stray, ...lines.slice(at)];
      return rebuilt(next, [at], `line “${stray}” before line ${at + 1}`);
    }
    case 'duplicateLine': {
      const at = someLine();
      const next = [...lines.slice(0, at + 1), lines[at], ...lines.slice(at + 1)];
      return rebuilt(next, [at + 1], `line ${at + 1} duplicated`);
    }
    case 'deleteLine': {
      const at = someLine();
      return rebuilt([...lines.slice(0, at), ...lines.slice(at + 1)], [], `line ${at + 1} deleted`);
    }
    case 'swapLines': {
      const a = someLine();
      const b = Math.max(0, Math.min(lines.length - 1, a + 1 + Math.floor(rnd() * 12) * (rnd() < 0.5 ? -1 : 1)));
      const next = [...lines];
      [next[a], next[b]] = [next[b], next[a]];
      return rebuilt(next, [a, b], `lines ${a + 1} and ${b + 1} swapped`);
    }
    case 'mergeLines': {
      const at = Math.min(someLine(), lines.length - 2);
      if (at < 0) return { kind, text, touched: [], detail: 'too short' };
      const glue = rnd() < 0.5 ? '' : ' ';
      const joined = lines[at] + glue + lines[at + 1];
      const next = [...lines.slice(0, at), joined, ...lines.slice(at + 2)];
      const out = rebuilt(next, [], `lines ${at + 1} and ${at + 2} run together with “${glue}”`);
      if (glue === '') {
        // The words either side of the join are now one: both touched.
        const start = offsetOf(at);
        const join = start + lines[at].length;
        const left = join - (/\S*$/.exec(lines[at])?.[0].length ?? 0);
        const right = join + (/^\S*/.exec(lines[at + 1])?.[0].length ?? 0);
        out.touched = [[left, right]];
      }
      return out;
    }
    case 'reflow': {
      // A stretch of lines re-wrapped at a fixed width, its line breaks gone: numbers cut or joined there are touched.
      const from = someLine();
      const to = Math.min(lines.length, from + 2 + Math.floor(rnd() * 20));
      const width = 8 + Math.floor(rnd() * 30);
      const flat = lines.slice(from, to).join('');
      const wrapped: string[] = [];
      for (let i = 0; i < flat.length; i += width) wrapped.push(flat.slice(i, i + width));
      const next = [...lines.slice(0, from), ...wrapped, ...lines.slice(to)];
      const base = offsetOf(from);
      const touched: [number, number][] = [];
      // Every break removed or added inside the stretch: the tokens around it are touched.
      const breaksOld = lines.slice(from, to - 1).reduce<number[]>((list, l) => [...list, (list[list.length - 1] ?? 0) + l.length], []);
      const breaksNew = wrapped.slice(0, -1).map((_, i) => (i + 1) * width);
      const newOffset = (x: number) => base + x + Math.floor(x / width);
      for (const b of [...breaksOld, ...breaksNew]) {
        let l = b;
        while (l > 0 && /\S/.test(flat[l - 1])) l--;
        let r = b;
        while (r < flat.length && /\S/.test(flat[r])) r++;
        if (r > l) touched.push([newOffset(l), newOffset(r - 1) + 1]);
      }
      return { kind, text: next.join('\n'), touched, detail: `lines ${from + 1}–${to} re-wrapped at ${width}` };
    }
    case 'fullWidth': {
      const numbers = [...text.matchAll(/\d+/g)];
      if (!numbers.length) return { kind, text, touched: [], detail: 'no number' };
      const m = pick(numbers);
      const wide = m[0].replace(/\d/g, (d) => String.fromCharCode(d.charCodeAt(0) + 0xfee0));
      return { kind, text: text.slice(0, m.index!) + wide + text.slice(m.index! + m[0].length), touched: [[m.index!, m.index! + m[0].length]], detail: `“${m[0]}” in full-width digits` };
    }
    case 'glueRow': {
      // A row's separators lost: its numbers (and those on the lines below that hold only numbers) run together.
      const at = someLine();
      let end = at + 1;
      while (end < lines.length && /^[\s|]*[\d.]+[\s|]*$/.test(lines[end]) && end - at < 16) end++;
      const row = lines.slice(at, end).join(' ');
      const glued = row.replace(/(\d)[\s|\t\u3000]+(?=\d)/g, '$1');
      return rebuilt([...lines.slice(0, at), glued, ...lines.slice(end)], [], `line ${at + 1}${end > at + 1 ? `–${end}` : ''} glued: “${glued.slice(0, 60)}”`);
    }
  }
}

/**
 * The numbers an import output that differ from the truth although the damage touched neither
 * them nor their row's label.
 */
export function inventedCells(
  truth: Record<string, unknown>,
  result: { data: { cells: Record<string, unknown> }; provenance: Record<string, { value: [number, number]; label?: [number, number] }> },
  touched: [number, number][],
): string[] {
  const hit = (span?: [number, number]) => !!span && touched.some(([a, b]) => span[0] < b && a < span[1]);
  return Object.entries(result.data.cells)
    .filter(([id, value]) => typeof value === 'number' && value !== truth[id])
    .filter(([id]) => {
      const where = result.provenance[id];
      return !where || !(hit(where.value) || hit(where.label));
    })
    .map(([id]) => id);
}
