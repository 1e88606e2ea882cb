import { execFileSync, spawnSync } from 'child_process';
import * as fs from 'fs';
import * as path from 'path';
import ExcelJS from 'exceljs';
import { getFormat, SAMPLE_REPORT } from '../../src/core';
import { writeReportFile } from '../../src/xlsx';
import { nianbao } from '../support/cli';
import { ROOT, SEEDS_DIR, tempDir } from '../support/seeds';

/** validate and check over folders and lists, on worker threads, with the per-agency summary file. */
const out = tempDir('cli-batch');
const inputsOnly = Object.fromEntries(Object.entries(SAMPLE_REPORT.cells).filter(([id]) => !getFormat().cellById.get(id)?.sumOf));
const books = path.join(out, 'books');
const reports = path.join(out, 'reports');
const seedTexts = fs.readdirSync(SEEDS_DIR).filter((f) => f.endsWith('.txt')).sort();

beforeAll(async () => {
  fs.mkdirSync(path.join(books, '乡镇'), { recursive: true });
  await writeReportFile(path.join(books, 'a-good.xlsx'), { ...SAMPLE_REPORT });
  await writeReportFile(path.join(books, '乡镇', 'b-broken.xlsx'), { ...SAMPLE_REPORT, agency: '乙镇', cells: { ...inputsOnly, 'applications.carriedForward.naturalPerson': 6 } });
  fs.writeFileSync(path.join(books, 'notes.txt'), 'not a workbook');
  fs.writeFileSync(path.join(books, '~$a-good.xlsx'), 'Office lock file');
  fs.mkdirSync(reports, { recursive: true });
  // Twelve reports: enough for the workers to finish out of order.
  for (let i = 0; i < 12; i++) fs.copyFileSync(path.join(SEEDS_DIR, seedTexts[i % seedTexts.length]), path.join(reports, `${String(i).padStart(2, '0')}.txt`));
});

describe('validate and check over many files', () => {
  it('validate takes a folder: the workbooks in it and its subfolders, in name order, not other files or lock files', async () => {
    const result = await nianbao('validate', books, '--json');
    expect(result.code).toBe(1);
    const json = JSON.parse(result.stdout);
    expect(json.files.map((f: { file: string }) => path.relative(books, f.file))).toEqual(['a-good.xlsx', path.join('乡镇', 'b-broken.xlsx')]);
    expect(json.files[1].findings.some((f: { rule: string }) => f.rule === 'T3-1')).toBe(true);
  });

  it('takes a list file (--from), paths relative to the list, # comments', async () => {
    const list = path.join(out, 'list.txt');
    fs.writeFileSync(list, '# 本县各单位\nbooks/a-good.xlsx\n\nbooks/乡镇\n');
    const result = await nianbao('validate', '--from', list);
    expect(result.stdout).toContain('a-good.xlsx');
    expect(result.stdout).toContain('b-broken.xlsx');
    expect(result.stdout).toMatch(/汇总：\n.*\n\s+0\s+0\s+0\s+.*a-good\.xlsx\n\s+[1-9]\d*\s+/);
    expect((await nianbao('validate', '--from', path.join(out, 'no-list.txt'))).stderr).toContain('无法读取文件列表');
  });

  it('writes the per-agency summary as .csv (BOM, one row per file) and as .xlsx', async () => {
    const csv = path.join(out, 'summary.csv');
    const xlsx = path.join(out, 'summary.xlsx');
    await nianbao('validate', books, '--summary', csv);
    const text = fs.readFileSync(csv, 'utf8');
    expect(text.startsWith('\ufeff文件,机关名称,年度,格式,新收申请,办结,结转下年度,行政复议,行政诉讼,收费（万元）,错误,警告,无法判断,无法使用的原因')).toBe(true);
    const lines = text.trim().split('\r\n');
    expect(lines).toHaveLength(3);
    expect(lines[2]).toMatch(/b-broken\.xlsx,乙镇,2024,2021,/);
    await nianbao('validate', books, '--summary', xlsx);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(xlsx);
    const sheet = workbook.getWorksheet('分单位情况')!;
    expect(sheet.getCell(3, 2).value).toBe('乙镇');
    expect(Number(sheet.getCell(3, 11).value)).toBeGreaterThan(0);
    expect((await nianbao('validate', books, '--summary', path.join(out, 'summary.txt'))).stderr).toContain('应以 .xlsx 或 .csv 结尾');
  });

  it('check takes a folder of reports; the compiled CLI on worker threads gives the same results in the same order', async () => {
    const inProcess = await nianbao('check', reports, '--json');
    const json = JSON.parse(inProcess.stdout);
    expect(json.files).toHaveLength(12);
    execFileSync('npm', ['run', 'build:cli'], { cwd: ROOT, stdio: 'pipe' });
    const compiled = spawnSync('node', [path.join(ROOT, 'bin/nianbao.js'), 'check', reports, '--json'], { encoding: 'utf8', env: { ...process.env, NIANBAO_WORKERS: '3' } });
    expect(compiled.stderr).toBe('');
    expect(compiled.status).toBe(inProcess.code);
    expect(JSON.parse(compiled.stdout)).toEqual(json);
    const text = spawnSync('node', [path.join(ROOT, 'bin/nianbao.js'), 'check', reports], { encoding: 'utf8', env: { ...process.env, NIANBAO_WORKERS: '3' } });
    // In process, io.out adds a line break after each file's block, which ends with one already.
    const lines = (t: string) => t.split('\n').filter((l) => l.trim());
    expect(lines(text.stdout)).toEqual(lines((await nianbao('check', reports)).stdout));
    // Standard error is not a terminal here: no progress line.
    expect(text.stderr).toBe('');
  });
});
