/* eslint-disable @typescript-eslint/no-explicit-any */
/**
 * Charts in the Excel double: `worksheet.charts` and the members below it that the add-in uses,
 * strict like the rest (members not modelled throw, writes apply at sync, enum values checked,
 * ExcelApi sets enforced), plus `worksheet.horizontalPageBreaks` (1.9).
 *
 * `charts.add(type, range, seriesBy)` makes the series Excel makes from a block with a names row and
 * a categories column (text above and left of numbers): one series per column (or row), its name the
 * header cell, its values the cells below, its categories the first column. `ChartSeries.setValues`
 * and `setXAxisValues` rebind them. Series are kept as absolute addresses ('图表'!$B$5:$B$10), as in
 * Excel's SERIES formula, so a test can check what each chart is bound to. Not modelled: drawing,
 * chart recalculation, chart sheets, trendlines, images.
 */
import type { SheetModel } from './excel-double';

export interface ChartSeriesModel {
  name: string;
  values: string | null;
  xValues: string | null;
}

export interface ChartModel {
  sheet: SheetModel;
  name: string;
  chartType: string;
  /** The source range given to `charts.add`, and how its series run. */
  source: string;
  seriesBy: string;
  series: ChartSeriesModel[];
  title: { text: string; visible: boolean; font: Record<string, unknown> };
  font: Record<string, unknown>;
  legend: { position: string; visible: boolean };
  dataLabels: Record<string, unknown>;
  axes: { valueAxis: AxisModel; categoryAxis: AxisModel };
  /** `setPosition(start, end)`: the cells it covers, as addresses on its sheet. */
  position: { start: string; end: string | null } | null;
  deleted?: boolean;
}

interface AxisModel {
  title: { text: string; visible: boolean };
  props: Record<string, unknown>;
}

/** What the double hands over: its spec tables and building blocks (kept private to it otherwise). */
export interface DoubleInternals {
  specs: Record<string, any>;
  since: Record<string, string>;
  act: (self: any, location: string, run: (e: any) => void) => void;
  derive: (self: any, kind: string, from: (e: any) => any) => any;
  created: (self: any, kind: string, location: string, make: (e: any) => any) => any;
  rangeArg: (ctx: any, arg: unknown, what: string) => (defaultSheet: SheetModel | null) => { sheet: SheetModel; rect: Rect };
  fail: (code: string, detail?: string) => never;
  quoteSheetName: (name: string) => string;
  rectAddress: (r: Rect, absolute?: boolean) => string;
}

interface Rect {
  row: number;
  col: number;
  rowSpan: number;
  colSpan: number;
}

const CHARTS = new WeakMap<SheetModel, ChartModel[]>();
const PAGE_BREAKS = new WeakMap<SheetModel, number[]>();

/** The charts on a sheet of the double, in the order they were added. */
export function chartsOn(sheet: SheetModel): ChartModel[] {
  return (CHARTS.get(sheet) ?? []).filter((c) => !c.deleted);
}

/** The rows (0-based) before which the sheet has a manual page break. */
export function pageBreaksOn(sheet: SheetModel): number[] {
  return PAGE_BREAKS.get(sheet) ?? [];
}

const CHART_TYPES = ['ColumnClustered', 'ColumnStacked', 'ColumnStacked100', 'BarClustered', 'BarStacked', 'BarStacked100', 'Line', 'LineMarkers', 'LineStacked', 'Pie', 'PieExploded', '3DPie', 'PieOfPie', 'BarOfPie', 'Doughnut', 'Area', 'AreaStacked', 'XYScatter', 'Radar'];
const LEGEND_POSITIONS = ['Invalid', 'Top', 'Bottom', 'Left', 'Right', 'Corner', 'Custom'];
const LABEL_POSITIONS = ['Invalid', 'None', 'Center', 'InsideEnd', 'InsideBase', 'OutsideEnd', 'Left', 'Right', 'Top', 'Bottom', 'BestFit', 'Callout'];

