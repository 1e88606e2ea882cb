import { defineSpecs, ExcelDouble, extendSpec, installExcelDouble, type InstalledDouble, type SheetModel } from './excel-double';

/**
 * The extension point of the Excel double: a module that models more of Office.js (charts, say)
 * defines its classes and hooks them into existing ones, and they are as strict as the rest.
 */
let installed: InstalledDouble | undefined;
afterEach(() => installed?.uninstall());

defineSpecs({
  testGadgets: {
    type: 'TestGadgetCollection',
    props: { count: { get: (s: SheetModel) => s.cells.size } },
  },
});
extendSpec('worksheet', { nav: { gadgets: { kind: 'testGadgets', resolve: (s) => s } } }, { 'Worksheet.gadgets': '1.9' });

describe('extending the Excel double', () => {
  it('reaches the new member through the worksheet, loaded and synced like any other', async () => {
    installed = installExcelDouble(new ExcelDouble([{ name: 'Sheet1', cells: { A1: 1, B2: 2 } }], { excelApi: '1.9' }));
    const count = await Excel.run(async (context) => {
      const gadgets = (context.workbook.worksheets.getItem('Sheet1') as unknown as { gadgets: { count: number; load(p: string): unknown } }).gadgets;
      expect(() => gadgets.count).toThrow(/not available/);
      gadgets.load('count');
      await context.sync();
      return gadgets.count;
    });
    expect(count).toBe(2);
  });

  it('keeps the new member behind its requirement set, and refuses a member defined twice', async () => {
    installed = installExcelDouble(new ExcelDouble([{ name: 'Sheet1' }], { excelApi: '1.8' }));
    await expect(
      Excel.run(async (context) => {
        void (context.workbook.worksheets.getItem('Sheet1') as unknown as { gadgets: unknown }).gadgets;
        await context.sync();
      }),
    ).rejects.toMatchObject({ code: 'ApiNotFound' });
    expect(() => extendSpec('worksheet', { nav: { gadgets: { kind: 'testGadgets', resolve: (s) => s } } })).toThrow(/defined twice/);
    expect(() => extendSpec('worksheet', { methods: { getRange: () => undefined } })).toThrow(/defined twice/);
  });
});
