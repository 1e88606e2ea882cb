import * as fs from 'fs';
import * as path from 'path';
import { execFileSync } from 'child_process';
import JSZip from 'jszip';
import { ensureWebBuild } from '../browser/harness';
import { ROOT } from '../support/seeds';

/**
 * `npm run package -- --url … --offline`: one folder an administrator copies to an intranet web
 * server, whose manifest, WPS files and pane refer to that address and to no other host.
 */
const URL_BASE = 'https://intranet.example/nianbao/';
const OUT = path.join(ROOT, 'dist/package');

function files(dir: string, rel = ''): string[] {
  return fs.readdirSync(path.join(dir, rel), { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? files(dir, path.posix.join(rel, e.name)) : [path.posix.join(rel, e.name)]));
}

/** Addresses a file refers to, namespace names (xmlns="…", never fetched) left out. */
function addresses(text: string): string[] {
  const withoutNamespaces = text.replace(/xmlns(:\w+)?="[^"]*"/g, '');
  return [...withoutNamespaces.matchAll(/\b(?:https?|wss?):\/\/[^\s"'`<>)\\]+/g)].map((m) => m[0]);
}

beforeAll(() => {
  ensureWebBuild();
  execFileSync('node', ['bin/package-addin.js', '--url', URL_BASE, '--offline', '--no-build'], { cwd: ROOT, stdio: 'pipe' });
}, 300_000);

describe('npm run package --offline', () => {
  it('writes a manifest that office-addin-manifest reads, every address under the given URL', () => {
    const manifest = path.join(OUT, 'manifest.xml');
    const script = `require('office-addin-manifest').OfficeAddinManifest.readManifestFile(process.argv[1]).then((m) => process.stdout.write(JSON.stringify(m)))`;
    const info = JSON.parse(execFileSync('node', ['-e', script, manifest], { cwd: ROOT, encoding: 'utf8' }));
    expect(info).toMatchObject({ officeAppType: 'TaskPaneApp', displayName: '年报助手', hosts: ['Workbook'] });
    const urls = addresses(fs.readFileSync(manifest, 'utf8'));
    expect(urls.length).toBeGreaterThan(5);
    for (const url of urls) expect(url.startsWith(URL_BASE)).toBe(true);
    // Every file the manifest names is in the package.
    for (const url of urls) expect(fs.existsSync(path.join(OUT, new URL(url).pathname.replace('/nianbao/', '')))).toBe(true);
  });

  it('has the WPS add-in and jsplugins.xml pointing at the same URL', () => {
    const ribbon = fs.readFileSync(path.join(OUT, 'wps/ribbon.xml'), 'utf8');
    // WPS's publish check rejects a ribbon that starts with an XML declaration.
    expect(ribbon.startsWith('<customUI')).toBe(true);
    expect(ribbon).toContain('label="年报助手"');
    expect(fs.readFileSync(path.join(OUT, 'wps/main.js'), 'utf8')).toContain(`'${URL_BASE}taskpane.html'`);
    expect(fs.readFileSync(path.join(OUT, 'jsplugins.xml'), 'utf8')).toMatch(new RegExp(`<jsplugin name="nianbao" type="et" url="${URL_BASE}wps/" version="\\d+\\.\\d+\\.\\d+"/>`));
    expect(fs.existsSync(path.join(OUT, 'wps/index.html'))).toBe(true);
  });

  it('serves office.js from the same place, and nothing of ours loads from another host', () => {
    expect(fs.existsSync(path.join(OUT, 'office-js/office.js'))).toBe(true);
    expect(fs.existsSync(path.join(OUT, 'office-js/zh-cn/office_strings.js'))).toBe(true);
    const taskpane = fs.readFileSync(path.join(OUT, 'taskpane.html'), 'utf8');
    expect(taskpane).toMatch(new RegExp(`src="?${URL_BASE}office-js/office.js`));
    // Pages, manifest, WPS files: every address is under the package's URL.
    const pages = files(OUT).filter((f) => !f.startsWith('office-js/') && /\.(html|xml)$/.test(f) || f.startsWith('wps/'));
    expect(pages).toEqual(expect.arrayContaining(['taskpane.html', 'commands.html', 'manifest.xml', 'jsplugins.xml', 'wps/ribbon.xml', 'wps/main.js', 'wps/index.html']));
    const elsewhere = pages.flatMap((f) => addresses(fs.readFileSync(path.join(OUT, f), 'utf8')).filter((u) => !u.startsWith(URL_BASE)).map((u) => `${f}: ${u}`));
    expect(elsewhere).toEqual([]);
    // The pages' security policy lets the browser load scripts, frames and data from their own origin only,
    // so the addresses inside the bundled libraries (XML namespaces, links in error messages) are never fetched.
    for (const page of files(OUT).filter((f) => f.endsWith('.html') && !f.startsWith('office-js/') && !f.startsWith('wps/'))) {
      const policy = /Content-Security-Policy"?\s+content="([^"]+)"/.exec(fs.readFileSync(path.join(OUT, page), 'utf8'))?.[1];
      expect({ page, policy }).toEqual({ page, policy: expect.not.stringMatching(/https?:|\*/) });
    }
  });

  it('zips the folder', async () => {
    const zip = await JSZip.loadAsync(fs.readFileSync(path.join(ROOT, 'dist/nianbao-package.zip')));
    expect(Object.keys(zip.files).filter((n) => !zip.files[n].dir).sort()).toEqual(files(OUT).map((f) => `nianbao/${f}`).sort());
  });
});
