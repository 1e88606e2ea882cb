import { ExcelDouble, installExcelDouble, quoteSheetName, parseAddress, type InstalledDouble } from './excel-double';

/** The double must be at least as strict as Excel wherever an adapter could go wrong. */
let installed: InstalledDouble;
let double: ExcelDouble;

function install(d = new ExcelDouble([{ name: 'Sheet1', cells: { A1: 1, A2: 2, A3: '=SUM(A1:A2)', B1: '已有内容' } }])) {
  installed?.uninstall();
  installed = installExcelDouble(d);
  double = installed.double;
  return double;
}

beforeEach(() => install());
afterEach(() => installed.uninstall());

const sheet1 = () => double.snapshot().sheets.find((s) => s.name === 'Sheet1')!;

/** Runs one batch and returns its rejection (or undefined). */
async function failureOf(batch: (context: Excel.RequestContext) => Promise<unknown>): Promise<{ code?: string; message: string } | undefined> {
  return Excel.run(batch).then(
    () => undefined,
    (e) => e,
  );
}

describe('proxies: nothing is readable before load and sync', () => {
  it('throws PropertyNotLoaded for an unloaded property, and for a loaded one before the sync', async () => {
    await Excel.run(async (context) => {
      const range = context.workbook.worksheets.getItem('Sheet1').getRange('A1:A3');
      expect(() => range.values).toThrow(/The property 'values' is not available\. Before reading the property's value, call the load method/);
      range.load('address');
      expect(() => range.address).toThrow(expect.objectContaining({ code: 'PropertyNotLoaded' }));
      await context.sync();
      expect(range.address).toBe('Sheet1!A1:A3');
      expect(() => range.values).toThrow(/not available/);
      expect(() => context.workbook.worksheets.getItem('Sheet1').name).toThrow(/'name' is not available/);
    });
  });

  it('does not echo a property the batch has set: it must be loaded', async () => {
    await Excel.run(async (context) => {
      const range = context.workbook.worksheets.getItem('Sheet1').getRange('C1');
      range.values = [[5]];
      expect(() => range.values).toThrow(/not available/);
      await context.sync();
    });
  });

  it('takes every load form Office.js takes', async () => {
    await Excel.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem('Sheet1');
      sheet.getRange('A1').format.fill.color = '#FFFF00';
      await context.sync();
      const a = sheet.getRange('A1:A2').load('values, rowCount');
      const b = sheet.getRange('A1').load(['formulas', 'columnCount']);
      const c = sheet.getRange('A3').load({ select: 'values', expand: 'format/font' });
      const d = sheet.getRange('A1').load('format/fill/color');
      const e = sheet.getRange('A1').load({ numberFormat: true, format: { wrapText: true } });
      const all = sheet.load();
      const sheets = context.workbook.worksheets.load('items/name');
      const sheetsToo = context.workbook.worksheets.load('name'); // item properties without items/, as on real collections
      await context.sync();
      expect([a.values, a.rowCount]).toEqual([[[1], [2]], 2]);
      expect([b.formulas, b.columnCount]).toEqual([[[1]], 1]);
      expect([c.values, c.format.font.bold, c.format.font.name]).toEqual([[[3]], false, 'Calibri']);
      expect(() => c.format.fill.color).toThrow(/not available/);
      expect(d.format.fill.color).toBe('#FFFF00');
      expect([e.numberFormat, e.format.wrapText]).toEqual([[['General']], false]);
      expect([all.name, all.position, all.visibility]).toEqual(['Sheet1', 0, 'Visible']);
      expect(sheets.items.map((s) => s.name)).toEqual(['Sheet1']);
      expect(sheetsToo.items.map((s) => s.name)).toEqual(['Sheet1']);
      expect(sheets.toJSON()).toEqual({ items: [{ name: 'Sheet1' }] });
    });
  });

  it('keeps what a sync loaded until the next load and sync', async () => {
    await Excel.run(async (context) => {
      const range = context.workbook.worksheets.getItem('Sheet1').getRange('A1').load('values');
      range.values = [[10]]; // queued after the load: not part of the snapshot
      await context.sync();
      expect(range.values).toEqual([[1]]);
      range.values = [[20]];
      await context.sync();
      expect(range.values).toEqual([[1]]);
      range.load('values');
      await context.sync();
      expect(range.values).toEqual([[20]]);
    });
  });

  it('sends arguments when the sync runs, as Office.js does', async () => {
    await Excel.run(async (context) => {
      const row = [7, 8];
      context.workbook.worksheets.getItem('Sheet1').getRange('C1:D1').values = [row];
      row[1] = 9; // mutated before the sync: Excel receives the mutated array
      await context.sync();
    });
    expect([sheet1().cells.C1.value, sheet1().cells.D1.value]).toEqual([7, 9]);
  });

  it('refuses objects of another request context as arguments', async () => {
    let foreign: Excel.Range | undefined;
    await Excel.run(async (context) => {
      foreign = context.workbook.worksheets.getItem('Sheet1').getRange('A1');
      await context.sync();
    });
    const error = await failureOf(async (context) => {
      context.workbook.names.add('X', foreign!);
      await context.sync();
    });
    expect(error).toMatchObject({ code: 'InvalidRequestContext' });
  });
});

