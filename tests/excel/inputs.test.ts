import { INPUT_FIELDS, INPUT_ROWS, INPUTS_TOP, SAMPLE_INPUTS, setInput, type NarrativeInputs } from '../../src/core';
import { ExcelAdapterError, insertInputsSheet, insertReportSheets, readReport, writeNarrativeInputs } from '../../src/excel';
import { ExcelDouble, installExcelDouble, type InstalledDouble } from '../doubles/excel-double';

let installed: InstalledDouble;
const options = { format: '2021' as const, year: 2024, agency: '示例县人民政府办公室' };
afterEach(() => installed?.uninstall());

async function workbookWithSheets(inputs?: NarrativeInputs): Promise<ExcelDouble> {
  const double = new ExcelDouble([{ name: 'Sheet1' }]);
  installed = installExcelDouble(double);
  await insertReportSheets({ ...options, inputs, copy: 1 });
  double.resetSyncCount();
  return double;
}

/** The address of a field's input cell in the sheet as inserted. */
const inputAddress = (key: string) => `B${INPUTS_TOP + INPUT_ROWS.findIndex((r) => r.kind === 'field' && r.field.key === key) + 1}`;

/** A workbook whose report sheets an older version inserted: four sheets, no 正文素材, no NB_INPUTS. */
async function olderWorkbook(): Promise<ExcelDouble> {
  const double = await workbookWithSheets();
  await Excel.run(async (context) => {
    context.workbook.names.getItem('NB_INPUTS').delete();
    context.workbook.worksheets.getItem('正文素材').delete();
    await context.sync();
  });
  double.resetSyncCount();
  return double;
}

