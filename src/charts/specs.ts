import { getFormat, type CellData, type NarrativeInputs, type ReportData } from '../core';

/**
 * The report's charts as data: what each shows, from which cells, and which section of the report
 * it illustrates (it is placed at that section's end). Charts of figures not filled in, or all zero,
 * are left out: an empty pie says nothing.
 */
export interface ChartSpec {
  id: 'applicants' | 'results' | 'channels' | 'appeals' | 'yoy';
  title: string;
  /** The report section it belongs to: 二 主动公开, 三 依申请公开, 四 复议诉讼. */
  section: 2 | 3 | 4;
  kind: 'pie' | 'bar';
  categories: string[];
  series: { name: string; values: number[] }[];
}

const num = (c: CellData, id: string): number | null => (typeof c[id] === 'number' ? (c[id] as number) : null);
const sumOf = (c: CellData, ids: string[]): number | null => {
  const values = ids.map((id) => num(c, id));
  return values.every((v) => v !== null) ? values.reduce((t, v) => t! + v!, 0) : null;
};

const RESULTS: [label: string, group: string][] = [
  ['予以公开', 'disclosed'],
  ['部分公开', 'partiallyDisclosed'],
  ['不予公开', 'withheld'],
  ['无法提供', 'unavailable'],
  ['不予处理', 'notProcessed'],
  ['其他处理', 'other'],
];

/** The total-column cells of a result group: its own total, or those of its reasons. */
function groupTotals(ids: string[], group: string): string[] {
  const own = `applications.${group}.total`;
  return ids.includes(own) ? [own] : ids.filter((id) => id.startsWith(`applications.${group}.`) && id.endsWith('.total'));
}

/** Pie slices with a value; none when a value is unknown or all are zero. */
function slices(pairs: [string, number | null][]): { categories: string[]; values: number[] } | null {
  if (pairs.some(([, v]) => v === null)) return null;
  const kept = pairs.filter(([, v]) => (v as number) > 0) as [string, number][];
  return kept.length ? { categories: kept.map(([k]) => k), values: kept.map(([, v]) => v) } : null;
}

export function reportCharts(report: ReportData, inputs: NarrativeInputs = {}, previous?: ReportData): ChartSpec[] {
  const format = getFormat(report.format);
  const c = report.cells;
  const ids = format.cells.map((cell) => cell.id);
  const charts: ChartSpec[] = [];

  const channels = slices([
    ['政府网站', inputs.active?.website ?? 0],
    ['政务新媒体', inputs.active?.newMedia ?? 0],
    ['其他渠道', inputs.active?.other ?? 0],
  ]);
  if (channels) charts.push({ id: 'channels', title: '主动公开信息发布渠道（条）', section: 2, kind: 'pie', categories: channels.categories, series: [{ name: '发布条数', values: channels.values }] });

  const applicants = slices(
    format.cells.filter((cell) => cell.id.startsWith('applications.newReceived.') && !cell.sumOf).map((cell) => [cell.columnLabel, num(c, cell.id)]),
  );
  if (applicants) charts.push({ id: 'applicants', title: '新收申请的申请人构成（件）', section: 3, kind: 'pie', categories: applicants.categories, series: [{ name: '新收申请', values: applicants.values }] });

  const results = slices(RESULTS.map(([label, group]) => [label, sumOf(c, groupTotals(ids, group))]));
  if (results) charts.push({ id: 'results', title: '申请办理结果构成（件）', section: 3, kind: 'pie', categories: results.categories, series: [{ name: '办理结果', values: results.values }] });

  const outcomes: [string, string][] = [
    ['结果维持', 'upheld'],
    ['结果纠正', 'corrected'],
    ['其他结果', 'other'],
    ['尚未审结', 'pending'],
  ];
  const review = outcomes.map(([, o]) => num(c, `review.${o}`));
  const suits = outcomes.map(([, o]) => sumOf(c, [`litigationDirect.${o}`, `litigationAfterReview.${o}`]));
  if ([...review, ...suits].every((v) => v !== null) && [...review, ...suits].some((v) => v! > 0)) {
    charts.push({
      id: 'appeals',
      title: '行政复议、行政诉讼结果（件）',
      section: 4,
      kind: 'bar',
      categories: outcomes.map(([label]) => label),
      series: [
        { name: '行政复议', values: review as number[] },
        { name: '行政诉讼', values: suits as number[] },
      ],
    });
  }

  if (previous && report.year !== null && (previous.year === null || previous.year === report.year - 1)) {
    const figures: [string, (x: CellData) => number | null][] = [
      ['新收申请', (x) => num(x, 'applications.newReceived.total')],
      ['办结申请', (x) => num(x, 'applications.total.total')],
      ['行政复议', (x) => num(x, 'review.total')],
      ['行政诉讼', (x) => sumOf(x, ['litigationDirect.total', 'litigationAfterReview.total'])],
    ];
    const known = figures.filter(([, f]) => f(c) !== null && f(previous.cells) !== null);
    if (known.length) {
      charts.push({
        id: 'yoy',
        title: `${report.year}年与${report.year - 1}年对比（件）`,
        section: 4,
        kind: 'bar',
        categories: known.map(([label]) => label),
        series: [
          { name: `${report.year - 1}年`, values: known.map(([, f]) => f(previous.cells)!) },
          { name: `${report.year}年`, values: known.map(([, f]) => f(c)!) },
        ],
      });
    }
  }
  return charts;
}