describe('queued writes take effect at sync', () => {
  it('shows a write only after the sync, and counts syncs', async () => {
    double.resetSyncCount();
    await Excel.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem('Sheet1');
      sheet.getRange('A1').values = [[10]];
      sheet.getRange('A1').format.font.bold = true;
      expect(sheet1().cells.A1).toMatchObject({ value: 1, format: { locked: true } });
      expect(sheet1().cells.A1.format.bold).toBeUndefined();
      const total = sheet.getRange('A3').load('values,formulas');
      await context.sync();
      expect(sheet1().cells.A1).toMatchObject({ value: 10, format: { bold: true } });
      expect(total.values).toEqual([[12]]);
      expect(total.formulas).toEqual([['=SUM(A1:A2)']]);
    });
    expect(double.syncCount).toBe(1);
  });

  it('rejects a values array of the wrong shape at sync; earlier operations stay, later ones are dropped', async () => {
    const error = await failureOf(async (context) => {
      const sheet = context.workbook.worksheets.getItem('Sheet1');
      sheet.getRange('C1').values = [['before']];
      const probe = sheet.getRange('A1').load('values');
      sheet.getRange('A1:B2').values = [[1, 2]];
      sheet.getRange('C2').values = [['after']];
      await context.sync().catch((e) => {
        expect(() => probe.values).toThrow(/not available/); // nothing of a failed batch is published
        throw e;
      });
    });
    expect(error).toMatchObject({ code: 'InvalidArgument', debugInfo: { errorLocation: 'Range.values' } });
    expect(error?.message).toMatch(/doesn't match the size or dimensions of the range/);
    expect(sheet1().cells.C1.value).toBe('before');
    expect(sheet1().cells.C2).toBeUndefined();
  });

  it('reads input as Excel does: formulas, numbers, literal text, one value for all cells, null for unchanged', async () => {
    await Excel.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem('Sheet1');
      sheet.getRange('C1:C4').values = [['=A1*2'], ['42'], ["'007"], ['TRUE']];
      sheet.getRange('D1:E2').values = 0 as unknown as number[][]; // a single value fills the range
      sheet.getRange('A1:B1').values = [[null, '改过']]; // null leaves A1 alone
      const text = sheet.getRange('F1');
      text.numberFormat = [['@']];
      text.values = [['0123']];
      await context.sync();
    });
    const cells = sheet1().cells;
    expect([cells.C1.value, cells.C1.formula, cells.C2.value, cells.C3.value, cells.C4.value]).toEqual([2, '=A1*2', 42, '007', true]);
    expect([cells.D1.value, cells.E2.value, cells.A1.value, cells.B1.value, cells.F1.value]).toEqual([0, 0, 1, '改过', '0123']);
  });

  it('clears contents, formats or both', async () => {
    await Excel.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem('Sheet1');
      sheet.getRange('A1:B1').format.fill.color = '#FFFF00';
      sheet.getRange('A1').clear(Excel.ClearApplyTo.contents);
      sheet.getRange('B1').clear('Formats');
      sheet.getRange('A2:A3').clear();
      await context.sync();
    });
    const cells = sheet1().cells;
    expect([cells.A1.value, cells.A1.format.fill, cells.B1.value, cells.B1.format.fill, cells.A2, cells.A3]).toEqual([null, '#FFFF00', '已有内容', undefined, undefined, undefined]);
  });

  it('computes simple formulas and reads others back as their text', async () => {
    install(
      new ExcelDouble([
        { name: 'Data', cells: { A1: 5, A2: 7, A3: '', A4: '文字' } },
        {
          name: '表三 依申请公开',
          cells: {
            A1: "=SUM(Data!A1:A4)+'表三 依申请公开'!B1",
            B1: 1,
            C1: '=(Data!A1-Data!A2)*2',
            D1: '=IF(COUNTBLANK(Data!A1:A3)>0,"有空格",IFERROR(Data!A1+Data!A4,"非数字"))',
            E1: '=Data!A4&"年"&Data!A1',
            F1: '=VLOOKUP(1,Data!A1:A2,1)',
            G1: '=Data!A1/0',
            H1: '=NB_TOTAL+1',
          },
        },
      ], { names: { NB_TOTAL: "'表三 依申请公开'!A1" } }),
    );
    await Excel.run(async (context) => {
      const row = context.workbook.worksheets.getItem('表三 依申请公开').getRange('A1:H1').load('values,formulas,valueTypes');
      await context.sync();
      expect(row.values).toEqual([[13, 1, -4, '有空格', '文字年5', '=VLOOKUP(1,Data!A1:A2,1)', '#DIV/0!', 14]]);
      expect(row.formulas[0][0]).toBe("=SUM(Data!A1:A4)+'表三 依申请公开'!B1");
      expect(row.valueTypes[0].slice(5)).toEqual(['String', 'Error', 'Double']);
    });
  });
});

