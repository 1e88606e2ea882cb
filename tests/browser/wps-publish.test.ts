import { execFileSync } from 'child_process';
import * as fs from 'fs';
import * as path from 'path';
import type { Browser, Page } from 'playwright-core';
import { ensureWebBuild, launchChromium } from './harness';
import { ROOT, tempDir } from '../support/seeds';

/**
 * wps/publish.html as a clerk uses it: the packaged page, served at the intranet address, in
 * Chromium, with WPS's local service on 127.0.0.1:58890 played by the test (what the page sends is
 * recorded; the records it lists are kept). Without that service the page says what to do.
 */
const URL_BASE = 'https://intranet.example/nianbao/';
const OUT = path.join(ROOT, 'test-output/wps-publish-package');
const shots = tempDir('browser-wps-publish');
const TYPES: Record<string, string> = { '.html': 'text/html; charset=utf-8', '.js': 'text/javascript', '.xml': 'text/xml', '.png': 'image/png' };
let browser: Browser;

beforeAll(async () => {
  ensureWebBuild();
  execFileSync('node', ['bin/package-addin.js', '--url', URL_BASE, '--offline', '--no-build', '--out', OUT], { cwd: ROOT, stdio: 'pipe' });
  browser = await launchChromium();
});
afterAll(() => browser?.close());

interface Record_ {
  cmd: string;
  name: string;
  url: string;
  addonType: string;
  online: string;
  version: string;
}

/** The page at its intranet address; `wps` plays the local WPS service, or null when there is none. */
async function openPublish(wps: { records: Record_[]; sent: Record_[] } | null): Promise<{ page: Page; errors: string[] }> {
  const page = await browser.newPage({ viewport: { width: 800, height: 700 }, locale: 'zh-CN' });
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(String(e)));
  await page.route(/^https?:\/\//, async (route) => {
    const url = new URL(route.request().url());
    if (url.href.startsWith(URL_BASE)) {
      const file = path.join(OUT, url.pathname.replace('/nianbao/', ''));
      if (!fs.existsSync(file)) return route.fulfill({ status: 404, body: '' });
      return route.fulfill({ status: 200, contentType: TYPES[path.extname(file)] ?? 'application/octet-stream', body: fs.readFileSync(file) });
    }
    if (url.host === '127.0.0.1:58890' && wps) {
      const headers = { 'access-control-allow-origin': '*' };
      if (url.pathname === '/publishlist') return route.fulfill({ status: 200, headers, body: JSON.stringify(wps.records) });
      if (url.pathname === '/deployaddons/runParams') {
        const record = JSON.parse(Buffer.from(route.request().postData() ?? '', 'base64').toString('utf8')) as Record_;
        wps.sent.push(record);
        wps.records = wps.records.filter((r) => !(r.name === record.name && r.addonType === record.addonType));
        if (record.cmd === 'enable') wps.records.push(record);
        return route.fulfill({ status: 200, headers, body: 'OK' });
      }
    }
    return route.abort();
  });
  await page.goto(`${URL_BASE}wps/publish.html`);
  return { page, errors };
}

describe('the WPS publish-mode install page', () => {
  it('installs the add-in at the package\'s URL into the WPS on this computer, shows it installed, and uninstalls', async () => {
    const wps = { records: [] as Record_[], sent: [] as Record_[] };
    const { page, errors } = await openPublish(wps);
    const status = page.getByRole('status');
    await status.getByText('这台电脑的 WPS 表格中还没有年报助手。').waitFor();
    await page.getByRole('button', { name: '安装到 WPS 表格' }).click();
    await status.getByText(/^已安装。请关闭并重新打开 WPS 表格/).waitFor();
    const version = (JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as { version: string }).version;
    expect(wps.sent).toEqual([{ cmd: 'enable', name: 'nianbao', url: `${URL_BASE}wps/`, addonType: 'et', online: 'true', version }]);
    await page.screenshot({ path: path.join(shots, 'wps-publish.png') });

    await page.reload();
    await status.getByText(`这台电脑的 WPS 表格中已安装年报助手（${URL_BASE}wps/）。`).waitFor();
    await page.getByRole('button', { name: '从 WPS 表格卸载' }).click();
    await status.getByText(/^已卸载。/).waitFor();
    expect(wps.sent.map((r) => r.cmd)).toEqual(['enable', 'disable']);
    expect(wps.records).toEqual([]);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('when WPS\'s local service does not answer, says what to do', async () => {
    const { page, errors } = await openPublish(null);
    await page.getByRole('status').getByText(/^没能连上这台电脑上的 WPS。请先打开一次 WPS 表格/).waitFor();
    await page.getByRole('button', { name: '安装到 WPS 表格' }).click();
    await page.getByRole('status').getByText(/jsplugins\.xml 方式部署/).waitFor();
    expect(errors).toEqual([]);
    await page.close();
  });
});
