import { execFileSync } from 'child_process';
import * as fs from 'fs';
import * as path from 'path';
import ExcelJS from 'exceljs';
import { SAMPLE_REPORT } from '../../src/core';
import { appendReportSheets, readReportFile, writeReportFile } from '../../src/xlsx';
import { loadSeeds, ROOT, tempDir } from '../support/seeds';

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
    expect(json).toEqual({ format: seed.format, year: seed.year, agency: seed.agency, cells: seed.cells });
    expect(Object.keys(json.cells)).toEqual(Object.keys(seed.cells)); // schema order
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
    workbook.addWorksheet('草稿').getCell('C3').value = '别动我';
    await workbook.xlsx.writeFile(existing);

    const target = path.join(out, 'appended.xlsx');
    const plan = await appendReportSheets(existing, target, { cells: SAMPLE_REPORT.cells, year: 2024 });
    expect(plan.copy).toBe(2);
    const after = new ExcelJS.Workbook();
    await after.xlsx.readFile(target);
    expect(after.getWorksheet('表三 依申请公开')!.getCell('A1').value).toBe('我去年自己做的表');
    expect(after.getWorksheet('表三 依申请公开')!.getCell('B2').value).toBe(42);
    expect(after.getWorksheet('草稿')!.getCell('C3').value).toBe('别动我');
    expect(after.worksheets.map((w) => w.name)).toEqual([
      '表三 依申请公开',
      '草稿',
      '基本信息 (2)',
      '表二 主动公开 (2)',
      '表三 依申请公开 (2)',
      '表四 复议诉讼 (2)',
    ]);
    expect((await readReportFile(target, 2)).data.cells).toEqual(SAMPLE_REPORT.cells);
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
    fs.rmSync(book);
  });
});
