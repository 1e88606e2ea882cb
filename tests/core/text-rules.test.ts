import * as fs from 'fs';
import * as path from 'path';
import { checkAcrossYears, checkText, importReportText, SAMPLE_REPORT, textSimilarity, validateReport, type TextFinding } from '../../src/core';
import { loadSeeds, SEEDS_DIR } from '../support/seeds';

const seeds = loadSeeds();
const textOf = (file: string) => fs.readFileSync(path.join(SEEDS_DIR, file), 'utf8');

function check(text: string, previousText?: string): TextFinding[] {
  const r = importReportText(text);
  return checkText({ data: r.data, sections: r.sections, text, previousText });
}

/** Each anomaly the ground truth lists, and the rule (and words) that must report it. */
const ANOMALIES: Record<string, [string, RegExp][]> = {
  '000': [
    ['E-2', /句子重复/],
    ['E-3', /书签标记/],
    ['E-1', /（四）跳到（六），缺少（五）/],
    ['E-4', /发布2678/],
  ],
  '001': [
    ['X-0', /没有标题/],
    ['X-0', /没有写明报告年度/],
    ['X-4', /信息处理费/],
    ['X-4', /总体情况.*没有写到/],
    ['E-3', /引号不成对/],
    ['E-3', /网站页脚/],
  ],
  '002': [
    ['X-0', /没有标题/],
    ['E-3', /网页链接提示/],
  ],
  '003': [
    ['E-2', /其中，其中/],
    ['E-3', /书签标记/],
  ],
  '004': [['E-4', /标题级别不一致/]],
};

describe('text rules on the seed reports', () => {
  it.each(seeds.map((s) => [s.name, s] as const))('find the anomalies listed for %s', (name, seed) => {
    const findings = check(textOf(seed.file));
    for (const [rule, words] of ANOMALIES[name.slice(0, 3)]) {
      expect({ rule, words: String(words), found: findings.some((f) => f.rule === rule && words.test(f.message)) }).toEqual({ rule, words: String(words), found: true });
    }
    expect(findings.filter((f) => f.rule === 'X-3')).toEqual([]); // every text fact of the seeds agrees with its tables
  });

  it('raise no arithmetic error on any seed, and leave F-1 open for seed 001', () => {
    for (const seed of seeds) {
      const r = importReportText(textOf(seed.file));
      const report = validateReport({ data: r.data });
      expect(report.findings.filter((f) => /^T[34]-[1-3]$/.test(f.rule) && f.status === 'fail')).toEqual([]);
      if (seed.name.startsWith('001')) expect(report.findings.find((f) => f.rule === 'F-1')).toMatchObject({ status: 'notAssessable' });
    }
  });
});

const REPORT = (body: string) =>
  `某某县人民政府办公室2024年政府信息公开工作年度报告\n一、总体情况\n${body}\n二、主动公开政府信息情况\n三、收到和处理政府信息公开申请情况\n四、政府信息公开行政复议、行政诉讼情况\n五、存在的主要问题及改进情况\n下一步，2025年将加强培训。\n六、其他需要报告的事项\n本年度未收取信息处理费。`;

