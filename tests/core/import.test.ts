import * as fs from 'fs';
import * as path from 'path';
import fc from 'fast-check';
import { getFormat, importReportText, SAMPLE_REPORT, type CellData, type FormatVersion } from '../../src/core';
import { loadSeeds, SEEDS_DIR } from '../support/seeds';

const seeds = loadSeeds();
const textOf = (file: string) => fs.readFileSync(path.join(SEEDS_DIR, file), 'utf8');

describe('importer on the seed reports', () => {
  it.each(seeds.map((s) => [s.name, s] as const))('reproduces year, format, agency and every cell of %s', (_name, seed) => {
    const result = importReportText(textOf(seed.file));
    expect(result.data.format).toBe(seed.format);
    expect(result.data.year).toBe(seed.year);
    expect(result.data.agency).toBe(seed.agency);
    expect(result.data.cells).toEqual(seed.cells);
    expect(result.unreliableTables).toEqual([]);
    expect(result.sections.map((s) => s.number)).toEqual([1, 2, 3, 4, 5, 6]);
  });

  it('keeps the source line of every value', () => {
    const seed = seeds.find((s) => s.name.startsWith('001'))!; // Markdown pipe tables
    const text = textOf(seed.file).split('\n');
    const result = importReportText(textOf(seed.file));
    for (const [id, line] of Object.entries(result.sources)) {
      expect({ id, onLine: text[line - 1].includes(String(result.data.cells[id])) }).toEqual({ id, onLine: true });
    }
    expect(result.sources['active2019.licensing.change']).toBe(12);
  });

  it('states no year it was not given', () => {
    const seed = seeds.find((s) => s.name.startsWith('001'))!;
    expect(importReportText(textOf(seed.file))).toMatchObject({ data: { year: null }, yearEvidence: null });
  });

  it('reports a duplicated heading', () => {
    const seed = seeds.find((s) => s.name.startsWith('004'))!;
    expect(importReportText(textOf(seed.file)).diagnostics).toEqual([expect.objectContaining({ severity: 'warning', message: expect.stringContaining('重复出现') })]);
  });
});

/** A report laid out as PDF text extraction gives it: one line per row, cells separated by spaces. */
function pdfLayout(format: FormatVersion, cells: CellData, year: number): string {
  const schema = getFormat(format);
  const out = [`某某县人民政府 ${year}年政府信息公开工作年度报告`, '一、总体情况', '本年度工作情况如下。'];
  for (const table of schema.tables) {
    out.push(table.section.title);
    const rows = new Map<number, string[]>();
    for (const label of table.labels) rows.set(label.row, [...(rows.get(label.row) ?? []), label.text]);
    for (const v of table.values) rows.set(v.row, [...(rows.get(v.row) ?? []), String(cells[v.id])]);
    for (const row of [...rows.keys()].sort((a, b) => a - b)) out.push(rows.get(row)!.join(' '));
  }
  out.push('五、存在的主要问题及改进情况', '无。', '六、其他需要报告的事项', '本年度未收取信息处理费。');
  return out.join('\n');
}

describe('importer on other layouts', () => {
  it.each(['2021', '2019'] as FormatVersion[])('reads PDF-style text of the %s format', (format) => {
    const cells = format === '2021' ? SAMPLE_REPORT.cells : seeds.find((s) => s.format === '2019')!.cells;
    const result = importReportText(pdfLayout(format, cells, format === '2021' ? 2024 : 2020));
    expect(result.data.format).toBe(format);
    expect(result.data.cells).toEqual(cells);
    expect(result.data.agency).toBe('某某县人民政府');
  });

  it('leaves a row empty, and says so, when its cell boundaries are lost', () => {
    const text = pdfLayout('2021', SAMPLE_REPORT.cells, 2024).replace('一、本年新收政府信息公开申请数量 117 5 0 0 0 0 122', '一、本年新收政府信息公开申请数量 1175000 0122');
    const result = importReportText(text);
    expect(result.data.cells['applications.newReceived.naturalPerson']).toBeNull();
    expect(result.data.cells['applications.newReceived.total']).toBeNull();
    expect(result.unreliableTables).toEqual(['applications']);
    expect(result.diagnostics[0].message).toContain('无法逐格分辨');
    expect(result.data.cells['applications.carriedOver.total']).toBe(11); // the other rows still read
  });

  it('does not guess table 四 when its row does not have fifteen numbers', () => {
    const text = pdfLayout('2021', SAMPLE_REPORT.cells, 2024).replace(/\n37 26 57 24 144 9 3 3 67 82 7 3 2 3 15/, '\n37 26 57 24 144 9 3 3 67 82 7 3 2 3');
    const result = importReportText(text);
    expect(getFormat().tables[2].values.every((v) => result.data.cells[v.id] === null)).toBe(true);
    expect(result.unreliableTables).toContain('review');
  });
});

describe('importer robustness (fuzzing)', () => {
  const sample = pdfLayout('2021', SAMPLE_REPORT.cells, 2024);
  const allSeeds = seeds.map((s) => textOf(s.file));

  /** Every number the importer outputs stands on the line it names. */
  function noInventedNumber(text: string) {
    const lines = text.split(/\r\n|\r|\n/);
    const result = importReportText(text);
    for (const [id, value] of Object.entries(result.data.cells)) {
      if (value === null) continue;
      const line = result.sources[id];
      expect(line).toBeGreaterThan(0);
      expect(lines[line - 1].replace(/,/g, '')).toContain(String(value));
    }
  }

  it('survives random text without an exception and without inventing numbers', () => {
    fc.assert(fc.property(fc.string({ maxLength: 2000 }), (text) => noInventedNumber(text)), { numRuns: 300 });
    fc.assert(fc.property(fc.uint8Array({ maxLength: 3000 }), (bytes) => noInventedNumber(Buffer.from(bytes).toString('latin1'))), { numRuns: 200 });
  });

  it('survives truncated, shuffled and duplicated lines of real reports', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(sample, ...allSeeds),
        fc.nat(),
        fc.array(fc.nat(), { maxLength: 30 }),
        (text, cut, swaps) => {
          const lines = text.slice(0, cut % (text.length + 1)).split('\n');
          for (const k of swaps) {
            const a = k % lines.length;
            const b = (k * 7 + 3) % lines.length;
            if (k % 3 === 0) lines.splice(a, 0, lines[b]);
            else [lines[a], lines[b]] = [lines[b], lines[a]];
          }
          noInventedNumber(lines.join('\n'));
        },
      ),
      { numRuns: 300 },
    );
  });

  it('reads a huge input to the end', () => {
    const huge = allSeeds.join('\n').repeat(40); // ~1.6 MB
    const result = importReportText(huge);
    // Five reports one after another, forty times: the tables read are the first report's, and the
    // headings repeated further on are named, not taken for that report's own.
    expect(result.data.cells).toEqual(seeds[0].cells);
    expect(result.data.year).toBe(seeds[0].year);
    expect(result.diagnostics.some((d) => /重复出现/.test(d.message))).toBe(true);
  });
});