export function installCharts(x: DoubleInternals): void {
  const { specs, since, act, derive, created, rangeArg, fail } = x;
  const oneOf = (values: string[], what: string) => (v: unknown) => (values.includes(String(v)) ? String(v) : fail('InvalidArgument', `${what}: '${String(v)}'`));
  const bool = (what: string) => (v: unknown) => (typeof v === 'boolean' ? v : fail('InvalidArgument', `${what} must be true or false`));
  const text = (v: unknown) => (v === null ? '' : String(v));
  const address = (t: { sheet: SheetModel; rect: Rect }) => `${x.quoteSheetName(t.sheet.name)}!${x.rectAddress(t.rect, true)}`;
  const field = (get: (e: any) => any, key: string, check: (v: unknown) => unknown = (v) => v) => ({
    get: (e: any) => get(e)[key],
    set: (e: any, v: unknown) => (get(e)[key] = check(v)),
  });
  const font = {
    type: 'ChartFont',
    props: {
      bold: field((f) => f, 'bold', bool('bold')),
      italic: field((f) => f, 'italic', bool('italic')),
      color: field((f) => f, 'color', text),
      name: field((f) => f, 'name', text),
      size: field((f) => f, 'size', (v) => (typeof v === 'number' && v >= 1 && v <= 409 ? v : fail('InvalidArgument', `font size ${String(v)}`))),
      underline: field((f) => f, 'underline', oneOf(['None', 'Single'], 'underline')),
    },
  };

  Object.assign(specs, {
    charts: {
      type: 'ChartCollection',
      items: { kind: 'chart', list: (s: SheetModel) => chartsOn(s) },
      props: { count: { get: (s: SheetModel) => chartsOn(s).length } },
      methods: {
        add: (self: any, type: unknown, sourceData: unknown, seriesBy: unknown = 'Auto') => {
          const source = rangeArg(self.ctx, sourceData, 'ChartCollection.add');
          return created(self, 'chart', 'ChartCollection.add', (s: SheetModel) => {
            const chartType = oneOf(CHART_TYPES, 'chart type')(type);
            const by = oneOf(['Auto', 'Columns', 'Rows'], 'seriesBy')(seriesBy);
            const t = source(s);
            const list = CHARTS.get(s) ?? [];
            const chart: ChartModel = {
              sheet: s,
              name: `Chart ${list.length + 1}`,
              chartType,
              source: address(t),
              seriesBy: by,
              series: seriesOf(t, by, address),
              title: { text: '', visible: true, font: {} },
              font: {},
              legend: { position: 'Right', visible: true },
              dataLabels: {},
              axes: { valueAxis: { title: { text: '', visible: false }, props: {} }, categoryAxis: { title: { text: '', visible: false }, props: {} } },
              position: null,
            };
            list.push(chart);
            CHARTS.set(s, list);
            return chart;
          });
        },
        getItem: (self: any, name: string) => derive(self, 'chart', (s: SheetModel) => chartsOn(s).find((c) => c.name === name) ?? fail('ItemNotFound', `chart '${name}'`)),
        getItemAt: (self: any, i: number) => derive(self, 'chart', (s: SheetModel) => chartsOn(s)[i] ?? fail('ItemNotFound', `chart ${i}`)),
      },
    },
    chart: {
      type: 'Chart',
      props: {
        name: field((c) => c, 'name', (v) => (String(v).trim() ? String(v) : fail('InvalidArgument', 'chart name'))),
        chartType: field((c) => c, 'chartType', oneOf(CHART_TYPES, 'chart type')),
      },
      nav: {
        title: { kind: 'chartTitle', resolve: (c: ChartModel) => c.title },
        format: { kind: 'chartAreaFormat', resolve: (c: ChartModel) => c },
        legend: { kind: 'chartLegend', resolve: (c: ChartModel) => c.legend },
        dataLabels: { kind: 'chartDataLabels', resolve: (c: ChartModel) => c.dataLabels },
        axes: { kind: 'chartAxes', resolve: (c: ChartModel) => c.axes },
        series: { kind: 'chartSeriesCollection', resolve: (c: ChartModel) => c },
      },
      methods: {
        setPosition: (self: any, start: unknown, end?: unknown) => {
          const from = rangeArg(self.ctx, start, 'Chart.setPosition');
          const to = end === undefined || end === null ? null : rangeArg(self.ctx, end, 'Chart.setPosition');
          act(self, 'Chart.setPosition', (c: ChartModel) => {
            const a = from(c.sheet);
            const b = to?.(c.sheet);
            if (a.sheet !== c.sheet || (b && b.sheet !== c.sheet)) fail('InvalidArgument', 'Chart.setPosition: cells on another sheet');
            c.position = { start: x.rectAddress(a.rect), end: b ? x.rectAddress(b.rect) : null };
          });
        },
        delete: (self: any) => act(self, 'Chart.delete', (c: ChartModel) => (c.deleted = true)),
      },
    },
    chartTitle: {
      type: 'ChartTitle',
      props: { text: field((t) => t, 'text', text), visible: field((t) => t, 'visible', bool('visible')) },
      nav: { format: { kind: 'chartTitleFormat', resolve: (t: any) => t } },
    },
    chartTitleFormat: { type: 'ChartTitleFormat', nav: { font: { kind: 'chartFont', resolve: (t: any) => t.font } } },
    chartAreaFormat: { type: 'ChartAreaFormat', nav: { font: { kind: 'chartFont', resolve: (c: ChartModel) => c.font } } },
    chartFont: font,
    chartLegend: {
      type: 'ChartLegend',
      props: { position: field((l) => l, 'position', oneOf(LEGEND_POSITIONS, 'legend position')), visible: field((l) => l, 'visible', bool('visible')) },
    },
    chartDataLabels: {
      type: 'ChartDataLabels',
      props: {
        showValue: field((d) => d, 'showValue', bool('showValue')),
        showPercentage: field((d) => d, 'showPercentage', bool('showPercentage')),
        showCategoryName: field((d) => d, 'showCategoryName', bool('showCategoryName')),
        showSeriesName: field((d) => d, 'showSeriesName', bool('showSeriesName')),
        showLegendKey: field((d) => d, 'showLegendKey', bool('showLegendKey')),
        position: field((d) => d, 'position', oneOf(LABEL_POSITIONS, 'data label position')),
        separator: field((d) => d, 'separator', text),
      },
    },
    chartAxes: {
      type: 'ChartAxes',
      nav: {
        valueAxis: { kind: 'chartAxis', resolve: (a: any) => a.valueAxis },
        categoryAxis: { kind: 'chartAxis', resolve: (a: any) => a.categoryAxis },
      },
    },
    chartAxis: {
      type: 'ChartAxis',
      props: {
        minimum: field((a) => a.props, 'minimum', (v) => (typeof v === 'number' ? v : fail('InvalidArgument', 'minimum'))),
        maximum: field((a) => a.props, 'maximum', (v) => (typeof v === 'number' ? v : fail('InvalidArgument', 'maximum'))),
        majorUnit: field((a) => a.props, 'majorUnit', (v) => (typeof v === 'number' && v > 0 ? v : fail('InvalidArgument', 'majorUnit'))),
      },
      nav: { title: { kind: 'chartAxisTitle', resolve: (a: AxisModel) => a.title } },
    },
    chartAxisTitle: {
      type: 'ChartAxisTitle',
      props: { text: field((t) => t, 'text', text), visible: field((t) => t, 'visible', bool('visible')) },
    },
    chartSeriesCollection: {
      type: 'ChartSeriesCollection',
      items: { kind: 'chartSeries', list: (c: ChartModel) => c.series },
      props: { count: { get: (c: ChartModel) => c.series.length } },
      methods: {
        getItemAt: (self: any, i: number) => derive(self, 'chartSeries', (c: ChartModel) => c.series[i] ?? fail('ItemNotFound', `series ${i} of '${c.name}' (it has ${c.series.length})`)),
      },
    },
    chartSeries: {
      type: 'ChartSeries',
      props: { name: field((s) => s, 'name', text) },
      methods: {
        setValues: (self: any, range: unknown) => {
          const r = rangeArg(self.ctx, range, 'ChartSeries.setValues');
          act(self, 'ChartSeries.setValues', (s: ChartSeriesModel) => (s.values = address(r(null))));
        },
        setXAxisValues: (self: any, range: unknown) => {
          const r = rangeArg(self.ctx, range, 'ChartSeries.setXAxisValues');
          act(self, 'ChartSeries.setXAxisValues', (s: ChartSeriesModel) => (s.xValues = address(r(null))));
        },
      },
    },
    pageBreaks: {
      type: 'PageBreakCollection',
      methods: {
        add: (self: any, range: unknown) => {
          const r = rangeArg(self.ctx, range, 'PageBreakCollection.add');
          act(self, 'PageBreakCollection.add', (s: SheetModel) => PAGE_BREAKS.set(s, [...pageBreaksOn(s), r(s).rect.row]));
        },
      },
    },
  });
  specs.worksheet.nav.charts = { kind: 'charts', resolve: (s: SheetModel) => s };
  specs.worksheet.nav.horizontalPageBreaks = { kind: 'pageBreaks', resolve: (s: SheetModel) => s };
  Object.assign(since, {
    'Worksheet.horizontalPageBreaks': '1.9',
    'ChartSeries.setValues': '1.7',
    'ChartSeries.setXAxisValues': '1.7',
  });
}

