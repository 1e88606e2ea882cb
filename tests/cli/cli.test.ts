import { execFileSync, spawnSync } from 'child_process';
import * as fs from 'fs';
import * as path from 'path';
import ExcelJS from 'exceljs';
import * as xlsx from '../../src/xlsx';
import { getFormat } from '../../src/core';
import { loadSeeds, ROOT, tempDir } from '../support/seeds';
import { nianbao } from '../support/cli';

const out = tempDir('cli');

describe('nianbao CLI', () => {
  it('prints Chinese help for the program and every command', async () => {
    const top = await nianbao('--help');
    expect(top.code).toBe(0);
    expect(top.stdout).toContain('用法：nianbao <命令>');
    for (const command of ['init', 'export', 'validate', 'generate', 'import', 'check', 'demo']) {
      const help = await nianbao(command, '--help');
      expect(help.code).toBe(0);
      expect(help.stdout).toContain(`用法：nianbao ${command}`);
    }
    expect((await nianbao()).code).toBe(2);
  });

  it('rejects an unknown command or option with exit 2 and a Chinese message', async () => {
    expect(await nianbao('frobnicate')).toMatchObject({ code: 2, stderr: expect.stringContaining('不认识的命令“frobnicate”') });
    expect(await nianbao('init', '--colour', 'red', '-o', 'x.xlsx')).toMatchObject({ code: 2, stderr: expect.stringContaining('不认识的选项 --colour') });
    expect(await nianbao('init', '--format', '2020', '-o', path.join(out, 'x.xlsx'))).toMatchObject({ code: 2, stderr: expect.stringContaining('2021 或 2019') });
    expect(await nianbao('init')).toMatchObject({ code: 2, stderr: expect.stringContaining('-o') });
  });

  it('names a missing file, and a file that is not an .xlsx', async () => {
    expect(await nianbao('export', path.join(out, 'nope.xlsx'))).toMatchObject({ code: 2, stderr: expect.stringContaining('找不到文件') });
    const fake = path.join(out, 'fake.xlsx');
    fs.writeFileSync(fake, '机关名称,年度\n某县,2024\n');
    const result = await nianbao('export', fake, '--json');
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('fake.xlsx');
    expect(result.stderr).toContain('不是有效的 .xlsx');
    expect(result.stderr).not.toMatch(/\n\s+at /); // no stack trace
  });

  it('reports bad --data files by file, line and key', async () => {
    const bad = path.join(out, 'bad.json');
    fs.writeFileSync(bad, '{\n  "cells": {\n    "review.upheld": 1,\n  }\n}\n');
    const invalid = await nianbao('init', '--data', bad, '-o', path.join(out, 'a.xlsx'));
    expect(invalid.code).toBe(2);
    expect(invalid.stderr).toMatch(/bad\.json”不是有效的 JSON：第 4 行第 3 列附近应为带英文双引号的键名（最后一项后面是否多了逗号？）/);
    expect(invalid.stderr.trim().split('\n')).toHaveLength(1);

    fs.writeFileSync(bad, JSON.stringify({ cells: { 'applications.newReceived.robot': 1 } }));
    expect(await nianbao('init', '--data', bad, '-o', path.join(out, 'b.xlsx'))).toMatchObject({
      code: 2,
      stderr: expect.stringContaining('“applications.newReceived.robot”不属于 2021 版格式'),
    });
    fs.writeFileSync(bad, JSON.stringify({ cells: { 'review.upheld': [1] } }));
    expect(await nianbao('init', '--data', bad, '-o', path.join(out, 'c.xlsx'))).toMatchObject({ code: 2, stderr: expect.stringContaining('“review.upheld”的值 [1] 不可用：应为数字、文字或 null') });
    expect(fs.existsSync(path.join(out, 'a.xlsx'))).toBe(false);
  });

  it('prints the package version', async () => {
    const { version } = JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8'));
    expect(await nianbao('--version')).toMatchObject({ code: 0, stdout: `${version}\n` });
    expect((await nianbao('-v')).stdout).toBe(`${version}\n`);
    expect((await nianbao('--help')).stdout).toContain(`nianbao ${version}`);
  });

  it('says which file is unusable and why: empty, legacy or encrypted, corrupt, or without report tables', async () => {
    const empty = path.join(out, 'empty.xlsx');
    fs.writeFileSync(empty, '');
    expect(await nianbao('export', empty)).toMatchObject({ code: 2, stderr: expect.stringContaining('“' + empty + '”是空文件') });

    const legacy = path.join(out, 'legacy.xlsx');
    fs.writeFileSync(legacy, Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0, 0, 0]));
    expect(await nianbao('export', legacy)).toMatchObject({ code: 2, stderr: expect.stringContaining('旧版 .xls/.et 工作簿，或设置了打开密码') });

    const truncated = path.join(out, 'truncated.xlsx');
    expect((await nianbao('init', '-o', truncated)).code).toBe(0);
    fs.writeFileSync(truncated, fs.readFileSync(truncated).subarray(0, 2000));
    expect(await nianbao('export', truncated)).toMatchObject({ code: 2, stderr: expect.stringContaining('不是有效的 .xlsx 工作簿') });

    const unrelated = path.join(out, 'unrelated.xlsx');
    const workbook = new ExcelJS.Workbook();
    workbook.addWorksheet('台账').getCell('A1').value = '收文登记';
    await workbook.xlsx.writeFile(unrelated);
    const result = await nianbao('export', unrelated);
    expect(result).toMatchObject({ code: 2, stderr: expect.stringContaining(`“${unrelated}”中找不到年报表格`) });
    expect(await nianbao('export', unrelated, '--copy', '0')).toMatchObject({ code: 2, stderr: expect.stringContaining('--copy 应为正整数') });
  });

  it('explains a cell ID of the other format version, and suggests the ID meant', async () => {
    const data = path.join(out, 'ids.json');
    fs.writeFileSync(data, JSON.stringify({ cells: { 'active2019.licensing.change': -3 } }));
    expect(await nianbao('init', '--data', data, '-o', path.join(out, 'ids.xlsx'))).toMatchObject({
      code: 2,
      stderr: expect.stringContaining('它是 2019 版的编号。请在数据文件中写 "format": "2019"，或用 --format 2019'),
    });
    fs.writeFileSync(data, JSON.stringify({ cells: { 'applications.newRecieved.naturalPerson': 1 } }));
    expect(await nianbao('init', '--data', data, '-o', path.join(out, 'ids.xlsx'))).toMatchObject({
      code: 2,
      stderr: expect.stringContaining('是否应为“applications.newReceived.naturalPerson”？'),
    });
    // A 2020 report year in the data picks the 2019 format, whose IDs then are the right ones.
    fs.writeFileSync(data, JSON.stringify({ year: 2020, cells: { 'active2019.licensing.change': -3 } }));
    expect((await nianbao('init', '--data', data, '-o', path.join(out, 'ids.xlsx'))).code).toBe(0);
    expect(JSON.parse((await nianbao('export', path.join(out, 'ids.xlsx'), '--json')).stdout)).toMatchObject({ format: '2019', year: 2020 });
  });

  it('turns an unexpected failure into one Chinese line and exit 3, without a stack trace', async () => {
    const spy = jest.spyOn(xlsx, 'openWorkbookFile').mockRejectedValue(new TypeError("Cannot read properties of undefined (reading 'x')\n    at somewhere (file.js:1:1)"));
    try {
      const result = await nianbao('export', path.join(out, 'any.xlsx'));
      expect(result.code).toBe(3);
      expect(result.stderr.trim().split('\n')).toHaveLength(1);
      expect(result.stderr).toContain('发生了意外错误');
      expect(result.stderr).toContain('反馈给维护人员');
      expect(result.stderr).not.toMatch(/\n\s+at /);
    } finally {
      spy.mockRestore();
    }
  });

  it('shows a workbook as readable tables, and reads the copy asked for', async () => {
    const [seed] = loadSeeds().filter((s) => s.format === '2021');
    const first = path.join(out, 'tables.xlsx');
    expect((await nianbao('init', '--data', seed.expectedPath, '-o', first)).code).toBe(0);
    const shown = await nianbao('export', first);
    expect(shown.code).toBe(0);
    expect(shown.stdout).toContain(`机关名称：${seed.agency}`);
    expect(shown.stdout).toMatch(/自然人\s+商业企业\s+科研机构\s+社会公益组织\s+法律服务机构\s+其他\s+总计/);
    const total = (id: string) => String(seed.cells[`applications.${id}.total`]);
    expect(shown.stdout).toMatch(new RegExp(`（七）总计\\s+${seed.cells['applications.total.naturalPerson']}\\s.*\\s${total('total')}\\n`));
    expect(shown.stdout).toMatch(new RegExp(`行政复议\\s+${seed.cells['review.upheld']}\\s+${seed.cells['review.corrected']}`));

    const both = path.join(out, 'two-copies.xlsx');
    expect((await nianbao('init', '--into', first, '--year', '2030', '-o', both)).code).toBe(0);
    expect((await nianbao('export', both)).stdout).toContain('工作簿中有 2 套年报工作表（第 1、2 套），以上是第 1 套');
    expect(JSON.parse((await nianbao('export', both, '--json')).stdout).year).toBe(seed.year);
    const second = JSON.parse((await nianbao('export', both, '--copy', '2', '--json')).stdout);
    expect(second).toMatchObject({ year: 2030, agency: null });
    expect(await nianbao('export', both, '--copy', '3')).toMatchObject({ code: 2, stderr: expect.stringContaining('没有第 3 套年报工作表（只有第 1、2 套）') });
  });

  it('never overwrites an existing file unless told to', async () => {
    const book = path.join(out, 'kept.xlsx');
    fs.writeFileSync(book, 'precious');
    const refused = await nianbao('init', '-o', book);
    expect(refused).toMatchObject({ code: 2, stderr: expect.stringContaining('--force') });
    expect(fs.readFileSync(book, 'utf8')).toBe('precious');
    expect((await nianbao('init', '-o', book, '--force', '--year', '2025')).code).toBe(0);
    const exported = JSON.parse((await nianbao('export', book, '--json')).stdout);
    expect(exported).toMatchObject({ format: '2021', year: 2025, agency: null });
    // A new workbook is blank except its formulas, which show 0: nothing reads as a silent 0 input.
    const totals = getFormat('2021').cells.filter((c) => c.sumOf).map((c) => c.id);
    for (const [id, value] of Object.entries(exported.cells)) expect([id, value]).toEqual([id, totals.includes(id) ? 0 : null]);
  });

  it('adds the sheets to a copy of an existing workbook with --into, keeping what was there', async () => {
    const original = path.join(out, 'ledger.xlsx');
    expect((await nianbao('init', '--year', '2024', '-o', original)).code).toBe(0);
    const before = fs.readFileSync(original);
    const target = path.join(out, 'ledger-with-report.xlsx');
    const result = await nianbao('init', '--into', original, '--year', '2025', '-o', target);
    expect(result).toMatchObject({ code: 0, stdout: expect.stringContaining('表三 依申请公开 (2)') });
    expect(fs.readFileSync(original)).toEqual(before); // the source file is untouched
    expect(JSON.parse((await nianbao('export', target, '--json')).stdout).year).toBe(2024); // first set still there
    expect(await nianbao('init', '--into', original, '--force', '-o', original)).toMatchObject({ code: 2, stderr: expect.stringContaining('就是输入文件') });
    expect(fs.readFileSync(original)).toEqual(before);
  });

  it('picks the 2019 format for a 2019 or 2020 report year', async () => {
    const book = path.join(out, 'y2020.xlsx');
    expect((await nianbao('init', '--year', '2020', '-o', book)).code).toBe(0);
    expect(JSON.parse((await nianbao('export', book, '--json')).stdout).format).toBe('2019');
  });

  it('runs as a real process: demo writes a workbook and exits 0', () => {
    execFileSync('npm', ['run', 'build:cli'], { cwd: ROOT, stdio: 'pipe' });
    const dir = path.join(out, 'demo');
    const result = spawnSync('node', [path.join(ROOT, 'bin/nianbao.js'), 'demo', '-o', dir], { encoding: 'utf8' });
    expect(result.status).toBe(0);
    expect(result.stdout).toContain('200 个单元格全部一致');
    expect(result.stdout).toMatch(/示例-2024年.*\n\s+合计：错误 0/);
    expect(result.stdout).toMatch(/\[错误\] T3-1 .*结转下年度应为 7/);
    expect(fs.readdirSync(dir).some((f) => f.endsWith('.xlsx'))).toBe(true);
  });
});
