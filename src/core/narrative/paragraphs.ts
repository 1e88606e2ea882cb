import type { CellData, CellValue, ReportData } from '../cells';
import { amount, joinList, plainNumber, statisticsPeriod } from '../chinese';
import { balanceTotals, getFormat, RESULT_GROUPS, resultGroupTotals } from '../format';
import type { NarrativeInputs } from '../inputs/types';

/**
 * The paragraphs of the narrative, each from the inputs and the tables (generate.ts puts them in
 * order, numbers them and keeps the clerk's own). Counts come from the table cells as statable numbers.
 */

/** A table cell as a count: a number, or 0 where the sentence is left out anyway. */
const countOf = (v: CellValue | undefined): number => (typeof v === 'number' ? v : 0);

/** Whether every one of the cells holds a number: a blank or text cell (「122件」) is not read as 0. */
const numeric = (c: CellData, ids: string[]): boolean => ids.every((id) => typeof c[id] === 'number');

/**
 * What stands where a sentence would need a table cell that is blank or not a number: no number and
 * no zero case is stated, and the clerk sees what to do.
 */
const incomplete = (table: '二' | '三' | '四'): string => `【表${table}数据不完整：请先补全表${table}后重新生成本段】`;


/** Deterministic choice among phrasings, from agency, year and paragraph. */
export function pick<T>(options: T[], key: string): T {
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

/**
 * A 人民政府 (county, city, township), whose 监督保障 must cover 工作考核、社会评议和责任追究结果; its
 * departments and offices (「…人民政府办公室」) end otherwise.
 */
export function isPeoplesGovernment(agency: string): boolean {
  return /人民政府$/.test(agency.trim());
}

/**
 * What is written where the clerk gave nothing: general statements, each in a few wordings so that
 * neighbouring offices' reports do not read alike. The gaps (InputGap) tell the clerk they are there.
 */
export const GENERAL = {
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

export function introduction(agency: string, year: number, seed: string): string {
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
export function activeClauses(inputs: NarrativeInputs): string[] {
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
    const list = channels.map(([where, v]) => `通过${where}发布${plainNumber(v)}条`);
    parts.push(`全年主动公开政府信息${plainNumber(a.totalItems)}条${list.length ? `，其中${list.join('，')}` : ''}。`);
  } else if (channels.length) {
    // Without the total, the channels are stated as they are; no total is made up from them.
    parts.push(`全年${channels.map(([where, v], i) => `通过${where}${i === 0 ? '主动公开政府信息' : '发布'}${plainNumber(v)}条`).join('，')}。`);
  }
  if (a.gazetteIssues) parts.push(`编辑发布政府公报${plainNumber(a.gazetteIssues)}期。`);
  const engagement = [a.interpretations ? `发布政策解读${plainNumber(a.interpretations)}篇` : '', a.responses ? `回应社会关切${plainNumber(a.responses)}次` : ''].filter(Boolean);
  if (engagement.length) parts.push(`${engagement.join('，')}。`);
  // 「…、生态环境等」 or 「…等领域」 as typed would read 「等等领域」.
  const areas = a.keyAreas?.trim().replace(/[。；，、\s]+$/, '').replace(/等(领域)?$/, '');
  if (areas) parts.push(`重点做好${areas}等领域信息公开。`);
  return parts;
}

export function activeParagraph(inputs: NarrativeInputs, c: CellData, format: ReportData['format'], seed: string): string {
  const parts = activeClauses(inputs);
  const fromInputs = parts.length;
  // 处理决定 of 行政许可, 处罚 and 强制: the format's cells for them are data of its spec.
  const kinds = getFormat(format).narrative.decisions.map(({ cell, label }) => [cell, label] as const);
  if (!numeric(c, kinds.map(([id]) => id))) {
    parts.push(incomplete('二'));
  } else {
    const decisions = kinds.filter(([id]) => countOf(c[id])).map(([id, label]) => `${label}${plainNumber(countOf(c[id]))}件`);
    if (decisions.length) parts.push(`按规定公开${joinList(decisions)}的处理决定信息。`);
  }
  // Without the clerk's figures, the paragraph opens with a general statement.
  return (fromInputs ? parts : [pick(GENERAL.active, `${seed}|active`), ...parts]).join('');
}

export function applicationsParagraph(c: CellData, format: ReportData['format'], seed: string, remarks?: string): string {
  const parts: string[] = [];
  const balance = balanceTotals(getFormat(format))!;
  const totals = [balance.received, balance.carriedOver, balance.resolved, balance.carriedForward];
  const results = RESULT_GROUPS.map(([label, group]) => [label, resultGroupTotals(format, group)] as const);
  if (!numeric(c, [...totals, ...results.flatMap(([, ids]) => ids)])) {
    parts.push(incomplete('三'));
  } else {
    const [received, carried, handled, forward] = totals.map((id) => countOf(c[id]));
    if (received === 0 && carried === 0) {
      parts.push('本年度未收到政府信息公开申请，无上年结转申请。');
    } else {
      const lead = pick(['本年度新收', '全年共新收', '本年度共新收'], `${seed}|applications`);
      parts.push(received ? `${lead}政府信息公开申请${plainNumber(received)}件${carried ? `，上年结转${plainNumber(carried)}件` : ''}。` : `本年度未新收政府信息公开申请，上年结转${plainNumber(carried)}件。`);
      const stated = results
        .map(([label, ids]) => [label, ids.reduce((t, id) => t + countOf(c[id]), 0)] as const)
        .filter(([, v]) => v > 0)
        .map(([label, v]) => `${label}${plainNumber(v)}件`);
      const done = handled ? `已办结${plainNumber(handled)}件${stated.length ? `，其中${stated.join('、')}` : ''}` : '本年度尚无办结的申请';
      parts.push(`${done}${forward ? `；结转下年度继续办理${plainNumber(forward)}件` : ''}。`);
    }
  }
  const groups = ['review', 'litigationDirect', 'litigationAfterReview'];
  const outcomes = ['upheld', 'corrected', 'other', 'pending'];
  if (!numeric(c, groups.flatMap((g) => [`${g}.total`, ...outcomes.map((o) => `${g}.${o}`)]))) {
    parts.push(incomplete('四'));
  } else {
    const reviews = countOf(c['review.total']);
    const suits = countOf(c['litigationDirect.total']) + countOf(c['litigationAfterReview.total']);
    if (reviews === 0 && suits === 0) {
      parts.push('未发生因政府信息公开引起的行政复议和行政诉讼。');
    } else {
      // 「（结果维持1件，尚未审结1件）」; nothing in brackets when no outcome is filled in (a table error).
      const outcome = (prefixes: string[]) => {
        const sum = (col: string) => prefixes.reduce((t, p) => t + countOf(c[`${p}.${col}`]), 0);
        const stated = [
          sum('upheld') ? `结果维持${plainNumber(sum('upheld'))}件` : '',
          sum('corrected') ? `结果纠正${plainNumber(sum('corrected'))}件` : '',
          sum('other') ? `其他结果${plainNumber(sum('other'))}件` : '',
          sum('pending') ? `尚未审结${plainNumber(sum('pending'))}件` : '',
        ].filter(Boolean);
        return stated.length ? `（${stated.join('，')}）` : '';
      };
      const clauses = [
        reviews ? `因政府信息公开被申请行政复议${plainNumber(reviews)}件${outcome(['review'])}` : '',
        suits ? `被提起行政诉讼${plainNumber(suits)}件${outcome(['litigationDirect', 'litigationAfterReview'])}` : '',
      ].filter(Boolean);
      parts.push(`${clauses.join('；')}。`);
    }
  }
  if (remarks?.trim()) parts.push(remarks.trim());
  return parts.join('');
}

export function managementParagraph(c: CellData, format: ReportData['format'], seed: string, measures?: string): string {
  const parts: string[] = [];
  const documents = getFormat(format).narrative.documents;
  if (documents.kind === 'stock') {
    // 制发, 废止 and 现行有效 of each kind of document (2021).
    if (!numeric(c, documents.rows.flatMap((row) => [row.issued, row.repealed, row.inForce]))) {
      parts.push(incomplete('二'));
    } else {
      const doc = (row: (typeof documents.rows)[number]) => {
        const [issued, repealed, inForce] = [row.issued, row.repealed, row.inForce].map((id) => countOf(c[id]));
        if (!issued && !repealed && !inForce) return '';
        const clauses = [
          issued ? `制发${row.label}${plainNumber(issued)}件` : `未制发${row.label}`,
          repealed ? `废止${plainNumber(repealed)}件` : '',
          inForce ? `现行有效${plainNumber(inForce)}件` : '无现行有效文件',
        ].filter(Boolean);
        return clauses.join('，');
      };
      const docs = documents.rows.map(doc).filter(Boolean);
      parts.push(docs.length ? `本年度${docs.join('；')}。` : `本年度未制发${documents.rows.map((row) => row.label).join('和')}。`);
    }
  } else {
    // 本年新制作数量 of each kind of document (2019).
    const ids = documents.rows.map((row) => row.made);
    if (!numeric(c, ids)) {
      parts.push(incomplete('二'));
    } else {
      const made = documents.rows.map((row) => (countOf(c[row.made]) ? `${row.label}${plainNumber(countOf(c[row.made]))}件` : '')).filter(Boolean);
      parts.push(made.length ? `本年度新制作${joinList(made)}。` : `本年度未新制作${documents.rows.map((row) => row.label).join('和')}。`);
    }
  }
  parts.push(measures?.trim() || pick(GENERAL.management, `${seed}|management`));
  return parts.join('');
}

export function platformsParagraph(inputs: NarrativeInputs, seed: string): string {
  // 政府公报 issues are stated once, under 主动公开.
  return inputs.platforms?.trim() || pick(GENERAL.platforms, `${seed}|platforms`);
}

export function supervisionParagraph(inputs: NarrativeInputs, seed: string): string {
  const s = inputs.supervision ?? {};
  const parts = [
    s.staff ? `配备政务公开工作人员${plainNumber(s.staff)}名` : '',
    s.trainings ? `组织政务公开业务培训${plainNumber(s.trainings)}次` : '',
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
export function feeParagraph(year: number, other: NonNullable<NarrativeInputs['other']>): string {
  const count = typeof other.feeApplications === 'number' && other.feeApplications > 0 ? other.feeApplications : null;
  const yuan = typeof other.feeAmountYuan === 'number' && other.feeAmountYuan > 0 ? other.feeAmountYuan : null;
  const basis = year >= FEE_RULES_FROM ? '依据《政府信息公开信息处理费管理办法》（国办函〔2020〕109号），' : '';
  if (count === null && yuan === null) {
    return year >= FEE_RULES_FROM ? `${basis}${year}年本机关未收取信息处理费。` : `${year}年本机关依申请提供政府信息，未收取任何费用。`;
  }
  const applications = count === null ? '【请填写收取信息处理费的申请件数】' : plainNumber(count);
  const total = yuan === null ? '【请填写收取信息处理费金额】' : amount(yuan);
  return `${basis}${year}年对${applications}件政府信息公开申请收取信息处理费，共计${total}元。`;
}

