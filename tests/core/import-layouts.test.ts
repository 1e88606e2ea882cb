import fc from 'fast-check';
import { getFormat, importReportText, SAMPLE_REPORT, type CellData, type ReportData } from '../../src/core';
import { layoutReport, READABLE_LAYOUTS, withSingleRowOther, type LayoutOptions } from '../support/layouts';
import { consistentReport } from '../support/reports';

/**
 * The layouts real reports come in (see tests/support/layouts.ts), each built from the official
 * structure: every cell the layout fixes is read, and no number read differs from the truth.
 */
function numbersThatDiffer(truth: CellData, read: CellData): string[] {
  return Object.keys(read).filter((id) => typeof read[id] === 'number' && read[id] !== truth[id]);
}

/** What a layout shows: a blank where the report left zeros blank. */
function shown(cells: CellData, options: LayoutOptions): CellData {
  return Object.fromEntries(Object.entries(cells).map(([id, v]) => [id, options.zerosBlank && v === 0 ? null : v]));
}

const EXACT = READABLE_LAYOUTS;

/**
 * Every cell as shown, except that a row whose zeros were left blank at its ends may stay unread
 * (its blank ends could be padding); such a row is then empty, never shifted.
 */
function expectCells(report: ReportData, read: CellData, options: LayoutOptions): void {
  const truth = shown(report.cells, options);
  if (!options.zerosBlank) {
    expect(read).toEqual(truth);
    return;
  }
  expect(Object.keys(read).sort()).toEqual(Object.keys(truth).sort());
  for (const table of getFormat(report.format).tables) {
    const rows = new Map<number, string[]>();
    for (const v of [...table.values].sort((a, b) => a.col - b.col)) rows.set(v.row, [...(rows.get(v.row) ?? []), v.id]);
    for (const ids of rows.values()) {
      const expected = ids.map((id) => truth[id]);
      const got = ids.map((id) => read[id]);
      const fixed = expected[0] !== null && expected[expected.length - 1] !== null;
      if (fixed || got.some((v) => v !== null)) expect({ ids, got }).toEqual({ ids, got: expected });
    }
  }
}

describe('importer on the layouts of real reports', () => {
  it.each(EXACT)('%s: every cell of the sample', (_name, options) => {
    const result = importReportText(layoutReport(SAMPLE_REPORT, options));
    expectCells(SAMPLE_REPORT, result.data.cells, options);
    expect(result.sections.map((s) => s.number)).toEqual([1, 2, 3, 4, 5, 6]);
    expect(result.data).toMatchObject({ year: 2024, agency: '某某市某某区人民政府办公室' });
  });

  it.each(EXACT)('%s: every cell of random reports, both formats', (_name, options) => {
    fc.assert(
      fc.property(fc.oneof(consistentReport('2021'), consistentReport('2019')), (report) => {
        const result = importReportText(layoutReport(report, options));
        expect(result.data.format).toBe(report.format);
        expectCells(report, result.data.cells, options);
      }),
      { numRuns: 15, seed: 1212 },
    );
  });

  it('reads text flattened onto one line, glued digits by the tables’ arithmetic', () => {
    const text = layoutReport(SAMPLE_REPORT, { tables: 'oneLine' });
    expect(text.includes('\n')).toBe(false);
    expect(text).toContain('一、本年新收政府信息公开申请数量11750000122二、');
    const result = importReportText(text);
    expect(result.sections.map((s) => s.number)).toEqual([1, 2, 3, 4, 5, 6]);
    expect(result.data.cells).toEqual(SAMPLE_REPORT.cells);
    expect(result.arithmetic).toContain('applications.newReceived.naturalPerson');
    expect(result.diagnostics.find((d) => d.message.includes('11750000122'))?.message).toContain('只有一种读法');
  });

  it('never outputs a number that differs from the truth on one-line text of random reports, and says how many readings remain', () => {
    let unread = 0;
    fc.assert(
      fc.property(consistentReport('2021'), (report) => {
        const result = importReportText(layoutReport(report, { tables: 'oneLine' }));
        expect(numbersThatDiffer(report.cells, result.data.cells)).toEqual([]);
        for (const d of result.diagnostics.filter((x) => x.severity === 'error' && x.message.includes('连在一起'))) {
          expect(d.message).toMatch(/读法有 \d+ 种|没有一种读法|读法太多/);
          unread++;
        }
      }),
      { numRuns: 40, seed: 7 },
    );
    expect(unread).toBeGreaterThanOrEqual(0);
  });

  it('reads no row of a table whose numbers stand before their labels (plain PDF text)', () => {
    const result = importReportText(layoutReport(SAMPLE_REPORT, { tables: 'numbersFirst' }));
    expect(numbersThatDiffer(SAMPLE_REPORT.cells, result.data.cells)).toEqual([]);
    expect(result.unreliableTables).toEqual(expect.arrayContaining(['active', 'applications']));
    expect(result.diagnostics.some((d) => d.message.includes('数字排在行标签之前'))).toBe(true);
  });

  it('reads 2019’s single-row （六）其他处理 in a 2021 report, with the 2021 sub-rows empty', () => {
    const { published, truth: expected } = withSingleRowOther(SAMPLE_REPORT);
    const result = importReportText(layoutReport(published, { tables: 'pdfLayout', singleRowOther: true, wrap: 'middle' }));
    expect(result.data.cells).toEqual(expected);
    expect(result.data.format).toBe('2021');
    expect(result.diagnostics.some((d) => d.message.includes('只有一行'))).toBe(true);
  });
});

describe('what a report states about itself', () => {
  const cases: [string, LayoutOptions, number | null, string | null][] = [
    ['agency before the year', { tables: 'tabs', title: 'agencyYear' }, 2024, '某某市某某区人民政府办公室'],
    ['the year before the agency', { tables: 'tabs', title: 'yearAgency' }, 2024, '某某市某某区人民政府办公室'],
    ['「2024年度」', { tables: 'tabs', title: 'yearDu' }, 2024, '某某市某某区人民政府办公室'],
    ['title broken over two lines, 「2024 年」 with spaces', { tables: 'pdfLayout', title: 'broken' }, 2024, '某某市某某区人民政府办公室'],
    ['title broken over three lines', { tables: 'pdfLayout', title: 'brokenThree' }, 2024, '某某市某某区人民政府办公室'],
    ['publication metadata before the title', { tables: 'tabs', title: 'metadata' }, 2024, '某某市某某区人民政府办公室'],
    ['no title: the statistics period', { tables: 'tabs', title: 'none', yearIn: 'period' }, 2024, null],
    ['no title: the statistics period wrapped over two lines', { tables: 'pdfLayout', title: 'none', yearIn: 'periodWrapped' }, 2024, null],
    ['no title: 总体情况 opens with the year', { tables: 'tabs', title: 'none', yearIn: 'opening' }, 2024, null],
    ['no title, no period, no opening year', { tables: 'tabs', title: 'none', yearIn: 'nowhere' }, null, null],
  ];
  it.each(cases)('%s', (_name, options, year, agency) => {
    const result = importReportText(layoutReport({ ...SAMPLE_REPORT, year: 2022 }, options).replace(/2022/g, '2024'));
    expect(result.data).toMatchObject({ year, agency });
  });

  it('does not take the publication date for the report year', () => {
    const text = layoutReport(SAMPLE_REPORT, { tables: 'tabs', title: 'metadata' }).replace(/统计期限[^。]*。/g, '');
    const result = importReportText(text.replace('2024年某某市', '某某市'));
    expect(result.data.year).not.toBe(2025);
  });
});
