import * as fs from 'fs';
import * as path from 'path';
import fc from 'fast-check';
import { buildReportDocument, buildWorkbookPlan, SAMPLE_INPUTS, SAMPLE_REPORT } from '../../src/core';
import { reportDocx } from '../../src/docx';
import { renderPlan } from '../../src/xlsx';
import { loadSeeds, SEEDS_DIR, tempDir } from '../support/seeds';
import { nianbao } from '../support/cli';
import { mutate, mutatePart, type Mutation } from '../support/mutate';

/**
 * Mutation fuzzing of whole files: real workbooks, .docx reports and text reports with bytes
 * flipped, cut, zeroed, repeated and spliced. Whatever comes in, the command answers with 0, 1 or
 * 2 and a Chinese message: never 3 (a failure of the tool), never a stack trace. `npm run bench`
 * runs the same with many more mutations (docs/reliability.md).
 */
const out = tempDir('cli-fuzz');

function expectClean(result: { code: number; stdout: string; stderr: string }, what: string) {
  expect({ what, code: [0, 1, 2].includes(result.code) ? 'ok' : result.code }).toEqual({ what, code: 'ok' });
  expect(result.stderr).not.toContain('意外错误');
  expect(result.stderr + result.stdout).not.toMatch(/\n\s+at \S+ \(/);
}

const mutation: fc.Arbitrary<Mutation> = fc.record({
  kind: fc.constantFrom('flip', 'zero', 'cut', 'repeat', 'splice'),
  at: fc.nat(),
  length: fc.integer({ min: 1, max: 4096 }),
  value: fc.integer({ min: 0, max: 255 }),
});

describe('mutated files', () => {
  let workbook: Buffer;
  let docx: Buffer;
  let text: Buffer;
  beforeAll(async () => {
    workbook = Buffer.from((await (await renderPlan(buildWorkbookPlan({ ...SAMPLE_REPORT, inputs: SAMPLE_INPUTS }))).xlsx.writeBuffer()) as ArrayBuffer);
    docx = Buffer.from(await reportDocx(buildReportDocument(SAMPLE_REPORT, SAMPLE_INPUTS)));
    text = fs.readFileSync(path.join(SEEDS_DIR, loadSeeds()[0].file));
  });

  it.each([
    ['workbook', 'validate', '.xlsx'],
    ['docx', 'import', '.docx'],
    ['text', 'check', '.txt'],
  ] as const)('a mutated %s gets 0, 1 or 2 from %s, never a crash', async (kind, command, extension) => {
    const source = { workbook, docx, text }[kind];
    let n = 0;
    await fc.assert(
      fc.asyncProperty(fc.array(mutation, { minLength: 1, maxLength: 6 }), async (mutations) => {
        const file = path.join(out, `${kind}-${n++ % 4}${extension}`);
        fs.writeFileSync(file, mutate(source, mutations));
        expectClean(await nianbao(command, file), `${command} ${JSON.stringify(mutations)}`);
      }),
      { numRuns: 60, seed: 20250110 },
    );
  });

  it.each([
    ['workbook', 'validate', '.xlsx'],
    ['docx', 'import', '.docx'],
  ] as const)('a %s with one part’s XML mutated gets 0, 1 or 2 from %s, never a crash', async (kind, command, extension) => {
    const source = { workbook, docx }[kind];
    let n = 0;
    await fc.assert(
      fc.asyncProperty(fc.nat(), fc.array(mutation, { minLength: 1, maxLength: 4 }), async (choice, mutations) => {
        const file = path.join(out, `${kind}-part-${n++ % 4}${extension}`);
        fs.writeFileSync(file, await mutatePart(source, choice, mutations));
        expectClean(await nianbao(command, file), `${command} part ${choice} ${JSON.stringify(mutations)}`);
      }),
      { numRuns: 60, seed: 20250111 },
    );
  });
});
