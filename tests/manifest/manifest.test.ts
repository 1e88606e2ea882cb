import * as fs from 'fs';
import * as path from 'path';
import { execFileSync } from 'child_process';
import { parseStringPromise } from 'xml2js';
import { ensureWebBuild } from '../browser/harness';
import { ROOT } from '../support/seeds';

/**
 * What can be checked of the manifest without Microsoft's online validator (npm run validate):
 * the schema's element order, resource ids, https URLs that the build really serves.
 */
const MANIFEST = path.join(ROOT, 'manifest.xml');
const ORDER = [
  'Id',
  'AlternateId',
  'Version',
  'ProviderName',
  'DefaultLocale',
  'DisplayName',
  'Description',
  'IconUrl',
  'HighResolutionIconUrl',
  'SupportUrl',
  'AppDomains',
  'Hosts',
  'Requirements',
  'DefaultSettings',
  'Permissions',
  'VersionOverrides',
];

type Node = { '#name': string; $?: Record<string, string>; $$?: Node[]; _?: string };

function walk(node: Node, visit: (n: Node) => void): void {
  visit(node);
  for (const child of node.$$ ?? []) walk(child, visit);
}

let root: Node;
beforeAll(async () => {
  ensureWebBuild();
  const xml = fs.readFileSync(MANIFEST, 'utf8');
  const parsed = await parseStringPromise(xml, { explicitChildren: true, preserveChildrenOrder: true, explicitRoot: true });
  root = parsed.OfficeApp as Node;
  root['#name'] = 'OfficeApp';
});

describe('manifest.xml', () => {
  it('reads with office-addin-manifest as an Excel task pane add-in in zh-CN', () => {
    // office-addin-manifest loads an ES-module-only dependency that Node 20 can require but
    // Jest's module loader cannot, so its reader runs in a plain Node process.
    const script = `require('office-addin-manifest').OfficeAddinManifest.readManifestFile(process.argv[1]).then((m) => process.stdout.write(JSON.stringify(m)))`;
    const info = JSON.parse(execFileSync('node', ['-e', script, MANIFEST], { cwd: ROOT, encoding: 'utf8' }));
    expect(info).toMatchObject({
      officeAppType: 'TaskPaneApp',
      defaultLocale: 'zh-CN',
      displayName: '年报助手',
      hosts: ['Workbook'],
      permissions: 'ReadWriteDocument',
      manifestType: 'xml',
    });
    expect(info.id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/);
  });

  it('keeps the children of OfficeApp in schema order', () => {
    const names = (root.$$ ?? []).map((n) => n['#name']);
    const positions = names.map((n) => ORDER.indexOf(n));
    expect(positions.every((p) => p >= 0)).toBe(true);
    expect(positions).toEqual([...positions].sort((a, b) => a - b));
  });

  it('requires ExcelApi 1.8', () => {
    const sets: Node[] = [];
    walk(root, (n) => n['#name'] === 'Set' && sets.push(n));
    expect(sets.map((s) => s.$)).toEqual([{ Name: 'ExcelApi', MinVersion: '1.8' }]);
  });

  it('opens the task pane from a button on the Home tab', () => {
    const tabs: Node[] = [];
    const actions: Node[] = [];
    walk(root, (n) => {
      if (n['#name'] === 'OfficeTab') tabs.push(n);
      if (n['#name'] === 'Action') actions.push(n);
    });
    expect(tabs.map((t) => t.$!.id)).toEqual(['TabHome']);
    expect(actions.map((a) => a.$!['xsi:type'])).toEqual(['ShowTaskpane']);
  });

  it('resolves every resid to a declared resource of the kind its element needs', () => {
    // Which resource list each referring element must draw from (VersionOverrides 1.0 schema).
    const kindOf: Record<string, string> = {
      'bt:Image': 'bt:Images',
      SourceLocation: 'bt:Urls',
      FunctionFile: 'bt:Urls',
      LearnMoreUrl: 'bt:Urls',
      Label: 'bt:ShortStrings',
      Title: 'bt:ShortStrings',
      Description: 'bt:LongStrings',
    };
    const declared = new Map<string, string>();
    walk(root, (list) => {
      if (!['bt:Images', 'bt:Urls', 'bt:ShortStrings', 'bt:LongStrings'].includes(list['#name'])) return;
      for (const item of list.$$ ?? []) {
        expect({ id: item.$!.id, duplicate: declared.has(item.$!.id) }).toEqual({ id: item.$!.id, duplicate: false });
        declared.set(item.$!.id, list['#name']);
      }
    });
    const refs: { element: string; resid: string }[] = [];
    walk(root, (n) => n.$?.resid && refs.push({ element: n['#name'], resid: n.$.resid }));
    expect(refs.length).toBeGreaterThan(5);
    for (const ref of refs) expect({ ...ref, kind: declared.get(ref.resid) }).toEqual({ ...ref, kind: kindOf[ref.element] });
    // Short strings: Office truncates labels and titles beyond 125 characters; long strings at 250.
    walk(root, (n) => {
      if (n['#name'] === 'bt:String') expect(n.$!.DefaultValue.length).toBeLessThanOrEqual(declared.get(n.$!.id) === 'bt:ShortStrings' ? 125 : 250);
    });
  });

  it('names icons of the sizes Office asks for, and the PNGs are that size', () => {
    const iconUrl = (root.$$ ?? []).find((n) => n['#name'] === 'IconUrl')!.$!.DefaultValue;
    const highRes = (root.$$ ?? []).find((n) => n['#name'] === 'HighResolutionIconUrl')!.$!.DefaultValue;
    const images = new Map<string, string>();
    walk(root, (n) => n['#name'] === 'bt:Image' && n.$?.id && images.set(n.$.id, n.$.DefaultValue));
    const ribbon: { size: number; url: string }[] = [];
    walk(root, (n) => n['#name'] === 'bt:Image' && n.$?.resid && ribbon.push({ size: Number(n.$.size), url: images.get(n.$.resid)! }));
    // Task pane add-ins: IconUrl 32 px, HighResolutionIconUrl 64 px; ribbon icons 16, 32 and 80 px.
    const expected = [{ size: 32, url: iconUrl }, { size: 64, url: highRes }, ...ribbon];
    expect(new Set(ribbon.map((r) => r.size))).toEqual(new Set([16, 32, 80]));
    for (const { size, url } of expected) {
      const png = fs.readFileSync(path.join(ROOT, 'dist/web', new URL(url).pathname));
      expect(png.subarray(1, 4).toString('latin1')).toBe('PNG');
      expect({ url, width: png.readUInt32BE(16), height: png.readUInt32BE(20) }).toEqual({ url, width: size, height: size });
    }
  });

  it('uses https URLs that point at files the production build emits', () => {
    const urls: string[] = [];
    walk(root, (n) => {
      // Namespace URIs (xmlns, xmlns:*) name schemas; they are never fetched.
      for (const [k, v] of Object.entries(n.$ ?? {})) if (!k.startsWith('xmlns') && /^\w+:\/\//.test(v)) urls.push(v);
    });
    expect(urls.length).toBeGreaterThan(8);
    for (const url of urls) {
      const u = new URL(url);
      expect(u.protocol).toBe('https:');
      const file = path.join(ROOT, 'dist/web', decodeURIComponent(u.pathname));
      expect({ url, exists: fs.existsSync(file) }).toEqual({ url, exists: true });
    }
  });
});