describe('正文素材 through Office.js', () => {
  it('with a baseline, writes only what the form changed and never what the sheet changed meanwhile', async () => {
    await workbookWithSheets(SAMPLE_INPUTS);
    const loaded = (await readReport()).inputs;
    // Meanwhile, in the grid: the clerk corrects 政府网站 and 培训 directly in the sheet.
    await Excel.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem('正文素材');
      sheet.getRange(inputAddress('active.website')).values = [[4600]];
      sheet.getRange(inputAddress('supervision.trainings')).values = [[5]];
      await context.sync();
    });
    // The form, opened before, changes 政务新媒体 and (conflicting) 培训.
    let form = setInput(loaded, 'active.newMedia', 2200);
    form = setInput(form, 'supervision.trainings', 3);
    const error = await writeNarrativeInputs(form, 1, { baseline: loaded }).catch((e) => e);
    expect(error).toBeInstanceOf(ExcelAdapterError);
    expect(error.userMessage).toContain('“组织业务培训”在工作表“正文素材”中也被修改过');
    const after = (await readReport()).inputs;
    expect(after.active?.website).toBe(4600); // the sheet's own edit stands
    expect(after.active?.newMedia).toBe(2200); // the form's edit is saved
    expect(after.supervision?.trainings).toBe(5); // the conflict is left as the sheet has it
  });

  it('reads the inputs in the same single sync as the tables', async () => {
    const double = await workbookWithSheets(SAMPLE_INPUTS);
    const read = await readReport();
    expect(double.syncCount).toBe(1);
    expect(read.inputs).toEqual(SAMPLE_INPUTS);
    expect(read.inputsFound).toBe(true);
    expect(read.diagnostics).toEqual([]);
  });

  it('reports a value that does not fit its field with its cell', async () => {
    const double = await workbookWithSheets(SAMPLE_INPUTS);
    await Excel.run(async (context) => {
      context.workbook.worksheets.getItem('正文素材').getRange(inputAddress('active.website')).values = [['约30条']];
      await context.sync();
    });
    double.resetSyncCount();
    const read = await readReport();
    expect(double.syncCount).toBe(1);
    expect(read.inputs.active?.website).toBeUndefined();
    expect(read.diagnostics).toEqual([
      expect.objectContaining({ severity: 'warning', sheet: '正文素材', address: inputAddress('active.website'), inputKey: 'active.website', message: expect.stringContaining('“约30条”') }),
    ]);
  });

  it('writes the form into column B of the field rows only, in one read and one write sync', async () => {
    const double = await workbookWithSheets();
    const before = double.snapshot().sheets.find((s) => s.name === '正文素材')!;
    const result = await writeNarrativeInputs(SAMPLE_INPUTS);
    expect(double.syncCount).toBe(2);
    const after = double.snapshot().sheets.find((s) => s.name === '正文素材')!;
    const changed = Object.keys(after.cells).filter((a) => JSON.stringify(after.cells[a]) !== JSON.stringify(before.cells[a]));
    const fieldCells = new Set(INPUT_FIELDS.map((f) => inputAddress(f.key)));
    expect(changed.length).toBe(result.written);
    expect(changed.every((a) => fieldCells.has(a))).toBe(true);
    expect(after.cells[inputAddress('problems.current')].value).toBe(SAMPLE_INPUTS.problems!.current!.join('\n'));
    expect(after.cells[inputAddress('supervision.staff')].value).toBe(3);
    expect(after.protection.protected).toBe(true); // written through the unlocked cells, sheet still protected

    double.resetSyncCount();
    expect((await readReport()).inputs).toEqual(SAMPLE_INPUTS);

    // Nothing changed: one sync to look, none to write.
    double.resetSyncCount();
    expect(await writeNarrativeInputs(SAMPLE_INPUTS)).toEqual({ sheet: '正文素材', written: 0 });
    expect(double.syncCount).toBe(1);
  });

  it('clears what the form cleared, keeps text as typed, and does not erase a value it could not read', async () => {
    const double = await workbookWithSheets(SAMPLE_INPUTS);
    await Excel.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem('正文素材');
      sheet.getRange(inputAddress('active.website')).values = [['约30条']];
      sheet.getRange(inputAddress('problems.measures')).values = [['1. 细化公开目录\n2. 加强培训']];
      await context.sync();
    });
    let inputs = setInput(SAMPLE_INPUTS, 'platforms', null);
    inputs = setInput(inputs, 'active.website', null);
    inputs = setInput(inputs, 'problems.measures', ['细化公开目录', '加强培训']);
    inputs = setInput(inputs, 'other.other', '=不是公式');
    inputs = setInput(inputs, 'other.statistics', '2024');
    double.resetSyncCount();
    await writeNarrativeInputs(inputs);
    const cells = double.snapshot().sheets.find((s) => s.name === '正文素材')!.cells;
    expect(cells[inputAddress('platforms')].value).toBeNull();
    expect(cells[inputAddress('active.website')].value).toBe('约30条');
    expect(cells[inputAddress('problems.measures')].value).toBe('1. 细化公开目录\n2. 加强培训');
    expect(cells[inputAddress('other.other')]).toMatchObject({ value: '=不是公式' });
    expect(cells[inputAddress('other.other')].formula).toBeUndefined();
    expect(cells[inputAddress('other.statistics')].value).toBe('2024');
    const read = await readReport();
    expect(read.inputs.other).toMatchObject({ other: '=不是公式', statistics: '2024' });
    expect(read.inputs.platforms).toBeUndefined();
  });

  it('refuses values that do not fit their fields before touching the workbook', async () => {
    const double = await workbookWithSheets();
    const error = await writeNarrativeInputs(setInput({}, 'supervision.staff', 2.5)).catch((e) => e);
    expect(error).toBeInstanceOf(ExcelAdapterError);
    expect(error.userMessage).toContain('「政务公开工作人员」应为整数');
    expect(double.syncCount).toBe(0);
  });

  it('tells the clerk to add the sheet when the workbook has none', async () => {
    await olderWorkbook();
    const read = await readReport();
    expect(read).toMatchObject({ inputs: {}, inputsFound: false, diagnostics: [] });
    const error = await writeNarrativeInputs(SAMPLE_INPUTS).catch((e) => e);
    expect(error).toBeInstanceOf(ExcelAdapterError);
    expect(error.userMessage).toMatch(/^没有找到“正文素材”工作表.*请点击「添加工作表」/);
  });

  it('names fields whose rows it cannot find, after saving the others', async () => {
    const double = await workbookWithSheets();
    await Excel.run(async (context) => {
      // A label edited beyond recognition, and the name one row taller (as after a row inserted at its
      // end), so that position cannot help either.
      const sheet = context.workbook.worksheets.getItem('正文素材');
      sheet.protection.unprotect();
      sheet.getRange(inputAddress('supervision.staff').replace('B', 'A')).values = [['人员']];
      context.workbook.names.getItem('NB_INPUTS').delete();
      context.workbook.names.add('NB_INPUTS', sheet.getRange(`A${INPUTS_TOP + 1}:B${INPUTS_TOP + INPUT_ROWS.length + 1}`));
      await context.sync();
    });
    double.resetSyncCount();
    const error = await writeNarrativeInputs(SAMPLE_INPUTS).catch((e) => e);
    expect(error).toBeInstanceOf(ExcelAdapterError);
    expect(error.userMessage).toContain('找不到“政务公开工作人员”一行');
    expect(double.syncCount).toBe(2);
    expect((await readReport()).inputs.platforms).toBe(SAMPLE_INPUTS.platforms);
  });

  it('adds only 正文素材 to a workbook inserted by an older version, after 表四, in two syncs', async () => {
    const double = await olderWorkbook();
    const before = JSON.stringify(double.snapshot().sheets);
    expect(await insertInputsSheet()).toEqual({ sheet: '正文素材', added: true });
    expect(double.syncCount).toBe(2);
    const snap = double.snapshot();
    expect(snap.sheets.map((s) => s.name)).toEqual(['Sheet1', '基本信息', '表二 主动公开', '表三 依申请公开', '表四 复议诉讼', '正文素材']);
    expect(JSON.stringify(snap.sheets.filter((s) => s.name !== '正文素材'))).toBe(before);
    expect(snap.names.NB_INPUTS).toBe(`正文素材!A4:B${INPUTS_TOP + INPUT_ROWS.length}`);
    expect(snap.activeSheet).toBe('正文素材');
    const sheet = snap.sheets.find((s) => s.name === '正文素材')!;
    expect(sheet.protection.protected).toBe(true);
    expect(sheet.cells[inputAddress('active.totalItems')].format.locked).toBe(false);

    await writeNarrativeInputs(SAMPLE_INPUTS);
    expect((await readReport()).inputs).toEqual(SAMPLE_INPUTS);

    // Already there: one look, nothing added.
    double.resetSyncCount();
    expect(await insertInputsSheet()).toEqual({ sheet: '正文素材', added: false });
    expect(double.syncCount).toBe(1);
  });

  it('never overwrites a sheet of that name that is not ours', async () => {
    const double = await olderWorkbook();
    await Excel.run(async (context) => {
      context.workbook.worksheets.add('正文素材').getRange('A1').values = [['我自己的素材']];
      await context.sync();
    });
    double.resetSyncCount();
    const error = await insertInputsSheet().catch((e) => e);
    expect(error).toBeInstanceOf(ExcelAdapterError);
    expect(error.userMessage).toContain('不是年报助手插入的');
    expect(double.snapshot().sheets.find((s) => s.name === '正文素材')!.cells.A1.value).toBe('我自己的素材');
  });

  it('works with the second set of sheets through the copy suffix', async () => {
    const double = new ExcelDouble([{ name: '表三 依申请公开' }]);
    installed = installExcelDouble(double);
    await insertReportSheets({ ...options, copy: 2 });
    await writeNarrativeInputs(SAMPLE_INPUTS, 2);
    const read = await readReport(2);
    expect(read.inputs).toEqual(SAMPLE_INPUTS);
    // The tables come from the new set, not from the clerk's sheet of the same name: empty inputs, totals 0.
    expect(read.locations.get('applications.total.total')?.sheet).toBe('表三 依申请公开 (2)');
    expect(read.data.cells['applications.total.total']).toBe(0);
    expect(read.data.cells['applications.newReceived.naturalPerson']).toBeNull();
  });
});

