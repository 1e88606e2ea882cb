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
const WPS_DOUBLE_BUNDLE = path.join(ROOT, 'test-output/browser/wps-double.js');

/** What the web build is made of: when any of it is newer than dist/web, the build is stale. */
const WEB_INPUTS = ['src/taskpane', 'src/port', 'src/core', 'src/charts', 'src/excel', 'src/wps', 'src/docx', 'src/zip', 'src/bureau', 'src/xlsx', 'src/pdf', 'assets', 'webpack.config.js', 'webpack.downlevel.js', 'package.json'];

function newestInput(): number {
  let newest = 0;
  const visit = (p: string) => {
    const stat = fs.statSync(p);
    if (stat.isDirectory()) for (const child of fs.readdirSync(p)) visit(path.join(p, child));
    else newest = Math.max(newest, stat.mtimeMs);
  };
  for (const input of WEB_INPUTS) if (fs.existsSync(path.join(ROOT, input))) visit(path.join(ROOT, input));
  return newest;
}

/**
 * Webpack leaves an output file alone when its content did not change, so after a change that does
 * not reach taskpane.html (the 政务公开办 page, a comment) the page's time says nothing: the
 * harness's own builds leave a stamp beside it.
 */
const BUILD_STAMP = path.join(ROOT, 'test-output/web-build.stamp');

function buildIsFresh(): boolean {
  const html = path.join(WEB, 'taskpane.html');
  if (!fs.existsSync(html)) return false;
  const built = Math.max(fs.statSync(html).mtimeMs, fs.existsSync(BUILD_STAMP) ? fs.statSync(BUILD_STAMP).mtimeMs : 0);
  return built >= newestInput();
}

/**
 * The production build of the task pane. `npm test` builds it before jest; when jest runs on its
 * own (npx jest tests/browser) a missing or stale build is rebuilt here, once: parallel workers
 * wait on a lock directory instead of building into the same folder at the same time.
 */
export function ensureWebBuild(): void {
  if (buildIsFresh()) return;
  const lock = path.join(ROOT, 'test-output/web-build.lock');
  fs.mkdirSync(path.dirname(lock), { recursive: true });
  const sleep = (ms: number) => Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, ms);
  for (;;) {
    try {
      fs.mkdirSync(lock);
      break;
    } catch {
      // Someone else is building; a lock older than five minutes is left over from a killed run.
      if (fs.existsSync(lock) && Date.now() - fs.statSync(lock).mtimeMs > 5 * 60_000) fs.rmSync(lock, { recursive: true, force: true });
      sleep(500);
      if (buildIsFresh()) return;
    }
  }
  try {
    if (!buildIsFresh()) {
      const started = new Date();
      execFileSync('npm', ['run', 'build'], { cwd: ROOT, stdio: 'pipe' });
      // Stamped with the build's start: an input changed during the build still makes it stale.
      fs.writeFileSync(BUILD_STAMP, '');
      fs.utimesSync(BUILD_STAMP, started, started);
    }
  } finally {
    fs.rmSync(lock, { recursive: true, force: true });
  }
}

/** Bundles the Excel double (or, with `host` 'wps', the WPS double) for the browser. */
export async function buildDoubleBundle(host: 'excel' | 'wps' = 'excel'): Promise<string> {
  const bundle = host === 'wps' ? WPS_DOUBLE_BUNDLE : DOUBLE_BUNDLE;
  await new Promise<void>((resolve, reject) =>
    webpack(
      {
        mode: 'development',
        devtool: false,
        entry: path.join(__dirname, host === 'wps' ? 'wps-double-entry.ts' : 'double-entry.ts'),
        output: { path: path.dirname(bundle), filename: path.basename(bundle) },
        resolve: { extensions: ['.ts', '.js'] },
        module: { rules: [{ test: /\.ts$/, loader: 'ts-loader', options: { transpileOnly: true }, exclude: /node_modules/ }] },
      },
      (error, stats) => (error || stats?.hasErrors() ? reject(error ?? new Error(stats!.toString('errors-only'))) : resolve()),
    ),
  );
  return fs.readFileSync(bundle, 'utf8');
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
 * An empty `doubleBundle` gives plain office.js: the page as it looks in a browser outside Excel.
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
    if (relative === 'office.js' && doubleBundle) body += `\n;${doubleBundle}\n`;
    return route.fulfill({ status: 200, contentType: 'text/javascript', body });
  });
}

/**
 * The page as WPS 表格's embedded browser shows it: the WPS double installed before any script of
 * the page runs, and no request off 127.0.0.1 answered. Returns the addresses the page asked for
 * elsewhere (office.js must not be among them: WPS never loads it).
 */
export async function routeWps(page: Page, wpsBundle: string): Promise<string[]> {
  const elsewhere: string[] = [];
  await page.addInitScript(wpsBundle);
  await page.route(/^https?:\/\//, (route) => {
    const url = route.request().url();
    if (new URL(url).hostname === '127.0.0.1') return route.continue();
    elsewhere.push(url);
    return route.abort();
  });
  return elsewhere;
}

export interface BrowserRig {
  browser: Browser;
  server: { url: string; close(): Promise<void> };
  doubleBundle: string;
}

/**
 * The whole rig for a browser test file: the production build, the double's bundle, a server on
 * 127.0.0.1 and Chromium, set up once before the file's tests and torn down after them.
 */
export function browserRig(): BrowserRig {
  const rig = {} as BrowserRig;
  beforeAll(async () => {
    ensureWebBuild();
    rig.doubleBundle = await buildDoubleBundle();
    rig.server = await serveWeb();
    rig.browser = await launchChromium();
  });
  afterAll(async () => {
    await rig.browser?.close();
    await rig.server?.close();
  });
  return rig;
}
