import type { CellData, CellValue, ReportData } from '../cells';
import { amount, bracketOrdinal, enumerate, joinList, statisticsPeriod } from './chinese';

/**
 * The narrative generator: sections 一, 五 and 六 from structured inputs and the tables, in formal
 * register. Every number about applications, reviews and documents comes from the tables, so the
 * text cannot disagree with them; zero cases are phrased as such and all-zero clauses left out. It
 * writes no year but the report year, the year before (整改) and the year after (plans). Phrasings
 * vary by agency and year, deterministically, so that neighbouring offices' reports differ.
 */

export interface NarrativeInputs {
  /** 主动公开 figures that are not in the tables. */
  active?: {
    totalItems?: number | null;
    website?: number | null;
    newMedia?: number | null;
    gazetteIssues?: number | null;
    other?: number | null;
    interpretations?: number | null;
    responses?: number | null;
    keyAreas?: string;
  };
  applicationRemarks?: string;
  managementMeasures?: string;
  platforms?: string;
  supervision?: { staff?: number | null; trainings?: number | null; assessments?: string; accountability?: string };
  problems?: { lastYearFixes?: string[]; current?: string[]; measures?: string[] };
  other?: {
    /** Applications charged 信息处理费; 0 or blank: none charged, which must still be stated. */
    feeApplications?: number | null;
    feeAmountYuan?: number | null;
    keyPoints?: string;
    proposals?: string;
    innovation?: string;
    statistics?: string;
    other?: string;
  };
}

export interface Paragraph {
  /** Stable ID, e.g. 「1.applications」, so a clerk's own text can replace exactly this paragraph. */
  id: string;
  heading?: string;
  text: string;
  source: 'generated' | 'clerk';
  /** The generator's own text, kept beside the clerk's so a later edit can be told apart. */
  generated?: string;
}

export interface NarrativeSection {
  number: 1 | 5 | 6;
  title: string;
  paragraphs: Paragraph[];
}

/** The clerk's replacements by paragraph ID: kept as written, never regenerated. */
export type Overrides = Record<string, string>;

const n = (v: CellValue | undefined): number => (typeof v === 'number' ? v : 0);

/** Deterministic choice among phrasings, from agency, year and paragraph. */
function pick<T>(options: T[], key: string): T {
  let h = 2166136261;
  for (const ch of key) h = Math.imul(h ^ ch.codePointAt(0)!, 16777619) >>> 0;
  return options[h % options.length];
}

export function generateNarrative(report: ReportData, inputs: NarrativeInputs = {}, overrides: Overrides = {}): NarrativeSection[] {
  const year = report.year;
  if (year === null) throw new Error('generateNarrative: the report year is needed');
  const agency = report.agency?.trim() || '本机关';
  const seed = `${agency}|${year}`;
  const c = report.cells;
  const paragraph = (id: string, text: string, heading?: string): Paragraph =>
    overrides[id] !== undefined ? { id, heading, text: overrides[id], source: 'clerk', generated: text } : { id, heading, text, source: 'generated' };

  const one: Paragraph[] = [
    paragraph('1.intro', introduction(agency, year, seed)),
    paragraph('1.active', activeParagraph(year, inputs, c, report.format), `${bracketOrdinal(1)}主动公开`),
    paragraph('1.applications', applicationsParagraph(c, seed, inputs.applicationRemarks), `${bracketOrdinal(2)}依申请公开`),
    paragraph('1.management', managementParagraph(c, report.format, inputs.managementMeasures), `${bracketOrdinal(3)}政府信息管理`),
    paragraph('1.platforms', platformsParagraph(inputs), `${bracketOrdinal(4)}政府信息公开平台建设`),
    paragraph('1.supervision', supervisionParagraph(inputs, seed), `${bracketOrdinal(5)}监督保障`),
  ];

  const problems = inputs.problems ?? {};
  const five: Paragraph[] = [];
  let k = 1;
  if (problems.lastYearFixes?.length) five.push(paragraph('5.fixes', `对${year - 1}年度报告所列问题逐项整改：${enumerate(problems.lastYearFixes)}`, `${bracketOrdinal(k++)}上年度问题整改情况`));
  five.push(paragraph('5.problems', problems.current?.length ? enumerate(problems.current) : '对照政务公开工作要求，本年度工作仍有提升空间，公开质量和实效有待进一步提高。', `${bracketOrdinal(k++)}存在的主要问题`));
  five.push(
    paragraph(
      '5.measures',
      problems.measures?.length ? `${year + 1}年，${enumerate(problems.measures)}` : `${year + 1}年，将进一步加强政务公开工作，持续提升公开质量和实效。`,
      `${bracketOrdinal(k++)}改进措施`,
    ),
  );

  const other = inputs.other ?? {};
  const six: Paragraph[] = [paragraph('6.fees', feeParagraph(year, other), `${bracketOrdinal(1)}收取信息处理费情况`)];
  const optional: [keyof typeof other, string][] = [
    ['keyPoints', '落实上级年度政务公开工作要点情况'],
    ['proposals', '人大代表建议和政协提案办理结果公开情况'],
    ['innovation', '年度政务公开工作创新情况'],
    ['statistics', '数据统计需要说明的事项'],
    ['other', '其他需要报告的事项'],
  ];
  let m = 2;
  for (const [key, heading] of optional) {
    const text = other[key];
    if (typeof text === 'string' && text.trim()) six.push(paragraph(`6.${key}`, text.trim(), `${bracketOrdinal(m++)}${heading}`));
  }

  return [
    { number: 1, title: '一、总体情况', paragraphs: one },
    { number: 5, title: '五、存在的主要问题及改进情况', paragraphs: five },
    { number: 6, title: '六、其他需要报告的事项', paragraphs: six },
  ];
}

