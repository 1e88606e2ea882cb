import {
  buildChartSheetPlan,
  chartDefinitions,
  chartSheetEdits,
  FONT_NAME,
  chartSheetName,
  freeChartSheetName,
  parseRange,
  type ChartSheetPlan,
  type PlannedChart,
  type ReportData,
} from '../core';
import type { ChartSheetResult } from '../port';
import { member } from './application';
import { XL } from './constants';
import { formulasOf, readReport } from './read';
import { at, renderSheet } from './render';
import type { WpsApplication, WpsChart, WpsRange, WpsSeriesCollection, WpsWorksheet } from './types';
import { activeWorkbook, asGrid, deleteSheet, sheetNames, sheetsOf } from './workbook';

/**
 * The 图表 sheet in WPS 表格, from the same plan as the Office.js edge (src/excel/charts.ts): the
 * data blocks are formulas over the table cells, and each chart is bound to its block, so the
 * charts follow the clerk's edits. A 图表 sheet of ours that nobody changed is replaced; one with
 * cells the clerk typed (or one that is not ours) is kept, and the new sheet gets the next name.
 *
 * Members (WPS's ET JS API, shaped like Excel VBA): Worksheet.Shapes.AddChart2 (WPS documents it for
 * 加载项; Worksheet.ChartObjects().Add is missing or unreliable in several WPS builds, so it is not
 * used), Shape.Chart, Chart.SetSourceData / HasTitle / ChartTitle / HasLegend / Legend /
 * ApplyDataLabels / Axes / SeriesCollection (Count, Item, NewSeries), Series.Name / Values / XValues /
 * Delete, Range.Left / Top / Width / Height (points), Worksheet.HPageBreaks.Add, Window.DisplayGridlines.
 */
export function writeChartSheet(app: WpsApplication, previous: ReportData | null, copy: number): ChartSheetResult {
  const read = readReport(app, copy);
  const book = activeWorkbook(app);
  const sheets = sheetsOf(book);
  const names = sheetNames(book);
  const base = chartSheetName(copy);

  const definitions = chartDefinitions(read.data.format, { inputs: read.inputs, year: read.data.year, previous });
  const locate = (id: string) => read.locations.get(id);
  const options = { year: read.data.year, agency: read.data.agency };
  let plan = buildChartSheetPlan(definitions, locate, { ...options, name: base });
  const old = names.includes(base) ? sheets.Item(base) : null;
  const edits = old ? chartSheetEdits(plan, usedFormulas(old)) : [];
  let kept: string | undefined;
  if (edits.length) {
    kept = base;
    plan = buildChartSheetPlan(definitions, locate, { ...options, name: freeChartSheetName(base, names) });
  }

  // Drawn under a working name beside the rest first, so a failure leaves an old 图表 sheet as it was.
  const draftName = `${plan.sheet.name}（生成中）`;
  // One left by a WPS that closed while drawing is ours: it goes.
  if (names.includes(draftName)) deleteSheet(app, sheets.Item(draftName));
  const draft = sheets.Add(undefined, sheets.Item(sheets.Count));
  draft.Name = draftName;
  try {
    writeChartSheetPlan(app, draft, plan);
  } catch (error) {
    deleteSheet(app, draft);
    throw error;
  }
  if (old && !kept) deleteSheet(app, old);
  draft.Name = plan.sheet.name;
  draft.Activate();
  draft.Range('A1').Select();
  return { sheet: plan.sheet.name, charts: plan.charts.length, ...(kept ? { kept, edits: edits.slice(0, 10) } : {}) };
}

/** The cells of an existing 图表 sheet, as chartSheetEdits compares them (formulas where there are formulas). */
function usedFormulas(sheet: WpsWorksheet): { row: number; col: number; formulas: unknown[][] } {
  const used = member<WpsRange>(sheet, 'UsedRange');
  const where = parseRange(member<string>(used, 'Address').replace(/\$/g, ''));
  return { row: where.row, col: where.col, formulas: formulasOf(used, asGrid(used.Value2)) };
}

/** The sheet's cells, its charts at their anchors and its page breaks. */
export function writeChartSheetPlan(app: WpsApplication, sheet: WpsWorksheet, plan: ChartSheetPlan): void {
  renderSheet(app, sheet, plan.sheet);
  // Gridlines belong to the window in WPS (as in VBA), so the sheet is made the active one first.
  sheet.Activate();
  app.ActiveWindow.DisplayGridlines = false;
  for (const chart of plan.charts) addChart(sheet, chart);
  // HPageBreaks is there in every WPS build we target; Office.js only has page breaks from ExcelApi 1.9.
  for (const row of plan.pageBreaks) sheet.HPageBreaks.Add(at(sheet, { row, col: 0, rowSpan: 1, colSpan: 1 }));
}

function addChart(sheet: WpsWorksheet, planned: PlannedChart): void {
  const def = planned.definition;
  // Placed over the anchor's cells: Range.Left/Top/Width/Height are points, what AddChart2 takes.
  const anchor = at(sheet, planned.anchor);
  // Style null is WPS's default style: its documentation passes null, and some builds reject -1.
  const shape = sheet.Shapes.AddChart2(null, def.kind === 'pie' ? XL.pie : XL.columnClustered, anchor.Left, anchor.Top, anchor.Width, anchor.Height);
  shape.Name = `年报图表-${def.id}`;
  const chart = shape.Chart;
  chart.SetSourceData(at(sheet, planned.source), XL.columns);
  // ChartTitle and Legend exist only while HasTitle / HasLegend are true (as in VBA).
  chart.HasTitle = true;
  chart.ChartTitle.Text = def.title;
  chart.ChartTitle.Font.Size = 12;
  chart.ChartTitle.Font.Bold = true;
  chart.ChartArea.Font.Name = FONT_NAME;
  chart.HasLegend = def.kind === 'pie' || def.series.length > 1;
  if (chart.HasLegend) chart.Legend.Position = def.kind === 'pie' ? XL.legendRight : XL.legendTop;
  if (def.kind === 'pie') {
    chart.ApplyDataLabels(XL.dataLabelsShowValue, false, false, true, false, false, true, true);
  } else {
    chart.ApplyDataLabels(XL.dataLabelsShowValue);
    const axis = chart.Axes(XL.valueAxis);
    axis.HasTitle = true;
    axis.AxisTitle.Text = '件';
  }
  // Bound explicitly, so the chart does not depend on how WPS guesses headers in the block: a build
  // that takes the names row or the categories column for data gets its extra series removed.
  const series = seriesOf(chart);
  while (series.Count > planned.series.length) series.Item(series.Count).Delete();
  while (series.Count < planned.series.length) series.NewSeries();
  planned.series.forEach((s, i) => {
    const one = series.Item(i + 1);
    one.Name = s.name;
    one.Values = at(sheet, s.values);
    one.XValues = at(sheet, planned.categories);
  });
}

/** Chart.SeriesCollection is a method in VBA and most WPS builds, a property in others: the collection either way. */
function seriesOf(chart: WpsChart): WpsSeriesCollection {
  return member<WpsSeriesCollection>(chart, 'SeriesCollection');
}
