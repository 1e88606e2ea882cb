import { execFileSync } from 'child_process';
import * as fs from 'fs';
import * as path from 'path';
import ExcelJS from 'exceljs';
import fc from 'fast-check';
import JSZip from 'jszip';
import {
  buildWorkbookPlan,
  getFormat,
  INPUT_FIELDS,
  inputConsistency,
  INPUT_ROWS,
  INPUTS_TOP,
  nameReference,
  SAMPLE_INPUTS,
  SAMPLE_REPORT,
  setInput,
  TABLE_TOP,
  type InputValue,
  type NarrativeInputs,
  type PlanOptions,
} from '../../src/core';
import { addInputsSheet, appendReportSheets, loadWorkbook, readReportFile, readReportWorkbook, renderPlan, snapshotXlsx, writeReportFile } from '../../src/xlsx';
import { loadSeeds, ROOT, tempDir } from '../support/seeds';
import { nianbao as nianbaoInProcess } from '../support/cli';

const CLI = path.join(ROOT, 'bin/nianbao.js');
const seeds = loadSeeds();
const out = tempDir('xlsx-roundtrip');

function nianbao(args: string[]): { code: number; stdout: string; stderr: string } {
  try {
    const stdout = execFileSync('node', [CLI, ...args], { encoding: 'utf8', stdio: 'pipe' });
    return { code: 0, stdout, stderr: '' };
  } catch (error) {
    const e = error as { status: number; stdout: string; stderr: string };
    return { code: e.status, stdout: e.stdout, stderr: e.stderr };
  }
}

beforeAll(() => {
  execFileSync('npm', ['run', 'build:cli'], { cwd: ROOT, stdio: 'pipe' });
});

describe('nianbao init --data → export --json', () => {
  it.each(seeds.map((s) => [s.name, s] as const))('gives back exactly the cells of seed %s', (name, seed) => {
    const book = path.join(out, `${name}.xlsx`);
    const init = nianbao(['init', '--data', seed.expectedPath, '-o', book]);
    expect(init).toMatchObject({ code: 0 });
    const exported = nianbao(['export', book, '--json']);
    expect(exported.code).toBe(0);
    const json = JSON.parse(exported.stdout);
    expect(json).toEqual({ format: seed.format, year: seed.year, agency: seed.agency, cells: seed.cells, inputs: {} });
    expect(Object.keys(json.cells)).toEqual(Object.keys(seed.cells)); // schema order
  });
});

describe('nianbao init → export in-process', () => {
  it.each([
    ['2021', '2024', '某某县人民政府办公室'],
    ['2019', '2020', '某“县”<局> & 所'],
  ])('round-trips format %s, year %s and agency %s', async (format, year, agency) => {
    const book = path.join(out, `meta-${format}.xlsx`);
    expect((await nianbaoInProcess('init', '--format', format, '--year', year, '--agency', agency, '-o', book)).code).toBe(0);
    const exported = JSON.parse((await nianbaoInProcess('export', book, '--json')).stdout);
    expect(exported).toMatchObject({ format, year: Number(year), agency });
    expect(Object.keys(exported.cells)).toEqual(getFormat(format as '2021' | '2019').cells.map((c) => c.id));
  });

  it('keeps a total given in the data that disagrees with its parts, as written', async () => {
    const data = path.join(out, 'disagreeing.json');
    const cells = { ...SAMPLE_REPORT.cells, 'applications.newReceived.total': 999, 'review.total': 3 };
    fs.writeFileSync(data, JSON.stringify({ cells }));
    const book = path.join(out, 'disagreeing-cli.xlsx');
    expect((await nianbaoInProcess('init', '--data', data, '-o', book)).code).toBe(0);
    const exported = JSON.parse((await nianbaoInProcess('export', book, '--json')).stdout);
    expect(exported.cells).toEqual(cells);
    // …and validation then names it.
    const validated = await nianbaoInProcess('validate', book);
    expect(validated.code).toBe(1);
    expect(validated.stdout).toMatch(/表三 依申请公开!J7/);
  });
});

