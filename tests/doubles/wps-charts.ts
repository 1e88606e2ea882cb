/* eslint-disable @typescript-eslint/no-explicit-any */
/**
 * Charts in the WPS double, strict like the rest (members not modelled throw, enum values checked,
 * calls counted): `Worksheet.Shapes.AddChart2(...)` → `Shape.Chart`, with the chart members the
 * adapter uses as WPS documents them for ET (shaped like Excel VBA): `SetSourceData`, `HasTitle` /
 * `ChartTitle` (there only while HasTitle is true), `HasLegend` / `Legend`, `ChartArea.Font`,
 * `ApplyDataLabels`, `Axes(type)` (none on a pie), `SeriesCollection` (property or method, by the
 * double's build style; Count, Item, NewSeries), `Series.Name/Values/XValues/Delete`. Also
 * `Range.Left/Top/Width/Height` (points, from the column widths in characters and the row heights),
 * `Worksheet.HPageBreaks.Add` and `Window.DisplayGridlines`.
 *
 * Series are kept as absolute addresses ('图表'!$B$5:$B$10, as in a SERIES formula) that follow a
 * renamed sheet, so a test can check what each chart is bound to and compare with the Excel double.
 * Not modelled: drawing, chart recalculation, chart sheets, ChartObjects, other shapes.
 */
import { quoteSheetName, rectAddress, type Rect, type SheetModel } from './excel-double';
import { fn, ro, rw, WpsDoubleError, wpsObject, type Counter, type Member } from './wps-object';

/** Where a series reads from: cells (shown with the sheet's current name, as a renamed sheet's references follow it) or constants. */
type Ref = { sheet: SheetModel; rect: Rect } | string | null;

export interface WpsSeriesModel {
  name: string;
  readonly values: string | null;
  readonly xValues: string | null;
}

function seriesModel(name: string, values: Ref, xValues: Ref): WpsSeriesModel & { bind(field: 'values' | 'xValues', ref: Ref): void } {
  const refs = { values, xValues };
  const show = (r: Ref) => (r === null || typeof r === 'string' ? r : address(r));
  const model = { name } as WpsSeriesModel & { bind(field: 'values' | 'xValues', ref: Ref): void };
  return Object.defineProperties(model, {
    values: { enumerable: true, get: () => show(refs.values) },
    xValues: { enumerable: true, get: () => show(refs.xValues) },
    bind: { enumerable: false, value: (field: 'values' | 'xValues', ref: Ref) => (refs[field] = ref) },
  });
}

export interface WpsChartModel {
  sheet: SheetModel;
  name: string;
  style: number | null;
  chartType: number;
  left: number;
  top: number;
  width: number;
  height: number;
  /** The block given to SetSourceData (its cells; the sheet may be renamed since). */
  source: { sheet: SheetModel; rect: Rect } | null;
  plotBy: number | null;
  hasTitle: boolean;
  title: { text: string; size?: number; bold?: boolean };
  hasLegend: boolean;
  legendPosition: number;
  fontName?: string;
  dataLabels: { type: number; showValue: boolean; showPercentage: boolean } | null;
  valueAxisTitle: string | null;
  series: ReturnType<typeof seriesModel>[];
}

const CHARTS = new WeakMap<SheetModel, WpsChartModel[]>();
const PAGE_BREAKS = new WeakMap<SheetModel, number[]>();
/** The sheet and cells behind each Range the double hands out, to take a Range as an argument. */
const RANGES = new WeakMap<object, { sheet: SheetModel; rect: Rect }>();

/** XlChartType values the double knows: pie, doughnut, clustered/stacked column and bar, line. */
const CHART_TYPES = new Set([5, -4120, 51, 52, 57, 58, 4]);
/** XlLegendPosition: bottom, corner, left, right, top. */
const LEGEND_POSITIONS = new Set([-4107, 2, -4131, -4152, -4160]);
/** XlDataLabelsType: none, value, percent, label, label and percent, bubble sizes. */
const LABEL_TYPES = new Set([-4142, 2, 3, 4, 5, 6]);
const DEFAULT_COLUMN_CHARS = 8.38;
const DEFAULT_ROW_POINTS = 13.5;

