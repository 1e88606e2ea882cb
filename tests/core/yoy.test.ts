import {
  buildReportDocument,
  checkReportDocument,
  checkText,
  comparisonClause,
  importReportText,
  reportMarkdown,
  SAMPLE_INPUTS,
  SAMPLE_REPORT,
  type ReportData,
} from '../../src/core';
import { lastYearOf } from '../support/yoy';

/** Last year's sample: other numbers, consistent tables (see tests/support/yoy.ts). */
const LAST_YEAR = lastYearOf(SAMPLE_REPORT);

const paragraph = (doc: ReturnType<typeof buildReportDocument>, id: string) =>
  doc.narrative.flatMap((s) => s.paragraphs).find((p) => p.id === id)!.text;

describe('同比 clauses', () => {
  it.each([
    [122, 107, '新收申请122件，较上年增加15件，增长14.0%'],
    [90, 120, '新收申请90件，较上年减少30件，下降25.0%'],
    [200, 150, '新收申请200件，较上年增加50件，增长33.3%'],
    [101, 96, '新收申请101件，较上年增加5件，增长5.2%'],
    [7, 0, '新收申请7件，较上年增加7件（上年为0）'],
    [3, 1, '新收申请3件，较上年增加2件'],
    [0, 4, '新收申请0件，较上年减少4件'],
    [50, 50, '新收申请50件，与上年持平'],
  ])('now %d, last year %d: 「%s」', (now, before, clause) => {
    expect(comparisonClause({ label: '新收申请', unit: '件', now, before }, '较上年')).toBe(clause);
  });

  it('states amounts in 万元 without float noise', () => {
    expect(comparisonClause({ label: '行政事业性收费', unit: '万元', now: 2090.6, before: 1900.3 }, '比上年')).toBe(
      '行政事业性收费2090.6万元，比上年增加190.3万元，增长10.0%',
    );
  });
});

describe('同比 in the generated narrative', () => {
  const doc = buildReportDocument(SAMPLE_REPORT, SAMPLE_INPUTS, {}, { previous: { data: LAST_YEAR, inputs: { active: { totalItems: 2000 } } } });

  it('writes differences and percentages recomputed from both tables', () => {
    const text = paragraph(doc, '1.applications');
    const checks: [label: string, id: (c: ReportData['cells']) => number][] = [
      ['新收申请', (c) => c['applications.newReceived.total'] as number],
      ['办结申请', (c) => c['applications.total.total'] as number],
      ['行政复议', (c) => c['review.total'] as number],
    ];
    for (const [label, value] of checks) {
      const m = text.match(new RegExp(`${label}(\\d+)件，(?:较|比)上年(增加|减少)(\\d+)件(?:，(增长|下降)(\\d+\\.\\d)%)?`));
      expect(m).not.toBeNull();
      const [now, before] = [value(SAMPLE_REPORT.cells), value(LAST_YEAR.cells)];
      expect(Number(m![1])).toBe(now);
      expect(m![2]).toBe(now > before ? '增加' : '减少');
      expect(Number(m![3])).toBe(Math.abs(now - before));
      expect(Number(m![5])).toBeCloseTo((Math.abs(now - before) / before) * 100, 1);
    }
    expect(paragraph(doc, '1.active')).toMatch(/主动公开政府信息\d+条，(?:较|比)上年/);
  });

  it('passes every text rule, X-9 included, and the importer reads the same cells back', () => {
    expect(checkReportDocument(SAMPLE_REPORT, doc, LAST_YEAR).filter((f) => f.status === 'fail')).toEqual([]);
    const back = importReportText(reportMarkdown(doc));
    expect(Object.keys(SAMPLE_REPORT.cells).filter((id) => back.data.cells[id] !== SAMPLE_REPORT.cells[id])).toEqual([]);
  });

  it('compares nothing whose last-year value is unknown, and nothing with another year’s report', () => {
    const unknown = { ...LAST_YEAR, cells: { ...LAST_YEAR.cells, 'review.total': null } };
    const text = paragraph(buildReportDocument(SAMPLE_REPORT, {}, {}, { previous: { data: unknown } }), '1.applications');
    expect(text).toContain('新收申请');
    expect(text).not.toMatch(/行政复议\d+件，(?:较|比)上年/);
    const wrongYear = { ...LAST_YEAR, year: 2021 };
    expect(paragraph(buildReportDocument(SAMPLE_REPORT, {}, {}, { previous: { data: wrongYear } }), '1.applications')).not.toMatch(/上年(?:增加|减少|持平)/);
    expect(paragraph(buildReportDocument(SAMPLE_REPORT), '1.applications')).not.toMatch(/上年(?:增加|减少|持平)/);
  });

  it('is deterministic and varies its wording by agency', () => {
    const again = buildReportDocument(SAMPLE_REPORT, SAMPLE_INPUTS, {}, { previous: { data: LAST_YEAR, inputs: { active: { totalItems: 2000 } } } });
    expect(paragraph(again, '1.applications')).toBe(paragraph(doc, '1.applications'));
    const leads = new Set(
      ['甲', '乙', '丙', '丁', '戊', '己', '庚', '辛'].map((name) => {
        const data = { ...SAMPLE_REPORT, agency: `${name}县人民政府办公室` };
        return paragraph(buildReportDocument(data, {}, {}, { previous: { data: { ...LAST_YEAR, agency: data.agency } } }), '1.applications').match(/。([^。]*?)新收申请\d+件，/)?.[1];
      }),
    );
    expect(leads.size).toBeGreaterThan(1);
  });

  it('keeps a paragraph the clerk rewrote, with the 同比 sentence in its generated text', () => {
    const kept = buildReportDocument(SAMPLE_REPORT, {}, { '1.applications': '本段由经办人撰写。' }, { previous: { data: LAST_YEAR } });
    const p = kept.narrative[0].paragraphs.find((x) => x.id === '1.applications')!;
    expect(p.text).toBe('本段由经办人撰写。');
    expect(p.generated).toMatch(/新收申请122件，(?:较|比)上年/);
  });
});

