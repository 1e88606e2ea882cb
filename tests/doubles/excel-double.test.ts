import { ExcelDouble, installExcelDouble, type InstalledDouble } from './excel-double';

/** The double must be at least as strict as Excel where the adapter could go wrong. */
let installed: InstalledDouble;
let double: ExcelDouble;

beforeEach(() => {
  installed = installExcelDouble(new ExcelDouble([{ name: 'Sheet1', cells: { A1: 1, A2: 2, A3: '=SUM(A1:A2)', B1: '已有内容' } }]));
  double = installed.double;
});
afterEach(() => installed.uninstall());

describe('Excel double', () => {
  it('throws when reading a property that was not loaded', async () => {
    await Excel.run(async (context) => {
      const range = context.workbook.worksheets.getItem('Sheet1').getRange('A1:A3');
      expect(() => range.values).toThrow(/not available.*load/);
      range.load('address');
      expect(() => range.address).toThrow(/not available/); // loaded, but not yet synced
      await context.sync();
      expect(range.address).toBe('Sheet1!A1:A3');
      expect(() => range.values).toThrow(/not available/);
    });
  });

  it('applies writes only at sync, and counts syncs', async () => {
    double.resetSyncCount();
    await Excel.run(async (context) => {
      const range = context.workbook.worksheets.getItem('Sheet1').getRange('A1');
      range.values = [[10]];
      expect(double.snapshot().sheets[0].cells.A1.value).toBe(1);
      const total = context.workbook.worksheets.getItem('Sheet1').getRange('A3').load('values,formulas');
      await context.sync();
      expect(double.snapshot().sheets[0].cells.A1.value).toBe(10);
      expect(total.values).toEqual([[12]]);
      expect(total.formulas).toEqual([['=SUM(A1:A2)']]);
    });
    expect(double.syncCount).toBe(1);
  });

  it('rejects arrays whose shape differs from the range, at sync', async () => {
    await expect(
      Excel.run(async (context) => {
        context.workbook.worksheets.getItem('Sheet1').getRange('A1:B2').values = [[1, 2]];
        await context.sync();
      }),
    ).rejects.toMatchObject({ code: 'InvalidArgument' });
  });

  it('refuses a second sheet or name of the same name', async () => {
    await expect(
      Excel.run(async (context) => {
        context.workbook.worksheets.add('sheet1');
        await context.sync();
      }),
    ).rejects.toMatchObject({ code: 'ItemAlreadyExists' });
    await Excel.run(async (context) => {
      context.workbook.names.add('MY_NAME', context.workbook.worksheets.getItem('Sheet1').getRange('A1:A2'));
      await context.sync();
    });
    await expect(
      Excel.run(async (context) => {
        context.workbook.names.add('my_name', 'Sheet1!A1');
        await context.sync();
      }),
    ).rejects.toMatchObject({ code: 'ItemAlreadyExists' });
    expect(double.snapshot().names).toEqual({ MY_NAME: 'Sheet1!A1:A2' });
  });

  it('gives null objects for *OrNullObject, also when chained', async () => {
    await Excel.run(async (context) => {
      const missing = context.workbook.names.getItemOrNullObject('NOPE').getRangeOrNullObject().load('values');
      const sheet = context.workbook.worksheets.getItemOrNullObject('Sheet1');
      expect(() => missing.isNullObject).toThrow();
      await context.sync();
      expect(missing.isNullObject).toBe(true);
      expect(sheet.isNullObject).toBe(false);
    });
    await expect(
      Excel.run(async (context) => {
        context.workbook.names.getItemOrNullObject('NOPE').getRange().load('values');
        await context.sync();
      }),
    ).rejects.toMatchObject({ code: 'ItemNotFound' });
  });

  it('records merges, validation, conditional formats and protection; guards locked cells', async () => {
    await Excel.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem('Sheet1');
      sheet.getRange('C1:D1').merge(false);
      const input = sheet.getRange('A1');
      input.format.protection.locked = false;
      input.dataValidation.rule = { wholeNumber: { formula1: 0, formula2: 10, operator: 'Between' } };
      input.dataValidation.prompt = { showPrompt: true, title: '件数', message: '填写非负整数' };
      const cf = sheet.getRange('A3').conditionalFormats.add('Custom');
      cf.custom.rule.formula = '=A3<>0';
      cf.custom.format.fill.color = '#ffc7ce';
      sheet.protection.protect({ allowFormatCells: true });
      sheet.getRange('A1').values = [[5]]; // unlocked: allowed
      await context.sync();
    });
    const sheet = double.snapshot().sheets[0];
    expect(sheet.merges).toEqual(['C1:D1']);
    expect(sheet.validations.A1.prompt.title).toBe('件数');
    expect(sheet.conditionalFormats).toEqual([{ address: 'A3', type: 'Custom', formula: '=A3<>0', fill: '#FFC7CE' }]);
    expect(sheet.cells.A1.value).toBe(5);
    await expect(
      Excel.run(async (context) => {
        context.workbook.worksheets.getItem('Sheet1').getRange('B1').values = [['覆盖']];
        await context.sync();
      }),
    ).rejects.toMatchObject({ code: 'AccessDenied' });
    expect(double.snapshot().sheets[0].cells.B1.value).toBe('已有内容');
  });

  it('reports requirement sets up to ExcelApi 1.8 by default and hides page layout below 1.9', async () => {
    expect(Office.context.requirements.isSetSupported('ExcelApi', '1.8')).toBe(true);
    expect(Office.context.requirements.isSetSupported('ExcelApi', '1.9')).toBe(false);
    await expect(
      Excel.run(async (context) => {
        context.workbook.worksheets.getItem('Sheet1').pageLayout.orientation = 'Landscape';
        await context.sync();
      }),
    ).rejects.toMatchObject({ code: 'ApiNotFound' });
  });
});