function introduction(agency: string, year: number, seed: string): string {
  const opening = pick(
    [
      `${year}年，${agency}认真贯彻落实《中华人民共和国政府信息公开条例》，按照上级政务公开工作部署，扎实推进政府信息公开工作。`,
      `${year}年，${agency}坚持以公开为常态、不公开为例外，严格执行《中华人民共和国政府信息公开条例》，持续深化政务公开。`,
      `${year}年，${agency}深入贯彻《中华人民共和国政府信息公开条例》，围绕中心工作，不断提升政府信息公开的质量和实效。`,
    ],
    `${seed}|intro`,
  );
  return `${opening}本报告所列数据的统计期限为${statisticsPeriod(year)}。`;
}

function activeParagraph(year: number, inputs: NarrativeInputs, c: CellData, format: ReportData['format']): string {
  const a = inputs.active ?? {};
  const parts: string[] = [];
  if (a.totalItems) {
    const channels = [
      a.website ? `通过政府网站发布${a.website}条` : '',
      a.newMedia ? `通过政务新媒体发布${a.newMedia}条` : '',
      a.other ? `通过其他渠道发布${a.other}条` : '',
    ].filter(Boolean);
    parts.push(`全年主动公开政府信息${a.totalItems}条${channels.length ? `，其中${channels.join('，')}` : ''}。`);
  }
  if (a.gazetteIssues) parts.push(`编辑发布政府公报${a.gazetteIssues}期。`);
  const engagement = [a.interpretations ? `发布政策解读${a.interpretations}篇` : '', a.responses ? `回应社会关切${a.responses}次` : ''].filter(Boolean);
  if (engagement.length) parts.push(`${engagement.join('，')}。`);
  if (a.keyAreas?.trim()) parts.push(`重点做好${a.keyAreas.trim().replace(/[。；]$/, '')}等领域信息公开。`);
  if (format === '2021') {
    const decisions = [
      n(c['active.licensing.decisions']) ? `行政许可${n(c['active.licensing.decisions'])}件` : '',
      n(c['active.penalty.decisions']) ? `行政处罚${n(c['active.penalty.decisions'])}件` : '',
      n(c['active.coercion.decisions']) ? `行政强制${n(c['active.coercion.decisions'])}件` : '',
    ].filter(Boolean);
    if (decisions.length) parts.push(`按规定公开${joinList(decisions)}的处理决定信息。`);
  }
  return parts.length ? parts.join('') : `${year}年，按照《中华人民共和国政府信息公开条例》规定的范围主动公开政府信息，做到应公开尽公开。`;
}

function applicationsParagraph(c: CellData, seed: string, remarks?: string): string {
  const received = n(c['applications.newReceived.total']);
  const carried = n(c['applications.carriedOver.total']);
  const handled = n(c['applications.total.total']);
  const forward = n(c['applications.carriedForward.total']);
  const parts: string[] = [];
  if (received === 0 && carried === 0) {
    parts.push('本年度未收到政府信息公开申请，无上年结转申请。');
  } else {
    const lead = pick(['本年度新收', '全年共新收', '本年度共新收'], `${seed}|applications`);
    parts.push(`${lead}政府信息公开申请${received}件${carried ? `，上年结转${carried}件` : ''}。`);
    const results = [
      ['予以公开', 'applications.disclosed.total'],
      ['部分公开', 'applications.partiallyDisclosed.total'],
      ['不予公开', 'withheld'],
      ['无法提供', 'unavailable'],
      ['不予处理', 'notProcessed'],
      ['其他处理', 'other'],
    ]
      .map(([label, key]) => [label, key.startsWith('applications.') ? n(c[key]) : sumRows(c, key)] as const)
      .filter(([, v]) => v > 0)
      .map(([label, v]) => `${label}${v}件`);
    const done = handled ? `已办结${handled}件${results.length ? `，其中${results.join('、')}` : ''}` : '本年度尚无办结的申请';
    parts.push(`${done}${forward ? `；结转下年度继续办理${forward}件` : ''}。`);
  }
  const reviews = n(c['review.total']);
  const suits = n(c['litigationDirect.total']) + n(c['litigationAfterReview.total']);
  if (reviews === 0 && suits === 0) {
    parts.push('未发生因政府信息公开引起的行政复议和行政诉讼。');
  } else {
    const outcome = (prefixes: string[]) => {
      const sum = (col: string) => prefixes.reduce((t, p) => t + n(c[`${p}.${col}`]), 0);
      return [
        sum('upheld') ? `结果维持${sum('upheld')}件` : '',
        sum('corrected') ? `结果纠正${sum('corrected')}件` : '',
        sum('other') ? `其他结果${sum('other')}件` : '',
        sum('pending') ? `尚未审结${sum('pending')}件` : '',
      ].filter(Boolean);
    };
    const clauses = [
      reviews ? `因政府信息公开被申请行政复议${reviews}件（${outcome(['review']).join('，')}）` : '',
      suits ? `被提起行政诉讼${suits}件（${outcome(['litigationDirect', 'litigationAfterReview']).join('，')}）` : '',
    ].filter(Boolean);
    parts.push(`${clauses.join('；')}。`);
  }
  if (remarks?.trim()) parts.push(remarks.trim());
  return parts.join('');
}

