import { buildWorkbookPlan, SAMPLE_REPORT, type CellData } from '../../src/core';
import {
  applyCarryOver,
  carryOverProposals,
  loadPreviousReport,
  savePreviousReport,
  auditEntries,
  canDismiss,
  clearMarks,
  dismiss,
  dismissalKey,
  exportAuditSheet,
  findingLocations,
  goToCells,
  insertReportSheets,
  loadDismissals,
  markFindings,
  saveDismissals,
  tableSheets,
  undismiss,
  validateWorkbook,
  watchReportSheets,
} from '../../src/excel';
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

  it('selects all the cells of a finding where ExcelApi 1.9 allows several areas', async () => {
    const double = await workbookWith({ ...SAMPLE_REPORT.cells, 'applications.carriedForward.naturalPerson': 6 });
    double.excelApiMinor = 9;
    const { report, read } = await validateWorkbook();
    await goToCells(findingLocations(report.findings[0], read));
    expect(double.snapshot().selection).toEqual({ sheet: '表三 依申请公开', address: 'D31,D7,D8,D30' });
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
    expect(await clearMarks([...tableSheets(read), '报告正文'])).toBe(marked); // a sheet since deleted is skipped
    expect(double.syncCount).toBe(3);
    expect(JSON.stringify(double.snapshot().sheets)).toBe(before); // every cell, format and rule as it was
  });
});

describe('审核报告 and explanations', () => {
  it('writes the audit report to a new sheet in two syncs, never over an existing one', async () => {
    const double = await workbookWith({ ...SAMPLE_REPORT.cells, 'applications.carriedForward.naturalPerson': 6, 'active.fees.amount': 20906000 });
    await Excel.run(async (context) => {
      context.workbook.worksheets.add('审核报告').getRange('A1').values = [['去年的审核报告']];
      await context.sync();
    });
    const { report, read } = await validateWorkbook();
    const explained = report.findings.find((f) => f.rule === 'T2-1')!;
    const dismissals = dismiss([], explained, '本单位收费确为 2090.6 万元，系填写单位有误已更正');
    double.resetSyncCount();
    const name = await exportAuditSheet(auditEntries(report, read, dismissals), '示例 审核报告', '2026-01-20');
    expect(double.syncCount).toBe(2);
    expect(name).toBe('审核报告 (2)');
    const sheets = double.snapshot().sheets;
    expect(sheets.find((s) => s.name === '审核报告')!.cells.A1.value).toBe('去年的审核报告');
    const audit = sheets.find((s) => s.name === '审核报告 (2)')!;
    expect(audit.cells.A3.value).toBe('序号');
    expect(audit.cells.C4.value).toBe('T3-1 勾稽关系');
    expect(audit.cells.D4.value).toContain('表三 依申请公开!D31');
    const t21 = Object.entries(audit.cells).find(([, c]) => String(c.value).startsWith('T2-1 '))![0].replace(/^C/, 'G');
    expect(audit.cells[t21].value).toContain('系填写单位有误已更正');
  });

  it('keeps explanations in the document settings, so they survive save and reopen', async () => {
    const double = await workbookWith({ ...SAMPLE_REPORT.cells, 'active.fees.amount': 0.3512 });
    const { report } = await validateWorkbook();
    const warning = report.findings.find((f) => f.rule === 'T2-1')!;
    expect(canDismiss(warning)).toBe(true);
    expect(canDismiss({ ...warning, severity: 'error' })).toBe(false);
    await saveDismissals(dismiss(loadDismissals(), warning, '按财政口径保留四位小数'));
    installed.uninstall();
    installed = installExcelDouble(double); // the same workbook, opened again
    expect(loadDismissals()).toEqual([
      expect.objectContaining({ key: dismissalKey(warning), rule: 'T2-1', reason: '按财政口径保留四位小数' }),
    ]);
    await saveDismissals(undismiss(loadDismissals(), dismissalKey(warning)));
    expect(loadDismissals()).toEqual([]);
  });
});

describe('automatic validation after edits', () => {
  it('re-validates once, debounced, after a burst of edits, and stops cleanly', async () => {
    const double = await workbookWith(SAMPLE_REPORT.cells);
    const sheets = tableSheets((await validateWorkbook()).read);
    let runs = 0;
    double.resetSyncCount();
    const watch = (await watchReportSheets([...sheets, '报告正文'], () => runs++, 30))!; // a missing sheet is skipped
    expect(double.syncCount).toBe(2);
    for (const value of [5, 6, 7]) {
      await Excel.run(async (context) => {
        context.workbook.worksheets.getItem('表三 依申请公开').getRange('D31').values = [[value]];
        await context.sync();
      });
    }
    await new Promise((r) => setTimeout(r, 100));
    expect(runs).toBe(1);
    await watch.stop();
    await Excel.run(async (context) => {
      context.workbook.worksheets.getItem('表三 依申请公开').getRange('D31').values = [[7]];
      await context.sync();
    });
    await new Promise((r) => setTimeout(r, 100));
    expect(runs).toBe(1);
  });

  it('is unavailable below ExcelApi 1.7, and says so by returning null', async () => {
    const double = await workbookWith({});
    double.excelApiMinor = 6;
    expect(await watchReportSheets(['表三 依申请公开'], () => undefined)).toBeNull();
  });
});

describe('last year’s report in the workbook', () => {
  it('proposes 上年结转 from last year, writes them in one sync, and checks X-1 at 校验', async () => {
    const double = await workbookWith({ ...SAMPLE_REPORT.cells, 'applications.carriedOver.commercial': 3 });
    const last = {
      ...SAMPLE_REPORT,
      year: 2023,
      cells: { ...SAMPLE_REPORT.cells, 'applications.carriedForward.naturalPerson': 11, 'applications.carriedForward.commercial': 0, 'applications.carriedForward.total': 11 },
    };
    await savePreviousReport({ data: last, source: '2023年报.docx', importedAt: '2026-01-05' });
    expect(loadPreviousReport()!.source).toBe('2023年报.docx');

    const before = await validateWorkbook(undefined, loadPreviousReport()!.data);
    expect(before.report.findings.filter((f) => f.rule === 'X-1').map((f) => f.cells[0])).toEqual(['applications.carriedOver.commercial', 'applications.carriedOver.total']);

    const proposals = carryOverProposals(last, before.read);
    // 自然人 already holds 11: nothing to do there; 商业企业 holds 3 and would become 0 (the pane asks first).
    expect(proposals).toEqual([expect.objectContaining({ cellId: 'applications.carriedOver.commercial', value: 0, current: 3, address: 'E8' })]);
    double.resetSyncCount();
    await applyCarryOver(proposals);
    expect(double.syncCount).toBe(1);
    const after = await validateWorkbook(undefined, loadPreviousReport()!.data);
    expect(after.report.findings.filter((f) => f.rule === 'X-1')).toEqual([]);
    await savePreviousReport(null);
    expect(loadPreviousReport()).toBeNull();
  });
});
