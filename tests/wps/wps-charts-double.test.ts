import { wpsChartsOn, wpsPageBreaksOn } from '../doubles/wps-charts';
import { WpsDouble } from '../doubles/wps-double';

/** The chart members of the WPS double are strict as the rest: unknown members, wrong values and wrong order throw. */
function sheetWithBlock(style: 'property' | 'method' = 'property') {
  const double = new WpsDouble({ style });
  const sheet = double.application.ActiveWorkbook.Sheets;
  const ws = (typeof sheet === 'function' ? sheet() : sheet).Item(1);
  ws.Range('A1:C3').Value2 = [['', '甲', '乙'], ['一', 1, 2], ['二', 3, 4]];
  return { double, ws };
}

describe('charts in the WPS double', () => {
  it('makes series from a block with names on top and categories on the left, bound to absolute ranges', () => {
    const { double, ws } = sheetWithBlock();
    const chart = ws.Shapes.AddChart2(null, 51, 0, 0, 300, 200).Chart;
    chart.SetSourceData(ws.Range('A1:C3'), 2);
    expect(wpsChartsOn(double.sheetModel('Sheet1'))[0].series).toEqual([
      { name: '甲', values: 'Sheet1!$B$2:$B$3', xValues: 'Sheet1!$A$2:$A$3' },
      { name: '乙', values: 'Sheet1!$C$2:$C$3', xValues: 'Sheet1!$A$2:$A$3' },
    ]);
    ws.Name = '改名';
    expect(wpsChartsOn(double.sheetModel('改名'))[0].series[0].values).toBe('改名!$B$2:$B$3');
    expect(double.count('Shapes.AddChart2')).toBe(1);
    expect(double.count('Chart.SetSourceData')).toBe(1);
  });

  it('refuses what WPS refuses or the double does not model', () => {
    const { ws } = sheetWithBlock();
    expect(() => ws.Shapes.AddChart2(null, 999)).toThrow(/chart type/);
    expect(() => ws.Shapes.AddChart2(null, 5, -1)).toThrow(/not a size/);
    expect(() => ws.ChartObjects).toThrow(/not modelled/);
    const pie = ws.Shapes.AddChart2(null, 5, 0, 0, 300, 200).Chart;
    expect(() => pie.ChartTitle).toThrow(/HasTitle is false/);
    expect(() => pie.ApplyDataLabels(2)).toThrow(/without series/);
    expect(() => pie.Axes(2)).toThrow(/no axes/);
    expect(() => pie.SetSourceData('A1:C3')).toThrow(/Range object/);
    pie.SetSourceData(ws.Range('A1:B3'), 2);
    pie.HasLegend = false;
    expect(() => pie.Legend).toThrow(/HasLegend is false/);
    pie.HasLegend = true;
    expect(() => (pie.Legend.Position = 7)).toThrow(/XlLegendPosition/);
    const series = pie.SeriesCollection.Item(1);
    expect(() => (series.Values = ws.Range('A1:C3'))).toThrow(/one row or column/);
    expect(() => pie.SeriesCollection.Item(2)).toThrow(/has 1 series/);
    expect(() => (pie.Title = 'x')).toThrow(/not modelled/);
  });

  it('has SeriesCollection as a method in builds with method members', () => {
    const { ws } = sheetWithBlock('method');
    const chart = ws.Shapes.AddChart2(null, 51, 0, 0, 300, 200).Chart;
    chart.SetSourceData(ws.Range('A1:C3'), 2);
    expect(typeof chart.SeriesCollection).toBe('function');
    expect(chart.SeriesCollection().Count).toBe(2);
  });

  it('measures ranges in points and keeps page breaks', () => {
    const { double, ws } = sheetWithBlock();
    ws.Range('A1').ColumnWidth = 10;
    ws.Range('A2').RowHeight = 20;
    expect(ws.Range('B3').Left).toBe(Math.round(10 * 7 + 5) * 0.75);
    expect(ws.Range('B3').Top).toBe(13.5 + 20);
    expect(ws.Range('A1:A2').Height).toBe(33.5);
    ws.HPageBreaks.Add(ws.Range('A5'));
    expect(wpsPageBreaksOn(double.sheetModel('Sheet1'))).toEqual([4]);
  });
});
