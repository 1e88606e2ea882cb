/* eslint-disable @typescript-eslint/no-explicit-any */
import { cellAddress, chartDefinitions, SAMPLE_REPORT } from '../../src/core';
import { isNoReportSheets } from '../../src/port';
import * as wps from '../../src/wps';
import { parseAddress } from '../doubles/excel-double';
import { coveredCells, wpsChartsOn, wpsPageBreaksOn } from '../doubles/wps-charts';
import { WpsDouble } from '../doubles/wps-double';
import { expectedBlockCells, LAST_YEAR, sampleWps } from '../support/chart-workbooks';

/** A range's cells on the double as [formula, value] per cell, read from the model. */
function cellsOf(double: WpsDouble, address: string): { formula?: string; value: unknown }[] {
  const { sheet, rect } = parseAddress(address);
  const model = double.sheetModel(sheet!.replace(/^'|'$/g, ''));
  const out: { formula?: string; value: unknown }[] = [];
  for (let r = rect.row; r < rect.row + rect.rowSpan; r++)
    for (let c = rect.col; c < rect.col + rect.colSpan; c++) out.push({ formula: model.cells.get(`${r},${c}`)?.formula, value: double.store.valueOf(model, r, c) });
  return out;
}

const YEAR = SAMPLE_REPORT.year!;

