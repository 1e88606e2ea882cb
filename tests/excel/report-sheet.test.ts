import { buildReportDocument, buildWorkbookPlan, getFormat, REPORT_SHEET_TITLE, reportSheetState, SAMPLE_REPORT } from '../../src/core';
import { findingLocations, insertReportSheets, readReport, validateWorkbook, writeReportSheet } from '../../src/excel';
import { ExcelDouble, installExcelDouble, type InstalledDouble } from '../doubles/excel-double';

let installed: InstalledDouble;

/** 报告正文 as regenerating sees it: read with the tables, in their one round trip. */
async function readReportSheet(copy: number) {
  return reportSheetState((await readReport(copy)).reportSheet);
}
afterEach(() => installed?.uninstall());

async function freshWorkbook(): Promise<ExcelDouble> {
  installed = installExcelDouble(new ExcelDouble());
  await insertReportSheets({ format: '2021', year: 2024, agency: SAMPLE_REPORT.agency, copy: 1 });
  installed.double.resetSyncCount();
  return installed.double;
}

/** Types into the paragraph cell of the given ID, as a clerk would. */
async function typeInto(id: string, text: string): Promise<void> {
  await Excel.run(async (context) => {
    const used = context.workbook.worksheets.getItem(REPORT_SHEET_TITLE).getUsedRange(true).load('values');
    await context.sync();
    const row = used.values.findIndex((r) => r.includes(id));
    context.workbook.worksheets.getItem(REPORT_SHEET_TITLE).getRangeByIndexes(row, 0, 1, 1).values = [[text]];
    await context.sync();
  });
}

