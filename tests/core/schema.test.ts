import * as fs from 'fs';
import * as path from 'path';
import { getFormat, normalizeLabel, FORMAT_VERSIONS } from '../../src/core';
import { EXPECTED_DIR, SEEDS_DIR } from '../support/seeds';

const reference = fs.readFileSync(path.resolve(__dirname, '../../docs/report-format.md'), 'utf8');
const seedDir = SEEDS_DIR;
const expectedDir = EXPECTED_DIR;

/** Every `code` span of a section of the reference. */
function codeSpans(from: string, to: string): string[] {
  const start = reference.indexOf(from);
  const end = reference.indexOf(to, start + 1);
  expect(start).toBeGreaterThanOrEqual(0);
  return [...reference.slice(start, end).matchAll(/`([^`]+)`/g)].map((m) => m[1]);
}

function allLabels(version: '2021' | '2019'): Set<string> {
  const format = getFormat(version);
  const labels = new Set<string>();
  for (const s of format.sections) labels.add(s.title);
  for (const t of format.tables) {
    for (const l of t.labels) labels.add(l.text);
    for (const v of t.values) labels.add(v.columnLabel);
  }
  return labels;
}

describe('report schema', () => {
  it('compiles both versions with the cell counts of the ground truth', () => {
    for (const file of fs.readdirSync(expectedDir)) {
      const expected = JSON.parse(fs.readFileSync(path.join(expectedDir, file), 'utf8'));
      const format = getFormat(expected.format);
      expect(format.cells.map((c) => c.id).sort()).toEqual(Object.keys(expected.cells).sort());
    }
  });

  it('carries every official label of the reference, character for character', () => {
    const l2021 = allLabels('2021');
    const l2019 = allLabels('2019');
    const sections = codeSpans('## The six sections', '## Table 二 (2021)').filter((s) => /^[一二三四五六]、/.test(s));
    expect(sections).toHaveLength(8); // six official titles and two variants
    for (const s of sections.slice(0, 6)) expect(l2021).toContain(s);

    const t2021 = codeSpans('## Table 二 (2021)', '## Table 二 (2019)').filter((s) => !s.includes('.') && !s.startsWith('active'));
    expect(t2021.length).toBeGreaterThanOrEqual(16);
    for (const s of t2021) expect(l2021).toContain(s);
    const t2019 = codeSpans('## Table 二 (2019)', '## Table 三').filter((s) => !/^[a-z]/.test(s) && !s.includes('"'));
    expect(t2019.length).toBeGreaterThanOrEqual(20);
    for (const s of t2019) expect(l2019).toContain(s);

    const t3 = codeSpans('## Table 三', '## Table 四').filter((s) => !/^[a-zA-Z]/.test(s));
    expect(t3.length).toBeGreaterThanOrEqual(35);
    for (const s of t3) {
      if (s === '（六）其他处理') expect(l2019).toContain(s);
      else expect(l2021).toContain(s);
    }
    const t4 = codeSpans('## Table 四', '## Consistency rules').filter((s) => !/^[a-zA-Z]/.test(s));
    expect(t4.length).toBeGreaterThanOrEqual(8);
    for (const s of t4) {
      expect(l2021).toContain(s);
      expect(l2019).toContain(s);
    }
  });

  it('uses the canonical cell IDs of the reference', () => {
    const f = getFormat('2021');
    for (const id of ['applications.unavailable.notHeld.naturalPerson', 'litigationAfterReview.pending', 'active.fees.amount']) {
      expect(f.cellById.has(id)).toBe(true);
    }
    expect(getFormat('2019').cellById.has('active2019.licensing.change')).toBe(true);
    expect(getFormat('2019').cellById.has('applications.other.total')).toBe(true);
    expect(f.cellById.has('applications.other.total')).toBe(false);
  });

  it('derives every total from its parts', () => {
    for (const version of FORMAT_VERSIONS) {
      const f = getFormat(version);
      const totals = f.cells.filter((c) => c.sumOf);
      // 26 or 24 row totals of table 三, six column totals of （七）, three group totals of table 四
      expect(totals).toHaveLength(f.tables[1].rowKeys.length + 6 + 3);
      for (const t of totals) for (const part of t.sumOf!) expect(f.cellById.has(part)).toBe(true);
    }
    const f = getFormat('2021');
    expect(f.cellById.get('applications.total.naturalPerson')!.sumOf).toHaveLength(21);
    expect(getFormat('2019').cellById.get('applications.total.naturalPerson')!.sumOf).toHaveLength(19);
  });

  it('matches the row labels found in every seed report after normalising', () => {
    for (const file of fs.readdirSync(expectedDir)) {
      const expected = JSON.parse(fs.readFileSync(path.join(expectedDir, file), 'utf8'));
      const text = normalizeLabel(fs.readFileSync(path.join(seedDir, expected.file), 'utf8'));
      const format = getFormat(expected.format);
      for (const table of format.tables) {
        for (const key of table.rowKeys) {
          if (!key.label) continue;
          expect({ file, label: key.label, found: text.includes(normalizeLabel(key.label)) }).toEqual({
            file,
            label: key.label,
            found: true,
          });
        }
      }
    }
  });
});
