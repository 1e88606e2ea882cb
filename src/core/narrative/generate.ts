import type { CellData, CellValue, ReportData } from '../cells';
import { getFormat } from '../format';
import { amount, bracketOrdinal, enumerate, joinList, plainNumber, statisticsPeriod } from './chinese';

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
  /** Where the section says less than it should: the inputs that would make it specific. */
  gaps: InputGap[];
}

/**
 * Evaluations criticise reports whose sections are boilerplate or leave out what is customarily
 * reported. The generator writes a general statement where an input is empty; a gap says so.
 * - generic: the paragraph is a general statement (e.g. 存在的主要问题 without the clerk's problems);
 * - omitted: a customary paragraph is left out (e.g. 上年度问题整改情况);
 * - required: the format asks for it of this agency (a 人民政府's 工作考核、社会评议和责任追究结果).
 */
export interface InputGap {
  /** The paragraph's ID, e.g. 「5.problems」. */
  id: string;
  /** The section's title, e.g. 「五、存在的主要问题及改进情况」. */
  section: string;
  /** The paragraph's heading, unnumbered (numbers shift as paragraphs come and go): 「存在的主要问题」. */
  title: string;
  kind: 'generic' | 'omitted' | 'required';
  /** Input field keys (INPUT_FIELDS) that fill the gap. */
  keys: string[];
}

/** The clerk's replacements by paragraph ID: kept as written, never regenerated. */
export type Overrides = Record<string, string>;

const n = (v: CellValue | undefined): number => (typeof v === 'number' ? v : 0);

/** Whether every one of the cells holds a number: a blank or text cell (「122件」) is not read as 0. */
const numeric = (c: CellData, ids: string[]): boolean => ids.every((id) => typeof c[id] === 'number');

/**
 * What stands where a sentence would need a table cell that is blank or not a number: no number and
 * no zero case is stated, and the clerk sees what to do.
 */
const incomplete = (table: '二' | '三' | '四'): string => `【表${table}数据不完整：请先补全表${table}后重新生成本段】`;

/** A count in running text: plain digits, however large. */
const num = plainNumber;

/** Deterministic choice among phrasings, from agency, year and paragraph. */
function pick<T>(options: T[], key: string): T {
  let h = 2166136261;
  for (const ch of key) h = Math.imul(h ^ ch.codePointAt(0)!, 16777619) >>> 0;
  return options[h % options.length];
}

/**
 * The cells as numbers the text may state: a total that adds up a blank or text cell, directly or
 * through another total, is left out (null). In a workbook such a total is a formula that skipped
 * 「117件」 and shows 5: stating it would put a wrong number in the report.
 */
export function statableCells(report: ReportData): CellData {
  const format = getFormat(report.format);
  const out: CellData = { ...report.cells };
  const known = new Map<string, boolean>();
  const complete = (id: string): boolean => {
    if (known.has(id)) return known.get(id)!;
    const parts = format.cellById.get(id)?.sumOf;
    const ok = typeof report.cells[id] === 'number' && (!parts || parts.every(complete));
    known.set(id, ok);
    return ok;
  };
  for (const cell of format.cells) if (cell.sumOf && !complete(cell.id)) out[cell.id] = null;
  return out;
}

