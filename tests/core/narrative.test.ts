import fc from 'fast-check';
import {
  amount,
  bracketOrdinal,
  buildReportDocument,
  buildReportSheetPlan,
  checkText,
  chineseNumber,
  enumerate,
  gapMessage,
  generateNarrative,
  getFormat,
  INPUT_FIELD_BY_KEY,
  inputConsistency,
  narrativeGaps,
  narrativeText,
  parseInput,
  reportSheetState,
  SAMPLE_INPUTS,
  SAMPLE_REPORT,
  setInput,
  splitList,
  type CellValue,
  type NarrativeInputs,
  type ClerkParagraphs,
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
        if (c['applications.newReceived.total']) expect(stated(/新收政府信息公开申请(\d+)件/)).toBe(c['applications.newReceived.total']);
        else expect(text).toMatch(/本年度未(新)?收到?政府信息公开申请/);
        if (c['applications.carriedOver.total']) expect(stated(/上年结转(\d+)件/)).toBe(c['applications.carriedOver.total']);
        if (c['applications.newReceived.total'] || c['applications.carriedOver.total']) {
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

  it('states carried-over applications without a 「新收0件」, and review counts without empty brackets', () => {
    const carriedOnly = zeroReport('2021', 2024, {
      'applications.carriedOver.naturalPerson': 3,
      'applications.carriedOver.total': 3,
      'applications.disclosed.naturalPerson': 3,
      'applications.disclosed.total': 3,
      'applications.total.naturalPerson': 3,
      'applications.total.total': 3,
    });
    expect(paragraphText(carriedOnly, '1.applications')).toMatch(/^本年度未新收政府信息公开申请，上年结转3件。已办结3件，其中予以公开3件。/);
    // 仍然生成 with table 四's outcomes left at 0 (a T4-1 error): the count, and no 「（）」.
    expect(paragraphText(zeroReport('2021', 2024, { 'review.total': 2 }), '1.applications')).toContain('因政府信息公开被申请行政复议2件。');
    expect(paragraphText(SAMPLE_REPORT, '1.active', { active: { keyAreas: '财政预决算、生态环境等' } })).toContain('重点做好财政预决算、生态环境等领域信息公开。');
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

/** A report of the given format and year, every cell 0 but those given. */
function zeroReport(format: '2021' | '2019', year: number, cells: Record<string, CellValue> = {}): ReportData {
  return { format, year, agency: '某某街道办事处', cells: { ...Object.fromEntries(getFormat(format).cells.map((c) => [c.id, 0])), ...cells } };
}

const paragraphText = (data: ReportData, id: string, inputs: NarrativeInputs = {}, clerkParagraphs: ClerkParagraphs = {}) =>
  generateNarrative(data, inputs, clerkParagraphs)
    .flatMap((s) => s.paragraphs)
    .find((p) => p.id === id)?.text;

describe('numbered list items', () => {
  it.each([
    ['一是加强培训；二是完善制度', ['加强培训', '完善制度']],
    ['一是加强培训。二是完善制度。', ['加强培训。', '完善制度。']],
    ['其一，加强培训；其二，完善制度', ['加强培训', '完善制度']],
    ['第一，加强培训\n第二、完善制度', ['加强培训', '完善制度']],
    ['首先，加强培训；其次，完善制度；最后，严格考核', ['加强培训', '完善制度', '严格考核']],
    ['1. 加强培训\n（二）完善制度\n三、严格考核\n4）压实责任', ['加强培训', '完善制度', '严格考核', '压实责任']],
    // Not numbering: a first meeting, an amount, sentences without numbers.
    ['第一次召开专题会议；培训覆盖3.5万人次', ['第一次召开专题会议', '培训覆盖3.5万人次']],
    ['加强培训。完善制度。', ['加强培训。完善制度。']],
  ])('splits 「%s」 without its numbering', (text, items) => {
    expect(splitList(text)).toEqual(items);
  });

  it('never writes 「一是一是」, from the cell or from items already numbered', () => {
    const measures = parseInput(INPUT_FIELD_BY_KEY.get('problems.measures')!, '一是加强培训；二是完善制度').value as string[];
    const text = paragraphText(SAMPLE_REPORT, '5.measures', { problems: { measures } });
    expect(text).toBe('2025年，一是加强培训；二是完善制度。');
    expect(enumerate(['一是加强培训；', '二是 完善制度', '第三，严格考核', '首先，压实责任'])).toBe('一是加强培训；二是完善制度；三是严格考核；四是压实责任。');
  });
});

describe('信息处理费', () => {
  const fees = (year: number, feeApplications: number | null, feeAmountYuan: number | null) =>
    paragraphText(year >= 2021 ? zeroReport('2021', year) : zeroReport('2019', year), '6.fees', { other: { feeApplications, feeAmountYuan } })!;

  it('reads correctly for every combination of count and amount', () => {
    expect(fees(2024, null, null)).toBe('依据《政府信息公开信息处理费管理办法》（国办函〔2020〕109号），2024年本机关未收取信息处理费。');
    expect(fees(2024, 0, 0)).toBe(fees(2024, null, null));
    expect(fees(2024, 2, 150)).toBe('依据《政府信息公开信息处理费管理办法》（国办函〔2020〕109号），2024年对2件政府信息公开申请收取信息处理费，共计150元。');
    for (const [count, yuan] of [
      [2, null],
      [2, 0],
      [null, 150],
      [0, 150],
    ]) {
      const text = fees(2024, count, yuan);
      expect(text).not.toMatch(/对0件|共计0元/);
      expect(text).toMatch(/【请填写收取信息处理费(?:的申请件数|金额)】/);
      if (count) expect(text).toContain(`对${count}件`);
      if (yuan) expect(text).toContain(`共计${yuan}元`);
    }
  });

  it('does not cite 国办函〔2020〕109号 before it took effect (1 January 2021)', () => {
    for (const year of [2019, 2020]) {
      expect(fees(year, null, null)).toBe(`${year}年本机关依申请提供政府信息，未收取任何费用。`);
      expect(fees(year, 2, 150)).toBe(`${year}年对2件政府信息公开申请收取信息处理费，共计150元。`);
      expect(fees(year, null, 150)).not.toMatch(/109号|对0件/);
    }
    // Section 六 still states the fees.
    const data = zeroReport('2019', 2020);
    const report = asReport(data);
    expect(checkText({ data, ...report }).filter((f) => f.rule === 'X-4')).toEqual([]);
  });
});

describe('主动公开 channels', () => {
  it('states the channels as their own sentence when no total is given, without making one up', () => {
    const text = paragraphText(SAMPLE_REPORT, '1.active', { active: { website: 120, newMedia: 30 } })!;
    expect(text).toContain('全年通过政府网站主动公开政府信息120条，通过政务新媒体发布30条。');
    expect(text).not.toContain('150');
    expect(paragraphText(SAMPLE_REPORT, '1.active', { active: { totalItems: 200, website: 120, other: 5 } })).toContain(
      '全年主动公开政府信息200条，其中通过政府网站发布120条，通过其他渠道发布5条。',
    );
  });
});

describe('cells that are blank or not numbers', () => {
  it('writes no number and no zero case from them, but a placeholder the clerk will notice', () => {
    const text122 = narrativeText(generateNarrative(zeroReport('2021', 2024, { 'applications.newReceived.total': '122件' })));
    expect(text122).not.toContain('未收到政府信息公开申请');
    expect(text122).toContain('【表三数据不完整：请先补全表三后重新生成本段】');
    // Table 四 is complete: its sentence is still written.
    expect(text122).toContain('未发生因政府信息公开引起的行政复议和行政诉讼。');

    const blank = (id: string, format: '2021' | '2019' = '2021') => narrativeText(generateNarrative(zeroReport(format, format === '2021' ? 2024 : 2020, { [id]: null })));
    expect(blank('applications.withheld.thirdParty.total')).toContain('【表三数据不完整');
    expect(blank('review.total')).toMatch(/【表四数据不完整：请先补全表四后重新生成本段】/);
    expect(blank('review.total')).not.toContain('未发生因政府信息公开引起的行政复议');
    expect(blank('litigationDirect.pending')).toContain('【表四数据不完整');
    expect(blank('active.normativeDocuments.issued')).toContain('【表二数据不完整：请先补全表二后重新生成本段】');
    expect(blank('active.normativeDocuments.issued')).not.toContain('未制发');
    expect(blank('active.licensing.decisions')).toContain('【表二数据不完整');
    expect(blank('active2019.regulations.made', '2019')).toContain('【表二数据不完整');
    expect(blank('active2019.regulations.made', '2019')).not.toContain('未新制作');
    expect(blank('applications.other.total', '2019')).toContain('【表三数据不完整');
  });

  it('states no total that a workbook computed by skipping text: 「117件」 under a SUM is not 5 applications', () => {
    // The workbook as read: 新收 of natural persons typed as text, its SUM total showing the rest.
    const data = { ...SAMPLE_REPORT, cells: { ...SAMPLE_REPORT.cells, 'applications.newReceived.naturalPerson': '117件', 'applications.newReceived.total': 5 } };
    const text = narrativeText(generateNarrative(data));
    expect(text).not.toMatch(/新收政府信息公开申请5件|收到政府信息公开申请5件/);
    expect(text).toContain('【表三数据不完整：请先补全表三后重新生成本段】');
  });

  it('writes very large numbers in plain digits', () => {
    const text = paragraphText(zeroReport('2021', 2024, { 'applications.newReceived.total': 1e21, 'applications.total.total': 1e21 }), '1.applications')!;
    expect(text).toContain('新收政府信息公开申请1000000000000000000000件');
    expect(text).not.toMatch(/e\+/);
    expect(amount(1e21)).toBe('1000000000000000000000');
    expect(paragraphText(SAMPLE_REPORT, '1.active', { active: { totalItems: 2e21 } })).toContain('2000000000000000000000条');
  });
});

describe('2019 format: 规章 and 规范性文件', () => {
  it('counts 规章 made in the year', () => {
    const made = (regulations: number, documents: number) =>
      paragraphText(zeroReport('2019', 2020, { 'active2019.regulations.made': regulations, 'active2019.normativeDocuments.made': documents }), '1.management')!;
    expect(made(2, 0)).toMatch(/^本年度新制作规章2件。/);
    expect(made(2, 0)).not.toContain('未新制作');
    expect(made(2, 3)).toMatch(/^本年度新制作规章2件和规范性文件3件。/);
    expect(made(0, 3)).toMatch(/^本年度新制作规范性文件3件。/);
    expect(made(0, 0)).toMatch(/^本年度未新制作规章和规范性文件。/);
  });
});

describe('the clerk’s paragraphs whose input is empty', () => {
  const own: ClerkParagraphs = { '5.fixes': '上年度问题已全部整改到位。', '6.innovation': '本年度开设政策问答专栏。', '6.other': '无其他需要报告的事项。' };

  it('are kept in their place, with their headings, numbered with the others', () => {
    const sections = generateNarrative(SAMPLE_REPORT, { other: { proposals: '承办建议3件，均已公开办理结果。' } }, own);
    const [, five, six] = sections;
    expect(five.paragraphs.map((p) => [p.id, p.heading, p.source])).toEqual([
      ['5.fixes', '（一）上年度问题整改情况', 'clerk'],
      ['5.problems', '（二）存在的主要问题', 'generated'],
      ['5.measures', '（三）改进措施', 'generated'],
    ]);
    expect(six.paragraphs.map((p) => [p.id, p.heading, p.source])).toEqual([
      ['6.fees', '（一）收取信息处理费情况', 'generated'],
      ['6.proposals', '（二）人大代表建议和政协提案办理结果公开情况', 'generated'],
      ['6.innovation', '（三）年度政务公开工作创新情况', 'clerk'],
      ['6.other', '（四）其他需要报告的事项', 'clerk'],
    ]);
    expect(six.paragraphs.find((p) => p.id === '6.innovation')!.text).toBe(own['6.innovation']);
    const { text, sections: parts } = asReport(SAMPLE_REPORT, narrativeText(sections));
    expect(checkText({ data: SAMPLE_REPORT, sections: parts, text }).filter((f) => f.rule === 'E-1')).toEqual([]);
  });

  it('stay the clerk’s when the 报告正文 sheet is read back and generated again', () => {
    const plan = buildReportSheetPlan(buildReportDocument(SAMPLE_REPORT, {}, own));
    const grid: unknown[][] = [];
    for (const cell of plan.cells) if (cell.value !== undefined && cell.value !== null) (grid[cell.row] ??= [])[cell.col] = cell.value;
    for (let r = 0; r < grid.length; r++) grid[r] ??= [];
    const { clerkParagraphs } = reportSheetState({ values: grid });
    expect(clerkParagraphs).toEqual(own);
    const again = generateNarrative(SAMPLE_REPORT, {}, clerkParagraphs).flatMap((s) => s.paragraphs);
    for (const [id, text] of Object.entries(own)) expect(again.find((p) => p.id === id)).toMatchObject({ text, source: 'clerk' });
  });

  it('are left out when empty', () => {
    const six = generateNarrative(SAMPLE_REPORT, {}, { '6.innovation': '  ' })[2];
    expect(six.paragraphs.map((p) => p.id)).toEqual(['6.fees']);
  });
});

describe('gaps: where the report is thin', () => {
  const gapsOf = (data: ReportData, inputs: NarrativeInputs = {}, clerkParagraphs: ClerkParagraphs = {}) =>
    narrativeGaps(generateNarrative(data, inputs, clerkParagraphs)).map((g) => `${g.id} ${g.kind} ${g.keys.join(',')}`);

  it('are none for complete inputs, and one for every general statement or customary paragraph left out', () => {
    expect(gapsOf(SAMPLE_REPORT, SAMPLE_INPUTS)).toEqual([]);
    expect(gapsOf(zeroReport('2021', 2024))).toEqual([
      '1.active generic active.totalItems,active.interpretations,active.responses,active.keyAreas',
      '1.management generic managementMeasures',
      '1.platforms generic platforms',
      '1.supervision generic supervision.staff,supervision.trainings',
      '5.fixes omitted problems.lastYearFixes',
      '5.problems generic problems.current',
      '5.measures generic problems.measures',
      '6.keyPoints omitted other.keyPoints',
      '6.proposals omitted other.proposals',
    ]);
  });

  it('follow the text: a gap exactly where a general statement stands in for an input', () => {
    const activeKeys = ['totalItems', 'website', 'newMedia', 'other', 'gazetteIssues', 'interpretations', 'responses', 'keyAreas'].map((k) => `active.${k}`);
    const cases: [cleared: string[], key: string, value: string | number | string[], id: string, shown: string][] = [
      [activeKeys, 'active.interpretations', 12, '1.active', '发布政策解读12篇'],
      [['managementMeasures'], 'managementMeasures', '开展文件清理。', '1.management', '开展文件清理。'],
      [['platforms'], 'platforms', '优化网站栏目。', '1.platforms', '优化网站栏目。'],
      [['supervision.staff', 'supervision.trainings'], 'supervision.trainings', 2, '1.supervision', '组织政务公开业务培训2次'],
      [['problems.current'], 'problems.current', ['专栏更新不及时'], '5.problems', '专栏更新不及时'],
      [['problems.measures'], 'problems.measures', ['加强培训'], '5.measures', '加强培训'],
    ];
    for (const agency of ['示例县人民政府办公室', '某某街道办事处', '某某市教育局']) {
      const data = { ...SAMPLE_REPORT, agency };
      for (const [cleared, key, value, id, shown] of cases) {
        const empty = cleared.reduce((inputs, k) => setInput(inputs, k, null), SAMPLE_INPUTS);
        const general = paragraphText(data, id, empty)!;
        expect(general).not.toContain(shown);
        expect(narrativeGaps(generateNarrative(data, empty)).map((g) => g.id)).toEqual([id]);
        const filled = setInput(empty, key, value);
        expect(paragraphText(data, id, filled)).toContain(shown);
        expect(narrativeGaps(generateNarrative(data, filled))).toEqual([]);
      }
    }
  });

  it('written for want of inputs, vary between agencies, so that neighbouring reports differ', () => {
    for (const id of ['1.active', '1.management', '1.platforms', '1.supervision', '5.problems', '5.measures']) {
      const texts = new Set(Array.from({ length: 12 }, (_, i) => paragraphText({ ...SAMPLE_REPORT, agency: `第${i + 1}街道办事处` }, id)));
      expect({ id, wordings: Math.min(texts.size, 2) }).toEqual({ id, wordings: 2 });
    }
  });

  it('are not reported for a paragraph the clerk wrote', () => {
    const own: ClerkParagraphs = { '5.problems': '本年度专栏更新不够及时。', '5.fixes': '上年度问题已整改。' };
    const ids = narrativeGaps(generateNarrative(zeroReport('2021', 2024), {}, own)).map((g) => g.id);
    expect(ids).not.toContain('5.problems');
    expect(ids).not.toContain('5.fixes');
    expect(ids).toContain('5.measures');
  });

  it('ask a 人民政府, not its departments, for 工作考核、社会评议和责任追究结果', () => {
    const inputs = setInput(setInput(SAMPLE_INPUTS, 'supervision.assessments', null), 'supervision.accountability', null);
    const government = { ...SAMPLE_REPORT, agency: '示例县人民政府' };
    const gaps = narrativeGaps(generateNarrative(government, inputs));
    expect(gaps.map((g) => [g.id, g.kind, g.keys])).toEqual([['1.supervision', 'required', ['supervision.assessments', 'supervision.accountability']]]);
    expect(gapMessage(gaps[0])).toBe(
      '一、总体情况 · 监督保障：人民政府的年度报告应写明工作考核、社会评议和责任追究结果。请在正文素材中填写“工作考核和社会评议”、“责任追究结果”。',
    );
    for (const agency of ['示例县人民政府办公室', '示例县教育局', '某某街道办事处']) {
      expect(narrativeGaps(generateNarrative({ ...SAMPLE_REPORT, agency }, inputs))).toEqual([]);
    }
  });

  it('name the section, the paragraph and the fields in Chinese', () => {
    const [first] = narrativeGaps(generateNarrative(zeroReport('2021', 2024)));
    expect(gapMessage(first)).toBe(
      '一、总体情况 · 主动公开：只有通用表述。在正文素材中填写“主动公开政府信息总数”、“发布政策解读”、“回应社会关切”、“重点领域信息公开”后重新生成，正文会写明具体情况。',
    );
    for (const gap of narrativeGaps(generateNarrative(zeroReport('2019', 2020)))) {
      for (const key of gap.keys) expect(INPUT_FIELD_BY_KEY.has(key)).toBe(true);
    }
  });
});

describe('正文素材 that do not fit together', () => {
  it('warn of a channel above the total, and of a 信息处理费 without its count or amount', () => {
    expect(inputConsistency(SAMPLE_INPUTS)).toEqual([]);
    // The report says 「其中」: channels that add up to more than the total are warned of too (N-1).
    expect(inputConsistency({ active: { totalItems: 100, website: 90, newMedia: 80 } }).map((d) => d.key)).toEqual(['active.totalItems']);
    expect(inputConsistency({ active: { totalItems: 100, website: 60, newMedia: 40 } })).toEqual([]);
    expect(inputConsistency({ active: { totalItems: 10, website: 50 }, other: { feeApplications: 2 } })).toEqual([
      { key: 'active.website', keys: ['active.website', 'active.totalItems'], message: '“其中：政府网站”为 50 条，大于“主动公开政府信息总数” 10 条。' },
      { key: 'other.feeAmountYuan', keys: ['other.feeAmountYuan', 'other.feeApplications'], message: '收取信息处理费的申请为 2 件，请填写收取的金额（元）。' },
    ]);
    expect(inputConsistency({ other: { feeAmountYuan: 30 } }).map((d) => d.key)).toEqual(['other.feeApplications']);
    expect(inputConsistency({ active: { website: 50 }, other: { feeApplications: 0, feeAmountYuan: 0 } })).toEqual([]);
  });
});