export function wpsChartsOn(sheet: SheetModel): WpsChartModel[] {
  return CHARTS.get(sheet) ?? [];
}

export function wpsPageBreaksOn(sheet: SheetModel): number[] {
  return PAGE_BREAKS.get(sheet) ?? [];
}

/** Called by wpsRange for every Range it makes. */
export function registerRange<T extends object>(range: T, sheet: SheetModel, rect: Rect): T {
  RANGES.set(range, { sheet, rect });
  return range;
}

function rangeArg(value: unknown, what: string): { sheet: SheetModel; rect: Rect } {
  const found = value && typeof value === 'object' ? RANGES.get(value) : undefined;
  if (!found) throw new WpsDoubleError(`${what}: expects a Range object of the workbook, got ${JSON.stringify(value)}`);
  return found;
}

const address = (t: { sheet: SheetModel; rect: Rect }) => `${quoteSheetName(t.sheet.name)}!${rectAddress(t.rect, true)}`;

// Geometry ------------------------------------------------------------------------------------

/** A column's width in points: WPS, like Excel, keeps widths in characters of the default font (7 px each, 5 px padding). */
function columnPoints(sheet: SheetModel, col: number): number {
  if (sheet.hiddenColumns.has(col)) return 0;
  const chars = sheet.columnWidths.get(col) ?? DEFAULT_COLUMN_CHARS;
  return Math.round(chars * 7 + 5) * 0.75;
}

const rowPoints = (sheet: SheetModel, row: number) => sheet.rowHeights.get(row) ?? DEFAULT_ROW_POINTS;

function span(size: (i: number) => number, from: number, count: number): number {
  let total = 0;
  for (let i = from; i < from + count; i++) total += size(i);
  return total;
}

/** Range.Left/Top/Width/Height, read-only as in VBA. */
export function rangeGeometry(sheet: SheetModel, rect: Rect): Record<string, Member> {
  const col = (c: number) => columnPoints(sheet, c);
  const row = (r: number) => rowPoints(sheet, r);
  const guard = (n: number) => {
    if (n > 100_000) throw new WpsDoubleError(`geometry of ${rectAddress(rect)} is not modelled`);
  };
  return {
    Left: ro(() => (guard(rect.col), span(col, 0, rect.col))),
    Top: ro(() => (guard(rect.row), span(row, 0, rect.row))),
    Width: ro(() => (guard(rect.colSpan), span(col, rect.col, rect.colSpan))),
    Height: ro(() => (guard(rect.rowSpan), span(row, rect.row, rect.rowSpan))),
  };
}

/** The cells a chart covers, from its points: the first and last cell under it ("E4", "J15"). */
export function coveredCells(chart: WpsChartModel): { start: string; end: string } {
  const find = (size: (i: number) => number, from: number, to: number) => {
    let first = -1;
    let last = -1;
    for (let i = 0, edge = 0; i < 10_000 && edge < to - 0.01; edge += size(i), i++) {
      if (first < 0 && edge + size(i) > from + 0.01) first = i;
      last = i;
    }
    return [first, last];
  };
  const [c0, c1] = find((c) => columnPoints(chart.sheet, c), chart.left, chart.left + chart.width);
  const [r0, r1] = find((r) => rowPoints(chart.sheet, r), chart.top, chart.top + chart.height);
  const cell = (row: number, col: number) => rectAddress({ row, col, rowSpan: 1, colSpan: 1 });
  return { start: cell(r0, c0), end: cell(r1, c1) };
}

// Worksheet members -------------------------------------------------------------------------

