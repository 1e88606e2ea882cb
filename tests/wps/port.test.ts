import { buildReportDocument, SAMPLE_INPUTS, SAMPLE_REPORT, validateRead, type NarrativeInputs } from '../../src/core';
import * as excel from '../../src/excel';
import { auditEntries, isNoReportSheets, type SpreadsheetPort } from '../../src/port';
import { createWpsPort } from '../../src/wps';
import { ExcelDouble, installExcelDouble } from '../doubles/excel-double';
import { WpsDouble } from '../doubles/wps-double';
import { comparable } from '../support/wps-parity';

const options = { format: '2021' as const, year: 2024, agency: '示例县人民政府办公室' };

async function insertedWps(style: 'property' | 'method' = 'property', inputs?: NarrativeInputs): Promise<{ double: WpsDouble; port: SpreadsheetPort }> {
  const double = new WpsDouble({ style });
  const port = createWpsPort(double.application);
  await port.insertReportSheets({ ...options, inputs, copy: 1 });
  return { double, port };
}

describe('the spreadsheet port on WPS', () => {
  it('says when there are no report sheets, as the port defines it', async () => {
    const port = createWpsPort(new WpsDouble().application);
    expect(isNoReportSheets(await port.readReport().catch((e) => e))).toBe(true);
  });

  it('validates, marks the failing cells, and clears exactly its own marks', async () => {
    const { double, port } = await insertedWps();
    double.type('表三 依申请公开', 'D7', 5);
    const { read, report } = await port.validateWorkbook();
    expect(report).toEqual(validateRead(read));
    expect(port.marksPresent()).toBe(false);
    const marked = await port.markFindings(report.findings, read);
    expect(marked).toBeGreaterThan(0);
    expect(port.marksPresent()).toBe(true);
    const before = double.snapshot().sheets.flatMap((s) => s.conditionalFormats).length;
    expect(await port.clearMarks()).toBe(marked);
    expect(double.snapshot().sheets.flatMap((s) => s.conditionalFormats).length).toBe(before - marked);
    expect(port.marksPresent()).toBe(false);
  });

  it('fills only blank input cells with 0', async () => {
    const { double, port } = await insertedWps();
    double.type('表三 依申请公开', 'D7', 5);
    const read = await port.readReport();
    const locations = ['applications.newReceived.naturalPerson', 'applications.carriedOver.naturalPerson'].map((id) => read.locations.get(id)!);
    expect(await port.fillBlankCells(locations)).toBe(1);
    expect((await port.readReport()).data.cells['applications.carriedOver.naturalPerson']).toBe(0);
    expect((await port.readReport()).data.cells['applications.newReceived.naturalPerson']).toBe(5);
  });

  it('keeps 上报说明, last year\'s report and the set of sheets in the workbook, on a sheet the clerk does not see', async () => {
    const { double, port } = await insertedWps('method');
    expect(port.loadDismissals()).toEqual([]);
    const dismissal = { key: 'T3-1|x', rule: 'T3-1', cells: ['x'], message: 'm', reason: '系统口径不同', date: '2025-01-10' };
    await port.saveDismissals([dismissal]);
    await port.savePreviousReport({ data: { ...SAMPLE_REPORT, ...options, year: 2023 }, source: '2023年报.pdf', importedAt: '2025-01-10' });
    const reopened = createWpsPort(double.application);
    expect(reopened.loadDismissals()).toEqual([dismissal]);
    expect(reopened.loadPreviousReport()?.source).toBe('2023年报.pdf');
    expect(double.snapshot().sheets.find((s) => s.name === '年报助手设置')?.visibility).toBe('VeryHidden');
    await port.insertReportSheets({ ...options, copy: 2 });
    expect((await createWpsPort(double.application).readReport()).locations.get('applications.total.total')?.sheet).toBe('表三 依申请公开 (2)');
  });

  it('proposes and writes 上年结转 from last year\'s report', async () => {
    const { port } = await insertedWps();
    const read = await port.readReport();
    const proposals = port.carryOverProposals({ ...SAMPLE_REPORT, ...options, year: 2023 }, read);
    expect(proposals.length).toBeGreaterThan(0);
    await port.applyCarryOver(proposals);
    const after = await port.readReport();
    for (const p of proposals) expect(after.data.cells[p.cellId]).toBe(p.value);
  });

  it('re-validates after the clerk edits one of the watched sheets, and stops when asked', async () => {
    jest.useFakeTimers();
    try {
      const { double, port } = await insertedWps();
      const onEdit = jest.fn();
      const watch = (await port.watchReportSheets(['表三 依申请公开'], onEdit))!;
      const t2 = (await port.readReport()).locations.get([...(await port.readReport()).locations.keys()].find((id) => id.startsWith('active.'))!)!;
      double.type(t2.sheet, t2.address, 1);
      jest.runAllTimers();
      expect(onEdit).not.toHaveBeenCalled();
      double.type('表三 依申请公开', 'D7', 1);
      double.type('表三 依申请公开', 'E7', 2);
      jest.runAllTimers();
      expect(onEdit).toHaveBeenCalledTimes(1);
      await watch.stop();
      double.type('表三 依申请公开', 'D7', 3);
      jest.runAllTimers();
      expect(onEdit).toHaveBeenCalledTimes(1);
    } finally {
      jest.useRealTimers();
    }
  });

  it('saves the 正文素材 form and reads it back; the sheet is there already', async () => {
    const { port } = await insertedWps();
    expect(await port.insertInputsSheet()).toEqual({ sheet: '正文素材', added: false });
    const result = await port.writeNarrativeInputs(SAMPLE_INPUTS);
    expect(result.written).toBeGreaterThan(0);
    expect((await port.readReport()).inputs).toEqual(SAMPLE_INPUTS);
  });

  it('writes 报告正文 as the Office.js adapter does, replacing its own earlier one', async () => {
    const doc = buildReportDocument({ ...SAMPLE_REPORT, ...options }, SAMPLE_INPUTS);
    const excelDouble = new ExcelDouble();
    const installed = installExcelDouble(excelDouble);
    try {
      await excel.insertReportSheets({ ...options, copy: 1 });
      await excel.writeReportSheet(doc, 1);
    } finally {
      installed.uninstall();
    }
    const { double, port } = await insertedWps();
    await port.writeReportSheet(doc);
    await port.writeReportSheet(doc);
    const a = comparable(excelDouble.snapshot());
    const b = comparable(double.snapshot());
    expect(b.sheets.map((s) => s.name)).toEqual(a.sheets.map((s) => s.name));
    expect(b.sheets.find((s) => s.name === '报告正文')).toEqual(a.sheets.find((s) => s.name === '报告正文'));
    expect(double.displayAlerts).toBe(true);
  });

  it('exports the 审核报告 to a new sheet each time', async () => {
    const { port, double } = await insertedWps();
    const { read, report } = await port.validateWorkbook();
    const entries = auditEntries(report, read, []);
    expect(await port.exportAuditSheet(entries, '审核报告', '2025-01-10')).toBe('审核报告');
    expect(await port.exportAuditSheet(entries, '审核报告', '2025-01-10')).toBe('审核报告 (2)');
    const sheet = double.snapshot().sheets.find((s) => s.name === '审核报告')!;
    expect(sheet.cells.A1.value).toBe('审核报告');
    expect(Object.keys(sheet.cells).length).toBeGreaterThan(10);
  });
});
