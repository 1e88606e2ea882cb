import ExcelJS from 'exceljs';
import { buildReportDocument, buildReportSheetPlan, buildWorkbookPlan, INPUT_ROWS, parseRange, REPORT_SHEET_TITLE, SAMPLE_INPUTS, SAMPLE_REPORT, STYLES, toCellValue, type WorkbookPlan } from '../../src/core';
import { checkExistingSheets, ExcelAdapterError, insertReportSheets, readReport, writeReportSheet } from '../../src/excel';
import { renderPlan } from '../../src/xlsx';
import { ExcelDouble, installExcelDouble, type InstalledDouble } from '../doubles/excel-double';

let installed: InstalledDouble;
const options = { format: '2021' as const, year: 2024, agency: '示例县人民政府办公室' };

function install(double = new ExcelDouble()) {
  installed = installExcelDouble(double);
  return double;
}
afterEach(() => installed?.uninstall());

/** Types the sample's inputs into the inserted sheets, as a clerk would (unlocked cells only). */
async function typeSample(plan: WorkbookPlan) {
  await Excel.run(async (context) => {
    for (const [id, value] of Object.entries(SAMPLE_REPORT.cells)) {
      const at = plan.addressOf.get(id)!;
      const cell = plan.sheets.find((s) => s.name === at.sheet)!.cells.find((c) => c.row === at.row && c.col === at.col)!;
      if (cell.formula) continue; // totals compute themselves
      context.workbook.worksheets.getItem(at.sheet).getRangeByIndexes(at.row, at.col, 1, 1).values = [[value as number]];
    }
    await context.sync();
  });
}

