import { execFileSync } from 'child_process';
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

  it('writes a one-page A4 PDF, the same bytes twice, that poppler renders with its Chinese text', async () => {
    const current = await book('pdf.xlsx', SAMPLE_REPORT, SAMPLE_INPUTS);
    const [a, b] = [path.join(out, 'a.pdf'), path.join(out, 'b.pdf')];
    expect((await nianbao('graphic', current, '-o', a)).code).toBe(0);
    expect((await nianbao('graphic', current, '-o', b)).code).toBe(0);
    const pdf = fs.readFileSync(a);
    expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
    expect(fs.readFileSync(b).equals(pdf)).toBe(true);
    expect(pdf.toString('latin1')).not.toMatch(/CreationDate|ModDate|\/ID\s*\[/);
    const info = execFileSync('pdfinfo', [a], { encoding: 'utf8' });
    expect(info).toMatch(/^Pages:\s+1$/m);
    expect(info).toMatch(/^Page size:\s+595\.2\d* x 841\.89 pts \(A4\)$/m);
    expect(info).toMatch(/^Title:\s+示例县人民政府办公室2024年政府信息公开工作年度报告图解$/m);
    // The picture inside is 2480 × 3508: 300 dpi over A4.
    expect(execFileSync('pdfimages', ['-list', a], { encoding: 'utf8' })).toMatch(/^\s*1\s+0\s+image\s+2480\s+3508\s/m);
    // Rendered back, it is the PNG's page: the red band on top, white below, at the same places.
    const shot = path.join(out, 'pdf-page');
    execFileSync('pdftoppm', ['-r', '50', '-singlefile', a, shot]);
    const { width, height, pixel } = readPpm(fs.readFileSync(`${shot}.ppm`));
    // A4 at 50 dpi is 413.4 × 584.6 pixels; poppler rounds each its own way.
    expect(Math.abs(width - 413.4)).toBeLessThan(1);
    expect(Math.abs(height - 584.6)).toBeLessThan(1);
    // Colours as drawn, give or take poppler's resampling.
    const near = (got: number[], want: number[]) => got.every((v, i) => Math.abs(v - want[i]) <= 3);
    expect({ band: pixel(206, 40), ok: near(pixel(206, 40), [0xb0, 0x27, 0x2d]) }).toMatchObject({ ok: true });
    expect({ margin: pixel(5, 300), ok: near(pixel(5, 300), [255, 255, 255]) }).toMatchObject({ ok: true });
    if (process.env.UPDATE_DOCS) execFileSync('pdftoppm', ['-png', '-r', '60', '-singlefile', a, path.join(ROOT, 'docs/images/graphic-pdf')]);
  });

  it('says what it needs', async () => {
    const current = await book('usage.xlsx', SAMPLE_REPORT, {});
    expect(await nianbao('graphic', current)).toMatchObject({ code: 2, stderr: expect.stringContaining('-o') });
    expect(await nianbao('graphic', current, '-o', path.join(out, 'x.jpg'))).toMatchObject({ code: 2, stderr: expect.stringContaining('.png、.svg 或 .pdf') });
  });
});

function LAST_YEAR(): ReportData {
  return lastYearOf(SAMPLE_REPORT);
}

/** A binary PPM (P6) as poppler writes it: size and the colour of a pixel. */
function readPpm(bytes: Buffer): { width: number; height: number; pixel(x: number, y: number): number[] } {
  const header = /^P6\s+(\d+)\s+(\d+)\s+255\s/.exec(bytes.subarray(0, 40).toString('latin1'))!;
  const [width, height, start] = [Number(header[1]), Number(header[2]), header[0].length];
  return { width, height, pixel: (x, y) => [...bytes.subarray(start + (y * width + x) * 3, start + (y * width + x) * 3 + 3)] };
}
