import { buildReportDocument, buildReportSheetPlan, draftMark, reportMarkdown, reportPlainText, SAMPLE_REPORT, validateReport, type CellData } from '../../src/core';

/** A report made while its tables are wrong looks like a draft in every output. */
describe('the draft mark', () => {
  const wrong: CellData = { ...SAMPLE_REPORT.cells, 'applications.newReceived.commercial': '5件', 'review.pending': null };
  const data = { ...SAMPLE_REPORT, cells: wrong };
  const validation = validateReport({ data }).findings;

  it('is decided from validation: table errors make a draft, text findings and warnings do not', () => {
    const mark = draftMark(validation)!;
    expect(mark.errors.length).toBeGreaterThan(0);
    expect(mark.errors.every((f) => f.severity === 'error' && f.status === 'fail')).toBe(true);
    expect(mark.line).toBe(`草稿：表格尚有 ${mark.errors.length} 处错误，未经校验通过`);
    expect(draftMark(validateReport({ data: SAMPLE_REPORT }).findings)).toBeNull();
    expect(draftMark([{ rule: 'E-5', severity: 'error', status: 'fail', cells: [], message: '有未填写的内容' }])).toBeNull();
    expect(draftMark([{ rule: 'T2-1', severity: 'warning', status: 'fail', cells: [], message: '万元' }])).toBeNull();
  });

  it('stands under the title of the Markdown, the text and the 报告正文 sheet', () => {
    const doc = buildReportDocument(data, {}, {}, { validation });
    const line = doc.draft!.line;
    expect(reportMarkdown(doc).split('\n').slice(0, 3)).toEqual([`# ${doc.title}`, '', `**${line}**`]);
    expect(reportPlainText(doc).split('\n').slice(0, 2)).toEqual([doc.title, line]);
    const sheet = buildReportSheetPlan(doc);
    expect(sheet.cells.find((c) => c.row === 1 && c.col === 0)).toMatchObject({ value: line, style: 'reportDraft' });

    const final = buildReportDocument(SAMPLE_REPORT, {}, {}, { validation: [] });
    expect(final.draft).toBeUndefined();
    expect(reportPlainText(final)).not.toContain('草稿');
    expect(buildReportSheetPlan(final).cells.some((c) => typeof c.value === 'string' && c.value.includes('草稿'))).toBe(false);
  });
});
