import fc from 'fast-check';
import {
  buildReportDocument,
  checkReportDocument,
  checkText,
  INPUT_FIELDS,
  setInput,
  type NarrativeInputs,
  getFormat,
  importReportText,
  reportMarkdown,
  reportPlainText,
  SAMPLE_INPUTS,
  SAMPLE_REPORT,
  type ReportData,
} from '../../src/core';
import { consistentReport } from '../support/reports';
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

  it('for random reports and random 正文素材, reads back to the same tables and passes the text rules', () => {
    // Clerk-like text without digits: numbers in free text are the clerk's to get right, not ours.
    const words = fc.constantFrom('加强', '政务公开', '规范', '平台建设', '培训', '考核', '落实', '解读', '专栏', '基层', '、', '，');
    const text = fc.array(words, { minLength: 1, maxLength: 12 }).map((w) => w.join('').replace(/^[、，]+/, '') || '规范');
    const value = (kind: string): fc.Arbitrary<number | string | string[]> =>
      kind === 'count' ? fc.nat({ max: 100000 }) : kind === 'yuan' ? fc.nat({ max: 10_000_000 }).map((n) => n / 100) : kind === 'list' ? fc.array(text, { minLength: 1, maxLength: 4 }) : text;
    const inputs = fc
      .tuple(...INPUT_FIELDS.map((f) => fc.option(value(f.kind), { nil: undefined })))
      .map((values) => values.reduce<NarrativeInputs>((acc, v, i) => (v === undefined ? acc : setInput(acc, INPUT_FIELDS[i].key, v as never)), {}));
    fc.assert(
      fc.property(fc.constantFrom<'2021' | '2019'>('2021', '2019').chain(consistentReport), inputs, (data, given) => {
        const doc = buildReportDocument(data, given);
        const plain = reportPlainText(doc);
        const back = importReportText(plain);
        expect(back.data.year).toBe(data.year);
        expect(Object.keys(data.cells).filter((id) => back.data.cells[id] !== data.cells[id])).toEqual([]);
        const fromMarkdown = importReportText(reportMarkdown(doc));
        expect(Object.keys(data.cells).filter((id) => fromMarkdown.data.cells[id] !== data.cells[id])).toEqual([]);
        const findings = checkText({ data, sections: back.sections, text: plain }).filter((f) => ['X-2', 'X-3', 'X-4'].includes(f.rule) && f.status === 'fail');
        expect(findings).toEqual([]);
        // The 信息处理费 statement is always there, charged or not.
        expect(plain).toMatch(/信息处理费/);
        // Before handing it out: a gap to fill is found exactly where the generator left one.
        const fee = given.other ?? {};
        const half = (fee.feeApplications ?? 0) > 0 !== (fee.feeAmountYuan ?? 0) > 0;
        const open = checkReportDocument(data, doc).filter((f) => ['X-2', 'X-3', 'E-5'].includes(f.rule));
        expect(open.map((f) => `${f.rule} ${f.paragraph?.id}`)).toEqual(half ? ['E-5 6.fees'] : []);
      }),
      { numRuns: 60 },
    );
  });

  it('before it is handed out, names what the clerk kept that contradicts the tables, and the gaps left to fill', () => {
    expect(checkReportDocument(SAMPLE_REPORT, buildReportDocument(SAMPLE_REPORT, SAMPLE_INPUTS))).toEqual([]);
    const inputs = setInput(SAMPLE_INPUTS, 'other.feeApplications', 2);
    const kept = { '1.applications': '2022年，本机关新收政府信息公开申请999件。' };
    const findings = checkReportDocument(SAMPLE_REPORT, buildReportDocument(SAMPLE_REPORT, inputs, kept));
    expect(findings.map((f) => [f.rule, f.paragraph])).toEqual([
      ['X-2', { id: '1.applications', where: '一、总体情况 · （二）依申请公开', source: 'clerk' }],
      ['X-3', { id: '1.applications', where: '一、总体情况 · （二）依申请公开', source: 'clerk' }],
      ['E-5', { id: '6.fees', where: '六、其他需要报告的事项 · （一）收取信息处理费情况', source: 'generated' }],
    ]);
    expect(findings[1].message).toContain('999');
  });

  it('lays Markdown tables on the full grid, so that every value renders under its header', () => {
    const md = reportMarkdown(buildReportDocument(SAMPLE_REPORT, SAMPLE_INPUTS));
    const table三 = md.split('## 三、收到和处理政府信息公开申请情况')[1].split('## 四')[0];
    const rows = table三
      .split('\n')
      .filter((l) => l.startsWith('|') && !l.startsWith('| ---') && !l.startsWith('|---'))
      .map((l) => l.slice(2, -2).split(' | '));
    const width = getFormat('2021').tables.find((t) => t.id === 'applications')!.width;
    expect(new Set(rows.map((r) => r.length))).toEqual(new Set([width]));
    const column = (text: string) => rows.find((r) => r.includes(text))!.indexOf(text);
    const row = (label: string) => rows.find((r) => r.includes(label))!;
    expect(column('总计')).toBe(width - 1);
    expect(row('（一）予以公开')[width - 1]).toBe(String(SAMPLE_REPORT.cells['applications.disclosed.total']));
    expect(row('（一）予以公开')[column('自然人')]).toBe(String(SAMPLE_REPORT.cells['applications.disclosed.naturalPerson']));
    expect(row('1.属于国家秘密')[column('商业企业')]).toBe(String(SAMPLE_REPORT.cells['applications.withheld.stateSecret.commercial']));
  });
});