export function generateNarrative(report: ReportData, inputs: NarrativeInputs = {}, overrides: Overrides = {}): NarrativeSection[] {
  const year = report.year;
  if (year === null) throw new Error('generateNarrative: the report year is needed');
  const agency = report.agency?.trim() || '本机关';
  const seed = `${agency}|${year}`;
  const c = statableCells(report);
  const paragraph = (id: string, text: string, heading?: string): Paragraph =>
    // A blank override is no override: an emptied paragraph is generated again, never printed empty.
    overrides[id]?.trim() ? { id, heading, text: overrides[id], source: 'clerk', generated: text } : { id, heading, text, source: 'generated' };
  /**
   * A section's paragraphs in order, numbered （一）（二）… over those present. A paragraph without
   * generated text (null: its input is empty) is left out, unless the clerk wrote it: the clerk's
   * text is kept in its place, with an empty generated text so that it stays recognisable as an edit.
   */
  const numbered = (entries: [id: string, heading: string, text: string | null][]): Paragraph[] => {
    const out: Paragraph[] = [];
    for (const [id, title, text] of entries) {
      const heading = `${bracketOrdinal(out.length + 1)}${title}`;
      const own = overrides[id];
      if (text !== null) out.push(paragraph(id, text, heading));
      else if (own?.trim()) out.push({ id, heading, text: own, source: 'clerk', generated: '' });
    }
    return out;
  };

  // Gaps of paragraphs the clerk wrote are not the generator's to report.
  const gaps: Record<1 | 5 | 6, InputGap[]> = { 1: [], 5: [], 6: [] };
  const gap = (section: 1 | 5 | 6, id: string, title: string, kind: InputGap['kind'], keys: string[]) => {
    if (keys.length && !overrides[id]?.trim()) gaps[section].push({ id, section: SECTION_TITLES[section], title, kind, keys });
  };
  const filled = (v: unknown) => (typeof v === 'string' ? v.trim() !== '' : typeof v === 'number' ? v > 0 : Array.isArray(v) && v.length > 0);

  const supervision = inputs.supervision ?? {};
  if (activeClauses(inputs).length === 0) gap(1, '1.active', '主动公开', 'generic', ['active.totalItems', 'active.interpretations', 'active.responses', 'active.keyAreas']);
  if (!filled(inputs.managementMeasures)) gap(1, '1.management', '政府信息管理', 'generic', ['managementMeasures']);
  if (!filled(inputs.platforms)) gap(1, '1.platforms', '政府信息公开平台建设', 'generic', ['platforms']);
  if (!filled(supervision.staff) && !filled(supervision.trainings)) gap(1, '1.supervision', '监督保障', 'generic', ['supervision.staff', 'supervision.trainings']);
  if (isPeoplesGovernment(agency)) {
    const keys = (['assessments', 'accountability'] as const).filter((k) => !filled(supervision[k])).map((k) => `supervision.${k}`);
    gap(1, '1.supervision', '监督保障', 'required', keys);
  }

  const one: Paragraph[] = [
    paragraph('1.intro', introduction(agency, year, seed)),
    paragraph('1.active', activeParagraph(inputs, c, report.format, seed), `${bracketOrdinal(1)}主动公开`),
    paragraph('1.applications', applicationsParagraph(c, report.format, seed, inputs.applicationRemarks), `${bracketOrdinal(2)}依申请公开`),
    paragraph('1.management', managementParagraph(c, report.format, seed, inputs.managementMeasures), `${bracketOrdinal(3)}政府信息管理`),
    paragraph('1.platforms', platformsParagraph(inputs, seed), `${bracketOrdinal(4)}政府信息公开平台建设`),
    paragraph('1.supervision', supervisionParagraph(inputs, seed), `${bracketOrdinal(5)}监督保障`),
  ];

  const problems = inputs.problems ?? {};
  const fixes = enumerate(problems.lastYearFixes ?? []);
  if (!fixes) gap(5, '5.fixes', '上年度问题整改情况', 'omitted', ['problems.lastYearFixes']);
  if (!filled(problems.current)) gap(5, '5.problems', '存在的主要问题', 'generic', ['problems.current']);
  if (!filled(problems.measures)) gap(5, '5.measures', '改进措施', 'generic', ['problems.measures']);
  const five = numbered([
    ['5.fixes', '上年度问题整改情况', fixes ? `对${year - 1}年度报告所列问题逐项整改：${fixes}` : null],
    ['5.problems', '存在的主要问题', enumerate(problems.current ?? []) || pick(GENERAL.problems, `${seed}|problems`)],
    ['5.measures', '改进措施', `${year + 1}年，${enumerate(problems.measures ?? []) || pick(GENERAL.measures, `${seed}|measures`)}`],
  ]);

  const other = inputs.other ?? {};
  const text = (v: unknown) => (typeof v === 'string' && v.trim() ? v.trim() : null);
  if (!filled(other.keyPoints)) gap(6, '6.keyPoints', '落实上级年度政务公开工作要点情况', 'omitted', ['other.keyPoints']);
  if (!filled(other.proposals)) gap(6, '6.proposals', '人大代表建议和政协提案办理结果公开情况', 'omitted', ['other.proposals']);
  const six = numbered([
    ['6.fees', '收取信息处理费情况', feeParagraph(year, other)],
    ['6.keyPoints', '落实上级年度政务公开工作要点情况', text(other.keyPoints)],
    ['6.proposals', '人大代表建议和政协提案办理结果公开情况', text(other.proposals)],
    ['6.innovation', '年度政务公开工作创新情况', text(other.innovation)],
    ['6.statistics', '数据统计需要说明的事项', text(other.statistics)],
    ['6.other', '其他需要报告的事项', text(other.other)],
  ]);

  return [
    { number: 1, title: SECTION_TITLES[1], paragraphs: one, gaps: gaps[1] },
    { number: 5, title: SECTION_TITLES[5], paragraphs: five, gaps: gaps[5] },
    { number: 6, title: SECTION_TITLES[6], paragraphs: six, gaps: gaps[6] },
  ];
}

