import type { CellData } from '../cells';
import type { NarrativeInputs } from '../inputs/types';
import { cellAddress, quoteSheetName } from '../layout/a1';
import { PAGE_FOOTER, type PlannedCell, type Rect, type SheetPlan } from '../layout/plan/types';
import { termValue, type ChartDefinition, type ChartTerm } from './definitions';

/**
 * The 图表 sheet as data: per chart a band with its data block (categories, one column per series,
 * each value a formula over the table cells, so the chart follows edits) and the chart beside it,
 * three bands to an A4 portrait page. The Office.js edge binds native charts to the blocks; the CLI
 * puts pictures at the same anchors.
 */

export const CHART_SHEET_NAME = '图表';

export interface PlannedChart {
  definition: ChartDefinition;
  /** The whole data block: the names row on top, the categories column on the left. */
  source: Rect;
  categories: Rect;
  series: { name: string; nameCell: Rect; values: Rect }[];
  /** The cells the chart covers. */
  anchor: Rect;
}

export interface ChartSheetPlan {
  sheet: SheetPlan;
  charts: PlannedChart[];
  /** Rows (0-based) that start a printed page. */
  pageBreaks: number[];
}

export type Locate = (cellId: string) => { sheet: string; row: number; col: number } | undefined;

export interface ChartSheetOptions {
  name?: string;
  year?: number | null;
  agency?: string | null;
  /** The figures, for the formulas' cached results in a file (a spreadsheet recomputes them). */
  cells?: CellData;
  inputs?: NarrativeInputs;
  /** Pictures stand for the charts (a file written by the CLI): they show the figures of that moment. */
  pictures?: boolean;
}

const BAND_ROWS = 13;
const BANDS_PER_PAGE = 3;
const FIRST_BAND = 3;
const ROW_HEIGHT = 17;
/** Columns: categories, up to two series, a gap, then the chart over six columns. */
const COLUMN_WIDTHS = [14, 10, 10, 2, 9, 9, 9, 9, 9, 9];
const CHART_COL = 4;
const LAST_COL = COLUMN_WIDTHS.length - 1;

const unit = (row: number, col: number): Rect => ({ row, col, rowSpan: 1, colSpan: 1 });

export function buildChartSheetPlan(definitions: ChartDefinition[], locate: Locate, options: ChartSheetOptions = {}): ChartSheetPlan {
  const name = options.name ?? CHART_SHEET_NAME;
  const cells: PlannedCell[] = [];
  const merges: Rect[] = [];
  const rowHeights: Record<number, number> = { 0: 28, 1: 18 };
  const title = `${options.year ? `${options.year}年` : ''}政府信息公开工作年度报告统计图表`;
  cells.push({ row: 0, col: 0, style: 'title', value: title, locked: false });
  merges.push({ row: 0, col: 0, rowSpan: 1, colSpan: LAST_COL + 1 });
  const note = `${options.agency ? `${options.agency}\u3000` : ''}数据取自表二至表四和正文素材，${options.pictures ? '图为生成时的数字，修改表格后请重新生成' : '表格修改后图表随之更新'}`;
  cells.push({ row: 1, col: 0, style: 'subtitle', value: note, locked: false });
  merges.push({ row: 1, col: 0, rowSpan: 1, colSpan: LAST_COL + 1 });

  const charts: PlannedChart[] = [];
  const pageBreaks: number[] = [];
  definitions.forEach((def, k) => {
    const top = FIRST_BAND + k * BAND_ROWS;
    if (k > 0 && k % BANDS_PER_PAGE === 0) pageBreaks.push(top);
    for (let r = top; r < top + BAND_ROWS; r++) rowHeights[r] = ROW_HEIGHT;
    // The band's caption over the block's three columns, two lines high for the longer titles.
    cells.push({ row: top, col: 0, style: 'reportSubheading', value: `图${k + 1}\u3000${def.title}`, locked: false });
    merges.push({ row: top, col: 0, rowSpan: 1, colSpan: 3 });
    rowHeights[top] = 30;
    const head = top + 1;
    cells.push({ row: head, col: 0, style: 'header', value: def.categoryHeading, locked: false });
    def.series.forEach((s, j) => cells.push({ row: head, col: 1 + j, style: 'header', value: s.name, locked: false }));
    def.categories.forEach((category, i) => {
      const row = head + 1 + i;
      cells.push({ row, col: 0, style: 'rowLabel', value: category, locked: false });
      def.series.forEach((s, j) => cells.push({ row, col: 1 + j, style: 'tableValue', ...valueCell(s.values[i], locate, options), locked: false }));
    });
    const n = def.categories.length;
    charts.push({
      definition: def,
      source: { row: head, col: 0, rowSpan: n + 1, colSpan: def.series.length + 1 },
      categories: { row: head + 1, col: 0, rowSpan: n, colSpan: 1 },
      series: def.series.map((s, j) => ({ name: s.name, nameCell: unit(head, 1 + j), values: { row: head + 1, col: 1 + j, rowSpan: n, colSpan: 1 } })),
      anchor: { row: top, col: CHART_COL, rowSpan: BAND_ROWS - 1, colSpan: LAST_COL - CHART_COL + 1 },
    });
  });

  const sheet: SheetPlan = {
    key: 'charts',
    name,
    columnWidths: COLUMN_WIDTHS,
    rowHeights,
    cells,
    merges,
    conditionalFormats: [],
    print: { landscape: false, fit: 'width', footer: PAGE_FOOTER },
    protect: false,
  };
  return { sheet, charts, pageBreaks };
}