describe('the .xlsx edge', () => {
  it('keeps a given total that disagrees with its formula as written', async () => {
    const book = path.join(out, 'disagreeing-total.xlsx');
    const cells = { ...SAMPLE_REPORT.cells, 'applications.total.naturalPerson': 1000, 'litigationDirect.total': 1 };
    await writeReportFile(book, { cells });
    const back = await readReportFile(book);
    expect(back.data.cells['applications.total.naturalPerson']).toBe(1000);
    expect(back.data.cells['litigationDirect.total']).toBe(1);
    expect(back.locations.get('litigationDirect.total')!.isFormula).toBe(false);
    expect(back.locations.get('review.total')!.isFormula).toBe(true);
  });

  it('computes totals when a file carries no cached formula results', async () => {
    const book = path.join(out, 'uncached.xlsx');
    await writeReportFile(book, { cells: SAMPLE_REPORT.cells });
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(book);
    workbook.eachSheet((sheet) =>
      sheet.eachRow((row) =>
        row.eachCell((cell) => {
          if (cell.formula) cell.value = { formula: cell.formula } as ExcelJS.CellFormulaValue;
        }),
      ),
    );
    await workbook.xlsx.writeFile(book);
    const back = await readReportFile(book);
    expect(back.data.cells['applications.total.total']).toBe(SAMPLE_REPORT.cells['applications.total.total']);
    expect(back.data.cells['review.total']).toBe(SAMPLE_REPORT.cells['review.total']);
  });

  it('appends beside same-named sheets without losing anything', async () => {
    const existing = path.join(out, 'existing.xlsx');
    const workbook = new ExcelJS.Workbook();
    const mine = workbook.addWorksheet('表三 依申请公开');
    mine.getCell('A1').value = '我去年自己做的表';
    mine.getCell('B2').value = 42;
    mine.getCell('B3').value = { formula: 'B2*2', result: 84 } as ExcelJS.CellFormulaValue;
    mine.getCell('B2').fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FF00B050' } };
    mine.mergeCells('D1:F2');
    mine.getCell('D1').value = '合并的说明';
    const draft = workbook.addWorksheet('草稿');
    draft.getCell('C3').value = '别动我';
    workbook.definedNames.add("'草稿'!$C$3", 'MY_NOTE');
    await workbook.xlsx.writeFile(existing);
    const before = fs.readFileSync(existing);

    const target = path.join(out, 'appended.xlsx');
    const plan = await appendReportSheets(existing, target, { cells: SAMPLE_REPORT.cells, year: 2024 });
    expect(plan.copy).toBe(2);
    expect(fs.readFileSync(existing)).toEqual(before); // the source is not rewritten
    const after = new ExcelJS.Workbook();
    await after.xlsx.readFile(target);
    const kept = after.getWorksheet('表三 依申请公开')!;
    expect(kept.getCell('A1').value).toBe('我去年自己做的表');
    expect(kept.getCell('B2').value).toBe(42);
    expect((kept.getCell('B2').fill as ExcelJS.FillPattern).fgColor?.argb).toBe('FF00B050');
    expect(kept.getCell('B3').formula).toBe('B2*2');
    expect(kept.getCell('B3').result).toBe(84);
    expect((kept.model as { merges: string[] }).merges).toEqual(['D1:F2']);
    expect(kept.getCell('D1').value).toBe('合并的说明');
    expect(after.getWorksheet('草稿')!.getCell('C3').value).toBe('别动我');
    expect(after.worksheets.map((w) => w.name)).toEqual([
      '表三 依申请公开',
      '草稿',
      '基本信息 (2)',
      '表二 主动公开 (2)',
      '表三 依申请公开 (2)',
      '表四 复议诉讼 (2)',
      '正文素材 (2)',
    ]);
    const names = Object.fromEntries((after.definedNames.model as { name: string; ranges: string[] }[]).map((n) => [n.name, n.ranges[0]]));
    expect(names.MY_NOTE).toBe("'草稿'!$C$3");
    expect(names.NB_T3_2).toBe("'表三 依申请公开 (2)'!$A$4:$J$31");
    expect(names.NB_T3).toBeUndefined();
    expect((await readReportFile(target, 2)).data).toMatchObject({ year: 2024, cells: SAMPLE_REPORT.cells });

    // A third set goes beside the second.
    const third = path.join(out, 'appended-again.xlsx');
    expect((await appendReportSheets(target, third, { year: 2025 })).copy).toBe(3);
    expect((await readReportFile(third, 3)).data.year).toBe(2025);
    expect((await readReportFile(third, 2)).data.cells).toEqual(SAMPLE_REPORT.cells);
  });

  it('still reads a workbook whose defined names were deleted, by sheet names', async () => {
    const book = path.join(out, 'no-names.xlsx');
    await writeReportFile(book, { format: '2019', year: 2020, cells: seeds.find((s) => s.format === '2019')!.cells });
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(book);
    workbook.definedNames.model = [];
    await workbook.xlsx.writeFile(book);
    const check = new ExcelJS.Workbook();
    await check.xlsx.readFile(book);
    expect(check.definedNames.model).toEqual([]);
    const back = await readReportFile(book);
    expect(back.data.format).toBe('2019');
    expect(back.data.year).toBe(2020);
    expect(back.data.cells).toEqual(seeds.find((s) => s.format === '2019')!.cells);
  });

  it('writes input cells unlocked with validation and input messages, totals locked', async () => {
    const book = path.join(out, 'inputs.xlsx');
    await writeReportFile(book, {});
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(book);
    const t3 = workbook.getWorksheet('表三 依申请公开')!;
    const input = t3.getCell('D7');
    expect(input.protection?.locked).toBe(false);
    expect(input.dataValidation).toMatchObject({ type: 'whole', showInputMessage: true, formulae: [0, 999999999] });
    expect(String(input.dataValidation.prompt)).toContain('不要留空');
    const total = t3.getCell('J7');
    expect(total.formula).toBe('SUM(D7:I7)');
    expect(total.protection?.locked ?? true).toBe(true);
    expect((t3 as unknown as { sheetProtection?: { sheet: boolean } }).sheetProtection?.sheet).toBe(true);
    const fees = workbook.getWorksheet('表二 主动公开')!;
    const feeCell = fees.getCell('B17');
    expect(feeCell.dataValidation).toMatchObject({ type: 'decimal' });
    // Cached results are for readers that never calculate; spreadsheets are asked to recalculate.
    const workbookXml = await (await JSZip.loadAsync(fs.readFileSync(book))).file('xl/workbook.xml')!.async('string');
    expect(workbookXml).toMatch(/<calcPr [^>]*fullCalcOnLoad="1"/); // exceljs does not read this flag back
    fs.rmSync(book);
  });
});