/** Worksheet.Shapes and Worksheet.HPageBreaks of the double. */
export function worksheetCharts(counter: Counter, sheet: SheetModel, touch: () => void): Record<string, Member> {
  const list = () => {
    if (!CHARTS.has(sheet)) CHARTS.set(sheet, []);
    return CHARTS.get(sheet)!;
  };
  const shape = (model: WpsChartModel) =>
    wpsObject('Shape', counter, {
      Name: rw(
        () => model.name,
        (v) => {
          if (typeof v !== 'string' || !v.trim()) throw new WpsDoubleError(`Shape.Name = ${JSON.stringify(v)}: not a name`);
          model.name = v;
        },
      ),
      HasChart: ro(() => true),
      Chart: ro(() => chartObject(counter, model)),
      Left: ro(() => model.left),
      Top: ro(() => model.top),
      Width: ro(() => model.width),
      Height: ro(() => model.height),
    });
  const point = (v: unknown, fallback: number, what: string) => {
    if (v === undefined || v === null) return fallback;
    if (typeof v !== 'number' || !Number.isFinite(v) || v < 0) throw new WpsDoubleError(`Shapes.AddChart2: ${what} ${JSON.stringify(v)} is not a size in points`);
    return v;
  };
  return {
    Shapes: ro(() =>
      wpsObject('Shapes', counter, {
        Count: ro(() => list().length),
        Item: fn((index: number | string) => {
          const model = typeof index === 'number' ? list()[index - 1] : list().find((c) => c.name === index);
          if (!model) throw new WpsDoubleError(`Shapes.Item(${JSON.stringify(index)}): no such shape`);
          return shape(model);
        }),
        AddChart2: fn((Style?: unknown, XlChartType?: unknown, Left?: unknown, Top?: unknown, Width?: unknown, Height?: unknown, NewLayout?: unknown) => {
          if (Style !== undefined && Style !== null && !(Number.isInteger(Style) && (Style as number) >= -1)) throw new WpsDoubleError(`Shapes.AddChart2: style ${JSON.stringify(Style)}`);
          const chartType = XlChartType === undefined || XlChartType === null ? 51 : Number(XlChartType);
          if (!CHART_TYPES.has(chartType)) throw new WpsDoubleError(`Shapes.AddChart2: chart type ${JSON.stringify(XlChartType)} is not modelled`);
          if (NewLayout !== undefined && typeof NewLayout !== 'boolean') throw new WpsDoubleError('Shapes.AddChart2: NewLayout is true or false');
          const model: WpsChartModel = {
            sheet,
            name: `图表 ${list().length + 1}`,
            style: Style === undefined || Style === null ? null : Number(Style),
            chartType,
            left: point(Left, 0, 'Left'),
            top: point(Top, 0, 'Top'),
            width: point(Width, 360, 'Width'),
            height: point(Height, 216, 'Height'),
            source: null,
            plotBy: null,
            hasTitle: false,
            title: { text: '' },
            hasLegend: true,
            legendPosition: -4152,
            dataLabels: null,
            valueAxisTitle: null,
            series: [],
          };
          list().push(model);
          touch();
          return shape(model);
        }),
      }),
    ),
    HPageBreaks: ro(() =>
      wpsObject('HPageBreaks', counter, {
        Count: ro(() => wpsPageBreaksOn(sheet).length),
        Add: fn((Before: unknown) => {
          const r = rangeArg(Before, 'HPageBreaks.Add');
          if (r.sheet !== sheet) throw new WpsDoubleError('HPageBreaks.Add: a cell of another sheet');
          PAGE_BREAKS.set(sheet, [...wpsPageBreaksOn(sheet), r.rect.row]);
        }),
      }),
    ),
  };
}

// Chart ------------------------------------------------------------------------------------------