describe('sync counting and Excel.run', () => {
  it('counts every context.sync, and the closing sync of Excel.run only when something is queued', async () => {
    double.resetSyncCount();
    await Excel.run(async (context) => {
      await context.sync();
      await context.sync();
    });
    expect(double.syncCount).toBe(2);
    double.resetSyncCount();
    await Excel.run(async (context) => {
      context.workbook.worksheets.getItem('Sheet1').getRange('C1').values = [[1]]; // left for Excel.run to send
    });
    expect(double.syncCount).toBe(1);
    expect(sheet1().cells.C1.value).toBe(1);
  });

  it('reuses a context when given an object, and insists on a promise from the batch', async () => {
    const sheet = await Excel.run(async (context) => {
      const s = context.workbook.worksheets.getItem('Sheet1');
      await context.sync();
      return s;
    });
    await Excel.run(sheet, async (context) => {
      expect(context).toBe(sheet.context);
      sheet.getRange('C1').values = [['again']];
      await context.sync();
    });
    expect(sheet1().cells.C1.value).toBe('again');
    await expect(Excel.run((() => undefined) as unknown as () => Promise<void>)).rejects.toMatchObject({ code: 'RunMustReturnPromise' });
  });
});

describe('worksheets', () => {
  it('refuses a second sheet of the same name, whatever the case, and bad names', async () => {
    expect(await failureOf(async (context) => void context.workbook.worksheets.add('sheet1'))).toMatchObject({ code: 'ItemAlreadyExists' });
    expect(await failureOf(async (context) => void context.workbook.worksheets.add('a/b'))).toMatchObject({ code: 'InvalidArgument' });
    expect(await failureOf(async (context) => void context.workbook.worksheets.add('x'.repeat(32)))).toMatchObject({ code: 'InvalidArgument' });
    expect(double.snapshot().sheets.map((s) => s.name)).toEqual(['Sheet1']);
  });

  it('fails getItem of a missing sheet at sync, when it is used', async () => {
    const error = await failureOf(async (context) => {
      const missing = context.workbook.worksheets.getItem('没有');
      expect(() => missing.getRange('A1')).not.toThrow(); // nothing fails before the sync
      missing.getRange('A1').load('values');
      await context.sync();
    });
    expect(error).toMatchObject({ code: 'ItemNotFound' });
  });

  it('gives null objects for *OrNullObject, and null objects for anything chained on them', async () => {
    await Excel.run(async (context) => {
      const missing = context.workbook.worksheets.getItemOrNullObject('没有');
      const present = context.workbook.worksheets.getItemOrNullObject('sheet1');
      const range = missing.getRange('A1').load('values');
      const font = range.format.font.load('bold');
      const name = context.workbook.names.getItemOrNullObject('NOPE').getRange().load('address');
      missing.getRange('A1').values = [['ignored']]; // writes on a null object do nothing
      missing.delete();
      expect(() => missing.isNullObject).toThrow(/not available/);
      await context.sync();
      expect([missing.isNullObject, present.isNullObject, range.isNullObject, font.isNullObject, name.isNullObject]).toEqual([true, false, true, true, true]);
      expect(range.values).toBeUndefined(); // Office.js: a null object's properties read undefined
    });
    expect(double.snapshot().sheets.map((s) => s.name)).toEqual(['Sheet1']);
  });

  it('adds, activates, renames and deletes sheets; blank sheets have A1 as used range', async () => {
    await Excel.run(async (context) => {
      const added = context.workbook.worksheets.add('表三 依申请公开');
      added.activate();
      const used = added.getUsedRange().load('address');
      const usedOrNull = added.getUsedRangeOrNullObject();
      const active = context.workbook.worksheets.getActiveWorksheet().load('name');
      const count = context.workbook.worksheets.getCount();
      await context.sync();
      expect([used.address, usedOrNull.isNullObject, active.name, count.value]).toEqual(["'表三 依申请公开'!A1", true, '表三 依申请公开', 2]);
      context.workbook.worksheets.getItem('Sheet1').name = 'Renamed';
      added.delete();
      await context.sync();
    });
    expect(double.snapshot()).toMatchObject({ sheets: [{ name: 'Renamed' }], activeSheet: 'Renamed' });
    expect(await failureOf(async (context) => void context.workbook.worksheets.getItem('Renamed').delete())).toMatchObject({ code: 'InvalidOperation' });
  });

  it('selects ranges and reports the selection', async () => {
    expect(double.snapshot()).toMatchObject({ activeSheet: 'Sheet1', selection: null }); // nothing selected by the add-in yet
    await Excel.run(async (context) => {
      const sheet = context.workbook.worksheets.add('表四 复议诉讼');
      sheet.getRange('D7:E8').select();
      const selected = context.workbook.getSelectedRange().load('address');
      await context.sync();
      expect(selected.address).toBe("'表四 复议诉讼'!D7:E8");
    });
    expect(double.snapshot()).toMatchObject({ activeSheet: '表四 复议诉讼', selection: { sheet: '表四 复议诉讼', address: 'D7:E8' } });
  });
});

