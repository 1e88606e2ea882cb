import * as fs from 'fs';
import * as path from 'path';
import { getFormat, SAMPLE_REPORT } from '../../src/core';
import { writeReportFile } from '../../src/xlsx';
import { loadSeeds, tempDir } from '../support/seeds';
import { nianbao } from '../support/cli';

const out = tempDir('cli-validate');

const inputsOnly = Object.fromEntries(Object.entries(SAMPLE_REPORT.cells).filter(([id]) => !getFormat().cellById.get(id)?.sumOf));
const good = path.join(out, 'good.xlsx');
const broken = path.join(out, 'broken.xlsx');
const overwritten = path.join(out, 'overwritten.xlsx');
const fake = path.join(out, 'fake.xlsx');

beforeAll(async () => {
  await writeReportFile(good, { ...SAMPLE_REPORT });
  await writeReportFile(broken, { ...SAMPLE_REPORT, cells: { ...inputsOnly, 'applications.carriedForward.naturalPerson': 6, 'review.pending': '无' } });
  await writeReportFile(overwritten, { ...SAMPLE_REPORT, cells: { ...SAMPLE_REPORT.cells, 'review.total': 145 } });
  fs.writeFileSync(fake, 'not a workbook');
});

describe('nianbao validate', () => {
  it('passes a correct workbook with exit 0', async () => {
    const result = await nianbao('validate', good);
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('全部通过');
  });

  it('reports errors with sheet!cell addresses in Chinese, exit 1', async () => {
    const result = await nianbao('validate', broken);
    expect(result.code).toBe(1);
    expect(result.stdout).toContain('[错误] T3-1 表三 依申请公开!D31');
    expect(result.stdout).toContain('结转下年度应为 7');
    expect(result.stdout).toMatch(/\[错误\] T3-4 表四 复议诉讼!D7：.*“无”/);
    expect(result.stdout).toMatch(/合计：错误 \d+/);
  });

  it('prints the documented JSON', async () => {
    const result = await nianbao('validate', broken, overwritten, '--json');
    const json = JSON.parse(result.stdout);
    expect(json.files.map((f: { file: string }) => f.file)).toEqual([broken, overwritten]);
    for (const file of json.files) {
      for (const f of file.findings) {
        expect(Object.keys(f)).toEqual(expect.arrayContaining(['rule', 'severity', 'cells', 'addresses', 'message']));
        expect(['error', 'warning', 'info']).toContain(f.severity);
        for (const a of f.addresses) expect(a).toMatch(/^.+![A-Z]+\d+$/);
      }
    }
    const t41 = json.files[1].findings.find((f: { rule: string }) => f.rule === 'T4-1');
    expect(t41).toMatchObject({ severity: 'error', cells: ['review.total', 'review.upheld', 'review.corrected', 'review.other', 'review.pending'] });
    expect(t41.addresses[0]).toBe('表四 复议诉讼!E7');
    expect(json.files[1].findings.map((f: { rule: string }) => f.rule)).toContain('S-1');
  });

  it('--prev of the same year: X-6 warns and no false X-1 errors', async () => {
    const result = await nianbao('validate', good, '--prev', broken);
    expect(result.stdout).toMatch(/\[警告\] X-6：给出的上年报告可能不是本机关上一年度的：上年报告是 2024 年度的，本报告为 2024 年度，上年报告应为 2023 年度。/);
    expect(result.stdout).not.toContain('X-1');
    expect(result.code).toBe(0);
  });

  it('checks the other files when one is unusable, and exits 2', async () => {
    const result = await nianbao('validate', fake, good);
    expect(result.code).toBe(2);
    expect(result.stdout).toContain('无法校验：无法打开');
    expect(result.stdout).toMatch(/good\.xlsx\n\s+合计：错误 0/);
    expect(result.stdout).toContain('汇总：');
  });

  it('writes a Markdown 审核报告 and never overwrites one', async () => {
    const report = path.join(out, '审核报告.md');
    fs.rmSync(report, { force: true });
    expect((await nianbao('validate', broken, good, '--report', report)).code).toBe(1);
    const text = fs.readFileSync(report, 'utf8');
    expect(text).toContain('# 示例县人民政府办公室 2024 年度政府信息公开工作年度报告 审核报告');
    expect(text).toMatch(/\| 1 \| 错误 \| T3-1 勾稽关系 \| 表三 依申请公开!D31/);
    expect(text).toContain('全部规则通过。');
    expect(await nianbao('validate', good, '--report', report)).toMatchObject({ code: 2, stderr: expect.stringContaining('已存在') });
  });

  it('finds no arithmetic errors in any seed', async () => {
    for (const seed of loadSeeds()) {
      const book = path.join(out, `${seed.name}.xlsx`);
      await writeReportFile(book, { format: seed.format, year: seed.year, agency: seed.agency, cells: seed.cells });
      const json = JSON.parse((await nianbao('validate', book, '--json')).stdout);
      const arithmetic = json.files[0].findings.filter((f: { rule: string; status: string }) => /^T[34]-[1-3]$/.test(f.rule) && f.status === 'fail');
      expect({ seed: seed.name, arithmetic }).toEqual({ seed: seed.name, arithmetic: [] });
    }
  });
});
