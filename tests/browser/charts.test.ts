import * as fs from 'fs';
import * as path from 'path';
import JSZip from 'jszip';
import type { Page } from 'playwright-core';
import { SAMPLE_REPORT } from '../../src/core';
import { typeTables } from './a11y';
import { browserRig, routeOffice } from './harness';
import { ROOT, tempDir } from '../support/seeds';

/**
 * 生成报告's charts in Chromium: the real canvas rasterises the shared chart SVG into the .docx
 * (「在报告中插入图表」), and 「下载图解（PNG）」 gives the one-page 图解. `UPDATE_DOCS=1` copies the
 * pane's picture and a chart as the pane drew it to docs/images/.
 */
const rig = browserRig();
const shots = tempDir('browser-charts');

/** Width and height from a PNG's IHDR. */
const pngSize = (png: Buffer) => [png.readUInt32BE(16), png.readUInt32BE(20)];

async function generatedPane(): Promise<{ page: Page; errors: string[] }> {
  const page = await rig.browser.newPage({ viewport: { width: 320, height: 900 }, locale: 'zh-CN', acceptDownloads: true });
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(String(e)));
  await routeOffice(page, rig.doubleBundle);
  await page.goto(`${rig.server.url}/taskpane.html`);
  await page.getByLabel('报告年度').fill('2024');
  await page.getByLabel('机关名称').fill(SAMPLE_REPORT.agency!);
  await page.getByRole('button', { name: '插入年报工作表' }).click();
  await page.getByText(/已插入 \d 张工作表/).waitFor();
  await typeTables(page);
  await page.getByRole('tab', { name: '生成报告' }).click();
  await page.getByRole('button', { name: '生成报告', exact: true }).click();
  await page.getByText(/^报告已写入工作表“报告正文”/).waitFor();
  return { page, errors };
}

describe('生成报告 with charts, in Chromium', () => {
  it('「在报告中插入图表」 puts the charts, drawn by the canvas, into the .docx; 「下载图解（PNG）」 gives the A4 page', async () => {
    const { page, errors } = await generatedPane();
    const box = page.getByRole('checkbox', { name: '在报告中插入图表' });
    await expect(box.isChecked()).resolves.toBe(false);
    await box.check();
    await box.evaluate((el) => el.scrollIntoView({ block: 'start' }));
    await page.screenshot({ path: path.join(shots, 'taskpane-charts.png'), animations: 'disabled' });

    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: '下载 Word 文档' }).click()]);
    const docx = path.join(shots, 'with-charts.docx');
    await download.saveAs(docx);
    const zip = await JSZip.loadAsync(fs.readFileSync(docx));
    const media = Object.keys(zip.files).filter((f) => f.startsWith('word/media/'));
    // The tables give 申请人构成, 办理结果 and 复议诉讼 (the channels need 正文素材): three pictures.
    expect(media).toHaveLength(3);
    for (const [i, part] of media.entries()) {
      const png = Buffer.from(await zip.file(part)!.async('uint8array'));
      expect(png.subarray(1, 4).toString()).toBe('PNG');
      expect(pngSize(png)).toEqual([1600, 960]);
      // A drawn chart, not a blank canvas: a white 1600 × 960 PNG is a few KB.
      expect(png.length).toBeGreaterThan(30_000);
      fs.writeFileSync(path.join(shots, `chart-${i + 1}.png`), png);
    }
    const xml = await zip.file('word/document.xml')!.async('string');
    expect(xml.match(/<w:drawing>/g)).toHaveLength(3);
    expect(xml).toContain('新收申请的申请人构成（件）');

    const [graphic] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: '下载图解（PNG）' }).click()]);
    expect(graphic.suggestedFilename()).toBe('示例县人民政府办公室2024年政府信息公开工作年度报告图解.png');
    const saved = path.join(shots, 'graphic.png');
    await graphic.saveAs(saved);
    const png = fs.readFileSync(saved);
    expect(pngSize(png)).toEqual([1240, 1754]);
    expect(png.length).toBeGreaterThan(100_000);
    await page.getByText(/已开始下载“.*图解\.png”/).waitFor();
    expect(errors).toEqual([]);
    if (process.env.UPDATE_DOCS) {
      fs.copyFileSync(path.join(shots, 'taskpane-charts.png'), path.join(ROOT, 'docs/images/taskpane-charts.png'));
      fs.copyFileSync(path.join(shots, 'chart-1.png'), path.join(ROOT, 'docs/images/chart-canvas.png'));
    }
    await page.close();
  });
});
