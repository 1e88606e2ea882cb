/**
 * Text similarity over character bigrams (X-5 against last year, E-2 between sentences), and the
 * search for repeated sentences in time that grows with the text, not with its square: comparing
 * every sentence with every other took minutes on a long text.
 */

export type Bigrams = { counts: Map<number, number>; size: number };

/**
 * Character bigrams, digits and spaces removed (the numbers change every year, the words do not).
 * A bigram is keyed by its two UTF-16 code units packed into one number: no string per bigram.
 */
export function bigrams(text: string): Bigrams {
  const s = text.replace(/[\s\d]+/g, '');
  const counts = new Map<number, number>();
  for (let i = 0; i < s.length - 1; i++) {
    const g = s.charCodeAt(i) * 0x10000 + s.charCodeAt(i + 1);
    counts.set(g, (counts.get(g) ?? 0) + 1);
  }
  return { counts, size: Math.max(s.length - 1, 0) };
}

export function dice(a: Bigrams, b: Bigrams): number {
  if (a.size + b.size === 0) return 0;
  const [small, large] = a.counts.size <= b.counts.size ? [a, b] : [b, a];
  let shared = 0;
  for (const [g, n] of small.counts) shared += Math.min(n, large.counts.get(g) ?? 0);
  return (2 * shared) / (a.size + b.size);
}

/** Comparisons of two sentences at most, whatever the text: far above a real report's few thousand. */
export const MAX_SENTENCE_COMPARISONS = 200_000;

/**
 * For each sentence, the first earlier one it repeats (Dice ≥ threshold), as pairs [earlier, later]
 * ordered by the earlier then the later: the same pairs as comparing every sentence with every
 * later one, in time near-linear in the text.
 *
 * Identical sentences are found by their text. Near repeats by prefix filtering: a bigram
 * occurrence (the k-th 「公开」 of a sentence) is a token, tokens are ordered rarest first, and two
 * sentences with Dice ≥ t share at least t·|x|/(2−t) tokens, so they share one among the first
 * |x| − ⌈t·|x|/(2−t)⌉ + 1 tokens of each. Only sentences sharing such a token are compared.
 */
export function repeatedSentences(sentences: { text: string; grams: Bigrams }[], threshold: number): [number, number][] {
  // A token is (bigram, occurrence), numbered densely in the order first seen, so that frequencies and
  // the index are arrays and a sentence's tokens sort as plain numbers (no lookups in the comparator).
  const bigramIds = new Map<number, number>();
  const tokenIds = new Map<number, number>();
  const frequency: number[] = [];
  const tokensOf = (grams: Bigrams) => {
    const tokens: number[] = [];
    for (const [g, n] of grams.counts) {
      let id = bigramIds.get(g);
      if (id === undefined) bigramIds.set(g, (id = bigramIds.size));
      for (let k = 0; k < n; k++) {
        // (bigram, occurrence) as one number: a sentence is shorter than the 2^21 characters a text may have.
        const raw = id * 0x200000 + k;
        let token = tokenIds.get(raw);
        if (token === undefined) {
          tokenIds.set(raw, (token = tokenIds.size));
          frequency.push(0);
        }
        tokens.push(token);
      }
    }
    return tokens;
  };
  const firstOf = new Map<string, number>();
  const distinct: number[] = [];
  for (let i = 0; i < sentences.length; i++) {
    if (!firstOf.has(sentences[i].text)) {
      firstOf.set(sentences[i].text, i);
      distinct.push(i);
    }
  }
  const tokens = new Map<number, number[]>();
  for (const i of distinct) {
    const list = tokensOf(sentences[i].grams);
    tokens.set(i, list);
    for (const t of list) frequency[t]++;
  }
  const index: number[][] = [];
  /** The first earlier distinct sentence each distinct sentence repeats, if any. */
  const partnerOf = new Map<number, number>();
  let comparisons = 0;
  const TOKEN_SPAN = 2 ** 26; // more than the tokens of any text within the limits
  for (const j of distinct) {
    // Rarest first, ties by token number: one global order, as prefix filtering needs.
    const keys = Float64Array.from(tokens.get(j)!, (t) => frequency[t] * TOKEN_SPAN + t).sort();
    const list = Array.from(keys, (key) => key % TOKEN_SPAN);
    const size = list.length;
    const prefix = size - Math.ceil((threshold * size) / (2 - threshold) - 1e-9) + 1;
    const candidates = new Set<number>();
    for (let k = 0; k < prefix && k < size; k++) for (const i of index[list[k]] ?? []) candidates.add(i);
    const a = sentences[j].grams;
    for (const i of [...candidates].sort((x, y) => x - y)) {
      if (comparisons >= MAX_SENTENCE_COMPARISONS) break;
      const b = sentences[i].grams;
      // Dice cannot reach the threshold when one sentence is much longer than the other.
      if ((2 * Math.min(a.size, b.size)) / (a.size + b.size || 1) < threshold) continue;
      comparisons++;
      if (dice(a, b) >= threshold) {
        partnerOf.set(j, i);
        break;
      }
    }
    for (let k = 0; k < prefix && k < size; k++) {
      const bucket = index[list[k]];
      if (bucket) bucket.push(j);
      else index[list[k]] = [j];
    }
  }
  const pairs: [number, number][] = [];
  for (let j = 0; j < sentences.length; j++) {
    const first = firstOf.get(sentences[j].text)!;
    // A later copy of a sentence repeats the first sentence the first copy repeats, or the first copy.
    const earlier = first === j ? partnerOf.get(j) : (partnerOf.get(first) ?? first);
    if (earlier !== undefined && sentences[j].grams.size + sentences[earlier].grams.size > 0) pairs.push([earlier, j]);
  }
  return pairs.sort((x, y) => x[0] - y[0] || x[1] - y[1]);
}