describe('addresses', () => {
  it('quotes sheet names as Excel does and parses what it writes', async () => {
    expect(['Sheet1', '基本信息', '表三 依申请公开', 'A1', "it's", '2024年'].map(quoteSheetName)).toEqual(['Sheet1', '基本信息', "'表三 依申请公开'", "'A1'", "'it''s'", "'2024年'"]);
    expect(parseAddress("'表三 依申请公开'!$A$1:C3")).toEqual({ sheet: '表三 依申请公开', rect: { row: 0, col: 0, rowSpan: 3, colSpan: 3 } });
    install(new ExcelDouble([{ name: '表三 依申请公开' }, { name: '基本信息' }]));
    await Excel.run(async (context) => {
      const a = context.workbook.worksheets.getItem('表三 依申请公开').getRange("'表三 依申请公开'!A1:C3").load('address');
      const b = context.workbook.worksheets.getItem('基本信息').getCell(3, 1).load('address');
      const c = context.workbook.worksheets.getItem('基本信息').getRangeByIndexes(0, 0, 2, 2).getResizedRange(1, 0).getLastCell().load('address');
      await context.sync();
      expect([a.address, b.address, c.address]).toEqual(["'表三 依申请公开'!A1:C3", '基本信息!B4', '基本信息!B3']);
    });
    expect(await failureOf(async (context) => void context.workbook.worksheets.getItem('基本信息').getRange('A0').load('address'))).toMatchObject({ code: 'InvalidArgument' });
  });
});

