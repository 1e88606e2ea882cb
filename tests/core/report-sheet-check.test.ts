import { buildReportDocument, buildReportSheetPlan, checkReportDocument, checkReportSheet, reportSheetSectionRows, SAMPLE_INPUTS, SAMPLE_REPORT } from '../../src/core';

/**
 * checkReportSheet takes the sections of 报告正文 from the sheet's own structure (the rows the writer
 * put the section headings on), as checkReportDocument takes them from the document model, and not by
 * reading the sheet's text back through the importer.
 */

function sheetValues(doc = buildReportDocument(SAMPLE_REPORT, SAMPLE_INPUTS)) {
  const sheet = buildReportSheetPlan(doc);
  const height = Math.max(...sheet.cells.map((c) => c.row)) + 1;
  const width = Math.max(...sheet.cells.map((c) => c.col)) + 1;
  const values: unknown[][] = Array.from({ length: height }, () => Array<unknown>(width).fill(null));
  for (const cell of sheet.cells) values[cell.row][cell.col] = cell.value ?? null;
  return { sheet, values };
}

const brief = (f: { rule: string; status: string; message: string }) => ({ rule: f.rule, status: f.status, message: f.message });

describe('the sections of 报告正文', () => {
  it('are the rows holding the six section headings, in order', () => {
    const { sheet, values } = sheetValues();
    const rows = reportSheetSectionRows(values, sheet.columns.idColumn, '2021');
    expect([...rows.values()]).toEqual([1, 2, 3, 4, 5, 6]);
    expect([...rows.keys()].map((r) => values[r][0])).toEqual([
      '一、总体情况',
      '二、主动公开政府信息情况',
      '三、收到和处理政府信息公开申请情况',
      '四、政府信息公开行政复议、行政诉讼情况',
      '五、存在的主要问题及改进情况',
      '六、其他需要报告的事项',
    ]);
  });

  it('give the sheet the findings the document gets', () => {
    const doc = buildReportDocument(SAMPLE_REPORT, SAMPLE_INPUTS);
    const { sheet, values } = sheetValues(doc);
    expect(checkReportSheet(SAMPLE_REPORT, sheet.name, values).findings.map(brief)).toEqual(checkReportDocument(SAMPLE_REPORT, doc).map(brief));
  });

  it('are not moved by a paragraph the clerk wrote that reads like a heading', () => {
    const { sheet, values } = sheetValues();
    const clean = checkReportSheet(SAMPLE_REPORT, sheet.name, values).findings.map(brief);
    // A paragraph of 一 that quotes the title of 五 on its own: still a paragraph of 一.
    const intro = values.findIndex((row) => row.includes('1.intro'));
    values[intro][0] = '五、存在的主要问题及改进情况';
    const rows = reportSheetSectionRows(values, sheet.columns.idColumn, '2021');
    expect(rows.has(intro)).toBe(false);
    expect(checkReportSheet(SAMPLE_REPORT, sheet.name, values).findings.filter((f) => f.rule === 'X-4').map(brief)).toEqual(clean.filter((f) => f.rule === 'X-4'));
  });
});
