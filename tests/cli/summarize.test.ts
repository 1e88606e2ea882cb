import * as fs from 'fs';
import * as path from 'path';
import { getFormat, dropFloatNoise, SAMPLE_REPORT, type CellData } from '../../src/core';
import { readReportFile, writeReportFile } from '../../src/xlsx';
import { nianbao } from '../support/cli';
import { tempDir } from '../support/seeds';

const out = tempDir('cli-summarize');
const format = getFormat('2021');
const inputsOnly: CellData = Object.fromEntries(Object.entries(SAMPLE_REPORT.cells).filter(([id]) => !format.cellById.get(id)?.sumOf));
const NEW = 'applications.newReceived.naturalPerson';
const DISCLOSED = 'applications.disclosed.naturalPerson';
const REVIEW = 'review.upheld';

/** A copy of the sample with its numbers changed so that it still balances: k more applications, all disclosed. */
function changed(k: number): CellData {
  const n = (id: string) => inputsOnly[id] as number;
  return { ...inputsOnly, [NEW]: n(NEW) + k, [DISCLOSED]: n(DISCLOSED) + k, [REVIEW]: n(REVIEW) + k };
}

const demo = path.join(out, 'parts', '示例县政府办.xlsx');
const copyA = path.join(out, 'parts', '甲镇.xlsx');
const copyB = path.join(out, 'parts', '乙街道.xlsx');
const parts = [demo, copyA, copyB];
const partCells = [inputsOnly, changed(4), changed(9)];

beforeAll(async () => {
  fs.mkdirSync(path.dirname(demo), { recursive: true });
  await writeReportFile(demo, { ...SAMPLE_REPORT });
  await writeReportFile(copyA, { ...SAMPLE_REPORT, agency: '甲镇人民政府', cells: partCells[1] });
  await writeReportFile(copyB, { ...SAMPLE_REPORT, agency: '乙街道办事处', cells: partCells[2] });
});

/** What the three workbooks hold, summed cell by cell (totals from the workbooks' own formulas, read back). */
async function expectedSums(files: string[]): Promise<Record<string, number>> {
  const datas = await Promise.all(files.map((f) => readReportFile(f)));
  return Object.fromEntries(format.cells.map((c) => [c.id, dropFloatNoise(datas.reduce((s, d) => s + (d.data.cells[c.id] as number), 0))]));
}

describe('nianbao summarize', () => {
  it('the 汇总 of the demo workbook and two changed copies holds the three summed, one 分单位情况 row each, and validates', async () => {
    const target = path.join(out, '汇总.xlsx');
    const result = await nianbao('summarize', ...parts, '-o', target);
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('汇总：3 个单位');
    expect(result.stdout).toContain('全部单元格均已汇总');
    expect(result.stdout).toContain('汇总表校验：没有错误');
    const back = await readReportFile(target);
    const sums = await expectedSums(parts);
    for (const cell of format.cells) expect({ id: cell.id, value: back.data.cells[cell.id] }).toEqual({ id: cell.id, value: sums[cell.id] });
    expect(back.data.agency).toBe('汇总（3 个单位）');

    const validated = await nianbao('validate', target);
    expect(validated.stdout).toContain('全部通过');
    expect(validated.code).toBe(0);

    const ExcelJS = (await import('exceljs')).default;
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(target);
    const sheet = workbook.getWorksheet('分单位情况')!;
    const names = [4, 5, 6].map((r) => sheet.getCell(r, 2).value);
    expect(names).toEqual([SAMPLE_REPORT.agency, '甲镇人民政府', '乙街道办事处']);
    expect(sheet.getCell(7, 2).value).toBeNull();
    expect([4, 5, 6].map((r) => sheet.getCell(r, 14).value)).toEqual(parts);
  });

  it('prints the documented JSON', async () => {
    const result = await nianbao('summarize', ...parts, '--json');
    expect(result.code).toBe(0);
    const json = JSON.parse(result.stdout);
    expect(Object.keys(json)).toEqual(['format', 'year', 'agencies', 'cells', 'notSummed']);
    expect(json.agencies).toEqual([
      { agency: SAMPLE_REPORT.agency, file: demo, errors: 0, warnings: 0, notAssessable: 0 },
      { agency: '甲镇人民政府', file: copyA, errors: 0, warnings: 0, notAssessable: 0 },
      { agency: '乙街道办事处', file: copyB, errors: 0, warnings: 0, notAssessable: 0 },
    ]);
    expect(json.cells[NEW]).toBe((inputsOnly[NEW] as number) * 3 + 13);
    expect(json.notSummed).toEqual([]);
  });

  it('takes a folder and a list file', async () => {
    const list = path.join(out, 'list.txt');
    fs.writeFileSync(list, '# 各单位\nparts/示例县政府办.xlsx\n\nparts/甲镇.xlsx\n');
    const fromFolder = JSON.parse((await nianbao('summarize', path.join(out, 'parts'), '--json')).stdout);
    expect(fromFolder.agencies).toHaveLength(3);
    const fromList = JSON.parse((await nianbao('summarize', '--from', list, '--json')).stdout);
    expect(fromList.agencies.map((a: { file: string }) => path.basename(a.file))).toEqual(['示例县政府办.xlsx', '甲镇.xlsx']);
  });

  it('a blank or text cell of one agency is not summed: listed with the agency, blank in the 汇总, its totals 无法判断', async () => {
    const gap = path.join(out, 'gap', '丙村.xlsx');
    fs.mkdirSync(path.dirname(gap), { recursive: true });
    await writeReportFile(gap, { ...SAMPLE_REPORT, agency: '丙村', cells: { ...inputsOnly, [NEW]: '12件' } });
    const json = JSON.parse((await nianbao('summarize', demo, gap, '--json')).stdout);
    expect(json.notSummed).toEqual([{ cell: NEW, agencies: ['丙村'] }]);
    expect(json.cells[NEW]).toBeNull();
    expect(json.cells['applications.newReceived.total']).toBeNull();
    const target = path.join(out, 'gap.xlsx');
    const text = await nianbao('summarize', demo, gap, '-o', target);
    expect(text.stdout).toMatch(/未能汇总 1 个单元格[\s\S]*表三 依申请公开 D\d+（一、本年新收政府信息公开申请数量 \/ 自然人）：丙村/);
    expect((await readReportFile(target)).data.cells[NEW]).toBeNull();
  });

  it('refuses mixed years, naming the files, and writes nothing', async () => {
    const other = path.join(out, 'mixed', '2023.xlsx');
    fs.mkdirSync(path.dirname(other), { recursive: true });
    await writeReportFile(other, { ...SAMPLE_REPORT, year: 2023 });
    const target = path.join(out, 'mixed.xlsx');
    const result = await nianbao('summarize', demo, other, '-o', target);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('报告年度不同');
    expect(result.stderr).toContain(other);
    expect(fs.existsSync(target)).toBe(false);
  });

  it('refuses a file it cannot use, naming it, rather than a 汇总 without that agency', async () => {
    const result = await nianbao('summarize', demo, path.join(out, 'missing.xlsx'), '--json');
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('missing.xlsx');
    expect(result.stdout).toBe('');
  });

  it('sums published reports as the importer reads them', async () => {
    const corpus = path.join(__dirname, '..', 'fixtures', 'corpus', '02_hongze_2024.txt');
    const result = await nianbao('summarize', corpus, '--json');
    expect(result.code).toBe(0);
    const json = JSON.parse(result.stdout);
    expect(json.agencies[0].file).toBe(corpus);
    const expected = JSON.parse(fs.readFileSync(corpus.replace(/\.txt$/, '.expected.json'), 'utf8'));
    expect(json.cells['applications.newReceived.naturalPerson']).toBe(expected.cells['applications.newReceived.naturalPerson']);
  });
});

