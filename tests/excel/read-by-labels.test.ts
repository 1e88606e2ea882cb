import { buildWorkbookPlan, SAMPLE_REPORT, type WorkbookPlan } from '../../src/core';
import { insertReportSheets, readReport } from '../../src/excel';
import * as wps from '../../src/wps';
import { ExcelDouble, installExcelDouble, type InstalledDouble } from '../doubles/excel-double';
import { WpsDouble } from '../doubles/wps-double';
import { deleteNames } from '../support/excel-names';

/**
 * A clerk deletes the defined names (Formulas › Name Manager), or copies the sheets into another
 * workbook: the Office.js and WPS readers find the tables by their labels through the core's one
 * search, and read the same data. Office.js stays batched: two syncs whatever the workbook holds.
 */
const options = { format: '2021' as const, year: 2024, agency: '示例县人民政府办公室' };
let installed: InstalledDouble | undefined;
afterEach(() => installed?.uninstall());

/** The sample's inputs typed into the inserted sheets (totals compute themselves). */
function sampleInputs(plan: WorkbookPlan): { sheet: string; row: number; col: number; value: number }[] {
  return Object.entries(SAMPLE_REPORT.cells).flatMap(([id, value]) => {
    const at = plan.addressOf.get(id)!;
    const cell = plan.sheets.find((s) => s.name === at.sheet)!.cells.find((c) => c.row === at.row && c.col === at.col)!;
    return cell.formula ? [] : [{ sheet: at.sheet, row: at.row, col: at.col, value: value as number }];
  });
}

async function excelWithSample(double = new ExcelDouble()) {
  installed = installExcelDouble(double);
  await insertReportSheets({ ...options, copy: 1 });
  await Excel.run(async (context) => {
    for (const c of sampleInputs(buildWorkbookPlan(options))) context.workbook.worksheets.getItem(c.sheet).getRangeByIndexes(c.row, c.col, 1, 1).values = [[c.value]];
    await context.sync();
  });
  return double;
}

describe('reading the report when its defined names are gone (Office.js)', () => {
  it('reads the same data, cells at the same places, in two syncs', async () => {
    const double = await excelWithSample();
    double.resetSyncCount();
    const byName = await readReport(1);
    expect(double.syncCount).toBe(1);
    expect(byName.data).toEqual({ ...options, cells: SAMPLE_REPORT.cells });

    deleteNames(double);
    double.resetSyncCount();
    const byLabels = await readReport(1);
    expect(double.syncCount).toBe(2);
    expect(byLabels.data).toEqual(byName.data);
    expect(byLabels.locations).toEqual(byName.locations);
    expect(byLabels.inputs).toEqual(byName.inputs);
    expect(byLabels.diagnostics).toEqual(byName.diagnostics);
  });

  it('finds one table whose name alone was deleted, the others by name', async () => {
    const double = await excelWithSample();
    const byName = await readReport(1);
    deleteNames(double, ['NB_T3']);
    double.resetSyncCount();
    const read = await readReport(1);
    expect(double.syncCount).toBe(2);
    expect(read.data).toEqual(byName.data);
    expect(read.locations.get('applications.total.total')).toMatchObject({ sheet: '表三 依申请公开', address: 'J30', isFormula: true });
  });

  it('keeps to two syncs however many sheets and rows the workbook has (another tool’s workbook: every sheet searched)', async () => {
    const counts: number[] = [];
    for (const extra of [0, 12]) {
      const ledger = Array.from({ length: extra }, (_, i) => ({
        name: `台账${i + 1}`,
        cells: Object.fromEntries(Array.from({ length: 300 }, (_, r) => [`A${r + 1}`, `登记 ${r + 1}`])),
      }));
      const double = await excelWithSample(new ExcelDouble([{ name: 'Sheet1' }, ...ledger]));
      // Sheets renamed as another tool would: the own sheet names are gone too.
      for (const sheet of double.sheets) if (/^表[二三四]/.test(sheet.name)) sheet.name = `导出-${sheet.name.slice(0, 2)}`;
      deleteNames(double);
      double.resetSyncCount();
      const read = await readReport(1);
      counts.push(double.syncCount);
      expect(read.data.cells).toEqual(SAMPLE_REPORT.cells);
      expect(read.locations.get('applications.total.total')).toMatchObject({ sheet: '导出-表三', address: 'J30' });
      installed!.uninstall();
      installed = undefined;
    }
    expect(counts).toEqual([2, 2]);
  });

  it('still says there is nothing to read when neither names nor labels find a table', async () => {
    installed = installExcelDouble(new ExcelDouble([{ name: 'Sheet1', cells: { A1: '表三' } }]));
    await expect(readReport(1)).rejects.toMatchObject({ userMessage: expect.stringContaining('没有找到年报工作表') });
  });
});

describe('reading the report when its defined names are gone (WPS)', () => {
  it('reads the same data as with the names, and as the Office.js reader without them', async () => {
    const double = new WpsDouble();
    wps.insertReportSheets(double.application, { ...options, copy: 1 });
    for (const c of sampleInputs(buildWorkbookPlan(options))) double.type(c.sheet, `${String.fromCharCode(65 + c.col)}${c.row + 1}`, c.value);
    const byName = wps.readReport(double.application);
    expect(byName.data).toEqual({ ...options, cells: SAMPLE_REPORT.cells });

    const names = double.application.ActiveWorkbook.Names;
    while (names.Count > 0) names.Item(1).Delete();
    const byLabels = wps.readReport(double.application);
    expect(byLabels.data).toEqual(byName.data);
    expect(byLabels.locations).toEqual(byName.locations);
    expect(byLabels.inputs).toEqual(byName.inputs);

    const excelDouble = await excelWithSample();
    deleteNames(excelDouble);
    expect(byLabels).toEqual(await readReport(1));
  });
});