const SECTION_TITLES = { 1: '一、总体情况', 5: '五、存在的主要问题及改进情况', 6: '六、其他需要报告的事项' } as const;

/**
 * A 人民政府 (county, city, township), whose 监督保障 must cover 工作考核、社会评议和责任追究结果; its
 * departments and offices (「…人民政府办公室」) end otherwise.
 */
function isPeoplesGovernment(agency: string): boolean {
  return /人民政府$/.test(agency.trim());
}

/**
 * What is written where the clerk gave nothing: general statements, each in a few wordings so that
 * neighbouring offices' reports do not read alike. The gaps (InputGap) tell the clerk they are there.
 */
const GENERAL = {
  active: [
    '严格按照《中华人民共和国政府信息公开条例》规定的范围主动公开政府信息，做到应公开尽公开。',
    '依照《中华人民共和国政府信息公开条例》规定的主动公开范围，及时、准确发布政府信息，推进决策、执行、管理、服务、结果公开。',
    '聚焦群众关切，依法依规做好政府信息主动公开工作，保障人民群众的知情权。',
  ],
  management: [
    '严格落实政府信息公开审查制度，规范信息发布流程，及时清理、更新已公开信息。',
    '落实公文公开属性源头认定和发布前审查，加强已公开政府信息的动态更新和清理。',
    '健全政府信息公开审查机制，规范公开流程，做好已公开政府信息的管理和维护。',
  ],
  platforms: [
    '加强政府网站和政务新媒体建设管理，优化政务公开专栏设置，方便公众获取政府信息。',
    '以政府网站为政府信息公开第一平台，统筹政务新媒体等渠道发布信息，持续优化政务公开专栏。',
    '加强政府信息公开平台规范化建设，及时更新政务公开专栏内容，拓宽公众获取信息的渠道。',
  ],
  supervision: ['落实政府信息公开审查、发布和监督考核制度', '明确工作职责，加强政务公开日常监督检查', '完善政务公开工作制度，确保各项工作落到实处'],
  problems: [
    '对照政务公开工作要求，本年度工作仍有提升空间，公开质量和实效有待进一步提高。',
    '对照上级政务公开工作要求和群众期盼，政府信息公开的深度和广度还需进一步拓展。',
    '与新形势新要求相比，政务公开工作仍有差距，公开内容的针对性和实效性有待增强。',
  ],
  measures: [
    '将进一步加强政务公开工作，持续提升公开质量和实效。',
    '将持续深化政务公开，进一步规范公开内容和程序，提升政务公开标准化规范化水平。',
    '将围绕群众关切，进一步拓展公开的深度和广度，不断提升政务公开工作实效。',
  ],
};

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

