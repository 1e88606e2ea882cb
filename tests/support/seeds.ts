import * as fs from 'fs';
import * as path from 'path';
import type { CellData, FormatVersion } from '../../src/core';

export interface Seed {
  file: string;
  agency: string | null;
  year: number | null;
  format: FormatVersion;
  cells: CellData;
  anomalies: string[];
}

/** Test data kept in the repository: real published reports and their ground truth (see its README). */
/** Test data kept in the repository (also when this file runs compiled, from dist/bench-build/tests/support). */
export const FIXTURES_DIR = [path.resolve(__dirname, '../fixtures'), path.resolve(__dirname, '../../../../tests/fixtures')].find((d) => fs.existsSync(d)) ?? path.resolve(__dirname, '../fixtures');
export const SEEDS_DIR = path.join(FIXTURES_DIR, 'seeds');
export const EXPECTED_DIR = path.join(SEEDS_DIR, 'expected');
export const CORPUS_DIR = path.join(FIXTURES_DIR, 'corpus');

export function loadSeeds(): (Seed & { expectedPath: string; name: string })[] {
  return fs
    .readdirSync(EXPECTED_DIR)
    .filter((f) => f.endsWith('.json'))
    .sort()
    .map((f) => ({
      ...(JSON.parse(fs.readFileSync(path.join(EXPECTED_DIR, f), 'utf8')) as Seed),
      expectedPath: path.join(EXPECTED_DIR, f),
      name: f.replace(/\.json$/, ''),
    }));
}

export const ROOT = path.resolve(__dirname, '../..');

export function tempDir(name: string): string {
  const dir = path.join(ROOT, 'test-output', name);
  fs.rmSync(dir, { recursive: true, force: true });
  fs.mkdirSync(dir, { recursive: true });
  return dir;
}

export interface CorpusReport {
  name: string;
  /** `pdftotext -layout` of the PDF. */
  text: string;
  pdf: string;
  expected: { agency: string; year: number; format: FormatVersion; cells: CellData; anomalies: string[] };
}

/** The real PDFs of tests/fixtures/corpus with their text and ground truth. */
export function loadCorpus(): CorpusReport[] {
  return fs
    .readdirSync(CORPUS_DIR)
    .filter((f) => f.endsWith('.expected.json'))
    .sort()
    .map((f) => {
      const name = f.replace(/\.expected\.json$/, '');
      return {
        name,
        text: fs.readFileSync(path.join(CORPUS_DIR, `${name}.txt`), 'utf8'),
        pdf: path.join(CORPUS_DIR, `${name}.pdf`),
        expected: JSON.parse(fs.readFileSync(path.join(CORPUS_DIR, f), 'utf8')),
      };
    });
}