describe('inserting the report sheets through Office.js', () => {
  it('checks and inserts in two syncs, and reads everything back in one', async () => {
    const double = install();
    const existing = await checkExistingSheets();
    expect(existing).toEqual({ conflicts: [], nextCopy: 1 });
    const result = await insertReportSheets({ ...options, copy: existing.nextCopy });
    expect(double.syncCount).toBe(2);
    expect(result.sheets).toEqual(['基本信息', '表二 主动公开', '表三 依申请公开', '表四 复议诉讼', '正文素材']);

    await typeSample(buildWorkbookPlan(options));
    double.resetSyncCount();
    const read = await readReport();
    expect(double.syncCount).toBe(1);
    expect(read.diagnostics).toEqual([]);
    expect(read.data).toEqual({ ...options, cells: SAMPLE_REPORT.cells });
    expect(read).toMatchObject({ inputs: {}, inputsFound: true });
    expect(read.locations.get('applications.total.total')).toMatchObject({ sheet: '表三 依申请公开', address: 'J30', isFormula: true });
  });

  it('writes what the plan says: formulas, locked and unlocked cells, protection, names, focus', async () => {
    const double = install();
    await insertReportSheets({ ...options, copy: 1 });
    const snap = double.snapshot();
    const t3 = snap.sheets.find((s) => s.name === '表三 依申请公开')!;
    expect(t3.cells.J7.formula).toBe('=SUM(D7:I7)');
    expect(t3.cells.D7.format.locked).toBe(false);
    expect(t3.cells.D7.format.fill).toBe(STYLES.input.fill);
    expect(t3.cells.J7.format.locked).toBe(true);
    expect(t3.validations.D7.rule).toEqual({ wholeNumber: { formula1: 0, formula2: 999999999, operator: 'Between' } });
    expect(t3.validations.D7.prompt.message).toContain('不要留空');
    expect(t3.protection).toMatchObject({ protected: true, options: { allowFormatCells: true } });
    expect(t3.freeze).toEqual({ rows: 6, columns: 3 });
    expect(t3.pageLayout).toEqual({}); // ExcelApi 1.8: no page layout calls at all
    expect(snap.names.NB_T3).toBe("'表三 依申请公开'!A4:J31");
    expect(snap.activeSheet).toBe('基本信息');
    expect(snap.selection).toEqual({ sheet: '基本信息', address: 'B4' });
    expect(snap.settings).toEqual({ 'nianbao.copy': 1 });
  });

  it('sets up printing where ExcelApi 1.9 is available', async () => {
    const double = new ExcelDouble();
    double.excelApiMinor = 9;
    install(double);
    await insertReportSheets({ ...options, copy: 1 });
    const t3 = double.snapshot().sheets.find((s) => s.name === '表三 依申请公开')!;
    expect(t3.pageLayout).toEqual({
      orientation: 'Landscape',
      paperSize: 'A4',
      zoom: { horizontalFitToPages: 1, verticalFitToPages: 1 },
      centerHorizontally: true,
      printTitleRows: '$4:$6',
      'headersFooters.defaultForAllPages.centerFooter': '第 &P 页，共 &N 页',
    });
    // 正文素材 runs over as many portrait pages as it needs, one page wide.
    const inputs = double.snapshot().sheets.find((s) => s.name === '正文素材')!;
    expect(inputs.pageLayout).toMatchObject({ orientation: 'Portrait', paperSize: 'A4', zoom: { horizontalFitToPages: 1, verticalFitToPages: 0 } });
  });

  it('never overwrites: same-named sheets lead to a second set, and the original is intact', async () => {
    const double = install(
      new ExcelDouble([
        { name: '表三 依申请公开', cells: { A1: '去年手工做的表', D7: 17 } },
        { name: '草稿', cells: { C3: '别动我' } },
      ]),
    );
    const before = JSON.stringify(double.snapshot().sheets);
    const existing = await checkExistingSheets();
    expect(existing).toEqual({ conflicts: ['表三 依申请公开'], nextCopy: 2 });
    await insertReportSheets({ ...options, copy: existing.nextCopy });
    const snap = double.snapshot();
    expect(JSON.stringify(snap.sheets.slice(0, 2))).toBe(before);
    expect(snap.sheets.map((s) => s.name)).toEqual(['表三 依申请公开', '草稿', '基本信息 (2)', '表二 主动公开 (2)', '表三 依申请公开 (2)', '表四 复议诉讼 (2)', '正文素材 (2)']);
    expect(snap.names.NB_INPUTS_2).toBe(`'正文素材 (2)'!A4:B${3 + INPUT_ROWS.length}`);
    expect(snap.names.NB_T3_2).toBe("'表三 依申请公开 (2)'!A4:J31");
    // The add-in remembers the copy, so reading finds the new set.
    const read = await readReport();
    expect(read.data.year).toBe(2024);
  });

  it('fails with a Chinese message, not a stack trace, when a name clash slips through', async () => {
    install();
    await insertReportSheets({ ...options, copy: 1 });
    const error = await insertReportSheets({ ...options, copy: 1 }).catch((e) => e);
    expect(error).toBeInstanceOf(ExcelAdapterError);
    expect(error.userMessage).toMatch(/^插入年报工作表失败：同名的工作表或名称已经存在/);
  });

  it('says so in Chinese when there is nothing to read', async () => {
    install();
    const error = await readReport().catch((e) => e);
    expect(error).toBeInstanceOf(ExcelAdapterError);
    expect(error.userMessage).toContain('没有找到年报工作表');
  });
});

type DoubleSnapshot = ReturnType<ExcelDouble['snapshot']>;

