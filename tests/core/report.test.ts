import {
  buildReportDocument,
  getFormat,
  importReportText,
  reportMarkdown,
  reportPlainText,
  SAMPLE_REPORT,
  type ReportData,
} from '../../src/core';
import { loadSeeds } from '../support/seeds';

const seeds = loadSeeds();
const dataOf = (s: (typeof seeds)[number]): ReportData => ({ format: s.format, year: s.year ?? 2020, agency: s.agency, cells: s.cells });

describe('report document', () => {
  it('has the six official sections in order, with the three tables in theirs', () => {
    const doc = buildReportDocument(SAMPLE_REPORT);
    const headings = doc.blocks.filter((b) => b.kind === 'heading' && b.level === 1).map((b) => (b.kind === 'heading' ? b.text : ''));
    expect(headings).toEqual(getFormat('2021').sections.map((s) => s.title));
    const tables = doc.blocks.flatMap((b) => (b.kind === 'table' ? [b.matrix.table] : []));
    expect(tables).toEqual(['active', 'applications', 'review']);
    expect(doc.title).toBe(`${SAMPLE_REPORT.agency}2024年政府信息公开工作年度报告`);
  });

  it('keeps the clerk’s paragraph and marks it', () => {
    const doc = buildReportDocument(SAMPLE_REPORT, {}, { '1.platforms': '自写的平台段落。' });
    const p = doc.blocks.find((b) => b.kind === 'paragraph' && b.id === '1.platforms');
    expect(p).toMatchObject({ text: '自写的平台段落。', source: 'clerk' });
  });

  it.each([
    ['Markdown', reportMarkdown],
    ['plain text', reportPlainText],
  ] as const)('%s reads back through the importer to the same year, agency and every cell, for each seed', (_name, render) => {
    for (const seed of seeds) {
      const data = dataOf(seed);
      const result = importReportText(render(buildReportDocument(data)));
      expect({ seed: seed.name, year: result.data.year, agency: result.data.agency, format: result.data.format }).toEqual({
        seed: seed.name,
        year: data.year,
        agency: data.agency,
        format: data.format,
      });
      const wrong = Object.keys(data.cells).filter((id) => result.data.cells[id] !== data.cells[id]);
      expect({ seed: seed.name, wrong }).toEqual({ seed: seed.name, wrong: [] });
    }
  });
});