/** The 主动公开 sentences made from the clerk's figures; none when every one of them is empty. */
function activeClauses(inputs: NarrativeInputs): string[] {
  const a = inputs.active ?? {};
  const parts: string[] = [];
  const channels = (
    [
      ['政府网站', a.website],
      ['政务新媒体', a.newMedia],
      ['其他渠道', a.other],
    ] as [string, number | null | undefined][]
  ).filter((entry): entry is [string, number] => typeof entry[1] === 'number' && entry[1] > 0);
  if (a.totalItems) {
    const list = channels.map(([where, v]) => `通过${where}发布${num(v)}条`);
    parts.push(`全年主动公开政府信息${num(a.totalItems)}条${list.length ? `，其中${list.join('，')}` : ''}。`);
  } else if (channels.length) {
    // Without the total, the channels are stated as they are; no total is made up from them.
    parts.push(`全年${channels.map(([where, v], i) => `通过${where}${i === 0 ? '主动公开政府信息' : '发布'}${num(v)}条`).join('，')}。`);
  }
  if (a.gazetteIssues) parts.push(`编辑发布政府公报${num(a.gazetteIssues)}期。`);
  const engagement = [a.interpretations ? `发布政策解读${num(a.interpretations)}篇` : '', a.responses ? `回应社会关切${num(a.responses)}次` : ''].filter(Boolean);
  if (engagement.length) parts.push(`${engagement.join('，')}。`);
  // 「…、生态环境等」 or 「…等领域」 as typed would read 「等等领域」.
  const areas = a.keyAreas?.trim().replace(/[。；，、\s]+$/, '').replace(/等(领域)?$/, '');
  if (areas) parts.push(`重点做好${areas}等领域信息公开。`);
  return parts;
}

function activeParagraph(inputs: NarrativeInputs, c: CellData, format: ReportData['format'], seed: string): string {
  const parts = activeClauses(inputs);
  const fromInputs = parts.length;
  // 处理决定 of 行政许可, 处罚 and 强制, in both formats (2019 writes them as 处理决定数量 too).
  const prefix = format === '2021' ? 'active' : 'active2019';
  const kinds = [
    ['licensing', '行政许可'],
    ['penalty', '行政处罚'],
    ['coercion', '行政强制'],
  ].map(([row, label]) => [`${prefix}.${row}.decisions`, label] as const);
  if (!numeric(c, kinds.map(([id]) => id))) {
    parts.push(incomplete('二'));
  } else {
    const decisions = kinds.filter(([id]) => n(c[id])).map(([id, label]) => `${label}${num(n(c[id]))}件`);
    if (decisions.length) parts.push(`按规定公开${joinList(decisions)}的处理决定信息。`);
  }
  // Without the clerk's figures, the paragraph opens with a general statement.
  return (fromInputs ? parts : [pick(GENERAL.active, `${seed}|active`), ...parts]).join('');
}

/** The rows of table 三's results, each summed over its reasons (e.g. all 不予公开 reasons). */
const RESULT_ROWS: [label: string, group: string][] = [
  ['予以公开', 'disclosed'],
  ['部分公开', 'partiallyDisclosed'],
  ['不予公开', 'withheld'],
  ['无法提供', 'unavailable'],
  ['不予处理', 'notProcessed'],
  ['其他处理', 'other'],
];

/** The total-column cells of a group of result rows: the row's own, or those of its reasons. */
function rowTotals(format: ReportData['format'], group: string): string[] {
  const prefix = `applications.${group}.`;
  const own = `${prefix}total`;
  const ids = getFormat(format).cells.map((cell) => cell.id);
  if (ids.includes(own)) return [own];
  return ids.filter((id) => id.startsWith(prefix) && id.endsWith('.total'));
}

