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
/**
 * The host an address names; XML namespace names of the Word and Excel formats the pane writes
 * (http://schemas.microsoft.com/office/…, inside the bundled docx writer) are names, never fetched.
 */
function hostOf(address: string): string {
  // Also from a fragment that is no whole address ("https://" + host in a script).
  const host = (/^\w+:\/\/([^/:?#]*)/.exec(address)?.[1] ?? '').toLowerCase();
  return host === 'schemas.microsoft.com' ? '' : host;
}
/**
 * Inside the bundled docx writer: the link in its error for a list nested deeper than Word's nine
 * levels, which a report never has. Never fetched, never shown to a clerk.
 */
const DOCX_LIBRARY_LINK = /^https:\/\/answers\.microsoft\.com\/en-us\/msoffice\/forum\/all\/does-word-support-more-than-9-list-levels\//;
/** Microsoft's hosts: office.js's CDN and telemetry, and any other microsoft.com / office.com address. */
const MICROSOFT = /(^|\.)(microsoft\.com|office\.com|office\.net|officeapps\.live\.com|oaspapps\.com|microsoftonline\.com|msocdn\.com)$/;

function files(dir: string, rel = ''): string[] {
  return fs.readdirSync(path.join(dir, rel), { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? files(dir, path.posix.join(rel, e.name)) : [path.posix.join(rel, e.name)]));
}

/** Addresses a file refers to, namespace names (xmlns="…", never fetched) left out. */
function addresses(text: string): string[] {
  const withoutNamespaces = text.replace(/xmlns(:\w+)?="[^"]*"/g, '');
  return [...withoutNamespaces.matchAll(/\b(?:https?|wss?):\/\/[^\s"'`<>);\\]+/g)].map((m) => m[0]);
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
    // jspluginonline: WPS loads the add-in from the server each time (jsplugin would mean a packed .7z).
    expect(fs.readFileSync(path.join(OUT, 'jsplugins.xml'), 'utf8')).toContain(`<jspluginonline name="nianbao" type="et" url="${URL_BASE}wps/"/>`);
    expect(fs.existsSync(path.join(OUT, 'wps/index.html'))).toBe(true);
  });

  it('has the publish-mode install page, recording the add-in at that URL with the WPS on the clerk\'s own computer', () => {
    const html = fs.readFileSync(path.join(OUT, 'wps/publish.html'), 'utf8');
    const script = fs.readFileSync(path.join(OUT, 'wps/publish.js'), 'utf8');
    expect(html).toContain(`<p class="address" id="addon-url">${URL_BASE}wps/</p>`);
    expect(html).toMatch(/年报助手 \d+\.\d+\.\d+。/);
    expect(script).toContain(`url: '${URL_BASE}wps/'`);
    expect(script).not.toMatch(/\{\{\w+\}\}/);
    // Its only address besides the package's own: WPS's local service on the same computer.
    const policy = /Content-Security-Policy"?\s+content="([^"]+)"/.exec(html)?.[1];
    expect(policy).toContain("script-src 'self';");
    expect(policy).toContain('connect-src http://127.0.0.1:58890;');
    const others = [...addresses(html), ...addresses(script)].filter((u) => !u.startsWith(URL_BASE));
    expect(new Set(others)).toEqual(new Set(['http://127.0.0.1:58890']));
  });

  it('serves office.js from the same place, and nothing of ours loads from another host', () => {
    expect(fs.existsSync(path.join(OUT, 'office-js/office.js'))).toBe(true);
    expect(fs.existsSync(path.join(OUT, 'office-js/zh-cn/office_strings.js'))).toBe(true);
    const taskpane = fs.readFileSync(path.join(OUT, 'taskpane.html'), 'utf8');
    // The loader adds office.js from there (outside WPS); commands.html (Excel only) loads it directly.
    expect(taskpane).toMatch(new RegExp(`src="?office-loader.js"? data-office-js="?${URL_BASE}office-js/office.js`));
    expect(fs.readFileSync(path.join(OUT, 'commands.html'), 'utf8')).toMatch(new RegExp(`src="?${URL_BASE}office-js/office.js`));
    // Pages, manifest, WPS files: every address is under the package's URL.
    const pages = files(OUT).filter((f) => !f.startsWith('office-js/') && /\.(html|xml)$/.test(f) || f.startsWith('wps/'));
    expect(pages).toEqual(expect.arrayContaining(['taskpane.html', 'commands.html', 'manifest.xml', 'jsplugins.xml', 'wps/ribbon.xml', 'wps/main.js', 'wps/index.html', 'wps/publish.html', 'wps/publish.js']));
    // The install page alone talks to the WPS on the same computer (checked above).
    const local = (f: string, u: string) => f.startsWith('wps/publish.') && u === 'http://127.0.0.1:58890';
    const elsewhere = pages.flatMap((f) => addresses(fs.readFileSync(path.join(OUT, f), 'utf8')).filter((u) => !u.startsWith(URL_BASE) && !local(f, u)).map((u) => `${f}: ${u}`));
    expect(elsewhere).toEqual([]);
    // The pages' security policy lets the browser load scripts, frames and data from their own origin only,
    // so the addresses inside the bundled libraries (XML namespaces, links in error messages) are never fetched.
    for (const page of files(OUT).filter((f) => f.endsWith('.html') && !f.startsWith('office-js/') && !f.startsWith('wps/'))) {
      const policy = /Content-Security-Policy"?\s+content="([^"]+)"/.exec(fs.readFileSync(path.join(OUT, page), 'utf8'))?.[1];
      expect({ page, policy }).toEqual({ page, policy: expect.not.stringMatching(/https?:|\*/) });
    }
  });

  it('names no Microsoft address anywhere outside office.js\'s own folder, messages included', () => {
    // The pane's message for a failed office.js names the address it really tried (here the package's own).
    const named = files(OUT)
      .filter((f) => !f.startsWith('office-js/') && /\.(html|js|xml|txt|json)$/.test(f))
      .flatMap((f) => addresses(fs.readFileSync(path.join(OUT, f), 'utf8')).filter((u) => MICROSOFT.test(hostOf(u)) && !DOCX_LIBRARY_LINK.test(u)).map((u) => `${f}: ${u}`));
    expect(named).toEqual([]);
    // The loader that decides on office.js names no address at all: it takes it from taskpane.html.
    expect(addresses(fs.readFileSync(path.join(OUT, 'office-loader.js'), 'utf8'))).toEqual([]);
  });

  it('zips the folder', async () => {
    const zip = await JSZip.loadAsync(fs.readFileSync(path.join(ROOT, 'dist/nianbao-package.zip')));
    expect(Object.keys(zip.files).filter((n) => !zip.files[n].dir).sort()).toEqual(files(OUT).map((f) => `nianbao/${f}`).sort());
  });
});
