import * as fs from 'fs';
import * as path from 'path';
import type { Page } from 'playwright-core';
import { browserRig, routeOffice } from './harness';
import { encodeFileHash } from '../../src/taskpane/output/deliver';
import { FIXTURES_DIR, loadSeeds, tempDir } from '../support/seeds';

/**
 * The pages of the add-in against hostile input: the download page hands out only what the product
 * writes, named as it is, and only on a click; a Content-Security-Policy keeps other scripts out of
 * every page; the pane's import refuses what is too large and decodes GB18030 as the CLI does.
 */
const rig = browserRig();
const shots = tempDir('browser-hostile');
const DOCX = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';

/** A page whose script errors are collected: every test ends asserting there were none. */
async function openPage(options: Parameters<typeof rig.browser.newPage>[0]): Promise<{ page: Page; errors: string[] }> {
  const page = await rig.browser.newPage(options);
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(String(e)));
  return { page, errors };
}

/** Collects Content-Security-Policy violations from the first script on. */
async function watchViolations(page: Page): Promise<() => Promise<string[]>> {
  await page.addInitScript(() => {
    const seen: string[] = [];
    (window as unknown as { __violations: string[] }).__violations = seen;
    document.addEventListener('securitypolicyviolation', (e) => seen.push(`${e.violatedDirective} ${e.blockedURI}`));
  });
  return () => page.evaluate(() => (window as unknown as { __violations: string[] }).__violations);
}

describe('the download page', () => {
  it('saves a file of ours only when the clerk clicks', async () => {
    const { page, errors } = await openPage({ locale: 'zh-CN', acceptDownloads: true });
    const downloads: string[] = [];
    page.on('download', (d) => downloads.push(d.suggestedFilename()));
    const violations = await watchViolations(page);
    const hash = encodeFileHash(new Uint8Array([80, 75, 3, 4, 1, 2, 3]), '2024年报.docx', DOCX);
    await page.goto(`${rig.server.url}/download.html#${hash}`);
    await page.getByText('文件：2024年报.docx').waitFor();
    await page.evaluate(() => new Promise((resolve) => setTimeout(resolve, 0)));
    expect(downloads).toEqual([]); // nothing before the click
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: '保存 Word 文档' }).click()]);
    expect(download.suggestedFilename()).toBe('2024年报.docx');
    expect(await violations()).toEqual([]);
    expect(errors).toEqual([]);
    await page.close();
  });

  it.each([
    ['a right-to-left override that shows 「.bat」 as 「.docx」', '2024年报（请查收）\u202excod.bat', DOCX],
    ['a program', 'setup.exe', 'application/x-msdownload'],
    ['a name without the type’s extension', '年报', DOCX],
    ['an HTML page', 'page.html', 'text/html'],
  ])('refuses %s, without a button and without a download', async (_what, name, type) => {
    const { page, errors } = await openPage({ locale: 'zh-CN', acceptDownloads: true });
    const downloads: string[] = [];
    page.on('download', (d) => downloads.push(d.suggestedFilename()));
    await page.goto(`${rig.server.url}/download.html#${encodeFileHash(new TextEncoder().encode('@echo off\r\n'), name, type)}`);
    await page.getByText('不是年报助手生成的文件').waitFor();
    await expect(page.getByRole('button').isVisible()).resolves.toBe(false);
    expect(downloads).toEqual([]);
    expect(errors).toEqual([]);
    await page.close();
  });
});

describe('the Content-Security-Policy of the task pane', () => {
  it('lets the pane work as before, and keeps an injected script from running', async () => {
    const { page, errors } = await openPage({ viewport: { width: 320, height: 900 }, locale: 'zh-CN' });
    const violations = await watchViolations(page);
    await routeOffice(page, rig.doubleBundle);
    await page.goto(`${rig.server.url}/taskpane.html`);
    await page.getByRole('button', { name: '插入年报工作表' }).click();
    await page.getByText('已插入 5 张工作表').waitFor();
    await page.getByRole('tab', { name: '校验' }).click();
    await page.getByRole('button', { name: '校验', exact: true }).click();
    await page.getByText(/错误 \d+/).first().waitFor();
    expect(await violations()).toEqual([]);
    const ran = await page.evaluate(() => {
      const script = document.createElement('script');
      script.textContent = 'window.__injected = true;';
      document.head.appendChild(script);
      return (window as unknown as { __injected?: boolean }).__injected === true;
    });
    expect(ran).toBe(false);
    expect((await violations()).some((v) => v.startsWith('script-src'))).toBe(true);
    expect(errors).toEqual([]);
    await page.close();
  });
});

describe('the task pane’s import of last year’s report', () => {
  async function importTab(page: Page) {
    await routeOffice(page, rig.doubleBundle);
    await page.goto(`${rig.server.url}/taskpane.html`);
    await page.getByRole('button', { name: '插入年报工作表' }).click();
    await page.getByText('已插入 5 张工作表').waitFor();
    await page.getByRole('tab', { name: '上年报告' }).click();
  }

  it('refuses a file over the size limit before reading it, naming the limit', async () => {
    const { page, errors } = await openPage({ viewport: { width: 320, height: 1000 }, locale: 'zh-CN' });
    await importTab(page);
    await page.locator('input[type=file]').setInputFiles({ name: '上年年报.txt', mimeType: 'text/plain', buffer: Buffer.alloc(11 * 1024 * 1024, 0x20) });
    await page.getByText('“上年年报.txt”超过了文本或网页文件大小的上限（11 MB，上限 10 MB）').waitFor();
    await page.screenshot({ path: path.join(shots, 'import-too-large.png'), fullPage: true });
    expect(errors).toEqual([]);
    await page.close();
  });

  it('reads a GB18030 file as the command line does', async () => {
    const seed = loadSeeds().find((s) => s.name.startsWith('004'))!;
    const { page, errors } = await openPage({ viewport: { width: 320, height: 1000 }, locale: 'zh-CN' });
    await importTab(page);
    const bytes = fs.readFileSync(path.join(FIXTURES_DIR, 'encodings', '004-nbsp.gb18030.txt'));
    await page.locator('input[type=file]').setInputFiles({ name: '上年年报.txt', mimeType: 'text/plain', buffer: bytes });
    await page.getByText(`机关：${seed.agency}`).waitFor();
    await page.getByText('章节 6/6；读出 200/200 个单元格').waitFor();
    expect(errors).toEqual([]);
    await page.close();
  });
});
