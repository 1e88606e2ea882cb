import { numberAt, sumAt, type CellData, type ReportData } from '../cells';
import { amount, plainNumber } from '../chinese';
import type { NarrativeInputs, NarrativeSection } from './generate';
import { statableCells } from './paragraphs';

/**
 * 同比: sentences that compare this year's figures with last year's, appended to the paragraphs the
 * figures belong to. Only figures known in both years are compared; a zero base gets 「上年为0」 and
 * no percentage, a small base (fewer than SMALL_BASE) the difference alone, since 「增长200%」 on
 * 1 → 3 misleads. Percentages are the difference over last year's figure, one decimal, half up.
 */

/** Last year's report: its tables, and its 正文素材 when it is a workbook (figures not in the tables). */
export interface PreviousYear {
  data: ReportData;
  inputs?: NarrativeInputs;
}

/** Below this base a percentage misleads; the difference alone is stated. */
export const SMALL_BASE = 10;

export interface Comparison {
  /** What is compared, as the sentence names it: 「新收申请」. */
  label: string;
  unit: string;
  now: number;
  before: number;
}

/** Deterministic choice, as the generator's own (same hash, other keys). */
function pick<T>(options: T[], key: string): T {
  let h = 2166136261;
  for (const ch of key) h = Math.imul(h ^ ch.codePointAt(0)!, 16777619) >>> 0;
  return options[h % options.length];
}

const shown = (v: number, unit: string) => (unit === '万元' || unit === '元' ? amount(v) : plainNumber(v));

/** The percentage change, one decimal, half up, computed on integers where the figures are whole. */
export function percentChange(now: number, before: number): string {
  const tenths = Math.round((Math.abs(now - before) * 1000) / before + 1e-9);
  return `${Math.floor(tenths / 10)}.${tenths % 10}`;
}

/** One figure's clause: 「新收申请122件，较上年增加15件，增长14.0%」. */
export function comparisonClause(c: Comparison, than: string): string {
  const head = `${c.label}${shown(c.now, c.unit)}${c.unit}`;
  const diff = c.now - c.before;
  if (diff === 0) return `${head}，与上年持平`;
  const verb = diff > 0 ? '增加' : '减少';
  const change = `${than}${verb}${shown(Math.abs(diff), c.unit)}${c.unit}`;
  if (c.before === 0) return `${head}，${change}（上年为0）`;
  if (c.before < SMALL_BASE) return `${head}，${change}`;
  return `${head}，${change}，${diff > 0 ? '增长' : '下降'}${percentChange(c.now, c.before)}%`;
}

/** A share's change in percentage points: 「予以公开的申请占已办结的36.1%，较上年提高6.1个百分点」. */
function shareClause(label: string, now: [number, number], before: [number, number], than: string): string {
  const tenths = (part: number, whole: number) => Math.round((part * 1000) / whole + 1e-9);
  const [a, b] = [tenths(...now), tenths(...before)];
  const pct = (t: number) => `${Math.floor(t / 10)}.${t % 10}%`;
  if (a === b) return `${label}${pct(a)}，与上年持平`;
  const points = Math.abs(a - b);
  return `${label}${pct(a)}，${than}${a > b ? '提高' : '降低'}${Math.floor(points / 10)}.${points % 10}个百分点`;
}

type Figure = [label: string, unit: string, value: (c: CellData, inputs: NarrativeInputs) => number | null];

const input = (v: number | null | undefined) => (typeof v === 'number' ? v : null);

/** The figures compared, by the paragraph they are appended to; each read the same way in both years. */
const FIGURES: Record<string, Figure[]> = {
  '1.active': [
    ['主动公开政府信息', '条', (_, i) => input(i.active?.totalItems)],
    ['通过政府网站发布', '条', (_, i) => input(i.active?.website)],
    ['通过政务新媒体发布', '条', (_, i) => input(i.active?.newMedia)],
  ],
  '1.applications': [
    ['新收申请', '件', (c) => numberAt(c, 'applications.newReceived.total')],
    ['办结申请', '件', (c) => numberAt(c, 'applications.total.total')],
    ['行政复议', '件', (c) => numberAt(c, 'review.total')],
    ['行政诉讼', '件', (c) => sumAt(c, ['litigationDirect.total', 'litigationAfterReview.total'])],
  ],
  '1.management': [
    ['制发行政规范性文件', '件', (c) => numberAt(c, 'active.normativeDocuments.issued')],
    ['现行有效行政规范性文件', '件', (c) => numberAt(c, 'active.normativeDocuments.inForce')],
    ['行政事业性收费', '万元', (c) => numberAt(c, 'active.fees.amount')],
  ],
  '6.fees': [['收取信息处理费', '元', (_, i) => input(i.other?.feeAmountYuan)]],
};

/** 予以公开 over 办结: the share of applications answered with full disclosure. */
function disclosedShare(c: CellData): [number, number] | null {
  const [part, whole] = [numberAt(c, 'applications.disclosed.total'), numberAt(c, 'applications.total.total')];
  return part !== null && whole ? [part, whole] : null;
}

/** The 同比 sentence of one paragraph, or null when no figure is known in both years. */
export function yearOnYearSentence(id: string, report: ReportData, inputs: NarrativeInputs, previous: PreviousYear, seed: string): string | null {
  // Figures the text may state this year (no total that skipped a blank cell); last year's as read.
  const now = statableCells(report);
  const before = previous.data.cells;
  const than = pick(['较上年', '比上年'], `${seed}|yoy-than|${id}`);
  const clauses: string[] = [];
  for (const [label, unit, value] of FIGURES[id] ?? []) {
    const [a, b] = [value(now, inputs), value(before, previous.inputs ?? {})];
    // Unknown in either year, or nothing in both: nothing to compare.
    if (a === null || b === null || (a === 0 && b === 0)) continue;
    clauses.push(comparisonClause({ label, unit, now: a, before: b }, than));
  }
  if (id === '1.applications') {
    const [a, b] = [disclosedShare(now), disclosedShare(before)];
    if (a && b) clauses.splice(2, 0, shareClause('予以公开的占办结总数的', a, b, than));
  }
  if (!clauses.length) return null;
  const lead = pick(['从同比情况看，', '从年度对比看，', '对照上年数据，'], `${seed}|yoy-lead|${id}`);
  return `${lead}${clauses.join('；')}。`;
}

/**
 * The sections with each paragraph's 同比 sentence appended. A paragraph the clerk rewrote keeps the
 * clerk's text; its generated text gets the sentence, so it is still told apart as an edit. Last
 * year's report of another year than report − 1 gives no comparison.
 */
export function withYearOnYear(sections: NarrativeSection[], report: ReportData, inputs: NarrativeInputs, previous?: PreviousYear): NarrativeSection[] {
  if (!previous || report.year === null) return sections;
  if (previous.data.year !== null && previous.data.year !== report.year - 1) return sections;
  const seed = `${report.agency?.trim() || '本机关'}|${report.year}`;
  return sections.map((section) => ({
    ...section,
    paragraphs: section.paragraphs.map((p) => {
      const sentence = yearOnYearSentence(p.id, report, inputs, previous, seed);
      if (!sentence) return p;
      if (p.source === 'clerk') return p.generated ? { ...p, generated: `${p.generated}${sentence}` } : p;
      return { ...p, text: `${p.text}${sentence}` };
    }),
  }));
}