describe('reading what other tools and clerks leave', () => {
  /** Writes the tables' labels and values (constants, as another tool would) onto one sheet, stacked. */
  async function workbookFromAnotherTool(file: string, options: PlanOptions): Promise<void> {
    const plan = buildWorkbookPlan(options);
    const format = getFormat(plan.format);
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet('Sheet1');
    sheet.getCell('A1').value = '政府信息公开工作年度报告';
    let top = 3;
    for (const table of format.tables) {
      const sheetPlan = plan.sheets.find((p) => p.key === table.id)!;
      for (const cell of sheetPlan.cells) {
        if (cell.row < TABLE_TOP || cell.row >= TABLE_TOP + table.height) continue;
        const shown = cell.formula ? cell.result : cell.value;
        if (shown !== undefined && shown !== null) sheet.getCell(top + cell.row - TABLE_TOP + 1, cell.col + 2).value = shown;
      }
      for (const m of sheetPlan.merges) {
        if (m.row >= TABLE_TOP && m.row < TABLE_TOP + table.height) sheet.mergeCells(top + m.row - TABLE_TOP + 1, m.col + 2, top + m.row - TABLE_TOP + m.rowSpan, m.col + 1 + m.colSpan);
      }
      top += table.height + 3;
    }
    await workbook.xlsx.writeFile(file);
  }

  it.each(seeds.map((s) => [s.name, s] as const))('finds the tables by their official labels in a workbook without our names or sheets (seed %s)', async (name, seed) => {
    const book = path.join(out, `other-tool-${name}.xlsx`);
    await workbookFromAnotherTool(book, { format: seed.format, cells: seed.cells });
    const back = await readReportFile(book);
    expect(back.data).toEqual({ format: seed.format, year: null, agency: null, cells: seed.cells });
    expect(back.locations.get('applications.newReceived.naturalPerson')).toMatchObject({ sheet: 'Sheet1' });
    expect(back.diagnostics).toEqual([]);
  });

  it('reads a table whose names were deleted after a row was inserted inside it', async () => {
    const book = path.join(out, 'inserted-row.xlsx');
    await writeReportFile(book, { ...SAMPLE_REPORT });
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(book);
    workbook.definedNames.model = [];
    // A clerk's own row inside the body of table 三: the 2021 table now ends one row lower.
    const t3 = workbook.getWorksheet('表三 依申请公开')!;
    t3.unMergeCells('A9:A30');
    t3.spliceRows(12, 0, [null, null, '（本单位补充）其中：线上申请', 5]);
    await workbook.xlsx.writeFile(book);
    const back = await readReportFile(book);
    expect(back.data.cells).toEqual(SAMPLE_REPORT.cells);
    expect(back.locations.get('applications.carriedForward.total')).toMatchObject({ address: 'J32' });
  });

  it('finds a table by its labels when only its own name was deleted', async () => {
    const book = path.join(out, 'one-name-gone.xlsx');
    await writeReportFile(book, { ...SAMPLE_REPORT });
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(book);
    workbook.definedNames.model = workbook.definedNames.model.filter((n) => n.name !== 'NB_T4');
    await workbook.xlsx.writeFile(book);
    const back = await readReportFile(book);
    expect(back.diagnostics).toEqual([]);
    expect(back.data.cells).toEqual(SAMPLE_REPORT.cells);
  });

  it('reads what a spreadsheet shows: cached 0, errors, rich text, formulas in input cells', async () => {
    const book = path.join(out, 'shown.xlsx');
    await writeReportFile(book, { ...SAMPLE_REPORT });
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(book);
    const t3 = workbook.getWorksheet('表三 依申请公开')!;
    t3.getCell('E7').value = { formula: '1-1', result: 0 } as ExcelJS.CellFormulaValue; // commercial, newReceived
    t3.getCell('F7').value = { richText: [{ text: '3' }, { text: '件', font: { bold: true } }] };
    t3.getCell('G7').value = { error: '#REF!' } as ExcelJS.CellErrorValue;
    t3.getCell('J8').value = { formula: 'SUM(D8:I8)', result: { error: '#VALUE!' } } as ExcelJS.CellFormulaValue;
    await workbook.xlsx.writeFile(book);
    const { cells } = (await readReportFile(book)).data;
    expect(cells['applications.newReceived.commercial']).toBe(0);
    expect(cells['applications.newReceived.research']).toBe('3件');
    expect(cells['applications.newReceived.publicWelfare']).toBe('#REF!');
    expect(cells['applications.carriedOver.total']).toBe('#VALUE!');
  });
});

