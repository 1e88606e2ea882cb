import * as fs from 'fs';
import * as path from 'path';

import { writeReportFile } from '../../src/xlsx';
import { loadCorpus, loadSeeds, SEEDS_DIR, tempDir } from '../support/seeds';
import { nianbao } from '../support/cli';

const out = tempDir('cli-check');
const seeds = loadSeeds();
const seedPath = (name: string) => path.join(SEEDS_DIR, seeds.find((s) => s.name.startsWith(name))!.file);

describe('nianbao check', () => {
  it('checks many published reports and sums them up', async () => {
    const result = await nianbao('check', ...seeds.map((s) => path.join(SEEDS_DIR, s.file)));
    expect(result.code).toBe(0); // warnings only: no seed has an error
    expect(result.stdout).toContain('[警告] E-1 第 419 行：第六部分的小标题从（四）跳到（六），缺少（五）。');
    expect(result.stdout).toContain('汇总：');
    expect(result.stdout.match(/\.txt$/gm)).toHaveLength(5 + 5); // one heading and one summary row per file
  });

  it('prints findings as JSON with lines', async () => {
    const json = JSON.parse((await nianbao('check', seedPath('003'), '--json')).stdout);
    const word = json.files[0].findings.find((f: { rule: string; message: string }) => f.rule === 'E-2' && f.message.includes('其中，其中'));
    expect(word).toMatchObject({ severity: 'warning', status: 'fail', line: 6, addresses: ['第 6 行'] });
  });

  it('compares with last year: a report or a workbook', async () => {
    // Last year carried 10 applications of natural persons forward; this year says 1 was carried over.
    const last = path.join(out, 'last.xlsx');
    const seed = seeds.find((s) => s.name.startsWith('000'))!;
    fs.rmSync(last, { force: true });
    await writeReportFile(last, { year: 2023, cells: { ...seed.cells, 'applications.carriedForward.naturalPerson': 10, 'applications.carriedForward.total': 10 } });
    const checked = await nianbao('check', seedPath('000'), '--prev', last);
    expect(checked.code).toBe(1);
    expect(checked.stdout).toMatch(/\[错误\] X-1 第 \d+ 行：表三 自然人列：本年“上年结转” 1 件，与上年报告“结转下年度继续办理” 10 件不一致/);

    const book = path.join(out, 'this.xlsx');
    fs.rmSync(book, { force: true });
    await writeReportFile(book, { year: 2024, cells: seed.cells });
    const validated = await nianbao('validate', book, '--prev', last);
    expect(validated.code).toBe(1);
    expect(validated.stdout).toMatch(/\[错误\] X-1 表三 依申请公开!D8/);

    const same = await nianbao('check', seedPath('000'), '--prev', seedPath('000'));
    expect(same.stdout).toMatch(/X-5.*相似度为 100%/);
  });

  it('warns when last year’s report is of this year or of another agency, and compares nothing of the wrong year', async () => {
    // Seed 000 (市中区人民政府办公室, 2024) given as last year's report of seed 002 (秦都区, 2024).
    const json = JSON.parse((await nianbao('check', seedPath('002'), '--prev', seedPath('000'), '--json')).stdout);
    const rules = json.files[0].findings.map((f: { rule: string }) => f.rule);
    expect(rules).toContain('X-6');
    expect(rules).not.toContain('X-1');
    const x6 = json.files[0].findings.find((f: { rule: string }) => f.rule === 'X-6');
    expect(x6).toMatchObject({ severity: 'warning', status: 'fail', label: '上年报告不相符' });
    expect(x6.message).toContain('上年报告应为 2023 年度');
    expect(x6.message).toContain('“市中区人民政府办公室”');
  });

  it('keeps going past an unusable file, and exits 2', async () => {
    const note = path.join(out, 'note.txt');
    fs.writeFileSync(note, '通知');
    const result = await nianbao('check', note, seedPath('002'));
    expect(result.code).toBe(2);
    expect(result.stdout).toContain('无法校验');
    expect(result.stdout).toContain('002_073bf38150bd80e7.txt');
  });

  it('raises what the real PDFs publish wrongly, and nothing else', async () => {
    const [y2023, y2024] = loadCorpus();
    const failures = async (...args: string[]) => {
      const json = JSON.parse((await nianbao('check', ...args, '--json')).stdout);
      return json.files[0].findings.filter((f: { severity: string }) => f.severity !== 'info').map((f: { rule: string; addresses: string[] }) => `${f.rule} ${f.addresses.join(' ')}`);
    };
    // 2023: table 四 prints 行政复议 and 复议后起诉 totals as 0 (T4-1, T4-3); table 三's （六） is 2019's single row (F-1).
    expect(await failures(y2023.pdf)).toEqual(['T4-1 第 4 页', 'T4-3 第 4 页', 'F-1 第 3 页']);
    // 2024: the text says 17 applications, table 三 says 95.
    expect(await failures(y2024.pdf)).toEqual(['F-1 第 3 页', 'X-3 第 1 页']);
    // Across the two years: 上年结转 0 = 结转下年度 0 and 规范性文件 5 + 3 − 0 = 8 (T2-2) hold; the texts are much alike.
    expect(await failures(y2024.pdf, '--prev', y2023.pdf)).toEqual(['F-1 第 3 页', 'X-3 第 1 页', 'X-5 ']);
    const text = await nianbao('check', y2023.pdf);
    expect(text.code).toBe(1);
    expect(text.stdout).not.toContain('引号不成对');
  });
});
