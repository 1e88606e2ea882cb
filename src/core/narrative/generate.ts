import type { ReportData } from '../cells';
import { getFormat } from '../format';
import { bracketOrdinal, enumerate } from '../chinese';
import {
  activeClauses,
  activeParagraph,
  applicationsParagraph,
  feeParagraph,
  GENERAL,
  introduction,
  isPeoplesGovernment,
  managementParagraph,
  pick,
  platformsParagraph,
  statableCells,
  supervisionParagraph,
} from './paragraphs';
import type { NarrativeInputs } from '../inputs/types';

/**
 * The narrative generator: sections 一, 五 and 六 from structured inputs and the tables, in formal
 * register. Every number about applications, reviews and documents comes from the tables, so the
 * text cannot disagree with them; zero cases are phrased as such and all-zero clauses left out. It
 * writes no year but the report year, the year before (整改) and the year after (plans). Phrasings
 * vary by agency and year, deterministically, so that neighbouring offices' reports differ.
 */

export type { NarrativeInputs };

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
export type ClerkParagraphs = Record<string, string>;

export function generateNarrative(report: ReportData, inputs: NarrativeInputs = {}, clerkParagraphs: ClerkParagraphs = {}): NarrativeSection[] {
  const year = report.year;
  if (year === null) throw new Error('generateNarrative: the report year is needed');
  const agency = report.agency?.trim() || '本机关';
  const seed = `${agency}|${year}`;
  const c = statableCells(report);
  const sectionTitle = (number: number) => getFormat(report.format).sections.find((s) => s.number === number)!.title;
  const paragraph = (id: string, text: string, heading?: string): Paragraph =>
    // A blank override is no override: an emptied paragraph is generated again, never printed empty.
    clerkParagraphs[id]?.trim() ? { id, heading, text: clerkParagraphs[id], source: 'clerk', generated: text } : { id, heading, text, source: 'generated' };
  /**
   * A section's paragraphs in order, numbered （一）（二）… over those present. A paragraph without
   * generated text (null: its input is empty) is left out, unless the clerk wrote it: the clerk's
   * text is kept in its place, with an empty generated text so that it stays recognisable as an edit.
   */
  const numbered = (entries: [id: string, heading: string, text: string | null][]): Paragraph[] => {
    const out: Paragraph[] = [];
    for (const [id, title, text] of entries) {
      const heading = `${bracketOrdinal(out.length + 1)}${title}`;
      const own = clerkParagraphs[id];
      if (text !== null) out.push(paragraph(id, text, heading));
      else if (own?.trim()) out.push({ id, heading, text: own, source: 'clerk', generated: '' });
    }
    return out;
  };

  // Gaps of paragraphs the clerk wrote are not the generator's to report.
  const gaps: Record<1 | 5 | 6, InputGap[]> = { 1: [], 5: [], 6: [] };
  const gap = (section: 1 | 5 | 6, id: string, title: string, kind: InputGap['kind'], keys: string[]) => {
    if (keys.length && !clerkParagraphs[id]?.trim()) gaps[section].push({ id, section: sectionTitle(section), title, kind, keys });
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
    { number: 1, title: sectionTitle(1), paragraphs: one, gaps: gaps[1] },
    { number: 5, title: sectionTitle(5), paragraphs: five, gaps: gaps[5] },
    { number: 6, title: sectionTitle(6), paragraphs: six, gaps: gaps[6] },
  ];
}

/** The generated sections as plain text, headings included, in report order. */
export function narrativeText(sections: NarrativeSection[]): string {
  return sections
    .map((s) => [s.title, ...s.paragraphs.map((p) => (p.heading ? `${p.heading}\n${p.text}` : p.text))].join('\n'))
    .join('\n');
}