/** One sheet as the Office.js writer left it in the double and as exceljs wrote it: the same. */
function expectSameSheet(snap: DoubleSnapshot, workbook: ExcelJS.Workbook, name: string): void {
  const fromOffice = snap.sheets.find((s) => s.name === name)!;
  const fromXlsx = workbook.getWorksheet(name)!;
  const mismatches: string[] = [];
  const addresses = new Set([...Object.keys(fromOffice.cells)]);
  fromXlsx.eachRow({ includeEmpty: false }, (row) => row.eachCell({ includeEmpty: true }, (cell) => addresses.add(cell.address)));
  for (const address of addresses) {
    const office = fromOffice.cells[address];
    const xlsx = fromXlsx.getCell(address);
    const xlsxFormula = xlsx.formula ? `=${xlsx.formula}` : undefined;
    const xlsxValue = xlsx.formula || xlsx.type === ExcelJS.ValueType.Merge ? null : toCellValue(xlsx.value);
    const officeValue = office?.formula ? null : toCellValue(office?.value ?? null);
    if ((office?.formula ?? undefined) !== xlsxFormula) mismatches.push(`${address} formula ${office?.formula} ≠ ${xlsxFormula}`);
    if (officeValue !== xlsxValue) mismatches.push(`${address} value ${officeValue} ≠ ${xlsxValue}`);
    const xlsxFill = (xlsx.fill as ExcelJS.FillPattern | undefined)?.fgColor?.argb?.slice(2);
    if ((office?.format.fill?.replace('#', '') ?? undefined) !== xlsxFill) mismatches.push(`${address} fill`);
    if ((office?.format.locked ?? true) !== (xlsx.protection?.locked ?? true)) mismatches.push(`${address} locked`);
    if (!!office?.format.bold !== !!xlsx.font?.bold) mismatches.push(`${address} bold`);
    const officeValidation = fromOffice.validations[address];
    const xlsxValidation = xlsx.dataValidation;
    if (!!officeValidation !== !!xlsxValidation) mismatches.push(`${address} validation presence`);
    if (officeValidation && xlsxValidation && officeValidation.prompt.message !== xlsxValidation.prompt) mismatches.push(`${address} prompt`);
  }
  expect(mismatches).toEqual([]);
  const xlsxMerges = ((fromXlsx.model as { merges: string[] }).merges ?? []).slice().sort();
  expect(fromOffice.merges.slice().sort()).toEqual(xlsxMerges);
  const xlsxHidden = Array.from({ length: fromXlsx.columnCount }, (_, i) => fromXlsx.getColumn(i + 1)).filter((c) => c.hidden).map((c) => c.letter);
  expect(fromOffice.hiddenColumns ?? []).toEqual(xlsxHidden);
}

describe('parity of the Office.js and .xlsx writers', () => {
  it.each(['2021', '2019'] as const)('write the same cells, formulas, merges, names, validations and styles (%s)', async (format) => {
    const double = install();
    await insertReportSheets({ ...options, format, inputs: SAMPLE_INPUTS, copy: 1 });
    const snap = double.snapshot();

    const plan = buildWorkbookPlan({ ...options, format, inputs: SAMPLE_INPUTS });
    expect(plan.sheets.map((s) => s.key)).toContain('inputs');
    const written = await renderPlan(plan);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load((await written.xlsx.writeBuffer()) as ArrayBuffer);

    for (const sheetPlan of plan.sheets) expectSameSheet(snap, workbook, sheetPlan.name);
    const xlsxNames = Object.fromEntries(
      (workbook.definedNames.model as { name: string; ranges: string[] }[]).map((n) => {
        const r = parseRange(n.ranges[0]);
        return [n.name, `${r.sheet}|${r.row},${r.col},${r.rowSpan},${r.colSpan}`];
      }),
    );
    const officeNames = Object.fromEntries(
      Object.entries(snap.names).map(([name, ref]) => {
        const r = parseRange(ref);
        return [name, `${r.sheet}|${r.row},${r.col},${r.rowSpan},${r.colSpan}`];
      }),
    );
    expect(officeNames).toEqual(xlsxNames);
  });

  it('write the same 报告正文 sheet, hidden metadata columns included', async () => {
    const double = install();
    await insertReportSheets({ ...options, copy: 1 });
    const doc = buildReportDocument({ ...SAMPLE_REPORT, ...options }, SAMPLE_INPUTS, { '1.platforms': '自行撰写的一段。' });
    await writeReportSheet(doc, 1);
    const written = await renderPlan({ format: '2021', copy: 1, sheets: [buildReportSheetPlan(doc)], names: [], addressOf: new Map() });
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load((await written.xlsx.writeBuffer()) as ArrayBuffer);
    expectSameSheet(double.snapshot(), workbook, REPORT_SHEET_TITLE);
  });
});