describe('names', () => {
  it('adds workbook and sheet names, refuses duplicates, resolves them to ranges', async () => {
    await Excel.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem('Sheet1');
      context.workbook.names.add('MY_NAME', sheet.getRange('A1:A2'), '说明');
      context.workbook.names.add('OTHER', '=Sheet1!$B$1');
      sheet.names.add('LOCAL', sheet.getRange('A3'));
      const range = context.workbook.names.getItem('my_name').getRange().load('values');
      const local = sheet.names.getItem('LOCAL').load('name,scope,formula');
      const notGlobal = context.workbook.names.getItemOrNullObject('LOCAL');
      await context.sync();
      expect(range.values).toEqual([[1], [2]]);
      expect([local.scope, local.formula, notGlobal.isNullObject]).toEqual(['Worksheet', '=Sheet1!$A$3', true]);
    });
    expect(await failureOf(async (context) => void context.workbook.names.add('my_name', 'Sheet1!A1'))).toMatchObject({ code: 'ItemAlreadyExists' });
    expect(await failureOf(async (context) => void context.workbook.names.add('A1', 'Sheet1!A1'))).toMatchObject({ code: 'InvalidArgument' });
    expect(await failureOf(async (context) => void context.workbook.names.getItem('NOPE').load('name'))).toMatchObject({ code: 'ItemNotFound' });
    expect(double.snapshot().names).toEqual({ MY_NAME: 'Sheet1!A1:A2', OTHER: 'Sheet1!B1' });
    expect(sheet1().names).toEqual({ LOCAL: 'Sheet1!A3' });
  });

  it('turns names into #REF! when their sheet is deleted', async () => {
    await Excel.run(async (context) => {
      const gone = context.workbook.worksheets.add('Gone');
      context.workbook.names.add('THERE', gone.getRange('A1'));
      gone.delete();
      const range = context.workbook.names.getItem('THERE').getRangeOrNullObject();
      await context.sync();
      expect(range.isNullObject).toBe(true);
    });
    expect(double.snapshot().names).toEqual({ THERE: '#REF!' });
  });
});