describe('图表 sheet in WPS 表格', () => {
  it.each(['property', 'method'] as const)('is in the port, and binds each chart to a block of formulas over the table cells (WPS build with %s members)', async (style) => {
    const double = sampleWps(style);
    const port = wps.createWpsPort(double.application);
    expect(typeof port.writeChartSheet).toBe('function');
    expect(await port.writeChartSheet!(LAST_YEAR)).toEqual({ sheet: '图表', charts: 5 });

    const read = wps.readReport(double.application);
    const definitions = chartDefinitions(SAMPLE_REPORT.format, { inputs: read.inputs, year: read.data.year, previous: LAST_YEAR });
    const sheet = double.sheetModel('图表');
    const charts = wpsChartsOn(sheet);
    expect(double.count('Shapes.AddChart2')).toBe(5);
    expect(charts.map((c) => c.chartType)).toEqual([5, 5, 5, 51, 51]);
    expect(charts.map((c) => c.title.text)).toEqual(['主动公开信息发布渠道（条）', '新收申请的申请人构成（件）', '申请办理结果构成（件）', '行政复议、行政诉讼结果（件）', `${YEAR}年与${YEAR - 1}年对比（件）`]);
    expect(charts.map((c) => c.hasTitle)).toEqual([true, true, true, true, true]);

    charts.forEach((chart, k) => {
      const def = definitions[k];
      // Over the chart's anchor: E:J of its band, beside the block.
      const top = 3 + k * 13;
      expect(coveredCells(chart)).toEqual({ start: cellAddress(top, 4), end: cellAddress(top + 11, 9) });
      expect(chart.series.map((s) => s.name)).toEqual(def.series.map((s) => s.name));
      chart.series.forEach((series, j) => {
        expect(series.values).toMatch(/^图表!\$[A-Z]+\$\d+:\$[A-Z]+\$\d+$/);
        expect(cellsOf(double, series.xValues!).map((c) => c.value)).toEqual(def.categories);
        expect(cellsOf(double, series.values!)).toEqual(expectedBlockCells(def.series[j].values, read.locations));
      });
    });
    // Pies show value and share; columns their values, with 件 on the value axis.
    expect(charts[1].dataLabels).toEqual({ type: 2, showValue: true, showPercentage: true });
    expect(charts[3].valueAxisTitle).toBe('件');
    expect(charts[3].legendPosition).toBe(-4160);
    expect(charts[1].hasLegend).toBe(true);
    // Three bands to an A4 page, gridlines off, the sheet shown.
    expect(wpsPageBreaksOn(sheet)).toEqual([42]);
    expect(sheet.showGridlines).toBe(false);
    expect(double.snapshot().selection).toEqual({ sheet: '图表', address: 'A1' });
  });

  it('follows an edit of the table: the block recomputes from the cell', async () => {
    const double = sampleWps();
    await wps.createWpsPort(double.application).writeChartSheet!(null);
    const at = wps.readReport(double.application).locations.get('review.upheld')!;
    double.type(at.sheet, at.address, 41);
    const appeals = wpsChartsOn(double.sheetModel('图表')).find((c) => c.title.text.startsWith('行政复议'))!;
    expect(cellsOf(double, appeals.series[0].values!)[0].value).toBe(41);
  });

  it('replaces its own sheet when run again, and keeps a 图表 sheet with the clerk’s edits', async () => {
    const double = sampleWps();
    const port = wps.createWpsPort(double.application);
    await port.writeChartSheet!(null);
    expect(await port.writeChartSheet!(null)).toEqual({ sheet: '图表', charts: 4 });
    const chartSheets = () => double.snapshot().sheets.filter((s) => s.name.startsWith('图表'));
    expect(chartSheets()).toHaveLength(1);
    expect(wpsChartsOn(double.sheetModel('图表'))).toHaveLength(4);

    double.type('图表', 'A40', '我的备注');
    expect(await port.writeChartSheet!(null)).toEqual({ sheet: '图表（2）', charts: 4, kept: '图表', edits: ['A40'] });
    expect(cellsOf(double, '图表!A40')[0].value).toBe('我的备注');
    expect(wpsChartsOn(double.sheetModel('图表'))).toHaveLength(4);
    expect(wpsChartsOn(double.sheetModel('图表（2）'))).toHaveLength(4);
    // The new sheet's series point at its own blocks, not at the kept sheet.
    expect(wpsChartsOn(double.sheetModel('图表（2）'))[0].series[0].values).toMatch(/^'?图表（2）'?!/);

    // Run once more: the kept sheet is still the one with edits, and the next name is free.
    expect(await port.writeChartSheet!(null)).toEqual({ sheet: '图表（3）', charts: 4, kept: '图表', edits: ['A40'] });
    expect(chartSheets().map((s) => s.name)).toEqual(['图表', '图表（2）', '图表（3）']);
    // Deleting asks the user in WPS unless alerts are off: they are back on after.
    expect(double.displayAlerts).toBe(true);
  });

  it('says when there are no report sheets, and writes nothing', async () => {
    const double = new WpsDouble();
    const port = wps.createWpsPort(double.application);
    expect(isNoReportSheets(await port.writeChartSheet!(null).catch((e) => e))).toBe(true);
    expect(double.snapshot().sheets.map((s) => s.name)).toEqual(['Sheet1']);
  });

  it('leaves an old 图表 sheet as it was when drawing fails', async () => {
    const double = sampleWps();
    const port = wps.createWpsPort(double.application);
    await port.writeChartSheet!(null);
    const before = double.snapshot().sheets.find((s) => s.name === '图表');
    // A WPS build whose charts fail (the double's AddChart2 refuses): the pane gets a Chinese message.
    const failing = withShapes(double.application, () => ({
      AddChart2: () => {
        throw new Error('图表组件不可用');
      },
    }));
    const error = await wps.createWpsPort(failing).writeChartSheet!(null).catch((e) => e);
    expect(error.userMessage ?? error.message).toMatch(/生成图表工作表失败/);
    expect(double.snapshot().sheets.find((s) => s.name === '图表')).toEqual(before);
    // The half-drawn sheet is gone again.
    expect(double.snapshot().sheets.map((s) => s.name).filter((n) => n.startsWith('图表'))).toEqual(['图表']);
    // And one left behind by a WPS that closed while drawing does not stand in the way.
    double.application.ActiveWorkbook.Sheets.Add().Name = '图表（生成中）';
    expect(await port.writeChartSheet!(null)).toEqual({ sheet: '图表', charts: 4 });
    expect(double.snapshot().sheets.map((s) => s.name).filter((n) => n.startsWith('图表'))).toEqual(['图表']);
  });

  it('gets the planned series in a WPS build that reads the block the other way', async () => {
    const double = sampleWps();
    // SetSourceData by rows: one series per category, each one value long; the adapter removes the extra ones and rebinds.
    const byRows = withShapes(double.application, (shapes) => ({
      AddChart2: (...args: unknown[]) => {
        const shape = shapes.AddChart2(...args);
        const chart = shape.Chart;
        const rowsChart = new Proxy(chart, { get: (t, p) => (p === 'SetSourceData' ? (source: unknown) => t.SetSourceData(source, 1) : Reflect.get(t, p)) });
        return new Proxy(shape, { get: (t, p) => (p === 'Chart' ? rowsChart : Reflect.get(t, p)), set: (t, p, v) => Reflect.set(t, p, v) });
      },
    }));
    await wps.createWpsPort(byRows).writeChartSheet!(null);
    const expected = sampleWps();
    await wps.createWpsPort(expected.application).writeChartSheet!(null);
    const bindings = (d: WpsDouble) => wpsChartsOn(d.sheetModel('图表')).map((c) => c.series.map((x) => ({ ...x })));
    expect(double.count('Series.Delete')).toBeGreaterThan(0);
    expect(bindings(double)).toEqual(bindings(expected));
  });

});

/** The application with each worksheet's Shapes replaced: a WPS build that behaves otherwise. */
function withShapes(app: any, shapes: (real: any) => any): any {
  const sheet = (ws: any) => new Proxy(ws, { get: (target, prop) => (prop === 'Shapes' ? shapes(Reflect.get(target, prop)) : Reflect.get(target, prop)) });
  const sheets = (s: any) =>
    new Proxy(s, { get: (target, prop) => (prop === 'Item' || prop === 'Add' ? (...args: unknown[]) => sheet(target[prop](...args)) : Reflect.get(target, prop)) });
  const book = (b: any) =>
    new Proxy(b, {
      get: (target, prop) => {
        const v = Reflect.get(target, prop);
        if (prop !== 'Sheets') return v;
        return typeof v === 'function' ? () => sheets(v()) : sheets(v);
      },
    });
  return new Proxy(app, { get: (target, prop) => (prop === 'ActiveWorkbook' ? book(target.ActiveWorkbook) : Reflect.get(target, prop)) });
}
