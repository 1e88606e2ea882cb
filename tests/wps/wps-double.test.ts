import { WpsDouble, WpsDoubleError } from '../doubles/wps-double';
import { findWpsApplication, member } from '../../src/wps';
import { installWpsDouble } from '../doubles/wps-double';

describe('the WPS double is strict', () => {
  it('throws on members it does not model, and on writing read-only ones', () => {
    const app = new WpsDouble().application;
    expect(() => app.ActiveWorkbook.Charts).toThrow(WpsDoubleError);
    expect(() => app.ActiveWorkbook.Sheets.Item(1).Range('A1').Comment).toThrow(/Range.Comment is not modelled/);
    expect(() => (app.ActiveWorkbook.Sheets.Item(1).Range('A1').Row = 3)).toThrow(/read-only/);
    expect(() => app.ActiveWorkbook.Sheets.Item('没有')).toThrow(/下标越界/);
  });

  it('counts calls, applies writes at once, and computes formulas', () => {
    const double = new WpsDouble();
    const sheet = double.application.ActiveWorkbook.Sheets.Item(1);
    sheet.Range('A1:B1').Value2 = [[2, 3]];
    sheet.Range('C1').Formula = '=SUM(A1:B1)';
    expect(sheet.Range('C1').Value2).toBe(5);
    expect(sheet.Range('A1:C1').Formula).toEqual([['2', '3', '=SUM(A1:B1)']]);
    expect(double.count('Range.Value2')).toBe(2);
    expect(() => (sheet.Range('A1:B1').Value2 = [[1]])).toThrow(/does not fit/);
  });

  it('keeps colours as BGR integers, selection to the active sheet, and a build may make members methods', () => {
    const double = new WpsDouble({ style: 'method', sheets: ['Sheet1', 'Sheet2'] });
    const sheets = double.application.ActiveWorkbook.Sheets;
    expect(typeof sheets).toBe('function');
    const second = sheets().Item(2);
    second.Range('A1').Interior.Color = 0x0000ff;
    expect(double.snapshot().sheets[1].cells.A1.format.fill).toBe('#FF0000');
    expect(() => second.Range('A1').Select()).toThrow(/not the active sheet/);
    second.Activate();
    second.Range('B2').Select();
    expect(double.snapshot().selection).toEqual({ sheet: 'Sheet2', address: 'B2' });
    expect(member(second.Range('A1:B2'), 'Address')).toBe('$A$1:$B$2');
  });

  it('is found where a WPS 加载项 finds it', () => {
    expect(findWpsApplication({})).toBeNull();
    const { double, uninstall } = installWpsDouble();
    try {
      expect(findWpsApplication()).toBe(double.application);
      expect(findWpsApplication({ Application: double.application })).toBe(double.application);
    } finally {
      uninstall();
    }
  });
});