describe('formats and structure', () => {
  it('records merges, borders, fonts, fills, alignment, sizes and freeze panes', async () => {
    await Excel.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem('Sheet1');
      sheet.getRange('C1').values = [['标题']];
      sheet.getRange('D1').values = [['discarded by the merge']];
      sheet.getRange('C1:D1').merge(false);
      sheet.getRange('C3:D4').merge(true);
      const format = sheet.getRange('A1:B2').format;
      format.fill.color = 'yellow';
      format.font.set({ name: '宋体', size: 12, italic: true, color: '#c00000' });
      format.horizontalAlignment = 'Center';
      format.verticalAlignment = Excel.VerticalAlignment.top;
      format.wrapText = true;
      format.columnWidth = 60;
      format.rowHeight = 20;
      for (const edge of [Excel.BorderIndex.edgeTop, Excel.BorderIndex.insideHorizontal]) {
        const border = format.borders.getItem(edge);
        border.style = 'Continuous';
        border.weight = 'Thin';
        border.color = '#bfbfbf';
      }
      sheet.freezePanes.freezeAt(sheet.getRange('A1:B3'));
      const read = sheet.getRange('A1:B2').load('format/fill/color,format/font/size,format/columnWidth');
      const mixed = sheet.getRange('A1:C1').load('format/fill/color');
      await context.sync();
      expect([read.format.fill.color, read.format.font.size, read.format.columnWidth, mixed.format.fill.color]).toEqual(['#FFFF00', 12, 60, null]);
    });
    const s = sheet1();
    expect(s.merges).toEqual(['C1:D1', 'C3:D3', 'C4:D4']);
    expect([s.cells.C1.value, s.cells.D1.value]).toEqual(['标题', null]);
    expect(s.cells.A1.format).toMatchObject({ fill: '#FFFF00', fontName: '宋体', fontSize: 12, italic: true, fontColor: '#C00000', horizontal: 'Center', vertical: 'Top', wrap: true });
    expect(s.cells.A1.format.borders.top).toEqual({ style: 'Continuous', weight: 'Thin', color: '#BFBFBF' });
    expect(s.cells.A1.format.borders.bottom).toEqual({ style: 'Continuous', weight: 'Thin', color: '#BFBFBF' });
    expect([s.columnWidths, s.rowHeights, s.freeze]).toEqual([{ A: 60, B: 60 }, { 1: 20, 2: 20 }, { rows: 3, columns: 2 }]);
  });

  it('rejects values Excel rejects: enums, colours, overlapping merges', async () => {
    const range = (context: Excel.RequestContext) => context.workbook.worksheets.getItem('Sheet1').getRange('A1:B2');
    expect(await failureOf(async (c) => void (range(c).format.horizontalAlignment = 'Middle' as Excel.HorizontalAlignment))).toMatchObject({ code: 'InvalidArgument' });
    expect(await failureOf(async (c) => void (range(c).format.fill.color = 'not a colour'))).toMatchObject({ code: 'InvalidArgument' });
    expect(await failureOf(async (c) => void (range(c).format.borders.getItem('EdgeTop').style = 'Thick' as Excel.BorderLineStyle))).toMatchObject({ code: 'InvalidArgument' });
    await Excel.run(async (c) => void range(c).merge());
    expect(await failureOf(async (c) => void c.workbook.worksheets.getItem('Sheet1').getRange('B2:C3').merge())).toMatchObject({ code: 'InvalidOperation' });
  });

  it('records data validation with its prompt and error alert, and refuses malformed rules', async () => {
    await Excel.run(async (context) => {
      const input = context.workbook.worksheets.getItem('Sheet1').getRange('D7:E7');
      input.dataValidation.rule = { wholeNumber: { formula1: 0, formula2: 999999999, operator: Excel.DataValidationOperator.between } };
      input.dataValidation.prompt = { showPrompt: true, title: '件数', message: '填写非负整数，不要留空' };
      input.dataValidation.errorAlert = { showAlert: true, style: 'Stop', title: '输入有误', message: '只能填写非负整数' };
      const type = input.dataValidation.load('type');
      await context.sync();
      expect(type.type).toBe('WholeNumber');
    });
    expect(sheet1().validations.E7).toEqual({
      rule: { wholeNumber: { formula1: 0, formula2: 999999999, operator: 'Between' } },
      prompt: { showPrompt: true, title: '件数', message: '填写非负整数，不要留空' },
      errorAlert: { showAlert: true, style: 'Stop', title: '输入有误', message: '只能填写非负整数' },
    });
    const dv = (c: Excel.RequestContext) => c.workbook.worksheets.getItem('Sheet1').getRange('A1').dataValidation;
    expect(await failureOf(async (c) => void (dv(c).rule = { wholeNumber: { formula1: 0, operator: 'Between' } }))).toMatchObject({ code: 'InvalidArgument' });
    expect(await failureOf(async (c) => void (dv(c).rule = { decimal: { formula1: 0, operator: 'GreaterThan' }, wholeNumber: { formula1: 0, operator: 'GreaterThan' } }))).toMatchObject({ code: 'InvalidArgument' });
    expect(await failureOf(async (c) => void (dv(c).prompt = { showPrompt: true, title: '标'.repeat(33), message: '' }))).toMatchObject({ code: 'InvalidArgument' });
  });

  it('records custom conditional formats, lists them by range and deletes them', async () => {
    await Excel.run(async (context) => {
      const cf = context.workbook.worksheets.getItem('Sheet1').getRange('A3:B3').conditionalFormats.add(Excel.ConditionalFormatType.custom);
      cf.custom.rule.formula = '=A3<>0';
      cf.custom.format.fill.color = '#ffc7ce';
      cf.custom.format.font.color = '#9c0006';
      context.workbook.worksheets.getItem('Sheet1').getRange('C9').conditionalFormats.add('DataBar');
      await context.sync();
    });
    expect(sheet1().conditionalFormats).toEqual([
      { address: 'A3:B3', type: 'Custom', formula: '=A3<>0', fill: '#FFC7CE', fontColor: '#9C0006' },
      { address: 'C9', type: 'DataBar' },
    ]);
    await Excel.run(async (context) => {
      const list = context.workbook.worksheets.getItem('Sheet1').getRange().conditionalFormats.load('items/type,items/customOrNullObject/rule/formula');
      await context.sync();
      expect(list.items.map((f) => [f.type, f.customOrNullObject.isNullObject])).toEqual([['Custom', false], ['DataBar', true]]);
      expect(list.items[0].customOrNullObject.rule.formula).toBe('=A3<>0');
      list.items[1].delete();
      await context.sync();
    });
    expect(sheet1().conditionalFormats.map((f) => f.type)).toEqual(['Custom']);
  });
});