/** A value cell: a formula over the cells it shows (SUM skips a blank, as the table's totals do), or a constant. */
function valueCell(term: ChartTerm, locate: Locate, options: ChartSheetOptions): Pick<PlannedCell, 'value' | 'formula' | 'result'> {
  if ('value' in term) return { value: term.value };
  const refs = term.cells.map((id) => {
    const at = locate(id);
    return at ? `${quoteSheetName(at.sheet)}!${cellAddress(at.row, at.col)}` : null;
  });
  if (refs.some((r) => r === null)) return { value: null };
  const formula = refs.length === 1 ? `=${refs[0]}` : `=SUM(${refs.join(',')})`;
  const result = options.cells ? termValue(term, options.cells, options.inputs) : null;
  return result === null ? { formula } : { formula, result };
}

/** The next free name beside a kept 图表 sheet: 「图表（2）」, 「图表（3）」 … (sheet names compare case-blind). */
export function freeChartSheetName(base: string, names: string[]): string {
  const taken = new Set(names.map((n) => n.toLowerCase()));
  for (let i = 2; ; i++) if (!taken.has(`${base}（${i}）`.toLowerCase())) return `${base}（${i}）`;
}

/**
 * The cells of an existing 图表 sheet that differ from what the plan writes there: what the clerk
 * typed (or a sheet of that name that is not ours). Last year's constants may differ (a report
 * imported again), so numbers where the plan puts numbers do not count.
 */
export function chartSheetEdits(plan: ChartSheetPlan, existing: { row: number; col: number; formulas: unknown[][] } | null): string[] {
  if (!existing) return [];
  const planned = new Map(plan.sheet.cells.map((c) => [`${c.row},${c.col}`, c]));
  const edits: string[] = [];
  existing.formulas.forEach((line, i) =>
    line.forEach((raw, j) => {
      const row = existing.row + i;
      const col = existing.col + j;
      const cell = planned.get(`${row},${col}`);
      const want = cell?.formula ?? cell?.value ?? '';
      const have = raw ?? '';
      if (String(have) === String(want)) return;
      if (typeof cell?.value === 'number' || (cell && cell.value === null && !cell.formula)) {
        if (typeof have === 'number' || have === '') return;
      }
      edits.push(cellAddress(row, col));
    }),
  );
  return edits;
}
