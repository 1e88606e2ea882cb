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
export const FIXTURES_DIR = path.resolve(__dirname, '../fixtures');
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