describe('protection', () => {
  it('refuses writes into locked cells of a protected sheet, allows unlocked ones', async () => {
    await Excel.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem('Sheet1');
      sheet.getRange('A1').format.protection.locked = false;
      sheet.protection.protect({ allowFormatCells: true });
      sheet.getRange('A1').values = [[5]];
      sheet.getRange('A2').format.fill.color = '#FFFF00'; // allowed by allowFormatCells
      await context.sync();
    });
    expect(sheet1().cells.A1.value).toBe(5);
    const write = await failureOf(async (context) => {
      context.workbook.worksheets.getItem('Sheet1').getRange('B1').values = [['覆盖']];
      await context.sync();
    });
    expect(write).toMatchObject({ code: 'AccessDenied' });
    expect(sheet1().cells.B1.value).toBe('已有内容');
    const sheet = (c: Excel.RequestContext) => c.workbook.worksheets.getItem('Sheet1');
    expect(await failureOf(async (c) => void sheet(c).getRange('A1:B1').merge())).toMatchObject({ code: 'AccessDenied' });
    expect(await failureOf(async (c) => void (sheet(c).getRange('A1').dataValidation.rule = { custom: { formula: '=TRUE' } }))).toMatchObject({ code: 'AccessDenied' });
    expect(await failureOf(async (c) => void (sheet(c).getRange('A1').format.columnWidth = 80))).toMatchObject({ code: 'AccessDenied' });
    expect(await failureOf(async (c) => void sheet(c).protection.protect())).toMatchObject({ code: 'InvalidOperation' });
    await Excel.run(async (c) => void sheet(c).protection.unprotect());
    expect(sheet1().protection).toEqual({ protected: false });
  });
});

describe('requirement sets and page layout', () => {
  it('reports ExcelApi up to 1.8 by default; newer members throw ApiNotFound when touched, as office.js does', async () => {
    expect(Office.context.requirements.isSetSupported('ExcelApi', '1.8')).toBe(true);
    expect(Office.context.requirements.isSetSupported('ExcelApi', '1.9')).toBe(false);
    expect(Office.context.requirements.isSetSupported('ExcelApi', '1.10')).toBe(false);
    const error = await failureOf(async (context) => {
      context.workbook.worksheets.getItem('Sheet1').pageLayout.orientation = 'Landscape';
    });
    expect(error).toMatchObject({ code: 'ApiNotFound', message: expect.stringContaining('Worksheet.pageLayout is part of the ExcelApi 1.9 requirement set') });
    expect(sheet1().pageLayout).toEqual({});
  });

  it('sets up printing once ExcelApi 1.9 is reported', async () => {
    double.excelApiMinor = 9;
    expect(Office.context.requirements.isSetSupported('ExcelApi', '1.9')).toBe(true);
    await Excel.run(async (context) => {
      const layout = context.workbook.worksheets.getItem('Sheet1').pageLayout;
      layout.orientation = Excel.PageOrientation.landscape;
      layout.paperSize = Excel.PaperType.a4;
      layout.zoom = { horizontalFitToPages: 1, verticalFitToPages: 1 };
      layout.centerHorizontally = true;
      layout.setPrintTitleRows('$4:$6');
      layout.setPrintMargins('Centimeters', { left: 1, right: 1 });
      const read = layout.load('orientation,topMargin,zoom');
      await context.sync();
      expect([read.orientation, read.topMargin, read.zoom]).toEqual(['Landscape', 54, { horizontalFitToPages: 1, verticalFitToPages: 1 }]);
    });
    expect(sheet1().pageLayout).toEqual({
      orientation: 'Landscape',
      paperSize: 'A4',
      zoom: { horizontalFitToPages: 1, verticalFitToPages: 1 },
      centerHorizontally: true,
      printTitleRows: '$4:$6',
      leftMargin: 28.35,
      rightMargin: 28.35,
    });
    expect(await failureOf(async (c) => void (c.workbook.worksheets.getItem('Sheet1').pageLayout.zoom = { scale: 5 }))).toMatchObject({ code: 'InvalidArgument' });
  });
});

