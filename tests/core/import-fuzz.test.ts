import { importReportText } from '../../src/core';
import { inventedCells, mutate } from '../support/mutations';
import { fuzzSubjects } from '../support/subjects';

/**
 * Mutation fuzz: one ordinary damage per trial to a real report (the five seeds, the two corpus
 * PDFs' text) or a generated layout, and not one number may come out wrong unless the damage
 * touched it or its row's label. Seeded: a failure names its trial, and `mutate(text, seed)`
 * reproduces it. `npm run corpus` runs 100,000 trials into docs/import-accuracy.md.
 */
const subjects = fuzzSubjects();

const BATCHES = 6;
const PER_BATCH = 500;

describe('mutation fuzz: no invented number under damage', () => {
  it.each(Array.from({ length: BATCHES }, (_, b) => b))('batch %i', (batch) => {
    const failures: string[] = [];
    for (let trial = batch * PER_BATCH; trial < (batch + 1) * PER_BATCH; trial++) {
      const subject = subjects[trial % subjects.length];
      const seed = 1_000_003 * trial + 12;
      const m = mutate(subject.text, seed);
      const result = importReportText(m.text);
      const invented = inventedCells(subject.truth, result, m.touched);
      if (invented.length) failures.push(`trial ${trial} (${subject.name}, seed ${seed}, ${m.kind}: ${m.detail}): ${invented.map((id) => `${id}=${result.data.cells[id]} (truth ${subject.truth[id]})`).join(', ')}`);
    }
    expect(failures).toEqual([]);
  });

  it('still reads the untouched fixtures exactly', () => {
    for (const s of subjects) expect(inventedCells(s.truth, importReportText(s.text), [])).toEqual([]);
  });
});
