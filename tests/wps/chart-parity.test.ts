import * as excel from '../../src/excel';
import * as wps from '../../src/wps';
import { chartsOn } from '../doubles/excel-charts';
import { coveredCells, wpsChartsOn } from '../doubles/wps-charts';
import { LAST_YEAR, sampleExcel, sampleWps } from '../support/chart-workbooks';
import { comparable } from '../support/wps-parity';

/**
 * The 图表 sheet through the WPS adapter against the Office.js adapter, on the same sample workbook:
 * the same cells (captions, blocks, formulas), merges, and the same charts (type, title, series
 * bound to the same ranges, over the same cells).
 */
const EXCEL_TYPE: Record<string, number> = { Pie: 5, ColumnClustered: 51 };

async function viaExcel() {
  const installed = await sampleExcel();
  try {
    const result = await excel.writeChartSheet(LAST_YEAR, 1);
    const sheet = installed.double.sheet(result.sheet)!;
    return {
      result,
      snapshot: comparable(installed.double.snapshot()),
      charts: chartsOn(sheet).map((c) => ({ type: EXCEL_TYPE[c.chartType], title: c.title.text, series: c.series, cells: { start: c.position!.start, end: c.position!.end } })),
    };
  } finally {
    installed.uninstall();
  }
}

function viaWps(style: 'property' | 'method') {
  const double = sampleWps(style);
  const result = wps.writeChartSheet(double.application, LAST_YEAR, 1);
  return {
    result,
    snapshot: comparable(double.snapshot()),
    charts: wpsChartsOn(double.sheetModel(result.sheet)).map((c) => ({ type: c.chartType, title: c.title.text, series: c.series, cells: coveredCells(c) })),
  };
}

describe('the 图表 sheet through WPS and through Office.js', () => {
  it.each(['property', 'method'] as const)('is the same sheet with the same charts (WPS build with %s members)', async (style) => {
    const a = await viaExcel();
    const b = viaWps(style);
    expect(b.result).toEqual(a.result);
    const sheetOf = (s: typeof a.snapshot) => s.sheets.find((x) => x.name === '图表')!;
    expect(Object.keys(sheetOf(b.snapshot).cells).length).toBeGreaterThan(60);
    expect(sheetOf(b.snapshot).cells).toEqual(sheetOf(a.snapshot).cells);
    expect(sheetOf(b.snapshot).merges).toEqual(sheetOf(a.snapshot).merges);
    expect(b.charts).toHaveLength(5);
    expect(b.charts).toEqual(a.charts);
  });
});