describe('X-9 同比与表格不符', () => {
  const now: ReportData = { ...SAMPLE_REPORT, cells: { ...SAMPLE_REPORT.cells, 'review.total': 2 } }; // 新收 122, 行政复议 2
  const before: ReportData = { ...LAST_YEAR, cells: { ...LAST_YEAR.cells, 'applications.newReceived.total': 107, 'review.total': 4 } };
  const run = (sentence: string, previous: ReportData | null = before) => {
    const text = `一、总体情况\n${sentence}\n五、存在的主要问题及改进情况\n无。\n`;
    const sections = importReportText(text).sections.map(({ number, heading, line, text: body }) => ({ number, heading, line, text: body }));
    return checkText({ data: now, sections, text, previous: previous ?? undefined }).filter((f) => f.rule === 'X-9');
  };

  it.each([
    // Real wordings that fit: 122 against 107 (+15, 14.0%), 行政复议 2 against 4 (−2, 50.0%).
    '全年共新收政府信息公开申请122件，较上年增加15件，增长14.0%。',
    '本年度新收申请122件，同比增长14%。',
    '收到政府信息公开申请122件，比去年增加15件，增长14.02%。',
    '新收申请122件，较2023年增加15件。',
    '因政府信息公开被申请行政复议2件，较上年减少2件，下降50%。',
    '行政复议案件同比下降50.0%。',
    '新收申请122件，比上年增长14.0%，主动公开政府信息3000条，较上年增加500条。',
  ])('passes 「%s」', (sentence) => {
    const findings = run(sentence);
    expect(findings.filter((f) => f.status === 'fail')).toEqual([]);
  });

  it.each([
    ['全年共新收政府信息公开申请122件，较上年增加15件，增长12.3%。', '增长应为 14.0%'],
    ['全年共新收政府信息公开申请122件，较上年减少15件。', '方向写反了'],
    ['新收申请122件，同比下降14.0%。', '方向写反了'],
    ['新收申请122件，较上年增加12件，增长14.0%。', '相差应为 15'],
    ['新收申请122件，与上年持平。', '不是持平'],
    ['因政府信息公开被申请行政复议2件，同比增长50%。', '方向写反了'],
    ['行政复议2件，较上年减少2件，下降100%。', '下降应为 50.0%'],
  ])('flags 「%s」: %s', (sentence, message) => {
    const findings = run(sentence).filter((f) => f.status === 'fail');
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({ severity: 'error', label: '同比与表格不符' });
    expect(findings[0].message).toContain(message);
  });

  it('says 无法判断 where last year’s table lacks the figure, and is silent without last year’s report', () => {
    const blank = { ...before, cells: { ...before.cells, 'review.total': null } };
    expect(run('行政复议2件，较上年减少2件。', blank)).toMatchObject([{ status: 'notAssessable' }]);
    expect(run('新收申请122件，较上年减少15件。', null)).toEqual([]);
    expect(run('新收申请122件，较上年减少15件。', { ...before, year: 2020 })).toEqual([]);
  });

  it('flags a planted wrong percentage in an imported report', () => {
    const doc = buildReportDocument(SAMPLE_REPORT, {}, {}, { previous: { data: before } });
    const markdown = reportMarkdown(doc);
    expect(markdown).toContain('增长14.0%');
    const planted = markdown.replace('增长14.0%', '增长41.0%');
    const imported = importReportText(planted);
    const sections = imported.sections.map(({ number, heading, line, text }) => ({ number, heading, line, text }));
    const clean = importReportText(markdown);
    const cleanSections = clean.sections.map(({ number, heading, line, text }) => ({ number, heading, line, text }));
    expect(checkText({ data: clean.data, sections: cleanSections, text: markdown, previous: before }).filter((f) => f.rule === 'X-9' && f.status === 'fail')).toEqual([]);
    const found = checkText({ data: imported.data, sections, text: planted, previous: before }).filter((f) => f.rule === 'X-9' && f.status === 'fail');
    expect(found).toHaveLength(1);
    expect(found[0].message).toContain('增长应为 14.0%，不是 41.0%');
  });
});
