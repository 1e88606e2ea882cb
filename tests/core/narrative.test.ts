import fc from 'fast-check';
import {
  amount,
  bracketOrdinal,
  checkText,
  chineseNumber,
  enumerate,
  generateNarrative,
  getFormat,
  narrativeText,
  SAMPLE_REPORT,
  type ReportData,
  type TextSection,
} from '../../src/core';
import { consistentReport } from '../support/reports';
import { loadSeeds } from '../support/seeds';

/** The generated narrative inside a full report skeleton, as the text rules read it. */
function asReport(data: ReportData, text = narrativeText(generateNarrative(data))): { text: string; sections: TextSection[] } {
  const titles = getFormat(data.format).sections;
  const bySection = new Map<number, string>();
  let current = 0;
  for (const line of text.split('\n')) {
    const t = titles.find((s) => s.title === line);
    if (t) current = t.number;
    else bySection.set(current, `${bySection.get(current) ?? ''}${line}\n`);
  }
  const full = [`${data.agency}${data.year}年政府信息公开工作年度报告`];
  const sections: TextSection[] = [];
  for (const s of titles) {
    full.push(s.title);
    sections.push({ number: s.number, heading: s.title, line: full.length, text: (bySection.get(s.number) ?? '').trim() });
    full.push(...(bySection.get(s.number) ?? '').trim().split('\n'));
  }
  return { text: full.join('\n'), sections };
}

const seeds = loadSeeds();

describe('Chinese formatting', () => {
  it('writes numerals, ordinals, lists and amounts as 公文 do', () => {
    expect([1, 9, 10, 11, 19, 20, 21, 35, 99].map(chineseNumber)).toEqual(['一', '九', '十', '十一', '十九', '二十', '二十一', '三十五', '九十九']);
    expect(bracketOrdinal(6)).toBe('（六）');
    expect(enumerate(['加强培训。', '严格审核；', ''])).toBe('一是加强培训；二是严格审核。');
    expect([0.35, 2090.6, 12, 3.456].map(amount)).toEqual(['0.35', '2090.6', '12', '3.46']);
    expect(() => chineseNumber(100)).toThrow();
  });
});

describe('narrative generator', () => {
  it.each(seeds.map((s) => [s.name, s] as const))('agrees with the tables of seed %s (snapshot)', (_name, seed) => {
    const data: ReportData = { format: seed.format, year: seed.year ?? 2020, agency: seed.agency, cells: seed.cells };
    const text = narrativeText(generateNarrative(data));
    expect(text).toMatchSnapshot();
    const report = asReport(data, text);
    const findings = checkText({ data, ...report });
    expect(findings.filter((f) => ['X-2', 'X-3', 'X-4', 'E-1', 'E-2'].includes(f.rule))).toEqual([]);
  });

  it('states every number exactly as the tables have it, for random consistent reports', () => {
    fc.assert(
      fc.property(fc.constantFrom<'2021' | '2019'>('2021', '2019').chain(consistentReport), (data) => {
        const text = narrativeText(generateNarrative(data));
        const c = data.cells as Record<string, number>;
        const stated = (pattern: RegExp) => Number(pattern.exec(text)?.[1]);
        if (c['applications.newReceived.total'] || c['applications.carriedOver.total']) {
          expect(stated(/新收政府信息公开申请(\d+)件/)).toBe(c['applications.newReceived.total']);
          if (c['applications.total.total']) expect(stated(/已办结(\d+)件/)).toBe(c['applications.total.total']);
          else expect(text).toContain('本年度尚无办结的申请');
        }
        if (c['review.total']) expect(stated(/被申请行政复议(\d+)件/)).toBe(c['review.total']);
        const suits = c['litigationDirect.total'] + c['litigationAfterReview.total'];
        if (suits) expect(stated(/被提起行政诉讼(\d+)件/)).toBe(suits);
        // Every year written is the report year, the one before or the one after.
        for (const m of text.matchAll(/(\d{4})年/g)) expect(Math.abs(Number(m[1]) - data.year!)).toBeLessThanOrEqual(1);
        expect(text).not.toMatch(/[^\d]0件/); // zero clauses are left out or phrased as such
        const { text: full, sections } = asReport(data, text);
        expect(checkText({ data, sections, text: full }).filter((f) => f.rule === 'X-3')).toEqual([]);
      }),
      { numRuns: 150 },
    );
  });

  it('phrases a year without applications or cases naturally', () => {
    const zero: ReportData = { ...SAMPLE_REPORT, cells: Object.fromEntries(Object.keys(SAMPLE_REPORT.cells).map((k) => [k, 0])) };
    const text = narrativeText(generateNarrative(zero));
    expect(text).toContain('本年度未收到政府信息公开申请，无上年结转申请。');
    expect(text).toContain('未发生因政府信息公开引起的行政复议和行政诉讼。');
    expect(text).toContain('本机关未收取信息处理费');
    expect(text).not.toMatch(/0件/);
  });

  it('is deterministic, and varies its phrasing between agencies', () => {
    expect(generateNarrative(SAMPLE_REPORT)).toEqual(generateNarrative(SAMPLE_REPORT));
    const intros = new Set(
      Array.from({ length: 12 }, (_, i) => generateNarrative({ ...SAMPLE_REPORT, agency: `第${i + 1}街道办事处` })[0].paragraphs[0].text.replace(/第\d+街道办事处/, '')),
    );
    expect(intros.size).toBeGreaterThan(1);
  });

  it('keeps the clerk’s own paragraph as written', () => {
    const own = '本年度我办依申请公开工作由专人负责，全部在法定期限内答复。';
    const sections = generateNarrative(SAMPLE_REPORT, {}, { '1.applications': own });
    const p = sections[0].paragraphs.find((x) => x.id === '1.applications')!;
    expect(p).toMatchObject({ text: own, source: 'clerk' });
    expect(sections[0].paragraphs.filter((x) => x.source === 'clerk')).toHaveLength(1);
  });

  it('states a charged 信息处理费 with count and amount', () => {
    const text = narrativeText(generateNarrative(SAMPLE_REPORT, { other: { feeApplications: 2, feeAmountYuan: 150 } }));
    expect(text).toContain('2024年对2件政府信息公开申请收取信息处理费，共计150元。');
  });
});