function applicationsParagraph(c: CellData, format: ReportData['format'], seed: string, remarks?: string): string {
  const parts: string[] = [];
  const totals = ['newReceived', 'carriedOver', 'total', 'carriedForward'].map((row) => `applications.${row}.total`);
  const results = RESULT_ROWS.map(([label, group]) => [label, rowTotals(format, group)] as const);
  if (!numeric(c, [...totals, ...results.flatMap(([, ids]) => ids)])) {
    parts.push(incomplete('三'));
  } else {
    const [received, carried, handled, forward] = totals.map((id) => n(c[id]));
    if (received === 0 && carried === 0) {
      parts.push('本年度未收到政府信息公开申请，无上年结转申请。');
    } else {
      const lead = pick(['本年度新收', '全年共新收', '本年度共新收'], `${seed}|applications`);
      parts.push(received ? `${lead}政府信息公开申请${num(received)}件${carried ? `，上年结转${num(carried)}件` : ''}。` : `本年度未新收政府信息公开申请，上年结转${num(carried)}件。`);
      const stated = results
        .map(([label, ids]) => [label, ids.reduce((t, id) => t + n(c[id]), 0)] as const)
        .filter(([, v]) => v > 0)
        .map(([label, v]) => `${label}${num(v)}件`);
      const done = handled ? `已办结${num(handled)}件${stated.length ? `，其中${stated.join('、')}` : ''}` : '本年度尚无办结的申请';
      parts.push(`${done}${forward ? `；结转下年度继续办理${num(forward)}件` : ''}。`);
    }
  }
  const groups = ['review', 'litigationDirect', 'litigationAfterReview'];
  const outcomes = ['upheld', 'corrected', 'other', 'pending'];
  if (!numeric(c, groups.flatMap((g) => [`${g}.total`, ...outcomes.map((o) => `${g}.${o}`)]))) {
    parts.push(incomplete('四'));
  } else {
    const reviews = n(c['review.total']);
    const suits = n(c['litigationDirect.total']) + n(c['litigationAfterReview.total']);
    if (reviews === 0 && suits === 0) {
      parts.push('未发生因政府信息公开引起的行政复议和行政诉讼。');
    } else {
      // 「（结果维持1件，尚未审结1件）」; nothing in brackets when no outcome is filled in (a table error).
      const outcome = (prefixes: string[]) => {
        const sum = (col: string) => prefixes.reduce((t, p) => t + n(c[`${p}.${col}`]), 0);
        const stated = [
          sum('upheld') ? `结果维持${num(sum('upheld'))}件` : '',
          sum('corrected') ? `结果纠正${num(sum('corrected'))}件` : '',
          sum('other') ? `其他结果${num(sum('other'))}件` : '',
          sum('pending') ? `尚未审结${num(sum('pending'))}件` : '',
        ].filter(Boolean);
        return stated.length ? `（${stated.join('，')}）` : '';
      };
      const clauses = [
        reviews ? `因政府信息公开被申请行政复议${num(reviews)}件${outcome(['review'])}` : '',
        suits ? `被提起行政诉讼${num(suits)}件${outcome(['litigationDirect', 'litigationAfterReview'])}` : '',
      ].filter(Boolean);
      parts.push(`${clauses.join('；')}。`);
    }
  }
  if (remarks?.trim()) parts.push(remarks.trim());
  return parts.join('');
}