function chartObject(counter: Counter, model: WpsChartModel): any {
  const bool = (what: string) => (v: unknown) => {
    if (typeof v !== 'boolean') throw new WpsDoubleError(`${what} must be true or false, got ${JSON.stringify(v)}`);
    return v;
  };
  const needs = (flag: boolean, what: string) => {
    if (!flag) throw new WpsDoubleError(`${what} does not exist while ${what === 'Chart.Legend' ? 'HasLegend' : 'HasTitle'} is false`);
  };
  const seriesCollection = () =>
    wpsObject('SeriesCollection', counter, {
      Count: ro(() => model.series.length),
      Item: fn((index: number) => {
        const s = model.series[index - 1];
        if (!s) throw new WpsDoubleError(`SeriesCollection.Item(${index}): the chart has ${model.series.length} series`);
        return seriesObject(counter, s, () => model.series.splice(model.series.indexOf(s), 1));
      }),
      NewSeries: fn(() => {
        const s = seriesModel(`系列${model.series.length + 1}`, null, null);
        model.series.push(s);
        return seriesObject(counter, s, () => model.series.splice(model.series.indexOf(s), 1));
      }),
    });
  return wpsObject('Chart', counter, {
    ChartType: rw(
      () => model.chartType,
      (v) => {
        if (!CHART_TYPES.has(Number(v))) throw new WpsDoubleError(`Chart.ChartType = ${JSON.stringify(v)} is not modelled`);
        model.chartType = Number(v);
      },
    ),
    SetSourceData: fn((Source: unknown, PlotBy?: unknown) => {
      const t = rangeArg(Source, 'Chart.SetSourceData');
      if (PlotBy !== undefined && PlotBy !== 1 && PlotBy !== 2) throw new WpsDoubleError(`Chart.SetSourceData: PlotBy ${JSON.stringify(PlotBy)} is not xlRows (1) or xlColumns (2)`);
      model.source = t;
      model.plotBy = (PlotBy as number | undefined) ?? 2;
      model.series = seriesFromBlock(t, model.plotBy);
    }),
    HasTitle: rw(() => model.hasTitle, (v) => (model.hasTitle = bool('Chart.HasTitle')(v))),
    ChartTitle: ro(() => {
      needs(model.hasTitle, 'Chart.ChartTitle');
      return wpsObject('ChartTitle', counter, {
        Text: rw(() => model.title.text, (v) => (model.title.text = v === null ? '' : String(v))),
        Font: ro(() =>
          wpsObject('Font', counter, {
            Size: rw(
              () => model.title.size ?? 14,
              (v) => {
                if (typeof v !== 'number' || v < 1 || v > 409) throw new WpsDoubleError(`ChartTitle.Font.Size = ${JSON.stringify(v)}`);
                model.title.size = v;
              },
            ),
            Bold: rw(() => model.title.bold ?? false, (v) => (model.title.bold = bool('ChartTitle.Font.Bold')(v))),
          }),
        ),
      });
    }),
    HasLegend: rw(() => model.hasLegend, (v) => (model.hasLegend = bool('Chart.HasLegend')(v))),
    Legend: ro(() => {
      needs(model.hasLegend, 'Chart.Legend');
      return wpsObject('Legend', counter, {
        Position: rw(
          () => model.legendPosition,
          (v) => {
            if (!LEGEND_POSITIONS.has(Number(v))) throw new WpsDoubleError(`Legend.Position = ${JSON.stringify(v)}: not an XlLegendPosition`);
            model.legendPosition = Number(v);
          },
        ),
      });
    }),
    ChartArea: ro(() =>
      wpsObject('ChartArea', counter, {
        Font: ro(() => wpsObject('Font', counter, { Name: rw(() => model.fontName ?? '', (v) => (model.fontName = String(v))) })),
      }),
    ),
    ApplyDataLabels: fn((Type?: unknown, _LegendKey?: unknown, _AutoText?: unknown, _HasLeaderLines?: unknown, _ShowSeriesName?: unknown, _ShowCategoryName?: unknown, ShowValue?: unknown, ShowPercentage?: unknown) => {
      const type = Type === undefined ? 2 : Number(Type);
      if (!LABEL_TYPES.has(type)) throw new WpsDoubleError(`Chart.ApplyDataLabels(${JSON.stringify(Type)}): not an XlDataLabelsType`);
      if (model.series.length === 0) throw new WpsDoubleError('Chart.ApplyDataLabels on a chart without series: set its source data first');
      model.dataLabels = { type, showValue: typeof ShowValue === 'boolean' ? ShowValue : type === 2, showPercentage: typeof ShowPercentage === 'boolean' ? ShowPercentage : type === 3 || type === 5 };
    }),
    Axes: fn((Type: unknown) => {
      if (model.chartType === 5 || model.chartType === -4120) throw new WpsDoubleError('Chart.Axes: a pie or doughnut chart has no axes');
      if (Type !== 1 && Type !== 2) throw new WpsDoubleError(`Chart.Axes(${JSON.stringify(Type)}): only xlCategory (1) and xlValue (2) are modelled`);
      if (Type === 1) throw new WpsDoubleError('Chart.Axes(xlCategory) is not modelled');
      return wpsObject('Axis', counter, {
        HasTitle: rw(
          () => model.valueAxisTitle !== null,
          (v) => (model.valueAxisTitle = bool('Axis.HasTitle')(v) ? (model.valueAxisTitle ?? '') : null),
        ),
        AxisTitle: ro(() => {
          if (model.valueAxisTitle === null) throw new WpsDoubleError('Axis.AxisTitle does not exist while HasTitle is false');
          return wpsObject('AxisTitle', counter, { Text: rw(() => model.valueAxisTitle, (v) => (model.valueAxisTitle = String(v))) });
        }),
      });
    }),
    SeriesCollection: ro(seriesCollection, true),
  });
}

