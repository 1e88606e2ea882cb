import { sumAt, type CellData, type ReportData } from '../cells';
import { getFormat, RESULT_GROUPS, resultGroupTotals, type FormatVersion } from '../format';
import { getInput } from '../inputs/fields';
import type { NarrativeInputs } from '../inputs/types';
import { inputCellId } from '../layout/inputs';

/**
 * The report's charts as data, derived from the format: which figures each shows, as sums of cell
 * IDs (table cells, or `inputs.<key>` fields of 正文素材), so that every edge binds them to the same
 * cells — native charts over formulas in Excel, pictures from the CLI, the .docx figures. A value
 * is either such a sum or a constant (last year's figures, kept as numbers in the workbook).
 */
export type ChartTerm = { cells: string[] } | { value: number | null };

export interface ChartDefinition {
  id: 'applicants' | 'results' | 'channels' | 'appeals' | 'yoy';
  title: string;
  /** The report section it illustrates: 二 主动公开, 三 依申请公开, 四 复议诉讼. */
  section: 2 | 3 | 4;
  kind: 'pie' | 'bar';
  /** Heading of the category column on the 图表 sheet. */
  categoryHeading: string;
  categories: string[];
  /** One value per category in each series. */
  series: { name: string; values: ChartTerm[] }[];
}

export interface ChartOptions {
  /** 正文素材: the 发布渠道 chart is made when one of its fields is given. */
  inputs?: NarrativeInputs;
  /** This year, for the comparison with last year. */
  year?: number | null;
  /** Last year's report (the 上年报告 kept in the workbook, or `--prev`): the comparison chart. */
  previous?: ReportData | null;
}

const OUTCOMES: [label: string, key: string][] = [
  ['结果维持', 'upheld'],
  ['结果纠正', 'corrected'],
  ['其他结果', 'other'],
  ['尚未审结', 'pending'],
];

const CHANNELS: [label: string, key: string][] = [
  ['政府网站', 'active.website'],
  ['政务新媒体', 'active.newMedia'],
  ['其他渠道', 'active.other'],
];

/** The figures compared with last year, each a sum of cells. */
const YEAR_FIGURES: [label: string, cells: string[]][] = [
  ['新收申请', ['applications.newReceived.total']],
  ['办结申请', ['applications.total.total']],
  ['行政复议', ['review.total']],
  ['行政诉讼', ['litigationDirect.total', 'litigationAfterReview.total']],
];

const cells = (...ids: string[]): ChartTerm => ({ cells: ids });

export function chartDefinitions(format: FormatVersion, options: ChartOptions = {}): ChartDefinition[] {
  const compiled = getFormat(format);
  const defs: ChartDefinition[] = [];

  if (CHANNELS.some(([, key]) => typeof getInput(options.inputs ?? {}, key) === 'number')) {
    defs.push({
      id: 'channels',
      title: '主动公开信息发布渠道（条）',
      section: 2,
      kind: 'pie',
      categoryHeading: '发布渠道',
      categories: CHANNELS.map(([label]) => label),
      series: [{ name: '发布条数', values: CHANNELS.map(([, key]) => cells(inputCellId(key))) }],
    });
  }

  const applicants = compiled.cells.filter((c) => c.id.startsWith('applications.newReceived.') && !c.sumOf);
  defs.push({
    id: 'applicants',
    title: '新收申请的申请人构成（件）',
    section: 3,
    kind: 'pie',
    categoryHeading: '申请人',
    categories: applicants.map((c) => c.columnLabel),
    series: [{ name: '新收申请', values: applicants.map((c) => cells(c.id)) }],
  });

  defs.push({
    id: 'results',
    title: '申请办理结果构成（件）',
    section: 3,
    kind: 'pie',
    categoryHeading: '办理结果',
    categories: RESULT_GROUPS.map(([label]) => label),
    series: [{ name: '办理结果', values: RESULT_GROUPS.map(([, group]) => cells(...resultGroupTotals(format, group))) }],
  });

  defs.push({
    id: 'appeals',
    title: '行政复议、行政诉讼结果（件）',
    section: 4,
    kind: 'bar',
    categoryHeading: '结果',
    categories: OUTCOMES.map(([label]) => label),
    series: [
      { name: '行政复议', values: OUTCOMES.map(([, o]) => cells(`review.${o}`)) },
      { name: '行政诉讼', values: OUTCOMES.map(([, o]) => cells(`litigationDirect.${o}`, `litigationAfterReview.${o}`)) },
    ],
  });

  const { year, previous } = options;
  if (previous && typeof year === 'number' && (previous.year === null || previous.year === year - 1)) {
    const known = YEAR_FIGURES.filter(([, ids]) => sumAt(previous.cells, ids) !== null);
    if (known.length) {
      defs.push({
        id: 'yoy',
        title: `${year}年与${year - 1}年对比（件）`,
        section: 4,
        kind: 'bar',
        categoryHeading: '项目',
        categories: known.map(([label]) => label),
        series: [
          { name: `${year - 1}年`, values: known.map(([, ids]) => ({ value: sumAt(previous.cells, ids) })) },
          { name: `${year}年`, values: known.map(([, ids]) => cells(...ids)) },
        ],
      });
    }
  }
  return defs;
}

/** A term's value from the report's cells and 正文素材 (a blank channel counts as 0, as its cell does in a sum). */
export function termValue(term: ChartTerm, c: CellData, inputs: NarrativeInputs = {}): number | null {
  if ('value' in term) return term.value;
  let total = 0;
  for (const id of term.cells) {
    if (id.startsWith('inputs.')) {
      const v = getInput(inputs, id.slice('inputs.'.length));
      total += typeof v === 'number' ? v : 0;
      continue;
    }
    const v = c[id];
    if (typeof v !== 'number') return null;
    total += v;
  }
  return total;
}
