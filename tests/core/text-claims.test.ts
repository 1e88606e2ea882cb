import * as fs from 'fs';
import * as path from 'path';
import { buildReportDocument, checkText, importReportText, reportPlainText, SAMPLE_REPORT, type ReportData, type TextFinding } from '../../src/core';
import { loadCorpus, loadSeeds, SEEDS_DIR } from '../support/seeds';

/**
 * The text rules on real text: the claims real reports make (X-7, X-8, E-6, with their wordings), and
 * hard-wrapped text (PDF and OCR break sentences anywhere) read as the paragraphs it was.
 */
function findings(text: string, data: Partial<ReportData> = {}): TextFinding[] {
  const imported = importReportText(text);
  return checkText({ data: { ...SAMPLE_REPORT, ...data }, sections: imported.sections, text });
}

/** A report whose 总体情况, 五 or 六 holds the sentence. */
function reportWith(sentence: string, section: 1 | 5 | 6 = 1): string {
  const parts: Record<number, string> = {
    1: '本年度主动公开、依申请公开、政府信息管理、平台建设、监督保障各项工作有序开展。',
    5: '存在的问题是公开质量有待提高。',
    6: '本年度未收取信息处理费。',
  };
  parts[section] = `${parts[section]}${sentence}`;
  return [
    '某某县人民政府2024年政府信息公开工作年度报告',
    '一、总体情况',
    parts[1],
    '二、主动公开政府信息情况',
    '三、收到和处理政府信息公开申请情况',
    '四、政府信息公开行政复议、行政诉讼情况',
    '五、存在的主要问题及改进情况',
    parts[5],
    '六、其他需要报告的事项',
    parts[6],
  ].join('\n');
}

const carried = (n: number): Partial<ReportData> => ({ cells: { ...SAMPLE_REPORT.cells, 'applications.carriedForward.total': n } });
const rules = (list: TextFinding[], id: string) => list.filter((f) => f.rule === id);

describe('X-7: 「均已办结」 while applications are carried into next year', () => {
  const claims = [
    '全年共受理申请17件，所有申请均已按要求办理完成。',
    '全年共受理政府信息公开申请21件，均已办结。',
    '本年度收到的申请已全部办理完毕。',
    '区政府办代表区政府受理政府信息公开申请17件，均已在法定期限内予以答复。',
    '依申请公开事项均已按时办结，群众满意度较高。',
  ];
  it.each(claims)('flags 「%s」 when 结转下年度 is 7', (sentence) => {
    const found = rules(findings(reportWith(sentence), carried(7)), 'X-7');
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({ severity: 'warning', cells: ['applications.carriedForward.total'], line: 3 });
    expect(found[0].message).toContain('结转下年度继续办理”为 7 件');
  });

  it.each(claims)('passes 「%s」 when nothing is carried forward', (sentence) => {
    expect(rules(findings(reportWith(sentence), carried(0)), 'X-7')).toEqual([]);
  });

  it.each([
    '均在法定期限内答复。', // when, not that every one was answered
    '尚未全部办结的2件结转下年度继续办理。',
    '全部办结。', // X-3 says this one already
    '申请办理工作不断规范，没有办结的申请结转下年度。',
  ])('does not take 「%s」 for the claim', (sentence) => {
    expect(rules(findings(reportWith(sentence), carried(7)), 'X-7')).toEqual([]);
  });
});

describe('X-8: plans dated the report year itself', () => {
  it.each([
    ['针对存在问题，2024 年我们将切实抓好以下工作：一是扎实推进依申请公开工作。', '2024 年我们将'],
    ['2024年，我局将进一步加强政务公开工作。', '2024年，我局将'],
    ['下一步，我们将在2024年持续深化政务公开。', '下一步，我们将在2024年'],
    ['2024年度工作计划：加强培训。', '2024年度工作计划'],
  ])('flags 「%s」 in a 2024 report', (sentence, quote) => {
    const found = rules(findings(reportWith(sentence, 5)), 'X-8');
    expect(found).toEqual([expect.objectContaining({ severity: 'warning', quote })]);
    expect(found[0].message).toContain('应是 2025 年的打算');
  });

  it.each([
    '针对存在问题，2025 年我们将切实抓好以下工作。',
    '2024 年，全区政府信息公开工作虽取得一定成绩，但对照上级要求仍存在一些不足。',
    '下一步，将切实抓好以下工作。',
  ])('passes 「%s」', (sentence) => {
    expect(rules(findings(reportWith(sentence, 5)), 'X-8')).toEqual([]);
  });

  it('cannot judge a report without a year, and says nothing', () => {
    expect(rules(findings(reportWith('2024年，我局将进一步加强工作。', 5), { year: null }), 'X-8')).toEqual([]);
  });
});

