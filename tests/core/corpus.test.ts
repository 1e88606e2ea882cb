import { checkText, importReportText, validateReport } from '../../src/core';
import { loadCorpus } from '../support/seeds';

/**
 * The real reports of tests/fixtures/corpus as `pdftotext -layout` prints them (wrapped labels with
 * their numbers on the next line, 「三 、本 年 度办 理 结果」 spaced out, page numbers and form feeds,
 * the title over two lines, the publisher's label typos, 2019's single-row （六） in a 2021 report),
 * against their ground truth; the PDFs themselves are read in tests/pdf.
 */
const corpus = loadCorpus();

describe('the corpus as pdftotext -layout text', () => {
  it.each(corpus.map((c) => [c.name, c] as const))('%s: every cell, the year and the agency', (_name, report) => {
    const result = importReportText(report.text);
    expect(result.data.cells).toEqual(report.expected.cells);
    expect(result.data).toMatchObject({ format: '2021', year: report.expected.year, agency: report.expected.agency });
    expect(result.sections.map((s) => s.number)).toEqual([1, 2, 3, 4, 5, 6]);
    expect(result.diagnostics.filter((d) => d.severity !== 'info')).toEqual([]);
  });

  it.each(corpus.map((c) => [c.name, c] as const))('%s: the checks raise the published inconsistencies and nothing else', (name, report) => {
    const result = importReportText(report.text);
    const tables = validateReport({ data: result.data }).findings.map((f) => `${f.rule} ${f.status}`);
    const text = checkText({ data: result.data, sections: result.sections, text: report.text }).filter((f) => f.severity !== 'info').map((f) => `${f.rule} ${f.status}`);
    const expected = name.startsWith('01')
      ? { tables: ['T4-1 fail', 'T4-3 fail', 'F-1 fail'], text: [] }
      : { tables: ['F-1 fail'], text: ['X-3 fail'] };
    expect({ tables, text }).toEqual(expected);
  });
});