describe('text rules on constructed reports', () => {
  it('X-2 flags a year left over from an older report, not last year or next year', () => {
    const findings = check(REPORT('2022年，我办收到申请若干。2023年问题已整改。依据《条例》（2019年修订）。')).filter((f) => f.rule === 'X-2');
    expect(findings).toHaveLength(1);
    expect(findings[0].message).toContain('2022');
    expect(findings[0].line).toBe(3);
  });

  it('X-3 compares numbers in the text with the tables', () => {
    const text = REPORT('本年度共收到政府信息公开申请20件，全部予以答复。行政复议案件均获维持。');
    const r = importReportText(text);
    const data = { ...r.data, cells: { ...r.data.cells, ...SAMPLE_REPORT.cells } };
    const x3 = checkText({ data, sections: r.sections, text }).filter((f) => f.rule === 'X-3');
    expect(x3.map((f) => f.message)).toEqual([
      expect.stringContaining('收到的申请为 20 件'),
      expect.stringContaining('“均获维持”，但表四有结果纠正或尚未审结的案件'),
      expect.stringContaining('“全部予以答复”，但表三结转下年度继续办理 7 件'),
    ]);
    // 「收到N件」 may count 新收 or 新收 + 上年结转: both agree.
    for (const n of [122, 133]) {
      const ok = REPORT(`本年度共收到政府信息公开申请${n}件。`);
      const ro = importReportText(ok);
      expect(checkText({ data: { ...ro.data, cells: SAMPLE_REPORT.cells }, sections: ro.sections, text: ok }).filter((f) => f.rule === 'X-3')).toEqual([]);
    }
  });

  it('X-4 requires all six sections, in order', () => {
    const text = REPORT('略。').replace('五、存在的主要问题及改进情况', '');
    expect(check(text).filter((f) => f.rule === 'X-4').map((f) => f.message)).toContain('缺少“五、存在的主要问题及改进情况”部分。');
    // Sections 三 and 四 swapped: all there, but not in order.
    const swapped = REPORT('略。').replace('三、收到和处理政府信息公开申请情况\n四、政府信息公开行政复议、行政诉讼情况', '四、政府信息公开行政复议、行政诉讼情况\n三、收到和处理政府信息公开申请情况');
    expect(swapped).not.toBe(REPORT('略。'));
    const messages = (t: string) => check(t).filter((f) => f.rule === 'X-4' && f.status === 'fail').map((f) => f.message);
    const extra = messages(swapped).filter((m) => !messages(REPORT('略。')).includes(m));
    expect(extra.join('\n')).toMatch(/三、收到和处理政府信息公开申请情况|四、政府信息公开行政复议、行政诉讼情况/);
  });

  it('E-5 flags text left to be filled in, ours and a template’s, and nothing in the seeds', () => {
    const body = [
      '依据《政府信息公开信息处理费管理办法》，2024年对2件政府信息公开申请收取信息处理费，共计【请填写收取信息处理费金额】元。',
      '【表三数据不完整：请先补全表三后重新生成本段】',
      '全年共收到申请XX件，办理××件。',
      '开展XXX专项行动，落实ISO9001要求，办理XXL号文件。',
    ].join('\n');
    const e5 = check(REPORT(body)).filter((f) => f.rule === 'E-5');
    expect(e5.map((f) => [f.line, f.quote])).toEqual([
      [3, '【请填写收取信息处理费金额】'],
      [4, '【表三数据不完整：请先补全表三后重新生成本段】'],
      [5, 'XX'],
      [5, '××'],
    ]);
    expect(e5[0]).toMatchObject({ severity: 'error', message: '有未填写的内容“【请填写收取信息处理费金额】”，发布前应补全。' });
    for (const seed of seeds) expect(check(textOf(seed.file)).filter((f) => f.rule === 'E-5')).toEqual([]);
  });

  it('X-5 measures similarity to last year and flags above 50 %', () => {
    const body = '我办坚持以人民为中心，严格落实政务公开各项要求，不断拓宽公开渠道，提升公开质量，主动公开、依申请公开、政府信息管理、平台建设、监督保障各项工作有序推进。';
    expect(textSimilarity(body, body)).toBe(1);
    expect(check(REPORT(body), body).find((f) => f.rule === 'X-5')!.message).toMatch(/相似度为 \d+%/);
    expect(check(REPORT(body), '今年的重点是完全不同的另一套表述方式和工作内容安排。').filter((f) => f.rule === 'X-5')).toEqual([]);
  });

  it('X-5 draws the line at 50 %: last year’s text cut shorter and shorter crosses it once', () => {
    const body = '我办坚持以人民为中心，严格落实政务公开各项要求，不断拓宽公开渠道，提升公开质量，主动公开、依申请公开、政府信息管理、平台建设、监督保障各项工作有序推进。全年组织业务培训四次，覆盖各科室和下属单位。';
    const report = importReportText(REPORT(body));
    const narrative = report.sections.filter((s) => [1, 5, 6].includes(s.number)).map((s) => s.text).join('\n');
    const runs = [...Array(body.length + 1).keys()].map((k) => {
      const previous = body.slice(0, k);
      return { similarity: textSimilarity(narrative, previous), flagged: check(REPORT(body), previous).some((f) => f.rule === 'X-5') };
    });
    const below = runs.filter((r) => r.similarity <= 0.5);
    const above = runs.filter((r) => r.similarity > 0.5);
    expect(below.length).toBeGreaterThan(0);
    expect(above.length).toBeGreaterThan(0);
    // Close to the line on both sides, so that another threshold (45 %, 55 %) would be seen.
    expect(Math.max(...below.map((r) => r.similarity))).toBeGreaterThan(0.48);
    expect(Math.min(...above.map((r) => r.similarity))).toBeLessThan(0.52);
    expect(below.every((r) => !r.flagged)).toBe(true);
    expect(above.every((r) => r.flagged)).toBe(true);
  });
});

describe('cross-year rules', () => {
  /** Last year's report that this year's sample continues exactly. */
  const consistentLastYear = () => {
    const cells = { ...SAMPLE_REPORT.cells };
    for (const id of Object.keys(cells).filter((k) => k.startsWith('applications.carriedOver.'))) {
      cells[id.replace('carriedOver', 'carriedForward')] = SAMPLE_REPORT.cells[id];
    }
    const c = SAMPLE_REPORT.cells as Record<string, number>;
    cells['active.normativeDocuments.inForce'] = c['active.normativeDocuments.inForce'] - c['active.normativeDocuments.issued'] + c['active.normativeDocuments.repealed'];
    cells['active.regulations.inForce'] = c['active.regulations.inForce'] - c['active.regulations.issued'] + c['active.regulations.repealed'];
    return { ...SAMPLE_REPORT, year: 2023, cells };
  };

  it('finds nothing when this year continues last year', () => {
    expect(checkAcrossYears(SAMPLE_REPORT, consistentLastYear())).toEqual([]);
  });

  it('X-1: 上年结转 equals last year’s 结转下年度, per column', () => {
    const last = consistentLastYear();
    last.cells['applications.carriedForward.naturalPerson'] = 10;
    const findings = checkAcrossYears(SAMPLE_REPORT, last);
    expect(findings.map((f) => f.rule)).toEqual(['X-1']);
    expect(findings[0]).toMatchObject({ severity: 'error', cells: ['applications.carriedOver.naturalPerson'], suggestion: '上年结转应为 10。' });
  });

  it('T2-2 and T2-3: normative documents in force continue from last year', () => {
    const now = { ...SAMPLE_REPORT, cells: { ...SAMPLE_REPORT.cells, 'active.normativeDocuments.issued': 2, 'active.normativeDocuments.repealed': 50, 'active.normativeDocuments.inForce': 9 } };
    const findings = checkAcrossYears(now, consistentLastYear());
    expect(findings.map((f) => f.rule).sort()).toEqual(['T2-2', 'T2-3']);
    expect(findings.every((f) => f.severity === 'warning')).toBe(true);
  });
});