describe('E-6: a doubled character', () => {
  it.each([
    ['在我县县政府的统一领导下，政务公开工作有序推进。', '我县县政府', '县'],
    ['本区区政府门户网站全年发布信息3659条。', '本区区政府', '区'],
    ['进一步提高政务公开的的质量。', '的的', '的'],
  ])('flags 「%s」', (sentence, quote, doubled) => {
    expect(rules(findings(reportWith(sentence)), 'E-6')).toEqual([expect.objectContaining({ quote, message: `字词重复：“${quote}”，多了一个“${doubled}”。` })]);
  });

  it.each(['我市市委、市政府高度重视政务公开工作。', '全县县直部门均设立了政务公开专栏。', '常常开展业务培训，人人参与。'])('passes 「%s」', (sentence) => {
    expect(rules(findings(reportWith(sentence)), 'E-6')).toEqual([]);
  });
});

// ------------------------------------------------------------------------------ hard-wrapped text

const width = (s: string) => [...s].reduce((n, c) => n + (c.charCodeAt(0) > 0x2e80 ? 2 : 1), 0);

/**
 * Text as a PDF prints it: every paragraph broken into lines of the page's width (its first line
 * indented), page numbers and form feeds between pages, wherever they fall, inside sentences and
 * quotations too. Table rows and headings stay whole.
 */
function hardWrap(text: string, columns = 56): string {
  const out: string[] = [];
  for (const paragraph of text.split('\n')) {
    if (/[\t|]/.test(paragraph) || width(paragraph) <= columns) {
      out.push(paragraph);
      continue;
    }
    let line = '   ';
    for (const ch of paragraph.trim()) {
      if (width(line + ch) > columns) {
        out.push(line);
        line = '';
      }
      line += ch;
    }
    out.push(line);
  }
  // A page break every 30 lines.
  return out.flatMap((l, i) => (i > 0 && i % 30 === 0 ? ['', `                    - ${i / 30} -`, `\f${l}`] : [l])).join('\n');
}

/** What a finding says, without where: the two texts number their lines differently. */
const said = (f: TextFinding) => `${f.rule} ${f.severity} ${f.quote ?? ''} ${f.message.replace(/第 [\d、 等]+ 行/g, '第 N 行')}`;

describe('text rules on hard-wrapped text', () => {
  const texts: [string, string, Partial<ReportData>][] = [
    ...loadSeeds().map((s) => [s.name, fs.readFileSync(path.join(SEEDS_DIR, s.file), 'utf8'), { year: s.year, format: s.format, cells: s.cells }] as [string, string, Partial<ReportData>]),
    ['the generated sample', reportPlainText(buildReportDocument(SAMPLE_REPORT)), {}],
  ];

  it.each(texts)('%s: the same findings as on its paragraphs, each at the line its paragraph starts on', (_name, text, data) => {
    const wrapped = hardWrap(text);
    expect(wrapped.split('\n').length).toBeGreaterThan(text.split('\n').length);
    const joined = findings(text, data);
    const broken = findings(wrapped, data);
    expect(broken.map(said).sort()).toEqual(joined.map(said).sort());
    // Each finding points at a line of the wrapped text that starts the same paragraph it found.
    const start = (t: string, line?: number) => (line === undefined ? '' : t.split('\n')[line - 1].replace(/^[\s\f]+/, '').slice(0, 6));
    for (const [a, b] of joined.map((f, i) => [f, broken.find((g) => said(g) === said(f)) ?? broken[i]] as const)) {
      if (a.line !== undefined && !/\t|\|/.test(text.split('\n')[a.line - 1])) expect(start(wrapped, b.line)).toBe(start(text, a.line));
    }
  });

  it('finds no unbalanced quotation marks in a real PDF’s text whose quotations are broken across lines and pages', () => {
    for (const corpus of loadCorpus()) {
      const quotes = findings(corpus.text, { year: corpus.expected.year, cells: corpus.expected.cells }).filter((f) => f.rule === 'E-3');
      expect({ report: corpus.name, quotes }).toEqual({ report: corpus.name, quotes: [] });
    }
  });

  it('reads a claim broken over two lines', () => {
    const corpus = loadCorpus().find((c) => c.name.startsWith('02'))!;
    const x3 = findings(corpus.text, { year: 2024, cells: corpus.expected.cells }).filter((f) => f.rule === 'X-3');
    expect(x3).toEqual([expect.objectContaining({ quote: '受理政府信息公开申请 17 件', line: 22 })]);
  });
});
