import * as fs from 'fs';
import * as path from 'path';
import { SAMPLE_INPUTS, SAMPLE_REPORT, type ReportData } from '../../src/core';
import { nianbao } from '../support/cli';
import { ROOT, tempDir } from '../support/seeds';
import { lastYearOf } from '../support/yoy';

/** `nianbao graphic`: the one-page 图解; `UPDATE_DOCS=1` copies its PNG to docs/images/graphic.png. */
const out = tempDir('cli-graphic');

async function book(name: string, data: ReportData, inputs: object): Promise<string> {
  const file = path.join(out, name);
  const json = path.join(out, `${name}.json`);
  fs.writeFileSync(json, JSON.stringify({ ...data, inputs }));
  expect((await nianbao('init', '--data', json, '-o', file, '--force')).code).toBe(0);
  return file;
}

describe('nianbao graphic', () => {
  it('writes the same bytes twice for the same workbook, with 同比 arrows when last year is given', async () => {
    const current = await book('2024.xlsx', SAMPLE_REPORT, SAMPLE_INPUTS);
    const previous = await book('2023.xlsx', LAST_YEAR(), { active: { totalItems: 6100 } });
    const [a, b] = [path.join(out, 'a.png'), path.join(out, 'b.png')];
    expect((await nianbao('graphic', current, '--prev', previous, '-o', a)).code).toBe(0);
    expect((await nianbao('graphic', current, '--prev', previous, '-o', b)).code).toBe(0);
    const png = fs.readFileSync(a);
    expect(png.subarray(1, 4).toString()).toBe('PNG');
    // IHDR: 1240 × 1754, A4 at 150 dpi.
    expect([png.readUInt32BE(16), png.readUInt32BE(20)]).toEqual([1240, 1754]);
    expect(fs.readFileSync(b).equals(png)).toBe(true);
    if (process.env.UPDATE_DOCS) fs.copyFileSync(a, path.join(ROOT, 'docs/images/graphic.png'));

    const svg = path.join(out, 'a.svg');
    expect((await nianbao('graphic', current, '--prev', previous, '-o', svg)).code).toBe(0);
    const text = fs.readFileSync(svg, 'utf8');
    expect(text).toContain('示例县人民政府办公室');
    expect(text).toContain('2024年政府信息公开工作年度报告');
    // 新收 122 against 124: down 1.6%; 主动公开 6823 against 6100: up 11.9%.
    expect(text).toContain('▼ 1.6% 同比');
    expect(text).toContain('▲ 11.9% 同比');
    const plain = path.join(out, 'plain.svg');
    expect((await nianbao('graphic', current, '-o', plain)).code).toBe(0);
    expect(fs.readFileSync(plain, 'utf8')).not.toContain('同比');
  });

  it('says what it needs', async () => {
    const current = await book('usage.xlsx', SAMPLE_REPORT, {});
    expect(await nianbao('graphic', current)).toMatchObject({ code: 2, stderr: expect.stringContaining('-o') });
    expect(await nianbao('graphic', current, '-o', path.join(out, 'x.jpg'))).toMatchObject({ code: 2, stderr: expect.stringContaining('.png 或 .svg') });
  });
});

function LAST_YEAR(): ReportData {
  return lastYearOf(SAMPLE_REPORT);
}
