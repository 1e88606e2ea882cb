import {
  buildChartSheetPlan,
  chartDefinitions,
  chartSheetEdits,
  freeChartSheetName,
  CHART_SHEET_NAME,
  parseRange,
  rangeAddress,
  type ChartSheetPlan,
  type PlannedChart,
  type Rect,
  type ReportData,
} from '../core';
import type { ChartSheetResult } from '../port';
import { toAdapterError } from './errors';
import { queueReportRead, readGrids } from './read';
import { queueSheet } from './render';
import { supportsExcelApi } from './requirements';
import { recalledCopy } from './settings';

/**
 * The 图表 sheet with native Excel charts, in two round trips: the first reads the tables (where
 * each cell is) and the 图表 sheet already there; the second writes the data blocks (formulas over
 * the table cells, so the charts follow edits) and binds a chart to each block. A 图表 sheet of
 * ours that nobody changed is replaced; one with cells the clerk typed (or one that is not ours)
 * is kept, and the new sheet gets the next free name.
 *
 * Members: charts.add, Chart.name/title/legend/dataLabels/setPosition/axes, ChartSeries.name are
 * ExcelApi 1.1; ChartSeries.setValues/setXAxisValues 1.7; all within the 1.8 baseline. Page breaks
 * and page setup (1.9) only where the host has them.
 */
export async function writeChartSheet(previous: ReportData | null = null, copy: number = recalledCopy()): Promise<ChartSheetResult> {
  try {
    return await Excel.run(async (context) => {
      const finish = queueReportRead(context, copy);
      const sheets = context.workbook.worksheets.load('items/name');
      const base = copy > 1 ? `${CHART_SHEET_NAME} (${copy})` : CHART_SHEET_NAME;
      const old = context.workbook.worksheets.getItemOrNullObject(base);
      const oldCells = old.getUsedRangeOrNullObject(false).load('formulas,address');
      await context.sync();

      const read = readGrids(finish());
      const definitions = chartDefinitions(read.data.format, { inputs: read.inputs, year: read.data.year, previous });
      const locate = (id: string) => read.locations.get(id);
      const options = { year: read.data.year, agency: read.data.agency };
      let plan = buildChartSheetPlan(definitions, locate, { ...options, name: base });
      const at = oldCells.isNullObject ? null : parseRange(oldCells.address);
      const edits = old.isNullObject ? [] : chartSheetEdits(plan, at ? { row: at.row, col: at.col, formulas: oldCells.formulas } : null);
      let kept: string | undefined;
      if (edits.length) {
        kept = base;
        plan = buildChartSheetPlan(definitions, locate, { ...options, name: freeChartSheetName(base, sheets.items.map((s) => s.name)) });
      } else if (!old.isNullObject) {
        old.delete();
      }
      const sheet = context.workbook.worksheets.add(plan.sheet.name);
      queueChartSheet(sheet, plan);
      sheet.activate();
      await context.sync();
      return { sheet: plan.sheet.name, charts: plan.charts.length, ...(kept ? { kept, edits: edits.slice(0, 10) } : {}) };
    });
  } catch (error) {
    throw toAdapterError(error, '生成图表工作表');
  }
}

/** Queues the sheet's cells, its charts and its page breaks; nothing here syncs. */
export function queueChartSheet(sheet: Excel.Worksheet, plan: ChartSheetPlan): void {
  queueSheet(sheet, plan.sheet);
  sheet.showGridlines = false;
  for (const chart of plan.charts) queueChart(sheet, chart);
  if (supportsExcelApi('1.9')) for (const row of plan.pageBreaks) sheet.horizontalPageBreaks.add(range(sheet, { row, col: 0, rowSpan: 1, colSpan: 1 }));
}

function queueChart(sheet: Excel.Worksheet, planned: PlannedChart): void {
  const def = planned.definition;
  const chart = sheet.charts.add(def.kind === 'pie' ? 'Pie' : 'ColumnClustered', range(sheet, planned.source), 'Columns');
  chart.name = `年报图表-${def.id}`;
  chart.title.text = def.title;
  chart.title.format.font.size = 12;
  chart.title.format.font.bold = true;
  chart.format.font.name = '等线';
  chart.legend.position = def.kind === 'pie' ? 'Right' : 'Top';
  chart.legend.visible = def.kind === 'pie' || def.series.length > 1;
  if (def.kind === 'pie') {
    chart.dataLabels.showValue = true;
    chart.dataLabels.showPercentage = true;
  } else {
    chart.dataLabels.showValue = true;
    chart.axes.valueAxis.title.text = '件';
  }
  // Bound explicitly, so the chart does not depend on how Excel guesses headers in the block.
  planned.series.forEach((s, i) => {
    const series = chart.series.getItemAt(i);
    series.name = s.name;
    series.setValues(range(sheet, s.values));
    series.setXAxisValues(range(sheet, planned.categories));
  });
  const a = planned.anchor;
  chart.setPosition(rangeAddress(a.row, a.col), rangeAddress(a.row + a.rowSpan - 1, a.col + a.colSpan - 1));
}

function range(sheet: Excel.Worksheet, r: Rect): Excel.Range {
  return sheet.getRangeByIndexes(r.row, r.col, r.rowSpan, r.colSpan);
}