function seriesObject(counter: Counter, s: ReturnType<typeof seriesModel>, remove: () => void): any {
  const bind = (field: 'values' | 'xValues', what: string) => (v: unknown) => {
    if (Array.isArray(v)) {
      if (!v.every((x) => typeof x === 'number' || typeof x === 'string')) throw new WpsDoubleError(`${what}: an array of numbers or texts`);
      s.bind(field, `={${v.map((x) => (typeof x === 'number' ? x : `"${x}"`)).join(',')}}`);
      return;
    }
    const t = rangeArg(v, what);
    if (t.rect.rowSpan > 1 && t.rect.colSpan > 1) throw new WpsDoubleError(`${what}: ${rectAddress(t.rect)} is not one row or column`);
    s.bind(field, t);
  };
  return wpsObject('Series', counter, {
    Name: rw(() => s.name, (v) => (s.name = v === null ? '' : String(v))),
    Values: rw(() => s.values, bind('values', 'Series.Values')),
    XValues: rw(() => s.xValues, bind('xValues', 'Series.XValues')),
    Delete: fn(remove),
  });
}

/** The series WPS makes of a block whose first row names them and first column holds the categories. */
function seriesFromBlock(t: { sheet: SheetModel; rect: Rect }, plotBy: number): ReturnType<typeof seriesModel>[] {
  const { sheet, rect } = t;
  const columns = plotBy === 2;
  const count = columns ? rect.colSpan - 1 : rect.rowSpan - 1;
  const length = columns ? rect.rowSpan - 1 : rect.colSpan - 1;
  return Array.from({ length: Math.max(0, count) }, (_, i) => {
    const head = columns ? sheet.cells.get(`${rect.row},${rect.col + 1 + i}`) : sheet.cells.get(`${rect.row + 1 + i},${rect.col}`);
    const values = columns ? { row: rect.row + 1, col: rect.col + 1 + i, rowSpan: length, colSpan: 1 } : { row: rect.row + 1 + i, col: rect.col + 1, rowSpan: 1, colSpan: length };
    const xValues = columns ? { row: rect.row + 1, col: rect.col, rowSpan: length, colSpan: 1 } : { row: rect.row, col: rect.col + 1, rowSpan: 1, colSpan: length };
    return seriesModel(String(head?.value ?? `系列${i + 1}`), { sheet, rect: values }, { sheet, rect: xValues });
  });
}