describe('snapshotXlsx', () => {
  it('gives the same plain data before and after a save, matching the plan', async () => {
    const plan = buildWorkbookPlan({ ...SAMPLE_REPORT });
    const written = await renderPlan(plan);
    const reloaded = new ExcelJS.Workbook();
    await reloaded.xlsx.load((await written.xlsx.writeBuffer()) as ArrayBuffer);
    const snapshot = snapshotXlsx(reloaded);
    expect(snapshotXlsx(written)).toEqual(snapshot);

    expect(snapshot.sheets.map((s) => s.name)).toEqual(plan.sheets.map((s) => s.name));
    for (const sheetPlan of plan.sheets) {
      const sheet = snapshot.sheets.find((s) => s.name === sheetPlan.name)!;
      for (const cell of sheetPlan.cells) {
        const address = `${String.fromCharCode(65 + cell.col)}${cell.row + 1}`;
        const shown = sheet.cells[address];
        expect({ address, locked: shown.format.locked, formula: shown.formula }).toEqual({ address, locked: cell.locked, formula: cell.formula });
        if (cell.validation) expect(sheet.validations[address].prompt?.message).toBe(cell.validation.prompt.message);
      }
      expect(sheet.merges).toHaveLength(sheetPlan.merges.length);
      expect(sheet.protection).toEqual({
        protected: true,
        hasPassword: false,
        options: { allowFormatCells: true, allowFormatColumns: true, allowFormatRows: true, selectionMode: 'Normal' },
      });
    }
    for (const name of plan.names) expect(snapshot.names[name.name]).toBe(nameReference(name, (s) => `'${s}'`).replace(/\$/g, ''));
    const t3 = snapshot.sheets[2];
    // The subtitle's cached result, for readers that do not recalculate (WPS preview, mail previews).
    expect(t3.cells.A2.value).toBe('示例县人民政府办公室\u30002024年度');
    expect(t3.cells.J7).toEqual({ value: 122, formula: '=SUM(D7:I7)', format: { fill: '#E7E6E6', bold: true, locked: true } });
    expect(t3.cells.D7).toEqual({ value: 117, format: { fill: '#FFF2CC', locked: false } });
    expect(t3.validations.D7.rule).toEqual({ wholeNumber: { formula1: 0, formula2: 999999999, operator: 'Between' } });
    expect(t3.validations.D7.errorAlert).toMatchObject({ showAlert: true, style: 'Stop', title: '请填写非负整数' });
    expect(t3.conditionalFormats).toEqual([
      { address: 'D32:J32', type: 'Custom', formula: '=D32<>0', fill: '#FFC7CE', fontColor: '#9C0006' },
      { address: 'D32:J32', type: 'Custom', formula: '=D32=0', fill: '#C6EFCE', fontColor: '#006100' },
    ]);
    expect(t3.freeze).toEqual({ rows: 6, columns: 3 });
    expect(snapshot.sheets[0].validations.B4).toEqual({ prompt: { showPrompt: true, title: '机关名称', message: expect.stringContaining('机关全称') } });
  });
});