describe('Office globals', () => {
  it('defines the enums as the string values office.js uses', () => {
    expect([Excel.ConditionalFormatType.custom, Excel.DataValidationType.wholeNumber, Excel.DataValidationAlertStyle.stop, Excel.BorderLineStyle.continuous]).toEqual([
      'Custom',
      'WholeNumber',
      'Stop',
      'Continuous',
    ]);
    expect([Excel.HorizontalAlignment.centerAcrossSelection, Excel.PaperType.a4, Excel.BorderIndex.insideVertical]).toEqual(['CenterAcrossSelection', 'A4', 'InsideVertical']);
  });

  it('is ready at once, in Excel', async () => {
    await expect(Office.onReady()).resolves.toMatchObject({ host: 'Excel' });
  });

  it('keeps document settings in the workbook only when saved', async () => {
    const settings = Office.context.document.settings;
    settings.set('kept', { n: 1 });
    settings.set('dropped', 'x');
    await new Promise((resolve) => settings.saveAsync(resolve));
    settings.set('unsaved', true);
    settings.remove('dropped');
    expect([settings.get('unsaved'), settings.get('dropped')]).toEqual([true, null]);
    expect(double.snapshot().settings).toEqual({ kept: { n: 1 }, dropped: 'x' });
    install(double); // the workbook, reopened
    expect([Office.context.document.settings.get('kept'), Office.context.document.settings.get('unsaved')]).toEqual([{ n: 1 }, null]);
  });
});

describe('seeding and snapshots', () => {
  it('seeds sheets, formats, merges, names and protection, and snapshots them as plain data', async () => {
    install(
      new ExcelDouble(
        [
          { name: '草稿', cells: { C3: '别动我', D4: '=C3&"!"' }, formats: { 'C3:D4': { fill: '#FFFF00', locked: false } }, merges: ['E1:F1'], names: { 草稿区: 'C3:D4' } },
          { name: '表三 依申请公开', protection: { allowFormatCells: true } },
        ],
        { names: { NB_T3: "'表三 依申请公开'!A4:J31" }, settings: { 'nianbao.copy': 2 }, activeSheet: '表三 依申请公开' },
      ),
    );
    const snap = double.snapshot();
    expect(JSON.parse(JSON.stringify(snap))).toEqual(snap);
    expect(snap.sheets[0]).toMatchObject({
      name: '草稿',
      cells: { C3: { value: '别动我', format: { fill: '#FFFF00', locked: false } }, D4: { value: '别动我!', formula: '=C3&"!"' } },
      merges: ['E1:F1'],
      names: { 草稿区: '草稿!C3:D4' },
    });
    expect(snap.sheets[1].protection).toEqual({ protected: true, options: { allowFormatCells: true } });
    expect(snap).toMatchObject({ names: { NB_T3: "'表三 依申请公开'!A4:J31" }, activeSheet: '表三 依申请公开', settings: { 'nianbao.copy': 2 } });
    expect(Office.context.document.settings.get('nianbao.copy')).toBe(2);
  });
});
