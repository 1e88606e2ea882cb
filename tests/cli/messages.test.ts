import * as fs from 'fs';
import * as path from 'path';
import ExcelJS from 'exceljs';
import { importReportText, SAMPLE_REPORT } from '../../src/core';
import { readReportFile, shownValue, writeReportFile } from '../../src/xlsx';
import { loadSeeds, SEEDS_DIR, tempDir } from '../support/seeds';
import { nianbao } from '../support/cli';

/** What the clerk reads: the real cause, a usable offer, no machine text. */
const out = tempDir('cli-messages');

async function sampleWith(name: string, edit: (workbook: ExcelJS.Workbook) => void): Promise<string> {
  const file = path.join(out, name);
  await writeReportFile(file, { ...SAMPLE_REPORT });
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(file);
  edit(workbook);
  await workbook.xlsx.writeFile(file);
  return file;
}

describe('messages about cells', () => {
  it('names a thousands separator and offers the number without it', async () => {
    const at = (await readReportFile(await sampleWith('plain.xlsx', () => undefined))).locations.get('active.licensing.decisions')!;
    const file = await sampleWith('thousands.xlsx', (w) => (w.getWorksheet(at.sheet)!.getCell(at.address).value = '1,234'));
    const { stdout } = await nianbao('validate', file);
    expect(stdout).toContain('填的是“1,234”，带有千位分隔符“,”，应写作 1234');
    expect(stdout).toContain('应填 1234。');
  });

  it('shows a date in a number cell as a date, and says what probably happened', async () => {
    // Excel turns 「3-15」 typed into a number cell into a date, and the cell's format into a date format.
    const file = await sampleWith('date.xlsx', (w) => {
      const cell = w.getWorksheet('表三 依申请公开')!.getCell('E7');
      cell.value = new Date(Date.UTC(2023, 2, 15));
      cell.numFmt = 'yyyy-mm-dd';
    });
    const { stdout } = await nianbao('validate', file);
    expect(stdout).toContain('填的是“2023-03-15”，是日期，不是数字');
    expect(stdout).not.toMatch(/T00:00:00/);
  });

  it('never prints Infinity for absurdly large numbers', async () => {
    const file = await sampleWith('huge.xlsx', (w) => {
      const t3 = w.getWorksheet('表三 依申请公开')!;
      t3.getCell('D7').value = 1e308;
      t3.getCell('D8').value = 1e308;
      t3.getCell('E7').value = '9'.repeat(400);
    });
    const result = await nianbao('validate', file);
    expect(result.stdout).not.toMatch(/Infinity/);
    expect(result.stdout).toContain('数字过大（超过 15 位）');
    expect(result.code).toBe(1);
  });
});

describe('messages about options', () => {
  it('answers a value that starts with a dash in Chinese, with the way to write it', async () => {
    const result = await nianbao('export', 'x.xlsx', '--copy', '-1');
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('选项 --copy 后面的“-1”以“-”开头');
    expect(result.stderr).toContain('--copy=-1');
    expect(result.stderr).not.toMatch(/ambiguous|argument|Option/); // none of Node's English
    expect((await nianbao('validate', 'x.xlsx', '--json=yes')).stderr).toContain('选项 --json 不带取值');
  });
});