/** The series Excel makes of a block whose first row names them and first column holds the categories. */
function seriesOf(t: { sheet: SheetModel; rect: Rect }, by: string, address: (t: { sheet: SheetModel; rect: Rect }) => string): ChartSeriesModel[] {
  const { sheet, rect } = t;
  const at = (row: number, col: number) => ({ sheet, rect: { row, col, rowSpan: 1, colSpan: 1 } });
  const cell = (row: number, col: number) => sheet.cells.get(`${row},${col}`)?.value ?? null;
  const columns = by !== 'Rows';
  const count = columns ? rect.colSpan - 1 : rect.rowSpan - 1;
  const length = columns ? rect.rowSpan - 1 : rect.colSpan - 1;
  return Array.from({ length: count }, (_, i) => {
    const head = columns ? at(rect.row, rect.col + 1 + i) : at(rect.row + 1 + i, rect.col);
    const values = columns ? { row: rect.row + 1, col: rect.col + 1 + i, rowSpan: length, colSpan: 1 } : { row: rect.row + 1 + i, col: rect.col + 1, rowSpan: 1, colSpan: length };
    const xValues = columns ? { row: rect.row + 1, col: rect.col, rowSpan: length, colSpan: 1 } : { row: rect.row, col: rect.col + 1, rowSpan: 1, colSpan: length };
    return { name: String(cell(head.rect.row, head.rect.col) ?? `系列${i + 1}`), values: address({ sheet, rect: values }), xValues: address({ sheet, rect: xValues }) };
  });
}
