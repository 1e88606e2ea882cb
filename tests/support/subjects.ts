import * as fs from 'fs';
import * as path from 'path';
import { SAMPLE_REPORT, type CellData } from '../../src/core';
import { layoutReport, type LayoutOptions } from './layouts';
import { loadCorpus, loadSeeds, SEEDS_DIR } from './seeds';

/** The reports the mutation fuzz damages: the five seeds, the corpus PDFs' text, and generated layouts. */
export function fuzzSubjects(): { name: string; text: string; truth: CellData }[] {
  const blank = (cells: CellData) => Object.fromEntries(Object.entries(cells).map(([k, v]) => [k, v === 0 ? null : v]));
  const generated: [string, LayoutOptions][] = [
    ['one-line sample', { tables: 'oneLine' }],
    ['-layout sample, wrapped and vertical labels, page furniture', { tables: 'pdfLayout', wrap: 'middle', vertical: 'perChar', furniture: true }],
    ['Word text, zeros blank', { tables: 'word', zerosBlank: true }],
    ['tab rows, zeros blank', { tables: 'tabs', zerosBlank: true }],
  ];
  return [
    ...loadSeeds().map((s) => ({ name: s.name, text: fs.readFileSync(path.join(SEEDS_DIR, s.file), 'utf8'), truth: s.cells })),
    ...loadCorpus().map((c) => ({ name: `${c.name}.txt`, text: c.text, truth: c.expected.cells })),
    ...generated.map(([name, options]) => ({ name, text: layoutReport(SAMPLE_REPORT, options), truth: options.zerosBlank ? blank(SAMPLE_REPORT.cells) : SAMPLE_REPORT.cells })),
  ];
}
