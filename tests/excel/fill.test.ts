import { buildWorkbookPlan, cellAddress, type CellLocation } from '../../src/core';
import { fillBlankCells, insertReportSheets, validateWorkbook } from '../../src/excel';
import { ExcelDouble, installExcelDouble, type InstalledDouble } from '../doubles/excel-double';

let installed: InstalledDouble;
afterEach(() => installed?.uninstall());
const options = { format: '2021' as const, year: 2024, agency: '示例县人民政府办公室' };

/** 「空白的都填 0」: only blank input cells, read again first, in two round trips whatever their number. */
describe('filling blank cells with 0', () => {
  it('writes 0 into the table’s blank input cells in two syncs, never over a value typed since, a text or a formula', async () => {
    installed = installExcelDouble(new ExcelDouble());
    await insertReportSheets({ ...options, copy: 1 });
    const { report, read } = await validateWorkbook();
    const blanks = report.findings.find((f) => f.rule === 'T3-4' && f.fillZero)!;
    expect(blanks.message).toMatch(/^表三尚有 \d+ 个空白单元格/);
    const plan = buildWorkbookPlan(options);
    const t3 = plan.sheets.find((s) => s.key === 'applications')!;
    // Only input cells are offered: none of them is a formula in the plan.
    for (const id of blanks.fillZero!) {
      const at = plan.addressOf.get(id)!;
      expect(t3.cells.find((c) => c.row === at.row && c.col === at.col)!.formula).toBeUndefined();
    }
    // Meanwhile the clerk types a number and a text into two of them.
    await Excel.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem(t3.name);
      sheet.getRange('D7').values = [[17]];
      sheet.getRange('E7').values = [['无']];
      await context.sync();
    });
    const locations = blanks.fillZero!.map((id) => read.locations.get(id)).filter((l): l is CellLocation => !!l);
    // A total slipped into the list by mistake is still left alone.
    const total = read.locations.get('applications.newReceived.total')!;
    installed.double.resetSyncCount();
    const filled = await fillBlankCells([...locations, total]);
    expect(installed.double.syncCount).toBe(2);
    expect(filled).toBe(locations.length - 2);
    const cells = installed.double.snapshot().sheets.find((s) => s.name === t3.name)!.cells;
    expect(cells.D7.value).toBe(17);
    expect(cells.E7.value).toBe('无');
    expect(cells.F7.value).toBe(0);
    expect(cells[cellAddress(total.row, total.col)].formula).toMatch(/^=SUM/);
    // Nothing left to fill: one sync, no write.
    installed.double.resetSyncCount();
    expect(await fillBlankCells(locations)).toBe(0);
    expect(installed.double.syncCount).toBe(1);
  });
});
