import fc from 'fast-check';
import { bigrams, dice, repeatedSentences } from '../../src/core/rules/similarity';

/** What E-2 did before: every sentence against every later one, each later one reported once. */
function naive(sentences: { text: string; grams: ReturnType<typeof bigrams> }[], t: number): [number, number][] {
  const pairs: [number, number][] = [];
  const reported = new Set<number>();
  for (let i = 0; i < sentences.length; i++)
    for (let j = i + 1; j < sentences.length; j++) {
      const [a, b] = [sentences[i].grams, sentences[j].grams];
      if (reported.has(j) || (2 * Math.min(a.size, b.size)) / (a.size + b.size || 1) < t) continue;
      if (dice(a, b) < t) continue;
      reported.add(j);
      pairs.push([i, j]);
    }
  return pairs;
}

describe('repeated sentences without comparing every pair', () => {
  it('finds exactly the pairs that comparing every pair finds', () => {
    // Few letters and short sentences, so near repeats are common; copies and edits of earlier ones.
    const word = fc.stringMatching(/^[公开信息政府申请办理]{2,6}$/);
    const sentence = fc.array(word, { minLength: 3, maxLength: 8 }).map((w) => w.join(''));
    fc.assert(
      fc.property(fc.array(sentence, { minLength: 1, maxLength: 40 }), fc.array(fc.tuple(fc.nat(), fc.nat(), word), { maxLength: 30 }), (base, edits) => {
        const texts = [...base];
        for (const [from, at, insert] of edits) {
          const t = texts[from % texts.length];
          const k = at % (t.length + 1);
          texts.push(t.slice(0, k) + insert + t.slice(k)); // a near repeat of an earlier sentence
        }
        const sentences = texts.map((text) => ({ text, grams: bigrams(text) }));
        expect(repeatedSentences(sentences, 0.65)).toEqual(naive(sentences, 0.65));
      }),
      { numRuns: 300 },
    );
  });
});