function managementParagraph(c: CellData, format: ReportData['format'], seed: string, measures?: string): string {
  const parts: string[] = [];
  const rows = ['regulations', 'normativeDocuments'];
  if (format === '2021') {
    const columns = ['issued', 'repealed', 'inForce'];
    if (!numeric(c, rows.flatMap((row) => columns.map((col) => `active.${row}.${col}`)))) {
      parts.push(incomplete('二'));
    } else {
      const doc = (row: string, label: string) => {
        const [issued, repealed, inForce] = columns.map((col) => n(c[`active.${row}.${col}`]));
        if (!issued && !repealed && !inForce) return '';
        const clauses = [
          issued ? `制发${label}${num(issued)}件` : `未制发${label}`,
          repealed ? `废止${num(repealed)}件` : '',
          inForce ? `现行有效${num(inForce)}件` : '无现行有效文件',
        ].filter(Boolean);
        return clauses.join('，');
      };
      const docs = [doc('regulations', '规章'), doc('normativeDocuments', '行政规范性文件')].filter(Boolean);
      parts.push(docs.length ? `本年度${docs.join('；')}。` : '本年度未制发规章和行政规范性文件。');
    }
  } else {
    // 2019 format: 本年新制作数量 of 规章 and of 规范性文件.
    const ids = rows.map((row) => `active2019.${row}.made`);
    if (!numeric(c, ids)) {
      parts.push(incomplete('二'));
    } else {
      const [regulations, documents] = ids.map((id) => n(c[id]));
      const made = [regulations ? `规章${num(regulations)}件` : '', documents ? `规范性文件${num(documents)}件` : ''].filter(Boolean);
      parts.push(made.length ? `本年度新制作${joinList(made)}。` : '本年度未新制作规章和规范性文件。');
    }
  }
  parts.push(measures?.trim() || pick(GENERAL.management, `${seed}|management`));
  return parts.join('');
}

function platformsParagraph(inputs: NarrativeInputs, seed: string): string {
  // 政府公报 issues are stated once, under 主动公开.
  return inputs.platforms?.trim() || pick(GENERAL.platforms, `${seed}|platforms`);
}

function supervisionParagraph(inputs: NarrativeInputs, seed: string): string {
  const s = inputs.supervision ?? {};
  const parts = [
    s.staff ? `配备政务公开工作人员${num(s.staff)}名` : '',
    s.trainings ? `组织政务公开业务培训${num(s.trainings)}次` : '',
  ].filter(Boolean);
  const lead = pick(['加强组织领导和工作保障', '健全政务公开工作机制', '强化监督保障'], `${seed}|supervision`);
  return [
    `${lead}，${parts.length ? parts.join('，') : pick(GENERAL.supervision, `${seed}|supervision-general`)}。`,
    s.assessments?.trim() ? `${s.assessments.trim().replace(/[。]$/, '')}。` : '',
    s.accountability?.trim() ? `${s.accountability.trim().replace(/[。]$/, '')}。` : '',
  ].join('');
}

/** 国办函〔2020〕109号 (《政府信息公开信息处理费管理办法》) took effect on 1 January 2021. */
const FEE_RULES_FROM = 2021;

/**
 * The 信息处理费 statement, which is made even when nothing was charged. A count without an amount, or
 * an amount without a count, leaves a marked gap for the clerk rather than 「0件」 or 「0元」.
 */
function feeParagraph(year: number, other: NonNullable<NarrativeInputs['other']>): string {
  const count = typeof other.feeApplications === 'number' && other.feeApplications > 0 ? other.feeApplications : null;
  const yuan = typeof other.feeAmountYuan === 'number' && other.feeAmountYuan > 0 ? other.feeAmountYuan : null;
  const basis = year >= FEE_RULES_FROM ? '依据《政府信息公开信息处理费管理办法》（国办函〔2020〕109号），' : '';
  if (count === null && yuan === null) {
    return year >= FEE_RULES_FROM ? `${basis}${year}年本机关未收取信息处理费。` : `${year}年本机关依申请提供政府信息，未收取任何费用。`;
  }
  const applications = count === null ? '【请填写收取信息处理费的申请件数】' : num(count);
  const total = yuan === null ? '【请填写收取信息处理费金额】' : amount(yuan);
  return `${basis}${year}年对${applications}件政府信息公开申请收取信息处理费，共计${total}元。`;
}

/** The generated sections as plain text, headings included, in report order. */
export function narrativeText(sections: NarrativeSection[]): string {
  return sections
    .map((s) => [s.title, ...s.paragraphs.map((p) => (p.heading ? `${p.heading}\n${p.text}` : p.text))].join('\n'))
    .join('\n');
}
