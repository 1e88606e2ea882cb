import { execFileSync } from 'child_process';
import * as fs from 'fs';
import * as http from 'http';
import type { AddressInfo } from 'net';
import * as path from 'path';
import { chromium, type Browser, type Page } from 'playwright-core';
import webpack from 'webpack';
import { ROOT } from '../support/seeds';

const WEB = path.join(ROOT, 'dist/web');
const OFFICE_JS = path.join(ROOT, 'node_modules/@microsoft/office-js/dist');
const DOUBLE_BUNDLE = path.join(ROOT, 'test-output/browser/excel-double.js');

/** The production build of the task pane (built by `npm test` before jest; built here if missing). */
export function ensureWebBuild(): void {
  if (!fs.existsSync(path.join(WEB, 'taskpane.html'))) execFileSync('npm', ['run', 'build'], { cwd: ROOT, stdio: 'pipe' });
}

/** Bundles the Excel double for the browser. */
export async function buildDoubleBundle(): Promise<string> {
  await new Promise<void>((resolve, reject) =>
    webpack(
      {
        mode: 'development',
        devtool: false,
        entry: path.join(__dirname, 'double-entry.ts'),
        output: { path: path.dirname(DOUBLE_BUNDLE), filename: path.basename(DOUBLE_BUNDLE) },
        resolve: { extensions: ['.ts', '.js'] },
        module: { rules: [{ test: /\.ts$/, loader: 'ts-loader', options: { transpileOnly: true }, exclude: /node_modules/ }] },
      },
      (error, stats) => (error || stats?.hasErrors() ? reject(error ?? new Error(stats!.toString('errors-only'))) : resolve()),
    ),
  );
  return fs.readFileSync(DOUBLE_BUNDLE, 'utf8');
}

/** Serves dist/web on 127.0.0.1 (a free port), as the dev server would. */
export async function serveWeb(): Promise<{ url: string; close(): Promise<void> }> {
  const types: Record<string, string> = { '.html': 'text/html; charset=utf-8', '.js': 'text/javascript', '.png': 'image/png', '.txt': 'text/plain' };
  const server = http.createServer((req, res) => {
    const file = path.join(WEB, decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname));
    if (!file.startsWith(WEB) || !fs.existsSync(file) || fs.statSync(file).isDirectory()) {
      res.writeHead(404).end();
      return;
    }
    res.writeHead(200, { 'content-type': types[path.extname(file)] ?? 'application/octet-stream' });
    fs.createReadStream(file).pipe(res);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return { url: `http://127.0.0.1:${port}`, close: () => new Promise((resolve) => server.close(() => resolve())) };
}

export async function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: '/usr/bin/chromium',
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
}

/**
 * Serves office.js (and anything it loads from its CDN folder) from node_modules, with the double
 * appended to office.js itself; every other outside request is refused, as on this network.
 */
export async function routeOffice(page: Page, doubleBundle: string): Promise<void> {
  await page.route(/^https?:\/\//, async (route) => {
    const url = new URL(route.request().url());
    if (url.hostname === '127.0.0.1') return route.continue();
    if (url.hostname !== 'appsforoffice.microsoft.com') return route.abort();
    const relative = url.pathname.replace(/^\/lib\/1\/hosted\//, '');
    const file = path.join(OFFICE_JS, relative);
    if (!file.startsWith(OFFICE_JS) || !fs.existsSync(file)) return route.fulfill({ status: 404, body: '' });
    let body = fs.readFileSync(file, 'utf8');
    if (relative === 'office.js') body += `\n;${doubleBundle}\n`;
    return route.fulfill({ status: 200, contentType: 'text/javascript', body });
  });
}
