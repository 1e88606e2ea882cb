import { execFileSync } from 'child_process';
import * as fs from 'fs';
import * as path from 'path';
import JSZip from 'jszip';
import { SAMPLE_INPUTS, SAMPLE_REPORT, type ReportData } from '../../src/core';
import { chartSvg, reportCharts } from '../../src/charts';
import { findCjkFonts, svgToPng } from '../../src/charts/raster-node';
import { nianbao } from '../support/cli';
import { convertWithLibreOffice } from '../support/libreoffice';
import { ROOT, tempDir } from '../support/seeds';
import { bookOf, lastYearOf } from '../support/yoy';

/**
 * `generate --charts`: the charts as PNG pictures in the .docx at the end of the sections they
 * illustrate, and beside the .md; rendered by LibreOffice to pages we look at. `UPDATE_DOCS=1`
 * copies the pages with charts to docs/images/report-docx-charts-p*.png.
 */
const out = tempDir('docx-charts');
const LAST_YEAR = lastYearOf(SAMPLE_REPORT);

const book = (name: string, data: ReportData, inputs: object) => bookOf(out, name, data, inputs);

describe('charts in the report', () => {
  it('finds the system’s CJK fonts, and says so when there is none', () => {
    expect(findCjkFonts()[0]).toMatchObject({ family: expect.stringMatching(/CJK|Hei|Fallback/) });
    const empty = fs.mkdtempSync(path.join(out, 'nofonts-'));
    expect(findCjkFonts([empty])).toEqual([]);
  });

  it('draws Chinese labels: the picture of a chart differs where its labels differ', async () => {
    const [spec] = reportCharts(SAMPLE_REPORT, SAMPLE_INPUTS).filter((c) => c.id === 'applicants');
    const a = await svgToPng(chartSvg(spec), 1);
    const b = await svgToPng(chartSvg({ ...spec, title: '申请人构成情况统计' }), 1);
    expect(Buffer.from(a).equals(Buffer.from(b))).toBe(false);
    // Same data, same bytes.
    expect(Buffer.from(await svgToPng(chartSvg(spec), 1)).equals(Buffer.from(a))).toBe(true);
  });

  it('puts them into the .docx after their sections, and LibreOffice prints them with their captions', async () => {
    const current = await book('2024.xlsx', SAMPLE_REPORT, SAMPLE_INPUTS);
    const previous = await book('2023.xlsx', LAST_YEAR, {});
    const docx = path.join(out, 'report.docx');
    const result = await nianbao('generate', current, '--prev', previous, '--charts', '-o', docx, '--force');
    expect(result.code).toBe(0);
    expect(result.stderr).toContain('统计图 5 幅');
    const zip = await JSZip.loadAsync(fs.readFileSync(docx));
    expect(Object.keys(zip.files).filter((f) => /^word\/media\/.*\.png$/.test(f))).toHaveLength(5);
    const xml = await zip.file('word/document.xml')!.async('string');
    const text = xml.replace(/<[^>]+>/g, '');
    const at = (s: string) => text.indexOf(s);
    // 图1 (channels) after table 二 and before section 三; 图2, 图3 before section 四; 图4, 图5 before 五.
    expect(at('图1　主动公开信息发布渠道')).toBeGreaterThan(at('二、主动公开政府信息情况'));
    expect(at('图1　主动公开信息发布渠道')).toBeLessThan(at('三、收到和处理政府信息公开申请情况'));
    expect(at('图3　申请办理结果构成')).toBeLessThan(at('四、政府信息公开行政复议、行政诉讼情况'));
    expect(at('图5　2024年与2023年对比')).toBeGreaterThan(at('四、政府信息公开行政复议、行政诉讼情况'));
    expect(at('图5　2024年与2023年对比')).toBeLessThan(at('五、存在的主要问题及改进情况'));

    const [pdf] = convertWithLibreOffice([docx], 'pdf', path.join(out, 'pdf'));
    const printed = execFileSync('pdftotext', [pdf, '-'], { encoding: 'utf8' }).replace(/\s+/g, '');
    // The number and the words of a caption may come out of pdftotext apart (the full-width space between them).
    for (const caption of ['图1', '主动公开信息发布渠道', '图2', '新收申请的申请人构成', '图3', '申请办理结果构成', '图4', '行政复议、行政诉讼结果', '图5', '2024年与2023年对比']) {
      expect(printed).toContain(caption);
    }
    // Every page that holds a picture, as a picture to look at.
    const pages = execFileSync('pdfimages', ['-list', pdf], { encoding: 'utf8' })
      .split('\n')
      .slice(2)
      .map((l) => Number(l.trim().split(/\s+/)[0]))
      .filter((n) => n > 0);
    expect(pages.length).toBeGreaterThanOrEqual(5);
    const dir = path.join(out, 'pages');
    fs.mkdirSync(dir, { recursive: true });
    const unique = [...new Set(pages)];
    for (const page of unique) execFileSync('pdftoppm', ['-r', '70', '-png', '-f', String(page), '-l', String(page), pdf, path.join(dir, `p${page}`)]);
    if (process.env.UPDATE_DOCS) {
      fs.readdirSync(dir)
        .filter((f) => f.endsWith('.png'))
        .sort()
        .forEach((f, i) => fs.copyFileSync(path.join(dir, f), path.join(ROOT, `docs/images/report-docx-charts-p${i + 1}.png`)));
    }
  });

  it('writes the pictures beside the .md and links them at the end of their sections', async () => {
    const current = await book('2024md.xlsx', SAMPLE_REPORT, SAMPLE_INPUTS);
    const md = path.join(out, '年报.md');
    expect((await nianbao('generate', current, '--charts', '-o', md, '--force')).code).toBe(0);
    const text = fs.readFileSync(md, 'utf8');
    const links = [...text.matchAll(/!\[(图\d+ [^\]]+)\]\(([^)]+)\)/g)];
    expect(links.map((m) => m[1])).toEqual(['图1 主动公开信息发布渠道（条）', '图2 新收申请的申请人构成（件）', '图3 申请办理结果构成（件）', '图4 行政复议、行政诉讼结果（件）']);
    for (const [, , file] of links) expect(fs.readFileSync(path.join(out, decodeURI(file))).subarray(1, 4).toString()).toBe('PNG');
    expect(text.indexOf('图4')).toBeLessThan(text.indexOf('## 五、'));
    expect(await nianbao('generate', current, '--charts')).toMatchObject({ code: 2, stderr: expect.stringContaining('--charts 需要用 -o') });
  });
});