describe('正文素材: fixing an unreadable cell from the form', () => {
  it('is no conflict: the reader saw the cell as blank, the form had it blank', async () => {
    await workbookWithSheets(SAMPLE_INPUTS);
    await Excel.run(async (context) => {
      context.workbook.worksheets.getItem('正文素材').getRange(inputAddress('active.website')).values = [['约30条']];
      await context.sync();
    });
    const loaded = (await readReport()).inputs;
    expect(loaded.active?.website).toBeUndefined();
    await writeNarrativeInputs(setInput(loaded, 'active.website', 30), 1, { baseline: loaded });
    expect((await readReport()).inputs.active?.website).toBe(30);
  });
});

describe('正文素材 deleted while its name stayed (#REF!)', () => {
  it('is added again by 添加工作表, the broken name replaced', async () => {
    await workbookWithSheets();
    await Excel.run(async (context) => {
      context.workbook.worksheets.getItem('正文素材').delete();
      await context.sync();
    });
    expect((await readReport()).inputsFound).toBe(false);
    expect(await insertInputsSheet(1)).toEqual({ sheet: '正文素材', added: true });
    expect((await readReport()).inputsFound).toBe(true);
  });
});

describe('正文素材 without its defined name', () => {
  it('is read and saved by its field labels on the sheet, as the .xlsx reader does', async () => {
    const double = await workbookWithSheets(SAMPLE_INPUTS);
    await Excel.run(async (context) => {
      context.workbook.names.getItem('NB_INPUTS').delete();
      await context.sync();
    });
    double.resetSyncCount();
    const read = await readReport();
    expect(double.syncCount).toBe(1);
    expect(read.inputsFound).toBe(true);
    expect(read.inputs).toEqual(SAMPLE_INPUTS);
    await writeNarrativeInputs(setInput(read.inputs, 'active.website', 4700), 1);
    expect((await readReport()).inputs.active?.website).toBe(4700);
  });
});