/** Sum of the total column over a group of result rows (e.g. all 不予公开 reasons). */
function sumRows(c: CellData, group: string): number {
  const prefix = `applications.${group}.`;
  return Object.keys(c)
    .filter((id) => (id === `applications.${group}.total` || id.startsWith(prefix)) && id.endsWith('.total'))
    .reduce((t, id) => t + n(c[id]), 0);
}

function managementParagraph(c: CellData, format: ReportData['format'], measures?: string): string {
  const parts: string[] = [];
  if (format === '2021') {
    const doc = (row: string, label: string) => {
      const [issued, repealed, inForce] = ['issued', 'repealed', 'inForce'].map((col) => n(c[`active.${row}.${col}`]));
      if (!issued && !repealed && !inForce) return '';
      const clauses = [issued ? `制发${label}${issued}件` : `未制发${label}`, repealed ? `废止${repealed}件` : '', inForce ? `现行有效${inForce}件` : '无现行有效文件'].filter(Boolean);
      return clauses.join('，');
    };
    const docs = [doc('regulations', '规章'), doc('normativeDocuments', '行政规范性文件')].filter(Boolean);
    parts.push(docs.length ? `本年度${docs.join('；')}。` : '本年度未制发规章和行政规范性文件。');
  } else {
    const made = n(c['active2019.normativeDocuments.made']);
    parts.push(made ? `本年度新制作规范性文件${made}件。` : '本年度未新制作规范性文件。');
  }
  parts.push(measures?.trim() || '严格落实政府信息公开审查制度，规范信息发布流程，及时清理、更新已公开信息。');
  return parts.join('');
}

function platformsParagraph(inputs: NarrativeInputs): string {
  // 政府公报 issues are stated once, under 主动公开.
  return inputs.platforms?.trim() || '加强政府网站和政务新媒体建设管理，优化政务公开专栏设置，方便公众获取政府信息。';
}

function supervisionParagraph(inputs: NarrativeInputs, seed: string): string {
  const s = inputs.supervision ?? {};
  const parts = [
    s.staff ? `配备政务公开工作人员${s.staff}名` : '',
    s.trainings ? `组织政务公开业务培训${s.trainings}次` : '',
  ].filter(Boolean);
  const lead = pick(['加强组织领导和工作保障', '健全政务公开工作机制', '强化监督保障'], `${seed}|supervision`);
  return [
    `${lead}${parts.length ? `，${parts.join('，')}` : '，落实政府信息公开审查、发布和监督考核制度'}。`,
    s.assessments?.trim() ? `${s.assessments.trim().replace(/[。]$/, '')}。` : '',
    s.accountability?.trim() ? `${s.accountability.trim().replace(/[。]$/, '')}。` : '',
  ].join('');
}

function feeParagraph(year: number, other: NonNullable<NarrativeInputs['other']>): string {
  const count = other.feeApplications ?? 0;
  const yuan = other.feeAmountYuan ?? 0;
  if (!count && !yuan) return `依据《政府信息公开信息处理费管理办法》（国办函〔2020〕109号），${year}年本机关未收取信息处理费。`;
  return `依据《政府信息公开信息处理费管理办法》（国办函〔2020〕109号），${year}年对${count}件政府信息公开申请收取信息处理费，共计${amount(yuan)}元。`;
}

/** The generated sections as plain text, headings included, in report order. */
export function narrativeText(sections: NarrativeSection[]): string {
  return sections
    .map((s) => [s.title, ...s.paragraphs.map((p) => (p.heading ? `${p.heading}\n${p.text}` : p.text))].join('\n'))
    .join('\n');
}