describe('a row the clerk inserted inside 表三', () => {
  it('is named, and no suggestion offers to type over a formula', async () => {
    const file = await sampleWith('inserted.xlsx', (w) => {
      // What Excel does when a clerk inserts row 27 and types into it: the rows below move down,
      // SUM(D9:D29) widens to SUM(D9:D30), and the names and the check row follow.
      const t3 = w.getWorksheet('表三 依申请公开')!;
      t3.unMergeCells('A9:A30');
      t3.unMergeCells('B27:B29');
      t3.spliceRows(27, 0, [null, null, '4.本单位补充：其他情形', 2, 0, 0, 0, 0, 0, { formula: 'SUM(D27:I27)', result: 2 }]);
      for (const col of 'DEFGHIJ') {
        const total = t3.getCell(`${col}31`);
        const before = (total.result as number | undefined) ?? 0;
        const added = col === 'D' || col === 'J' ? 2 : 0;
        if (col !== 'J') total.value = { formula: `SUM(${col}9:${col}30)`, result: before + added } as ExcelJS.CellFormulaValue;
        else total.value = { formula: 'SUM(D31:I31)', result: before + added } as ExcelJS.CellFormulaValue;
      }
      const names = w.definedNames.model as { name: string; ranges: string[] }[];
      w.definedNames.model = names.map((n) => (n.name === 'NB_T3' ? { ...n, ranges: ["'表三 依申请公开'!$A$4:$J$32"] } : n));
    });
    const { stdout } = await nianbao('validate', file);
    expect(stdout).toContain('表三 依申请公开!A27：表三第 27 行“4.本单位补充：其他情形”不是官方表格中的行');
    const t32 = stdout.split('\n').filter((l) => l.includes('T3-2'));
    expect(t32.length).toBeGreaterThan(0);
    for (const line of t32) {
      expect(line).not.toContain('总计应为');
      expect(line).toContain('总计由公式算出，请勿改写');
    }
    for (const line of stdout.split('\n').filter((l) => / T3-1 .*J31/.test(l))) expect(line).not.toContain('应为');
  });
});

describe('a workbook with two sets of sheets', () => {
  it('is validated set by set with --copy, and says that the other set exists', async () => {
    const first = path.join(out, 'first.xlsx');
    const both = path.join(out, 'both.xlsx');
    expect((await nianbao('init', '--year', '2024', '-o', first)).code).toBe(0);
    expect((await nianbao('init', '--into', first, '--year', '2025', '-o', both)).code).toBe(0);
    const one = await nianbao('validate', both);
    expect(one.stdout).toContain('工作簿中有 2 套年报工作表（第 1、2 套），以上校验的是第 1 套；用 --copy 2 校验第 2 套');
    const two = await nianbao('validate', both, '--copy', '2', '--json');
    expect(JSON.parse(two.stdout).files[0]).toMatchObject({ copies: [1, 2], copy: 2 });
    expect(await nianbao('validate', both, '--copy', '3')).toMatchObject({ code: 2, stdout: expect.stringContaining('没有第 3 套年报工作表') });
  });
});

describe('numbers with thousands separators in a published report', () => {
  it('reads 「51,249」 as 51249', () => {
    const seed = loadSeeds().find((s) => s.name.startsWith('003'))!;
    const text = fs.readFileSync(path.join(SEEDS_DIR, seed.file), 'utf8').replace(/^(\s*)51249$/m, '$151,249');
    expect(text).toContain('51,249');
    expect(importReportText(text).data.cells).toEqual(seed.cells);
  });
});

describe('text no cell can hold', () => {
  it('import -o writes no cell beyond 32,767 characters, and takes no crafted title for an agency', async () => {
    const seed = loadSeeds().find((s) => s.name.startsWith('000'))!;
    const text = fs.readFileSync(path.join(SEEDS_DIR, seed.file), 'utf8');
    const crafted = path.join(out, 'crafted-title.txt');
    fs.writeFileSync(crafted, text.replace(/^.*\n.*\n/, `${'某'.repeat(1_000_000)}局2024年政府信息公开工作年度报告\n`));
    expect(importReportText(fs.readFileSync(crafted, 'utf8')).data.agency).toBeNull();
    const book = path.join(out, 'crafted.xlsx');
    expect((await nianbao('import', crafted, '-o', book)).code).toBe(0);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(book);
    let longest = 0;
    workbook.eachSheet((sheet) => sheet.eachRow((row) => row.eachCell((cell) => (longest = Math.max(longest, String(shownValue(cell) ?? '').length)))));
    expect(longest).toBeLessThanOrEqual(32_767);
  });

  it('cuts any text longer than a cell holds in the workbook plan', async () => {
    const file = path.join(out, 'long-agency.xlsx');
    await writeReportFile(file, { ...SAMPLE_REPORT, agency: '长'.repeat(40_000) });
    const back = await readReportFile(file);
    expect(back.data.agency!.length).toBe(32_767);
    expect(back.data.agency!.endsWith('…')).toBe(true);
  });
});