describe('nianbao summarize --parent', () => {
  let parent: string;
  let planted: string;
  beforeAll(async () => {
    const sums = await expectedSums(parts);
    const inputSums = Object.fromEntries(Object.entries(sums).filter(([id]) => !format.cellById.get(id)?.sumOf));
    parent = path.join(out, 'parent', '本级.xlsx');
    planted = path.join(out, 'parent', '本级-有差异.xlsx');
    fs.mkdirSync(path.dirname(parent), { recursive: true });
    await writeReportFile(parent, { ...SAMPLE_REPORT, agency: '示例县人民政府', cells: inputSums });
    await writeReportFile(planted, { ...SAMPLE_REPORT, agency: '示例县人民政府', cells: { ...inputSums, [REVIEW]: inputSums[REVIEW] + 2 } });
  });

  it('a parent that states the children’s sums is equal everywhere', async () => {
    const result = await nianbao('summarize', '--parent', parent, ...parts);
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('本级数字与下级汇总全部一致');
  });

  it('finds a planted difference and names the cell, with both numbers and the difference', async () => {
    const result = await nianbao('summarize', '--parent', planted, ...parts);
    expect(result.code).toBe(1);
    expect(result.stdout).toMatch(/不一致 2 处：\n\s+表四 复议诉讼 [A-Z]+\d+（行政复议 \/ 结果维持）：本级 \d+，下级合计 \d+，相差 \+2/);
    const json = JSON.parse((await nianbao('summarize', '--parent', planted, ...parts, '--json')).stdout);
    const differs = json.parent.filter((c: { status: string }) => c.status === 'differs');
    expect(differs.map((c: { cell: string }) => c.cell)).toEqual([REVIEW, 'review.total']);
    expect(differs[0]).toEqual({ cell: REVIEW, status: 'differs', parent: expect.any(Number), children: expect.any(Number), difference: 2 });
  });

  it('a missing child makes the cells 无法判断, naming it (exit 2)', async () => {
    const missing = path.join(out, 'parts', '丁乡.xlsx');
    const result = await nianbao('summarize', '--parent', parent, ...parts, missing);
    expect(result.code).toBe(2);
    expect(result.stdout).toContain(`无法使用的下级：${missing}`);
    expect(result.stdout).toMatch(/无法判断 \d+ 处：.*丁乡\.xlsx/);
    const json = JSON.parse((await nianbao('summarize', '--parent', parent, ...parts, missing, '--json')).stdout);
    expect(json.parent.every((c: { status: string; missing: string[] }) => c.status === 'notAssessable' && c.missing.includes(missing))).toBe(true);
  });
});

describe('nianbao summarize: one agency in two files', () => {
  it('says so on standard error, naming the files, and lists them in --json; the 汇总 is still made', async () => {
    const again = path.join(out, 'parts-dup', '甲镇（修改稿）.xlsx');
    fs.mkdirSync(path.dirname(again), { recursive: true });
    await writeReportFile(again, { ...SAMPLE_REPORT, agency: '甲镇人民政府', cells: partCells[1] });
    const result = await nianbao('summarize', ...parts, again, '--json');
    expect(result.code).toBe(0);
    expect(result.stderr).toContain('重复计算');
    expect(result.stderr).toContain(`甲镇人民政府：${copyA}、${again}`);
    expect(JSON.parse(result.stdout).duplicates).toEqual([{ agency: '甲镇人民政府', files: [copyA, again] }]);
    // Without a duplicate, nothing is said and the JSON has no such key.
    const clean = await nianbao('summarize', ...parts, '--json');
    expect(clean.stderr).toBe('');
    expect(JSON.parse(clean.stdout).duplicates).toBeUndefined();
  });
});