describe('报告正文 sheet in Excel', () => {
  it('writes the whole report in two syncs, protected, with paragraphs the only cells a clerk can type in', async () => {
    const double = await freshWorkbook();
    const doc = buildReportDocument(SAMPLE_REPORT);
    await writeReportSheet(doc, 1);
    expect(double.syncCount).toBe(2);
    const sheet = double.snapshot().sheets.find((s) => s.name === REPORT_SHEET_TITLE)!;
    expect(sheet.protection.protected).toBe(true);
    expect(sheet.hiddenColumns?.length).toBe(2);
    const texts = Object.values(sheet.cells).map((c) => c.value);
    expect(texts).toContain(doc.title);
    for (const title of ['一、总体情况', '二、主动公开政府信息情况', '三、收到和处理政府信息公开申请情况', '四、政府信息公开行政复议、行政诉讼情况', '五、存在的主要问题及改进情况', '六、其他需要报告的事项'])
      expect(texts).toContain(title);
    // A heading is locked: typing over it fails as in Excel.
    await expect(
      Excel.run(async (context) => {
        context.workbook.worksheets.getItem(REPORT_SHEET_TITLE).getRangeByIndexes(0, 0, 1, 1).values = [['改标题']];
        await context.sync();
      }),
    ).rejects.toThrow();
  });

  it('finds the clerk’s edits in one sync and keeps them when regenerated with them', async () => {
    const double = await freshWorkbook();
    await writeReportSheet(buildReportDocument(SAMPLE_REPORT), 1);
    await typeInto('1.platforms', '本机关改版了政府网站。');
    double.resetSyncCount();
    const state = await readReportSheet(1);
    expect(double.syncCount).toBe(1);
    expect(state.exists).toBe(true);
    expect(state.paragraphs.map((p) => p.id)).toContain('1.intro');
    expect(state.clerkParagraphs).toEqual({ '1.platforms': '本机关改版了政府网站。' });

    // Regenerated with different numbers, keeping the edit: the edit survives and is still an edit.
    const changed = { ...SAMPLE_REPORT, cells: { ...SAMPLE_REPORT.cells, 'applications.newReceived.naturalPerson': 118, 'applications.newReceived.total': 123 } };
    await writeReportSheet(buildReportDocument(changed, {}, state.clerkParagraphs), 1);
    const again = await readReportSheet(1);
    expect(again.clerkParagraphs).toEqual({ '1.platforms': '本机关改版了政府网站。' });
    expect(again.paragraphs.find((p) => p.id === '1.applications')!.text).toContain('新收政府信息公开申请123件');
    expect(double.snapshot().sheets.filter((s) => s.name.startsWith(REPORT_SHEET_TITLE))).toHaveLength(1);
  });

  it('runs the text rules on 报告正文 in the same single validation sync, pointing at the edited row', async () => {
    const double = await freshWorkbook();
    // The tables as a clerk typed them (inputs only; totals are formulas).
    const plan = buildWorkbookPlan({ year: 2024 });
    const format = getFormat('2021');
    await Excel.run(async (context) => {
      for (const [id, value] of Object.entries(SAMPLE_REPORT.cells)) {
        if (format.cellById.get(id)!.sumOf) continue;
        const at = plan.addressOf.get(id)!;
        context.workbook.worksheets.getItem(at.sheet).getRangeByIndexes(at.row, at.col, 1, 1).values = [[value as number]];
      }
      await context.sync();
    });
    await writeReportSheet(buildReportDocument(SAMPLE_REPORT), 1);
    double.resetSyncCount();
    const clean = await validateWorkbook(1);
    expect(double.syncCount).toBe(1);
    expect(clean.report.findings.filter((f) => f.status === 'fail')).toEqual([]);

    // Last year's sentence pasted over this year's: the wrong count and the stale year are found.
    await typeInto('1.applications', '2022年，本年度新收政府信息公开申请98件，已全部按期答复。');
    double.resetSyncCount();
    const { report, read } = await validateWorkbook(1);
    expect(double.syncCount).toBe(1);
    const rules = report.findings.filter((f) => f.status === 'fail').map((f) => f.rule);
    expect(rules).toEqual(expect.arrayContaining(['X-2', 'X-3']));
    const x3 = report.findings.find((f) => f.rule === 'X-3')!;
    const at = findingLocations(x3, read)[0];
    expect(at.sheet).toBe(REPORT_SHEET_TITLE);
    const rowValues = await Excel.run(async (context) => {
      const r = context.workbook.worksheets.getItem(REPORT_SHEET_TITLE).getRange(at.address).load('values');
      await context.sync();
      return r.values[0][0];
    });
    expect(rowValues).toContain('98件');
  });

  it('tells a change outside the paragraphs (a table cell) from an untouched sheet, and empties are no edits', async () => {
    await freshWorkbook();
    await writeReportSheet(buildReportDocument(SAMPLE_REPORT), 1);
    expect((await readReportSheet(1)).otherChanges).toBe(false);
    await typeInto('1.supervision', '');
    expect((await readReportSheet(1)).clerkParagraphs).toEqual({}); // emptied: generated again, not kept empty
    await Excel.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem(REPORT_SHEET_TITLE);
      sheet.protection.unprotect();
      const used = sheet.getUsedRange(true).load('values');
      await context.sync();
      const row = used.values.findIndex((r) => r[0] === '一、本年新收政府信息公开申请数量');
      const col = used.values[row].findIndex((v, i) => i > 0 && v === 117);
      sheet.getRangeByIndexes(row, col, 1, 1).values = [[118]];
      await context.sync();
    });
    expect((await readReportSheet(1)).otherChanges).toBe(true);
  });

  it('keeps text that looks like a number as text, so an untouched sheet never reads as changed', async () => {
    await freshWorkbook();
    const odd = { ...SAMPLE_REPORT, cells: { ...SAMPLE_REPORT.cells, 'applications.newReceived.naturalPerson': '0117', 'review.upheld': '35%' } };
    await writeReportSheet(buildReportDocument(odd), 1);
    const state = await readReportSheet(1);
    expect(state.otherChanges).toBe(false);
    const texts = await Excel.run(async (context) => {
      const used = context.workbook.worksheets.getItem(REPORT_SHEET_TITLE).getUsedRange(true).load('values');
      await context.sync();
      return used.values.flat();
    });
    expect(texts).toEqual(expect.arrayContaining(['0117', '35%']));
  });

  it('writes a paragraph longer than a row can show (Excel stops at 409 pt) without failing', async () => {
    const double = await freshWorkbook();
    const long = '对照上级年度政务公开工作要点，逐项分解任务、明确责任单位和完成时限。'.repeat(45);
    await writeReportSheet(buildReportDocument(SAMPLE_REPORT, { other: { keyPoints: long } }), 1);
    const sheet = double.snapshot().sheets.find((s) => s.name === REPORT_SHEET_TITLE)!;
    expect(Math.max(...Object.values(sheet.rowHeights))).toBe(409);
    expect(Object.values(sheet.cells).map((c) => c.value)).toContain(long);
  });

  it('replaces the old sheet only once the new one is written, keeping its place among the sheets', async () => {
    const double = await freshWorkbook();
    await writeReportSheet(buildReportDocument(SAMPLE_REPORT), 1);
    await Excel.run(async (context) => {
      context.workbook.worksheets.getItem(REPORT_SHEET_TITLE).position = 1;
      await context.sync();
    });
    await writeReportSheet(buildReportDocument(SAMPLE_REPORT), 1);
    const names = double.snapshot().sheets.map((s) => s.name);
    expect(names[1]).toBe(REPORT_SHEET_TITLE);
    expect(names.filter((n) => n.startsWith(REPORT_SHEET_TITLE))).toEqual([REPORT_SHEET_TITLE]);
  });

  it('keeps the old sheet, with the clerk’s edit, when writing the new one fails halfway, and leaves no draft', async () => {
    const double = await freshWorkbook();
    await writeReportSheet(buildReportDocument(SAMPLE_REPORT), 1);
    await typeInto('1.platforms', '本机关改版了政府网站。');
    // The next sheet added comes up protected, so the first write into it fails at sync, after the
    // draft exists: as when Excel refuses part of a batch.
    const addSheet = double.addSheet.bind(double);
    double.addSheet = (name: string) => {
      const sheet = addSheet(name);
      sheet.protection = { protected: true };
      return sheet;
    };
    await expect(writeReportSheet(buildReportDocument(SAMPLE_REPORT), 1)).rejects.toMatchObject({ userMessage: expect.stringContaining('写入报告正文') });
    double.addSheet = addSheet;
    const names = double.snapshot().sheets.map((s) => s.name);
    expect(names.filter((n) => n.startsWith(REPORT_SHEET_TITLE))).toEqual([REPORT_SHEET_TITLE]);
    expect((await readReportSheet(1)).clerkParagraphs).toEqual({ '1.platforms': '本机关改版了政府网站。' });
  });

  it('removes a draft left by an earlier failed attempt before writing, keeping the old sheet’s place', async () => {
    const double = await freshWorkbook();
    await writeReportSheet(buildReportDocument(SAMPLE_REPORT), 1);
    await Excel.run(async (context) => {
      context.workbook.worksheets.add(`${REPORT_SHEET_TITLE}（生成中）`).position = 0;
      await context.sync();
    });
    const before = double.snapshot().sheets.map((s) => s.name).filter((n) => !n.includes('生成中')).indexOf(REPORT_SHEET_TITLE);
    await writeReportSheet(buildReportDocument(SAMPLE_REPORT), 1);
    const names = double.snapshot().sheets.map((s) => s.name);
    expect(names.filter((n) => n.startsWith(REPORT_SHEET_TITLE))).toEqual([REPORT_SHEET_TITLE]);
    expect(names.indexOf(REPORT_SHEET_TITLE)).toBe(before);
  });

  it('recognises a sheet of that name it did not write, so that it is never replaced', async () => {
    await freshWorkbook();
    await Excel.run(async (context) => {
      context.workbook.worksheets.add(REPORT_SHEET_TITLE).getRange('C5').values = [['科室自己写的报告草稿']]; // not from A1
      await context.sync();
    });
    expect(await readReportSheet(1)).toMatchObject({ exists: true, foreign: true, clerkParagraphs: {} });
  });

  it('reports a workbook without the sheet as such, in one sync', async () => {
    const double = await freshWorkbook();
    const state = await readReportSheet(1);
    expect(state).toMatchObject({ exists: false, paragraphs: [], clerkParagraphs: {}, otherChanges: false });
    expect(double.syncCount).toBe(1);
  });
});
