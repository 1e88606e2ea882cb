import { buildWorkbookPlan, SAMPLE_REPORT, type CellData } from '../../src/core';
import { clearMarks, findingLocations, goToCells, insertReportSheets, markFindings, tableSheets, validateWorkbook } from '../../src/excel';
import { ExcelDouble, installExcelDouble, type InstalledDouble } from '../doubles/excel-double';

let installed: InstalledDouble;
afterEach(() => installed?.uninstall());
const options = { format: '2021' as const, year: 2024, agency: '示例县人民政府办公室' };

/** Inserts the sheets and types the given inputs as a clerk would. */
async function workbookWith(cells: CellData): Promise<ExcelDouble> {
  installed = installExcelDouble(new ExcelDouble());
  await insertReportSheets({ ...options, copy: 1 });
  const plan = buildWorkbookPlan(options);
  await Excel.run(async (context) => {
    for (const [id, value] of Object.entries(cells)) {
      const at = plan.addressOf.get(id)!;
      if (plan.sheets.find((s) => s.name === at.sheet)!.cells.find((c) => c.row === at.row && c.col === at.col)!.formula) continue;
      context.workbook.worksheets.getItem(at.sheet).getRangeByIndexes(at.row, at.col, 1, 1).values = [[value ?? '']];
    }
    await context.sync();
  });
  installed.double.resetSyncCount();
  return installed.double;
}

describe('validation in Excel', () => {
  it('reads and validates in one sync, whatever the number of findings', async () => {
    const double = await workbookWith({ ...SAMPLE_REPORT.cells, 'applications.carriedForward.naturalPerson': 6 });
    const { report } = await validateWorkbook();
    expect(double.syncCount).toBe(1);
    expect(report.findings.map((f) => f.rule)).toEqual(['T3-1', 'T3-1']);

    const empty = await workbookWith({});
    const blank = await validateWorkbook();
    expect(empty.syncCount).toBe(1);
    expect(blank.report.findings.length).toBeGreaterThan(3);
  });

  it('takes the clerk to the cells of a finding in one sync', async () => {
    const double = await workbookWith({ ...SAMPLE_REPORT.cells, 'review.pending': '无' });
    const { report, read } = await validateWorkbook();
    const finding = report.findings.find((f) => f.rule === 'T3-4')!;
    double.resetSyncCount();
    await goToCells(findingLocations(finding, read));
    expect(double.syncCount).toBe(1);
    expect(double.snapshot()).toMatchObject({ activeSheet: '表四 复议诉讼', selection: { sheet: '表四 复议诉讼', address: 'D7' } });
  });

  it('marks in one sync and clears without touching any format, the clerk’s own included', async () => {
    const double = await workbookWith({ ...SAMPLE_REPORT.cells, 'applications.carriedForward.naturalPerson': 6, 'review.pending': 'x' });
    // The clerk's own conditional format must survive a clear.
    await Excel.run(async (context) => {
      const own = context.workbook.worksheets.getItem('表三 依申请公开').getRange('D7:I7').conditionalFormats.add('Custom');
      own.custom.rule.formula = '=D7>100';
      own.custom.format.fill.color = '#FFFF00';
      await context.sync();
    });
    const before = JSON.stringify(double.snapshot().sheets);
    const { report, read } = await validateWorkbook();
    double.resetSyncCount();
    const marked = await markFindings(report.findings, read);
    expect(double.syncCount).toBe(1);
    expect(marked).toBeGreaterThan(4);
    expect(JSON.stringify(double.snapshot().sheets)).not.toBe(before);
    const t3 = double.snapshot().sheets.find((s) => s.name === '表三 依申请公开')!;
    expect(t3.conditionalFormats.filter((f) => f.formula?.includes('nianbao-mark')).map((f) => f.address)).toContain('D31');

    double.resetSyncCount();
    expect(await clearMarks(tableSheets(read))).toBe(marked);
    expect(double.syncCount).toBe(2);
    expect(JSON.stringify(double.snapshot().sheets)).toBe(before); // every cell, format and rule as it was
  });
});
