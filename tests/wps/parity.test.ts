import { buildWorkbookPlan, SAMPLE_REPORT, validateRead } from '../../src/core';
import * as excel from '../../src/excel';
import * as wps from '../../src/wps';
import { ExcelDouble, installExcelDouble } from '../doubles/excel-double';
import { WpsDouble } from '../doubles/wps-double';
import { comparable } from '../support/wps-parity';

/**
 * The WPS adapter against the Office.js adapter: the same insert on each host's double gives the
 * same workbook (cells, formulas, merges, validation, names, conditional formats), and reading both
 * back gives the same report.
 */
const options = { format: '2021' as const, year: 2024, agency: '示例县人民政府办公室' };

async function viaExcel(copy = 1) {
  const double = new ExcelDouble();
  const installed = installExcelDouble(double);
  try {
    await excel.insertReportSheets({ ...options, copy });
    return { double, read: await excel.readReport(copy) };
  } finally {
    installed.uninstall();
  }
}

describe('the WPS adapter against the Office.js adapter', () => {
  it.each(['property', 'method'] as const)('inserts the same workbook (WPS build with %s members)', async (style) => {
    const excelSide = await viaExcel();
    const double = new WpsDouble({ style });
    const existing = wps.checkExistingSheets(double.application);
    expect(existing).toEqual({ conflicts: [], nextCopy: 1 });
    expect(wps.insertReportSheets(double.application, { ...options, copy: 1 }).sheets).toEqual(['基本信息', '表二 主动公开', '表三 依申请公开', '表四 复议诉讼', '正文素材']);

    const a = comparable(excelSide.double.snapshot());
    const b = comparable(double.snapshot());
    expect(b.names).toEqual(a.names);
    expect(b.sheets.map((s) => s.name)).toEqual(['Sheet1', '基本信息', '表二 主动公开', '表三 依申请公开', '表四 复议诉讼', '正文素材']);
    for (let i = 0; i < a.sheets.length; i++) expect(b.sheets[i]).toEqual(a.sheets[i]);
    // The focus is where the clerk starts: the agency cell of 基本信息.
    expect(double.snapshot().selection).toEqual(excelSide.double.snapshot().selection);
  });

  it('reads back the same report, before and after a clerk types the sample', async () => {
    const excelSide = await viaExcel();
    const double = new WpsDouble();
    wps.insertReportSheets(double.application, { ...options, copy: 1 });
    expect(wps.readReport(double.application)).toEqual(excelSide.read);

    const plan = buildWorkbookPlan(options);
    for (const [id, value] of Object.entries(SAMPLE_REPORT.cells)) {
      const at = plan.addressOf.get(id)!;
      const cell = plan.sheets.find((s) => s.name === at.sheet)!.cells.find((c) => c.row === at.row && c.col === at.col)!;
      if (cell.formula) continue;
      double.type(at.sheet, `${String.fromCharCode(65 + at.col)}${at.row + 1}`, value as number);
    }
    const read = wps.readReport(double.application);
    expect(read.diagnostics).toEqual([]);
    expect(read.data).toEqual({ ...options, cells: SAMPLE_REPORT.cells });
    expect(validateRead(read).findings.filter((f) => f.status === 'fail')).toEqual([]);
  });

  it('keeps a clerk out of locked cells, and a second set goes beside the first', () => {
    const double = new WpsDouble();
    wps.insertReportSheets(double.application, { ...options, copy: 1 });
    expect(() => double.type('表三 依申请公开', 'J7', 5)).toThrow(/locked/);
    const existing = wps.checkExistingSheets(double.application);
    expect(existing.nextCopy).toBe(2);
    wps.insertReportSheets(double.application, { ...options, copy: existing.nextCopy });
    expect(Object.keys(double.snapshot().names)).toContain('NB_T3_2');
    expect(wps.readReport(double.application, 2).data.agency).toBe(options.agency);
  });

  it('selects a finding\'s cells on their sheet', () => {
    const double = new WpsDouble();
    wps.insertReportSheets(double.application, { ...options, copy: 1 });
    wps.goToCells(double.application, [{ sheet: '表三 依申请公开', address: 'D9' } as never]);
    expect(double.snapshot().selection).toEqual({ sheet: '表三 依申请公开', address: 'D9' });
    wps.goToCells(double.application, [{ sheet: '表二 主动公开', address: 'B5' }, { sheet: '表二 主动公开', address: 'C6' }] as never);
    expect(double.snapshot().selection).toEqual({ sheet: '表二 主动公开', address: 'B5,C6' });
  });

  it('says plainly when there are no report sheets', () => {
    const double = new WpsDouble();
    expect(() => wps.readReport(double.application)).toThrow(/没有找到年报工作表/);
  });
});