describe('正文素材 in .xlsx files', () => {
  const inputAddress = (key: string) => `B${INPUTS_TOP + INPUT_ROWS.findIndex((r) => r.kind === 'field' && r.field.key === key) + 1}`;

  /** Inputs as a clerk might write them: CJK text with line breaks and formula-like starts, lists, counts, amounts. */
  const chars = fc.constantFrom(...'政府信息公开县乡镇街道办事处网站专栏解读１２３abcXYZ 0123456789，。；、“”（）%=+-@\'\n'.split(''));
  const text = fc.array(chars, { minLength: 1, maxLength: 120 }).map((cs) => cs.join('').trim()).filter((t) => t.length > 0);
  // Canonical list items: one line each, no 「；」, not starting with a numbering the reader strips.
  const item = fc.array(chars, { maxLength: 40 }).map((cs) => `加${cs.join('').replace(/[\n；;]/g, '')}`.trim());
  const valueOf: Record<string, fc.Arbitrary<InputValue>> = {
    count: fc.nat({ max: 10_000_000 }),
    yuan: fc.integer({ min: 0, max: 100_000_000 }).map((cents) => cents / 100),
    text,
    list: fc.array(item, { minLength: 1, maxLength: 4 }),
  };
  const inputsArbitrary: fc.Arbitrary<NarrativeInputs> = fc
    .tuple(...INPUT_FIELDS.map((f) => fc.option(valueOf[f.kind], { nil: null, freq: 2 })))
    .map((values) => values.reduce<NarrativeInputs>((inputs, v, i) => setInput(inputs, INPUT_FIELDS[i].key, v), {}));

  it('round-trips random inputs through write and read', async () => {
    await fc.assert(
      fc.asyncProperty(inputsArbitrary, async (inputs) => {
        const written = await renderPlan(buildWorkbookPlan({ ...SAMPLE_REPORT, inputs }));
        const bytes = (await written.xlsx.writeBuffer()) as ArrayBuffer;
        const back = readReportWorkbook(await loadWorkbook(bytes, 'prop.xlsx'), 'prop.xlsx');
        // Only the warnings about values that do not fit together, each on its field's cell.
        expect(back.diagnostics.map((d) => [d.inputKey, d.message, d.sheet, d.address, d.disagrees])).toEqual(
          inputConsistency(inputs).map((d) => [d.key, d.message, '正文素材', expect.stringMatching(/^B\d+$/), true]),
        );
        expect(back.inputs).toEqual(inputs);
      }),
      { numRuns: 25 },
    );
  });

  it('init --data with inputs, export --json gives them back; a bad value is named with its cell', async () => {
    const data = path.join(out, 'with-inputs.json');
    fs.writeFileSync(data, JSON.stringify({ ...SAMPLE_REPORT, inputs: SAMPLE_INPUTS }));
    const book = path.join(out, 'with-inputs.xlsx');
    expect((await nianbaoInProcess('init', '--data', data, '-o', book)).code).toBe(0);
    const exported = JSON.parse((await nianbaoInProcess('export', book, '--json')).stdout);
    expect(Object.keys(exported)).toEqual(['format', 'year', 'agency', 'cells', 'inputs']);
    expect(exported.inputs).toEqual(SAMPLE_INPUTS);
    expect(exported.cells).toEqual(SAMPLE_REPORT.cells);

    // A clerk writes 「约30条」 into a count.
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(book);
    workbook.getWorksheet('正文素材')!.getCell(inputAddress('active.website')).value = '约30条';
    await workbook.xlsx.writeFile(book);
    const read = await readReportFile(book);
    expect(read.inputs.active!.website).toBeUndefined();
    expect(read.diagnostics).toEqual([expect.objectContaining({ severity: 'warning', sheet: '正文素材', address: inputAddress('active.website') })]);
    const again = await nianbaoInProcess('export', book, '--json');
    expect(again.code).toBe(0);
    expect(again.stderr).toContain(`正文素材!${inputAddress('active.website')}：「其中：政府网站」应填写非负整数，不要带“条”，现为“约30条”，已忽略。`);
    const validated = await nianbaoInProcess('validate', book, '--json');
    const finding = JSON.parse(validated.stdout).files[0].findings.find((f: { rule: string }) => f.rule === 'S-0');
    expect(finding).toMatchObject({ severity: 'warning', addresses: [`正文素材!${inputAddress('active.website')}`] });
  });

  it('init --data rejects unknown or ill-typed inputs, naming the key', async () => {
    const data = path.join(out, 'bad-inputs.json');
    fs.writeFileSync(data, JSON.stringify({ cells: {}, inputs: { active: { websites: 3 } } }));
    const unknown = await nianbaoInProcess('init', '--data', data, '-o', path.join(out, 'bad-inputs.xlsx'));
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toContain('“active.websites”');
    fs.writeFileSync(data, JSON.stringify({ cells: {}, inputs: { supervision: { staff: '约3名' } } }));
    const typed = await nianbaoInProcess('init', '--data', data, '-o', path.join(out, 'bad-inputs.xlsx'));
    expect(typed.code).toBe(2);
    expect(typed.stderr).toContain('“supervision.staff”');
  });

  it('reads a workbook made before the sheet existed, and adds only 正文素材 to it', async () => {
    const book = path.join(out, 'older.xlsx');
    await writeReportFile(book, { ...SAMPLE_REPORT });
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(book);
    workbook.removeWorksheet(workbook.getWorksheet('正文素材')!.id);
    workbook.definedNames.model = workbook.definedNames.model.filter((n) => n.name !== 'NB_INPUTS');
    await workbook.xlsx.writeFile(book);
    const older = await readReportFile(book);
    expect(older).toMatchObject({ inputs: {}, inputsFound: false, diagnostics: [] });
    expect((await nianbaoInProcess('export', book, '--json')).stdout).toContain('"inputs": {}');

    const upgraded = new ExcelJS.Workbook();
    await upgraded.xlsx.readFile(book);
    expect(await addInputsSheet(upgraded, { inputs: SAMPLE_INPUTS })).toBe(true);
    expect(await addInputsSheet(upgraded)).toBe(false);
    await upgraded.xlsx.writeFile(book);
    const back = await readReportFile(book);
    expect(back.inputs).toEqual(SAMPLE_INPUTS);
    expect(back.data.cells).toEqual(SAMPLE_REPORT.cells);

    // Names deleted: the sheet is still found by its name and the fields by their labels.
    const noNames = new ExcelJS.Workbook();
    await noNames.xlsx.readFile(book);
    noNames.definedNames.model = [];
    await noNames.xlsx.writeFile(book);
    const byLabels = await readReportFile(book);
    expect(byLabels.inputs).toEqual(SAMPLE_INPUTS);
    expect(byLabels.diagnostics).toEqual([]);
  });
});
