import { execFileSync, spawnSync } from 'child_process';
import * as fs from 'fs';
import * as path from 'path';
import { run } from '../../src/cli/main';
import { getFormat } from '../../src/core';
import type { Io } from '../../src/cli/io';
import { ROOT, tempDir } from '../support/seeds';

const out = tempDir('cli');

/** Runs the CLI in-process, capturing what it prints. */
async function nianbao(...argv: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  let stdout = '';
  let stderr = '';
  const io: Io = { out: (t) => (stdout += t + '\n'), err: (t) => (stderr += t + '\n') };
  const code = await run(argv, io);
  return { code, stdout, stderr };
}

describe('nianbao CLI', () => {
  it('prints Chinese help for the program and every command', async () => {
    const top = await nianbao('--help');
    expect(top.code).toBe(0);
    expect(top.stdout).toContain('用法：nianbao <命令>');
    for (const command of ['init', 'export', 'validate', 'demo']) {
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
    expect(invalid.stderr).toMatch(/bad\.json.*不是有效的 JSON（第 4 行附近）/);

    fs.writeFileSync(bad, JSON.stringify({ cells: { 'applications.newReceived.robot': 1 } }));
    expect(await nianbao('init', '--data', bad, '-o', path.join(out, 'b.xlsx'))).toMatchObject({
      code: 2,
      stderr: expect.stringContaining('“applications.newReceived.robot”不属于 2021 版格式'),
    });
    fs.writeFileSync(bad, JSON.stringify({ cells: { 'review.upheld': [1] } }));
    expect(await nianbao('init', '--data', bad, '-o', path.join(out, 'c.xlsx'))).toMatchObject({ code: 2, stderr: expect.stringContaining('“review.upheld”的值应为数字、文字或 null') });
    expect(fs.existsSync(path.join(out, 'a.xlsx'))).toBe(false);
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
    expect(await nianbao('init', '--into', original, '--force', '-o', original)).toMatchObject({ code: 2, stderr: expect.stringContaining('不能是同一个文件') });
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
