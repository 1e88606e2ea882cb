import * as fs from 'fs';
import * as path from 'path';
import { ensureWebBuild } from '../browser/harness';
import { ROOT } from '../support/seeds';

/**
 * The oldest browser the built pane runs in. WPS 表格 shows the pane in its own embedded Chromium,
 * which can be years old. webpack.config.js builds our code and down-levels every dependency file
 * with newer syntax to one ECMAScript version (webpack.downlevel.js); src/taskpane/legacy-runtime.ts
 * defines the newer runtime APIs the pane calls. Every script of dist/web is parsed and the syntax
 * it uses, and the runtime APIs it names, are mapped to the Chromium version that first had them;
 * office-loader.js tells clerks below that version to update WPS instead of leaving them a blank pane.
 * A dependency that raises the floor, or a loader that stops down-levelling, fails this test.
 */
// acorn parses for webpack itself (a dependency of webpack and jsdom).
// eslint-disable-next-line @typescript-eslint/no-require-imports
const acorn = require('acorn') as { parse(src: string, options: object): unknown };
// eslint-disable-next-line @typescript-eslint/no-require-imports
const walk = require('acorn-walk') as { full(ast: unknown, visit: (node: Node) => void): void };

interface Node {
  type: string;
  operator?: string;
  param?: unknown;
  await?: boolean;
  left?: Node;
  key?: Node;
  meta?: { name: string };
  async?: boolean;
  generator?: boolean;
  properties?: Node[];
  value?: unknown;
  raw?: string;
  regex?: { pattern: string; flags: string };
  bigint?: string;
}

/** Regular-expression syntax and the Chromium version that first parsed it. */
function chromiumForRegex(pattern: string, flags: string): [string, number] | null {
  if (flags.includes('v')) return ['regex /v', 112];
  if (flags.includes('d')) return ['regex /d', 90];
  if (flags.includes('u') && /\\[pP]\{/.test(pattern)) return ['regex \\p{…}', 64];
  if (/\(\?<[A-Za-z_$]/.test(pattern)) return ['regex named group', 64];
  if (/\(\?<[=!]/.test(pattern)) return ['regex lookbehind', 62];
  if (flags.includes('s')) return ['regex /s', 62];
  return null;
}

/** Syntax and the Chromium version that first parsed it. */
function chromiumFor(node: Node): [string, number] | null {
  switch (node.type) {
    case 'StaticBlock':
      return ['class static block', 94];
    case 'MethodDefinition':
      return node.key?.type === 'PrivateIdentifier' ? ['#private method', 84] : null;
    case 'PrivateIdentifier':
      return ['#private class member', 74];
    case 'PropertyDefinition':
      return ['class field', 72];
    case 'ChainExpression':
      return ['optional chaining ?.', 80];
    case 'LogicalExpression':
      return node.operator === '??' ? ['??', 80] : null;
    case 'AssignmentExpression':
      return ['??=', '||=', '&&='].includes(node.operator!) ? ['logical assignment', 85] : null;
    case 'BinaryExpression':
      return node.operator === 'in' && node.left?.type === 'PrivateIdentifier' ? ['#x in obj', 91] : null;
    case 'CatchClause':
      return node.param ? null : ['optional catch binding', 66];
    case 'ForOfStatement':
      return node.await ? ['for await', 63] : null;
    case 'FunctionDeclaration':
    case 'FunctionExpression':
      return node.async && node.generator ? ['async generator', 63] : null;
    case 'ImportExpression':
      return ['import()', 63];
    case 'MetaProperty':
      return node.meta?.name === 'import' ? ['import.meta', 64] : null;
    case 'ObjectExpression':
      return node.properties?.some((p) => p.type === 'SpreadElement') ? ['object spread', 60] : null;
    case 'ObjectPattern':
      return node.properties?.some((p) => p.type === 'RestElement') ? ['object rest', 60] : null;
    case 'Literal':
      if (node.bigint) return ['BigInt literal', 67];
      if (typeof node.value === 'number' && node.raw?.includes('_')) return ['numeric separator', 75];
      return node.regex ? chromiumForRegex(node.regex.pattern, node.regex.flags) : null;
    default:
      return null;
  }
}

/**
 * Runtime APIs newer than the syntax floor, found by name in the minified scripts, with the Chromium
 * that first had them and the name src/taskpane/legacy-runtime.ts defines them by, if it does.
 * `queueMicrotask` is left out: React calls it only where it exists.
 */
const RUNTIME_APIS: { api: string; pattern: RegExp; chromium: number; polyfill?: string[] }[] = [
  { api: 'ResizeObserver', pattern: /\bResizeObserver\b/, chromium: 64 },
  { api: 'String.prototype.trimStart/trimEnd', pattern: /\.trim(?:Start|End)\(/, chromium: 66, polyfill: ['trimStart', 'trimEnd'] },
  { api: 'Array.prototype.flat/flatMap', pattern: /\.flat(?:Map)?\(/, chromium: 69, polyfill: ['flat', 'flatMap'] },
  { api: 'globalThis', pattern: /\bglobalThis\b/, chromium: 71, polyfill: ['globalThis'] },
  { api: 'Object.fromEntries', pattern: /\bObject\.fromEntries\(/, chromium: 73, polyfill: ['fromEntries'] },
  { api: 'String.prototype.matchAll', pattern: /\.matchAll\(/, chromium: 73, polyfill: ['matchAll'] },
  { api: 'Blob.prototype.arrayBuffer', pattern: /\.arrayBuffer\(\)/, chromium: 76, polyfill: ['arrayBuffer'] },
  { api: 'Promise.allSettled', pattern: /\bPromise\.allSettled\(/, chromium: 76 },
  { api: 'WeakRef', pattern: /\bWeakRef\b/, chromium: 84, polyfill: ['WeakRef'] },
  { api: 'String.prototype.replaceAll', pattern: /\.replaceAll\(/, chromium: 85 },
  { api: 'Promise.any', pattern: /\bPromise\.any\(/, chromium: 85 },
  { api: 'Element.prototype.replaceChildren', pattern: /\.replaceChildren\(/, chromium: 86 },
  { api: 'Intl.Segmenter', pattern: /\bIntl\.Segmenter\b/, chromium: 87 },
  { api: 'Array.prototype.at', pattern: /\.at\(-?[\w.]+\)/, chromium: 92 },
  { api: 'crypto.randomUUID', pattern: /\.randomUUID\(/, chromium: 92 },
  { api: 'Object.hasOwn', pattern: /\bObject\.hasOwn\(/, chromium: 93 },
  // tabster has a findLast({…}) method of its own; Array's takes a function.
  { api: 'Array.prototype.findLast', pattern: /\.findLast(?:Index)?\((?!\{)/, chromium: 97 },
  { api: 'structuredClone', pattern: /\bstructuredClone\b/, chromium: 98 },
  { api: 'Array.prototype.toSorted', pattern: /\.to(?:Sorted|Reversed|Spliced)\(/, chromium: 110 },
  { api: 'Object.groupBy', pattern: /\b(?:Object|Map)\.groupBy\(/, chromium: 117 },
  { api: 'Promise.withResolvers', pattern: /\bPromise\.withResolvers\(/, chromium: 119 },
];

/** pdf.js's own chunks (the library and its worker) carry core-js for the APIs they call. */
const isPdfJs = (source: string) => source.includes('WorkerMessageHandler');

const MIN_CHROMIUM = Number(/var MIN_CHROMIUM = (\d+);/.exec(fs.readFileSync(path.join(ROOT, 'src/taskpane/office-loader.js'), 'utf8'))![1]);

const POLYFILLED = new Set([...fs.readFileSync(path.join(ROOT, 'src/taskpane/legacy-runtime.ts'), 'utf8').matchAll(/define\(\s*[\w.]+,\s*'(\w+)'/g)].map((m) => m[1]));

/** The newest syntax a script uses, and the Chromium that first parsed it. */
function syntaxNeed(source: string): { chromium: number; syntax: string } {
  const ast = acorn.parse(source, { ecmaVersion: 'latest', sourceType: 'script' });
  let most = { chromium: 0, syntax: '' };
  walk.full(ast, (node) => {
    const found = chromiumFor(node);
    if (found && found[1] > most.chromium) most = { chromium: found[1], syntax: found[0] };
  });
  return most;
}

beforeAll(() => ensureWebBuild(), 600_000);

describe('the oldest Chromium the pane runs in', () => {
  const web = path.join(ROOT, 'dist/web');
  const scripts = () => fs.readdirSync(web).filter((f) => f.endsWith('.js')).map((file) => ({ name: file.replace(/\.[0-9a-f]{8}\.js$/, '.js'), source: fs.readFileSync(path.join(web, file), 'utf8') }));

  it('no script of the build uses syntax newer than office-loader.js checks for', () => {
    const needs = Object.fromEntries(scripts().map(({ name, source }) => [name, syntaxNeed(source)]));
    expect(Object.entries(needs).filter(([, n]) => n.chromium > MIN_CHROMIUM)).toEqual([]);
    // The loader itself runs everywhere: plain ES5.
    expect(() => acorn.parse(fs.readFileSync(path.join(ROOT, 'src/taskpane/office-loader.js'), 'utf8'), { ecmaVersion: 5 })).not.toThrow();
  });

  it('every runtime API newer than that is defined by legacy-runtime.ts, and the floor is as low as the build allows', () => {
    const found = new Map<string, { chromium: number; polyfilled: boolean; files: string[] }>();
    let syntax = 0;
    for (const { name, source } of scripts()) {
      syntax = Math.max(syntax, syntaxNeed(source).chromium);
      if (isPdfJs(source)) continue;
      for (const { api, pattern, chromium, polyfill } of RUNTIME_APIS) {
        if (!pattern.test(source)) continue;
        const entry = found.get(api) ?? { chromium, polyfilled: polyfill !== undefined && polyfill.every((name) => POLYFILLED.has(name)), files: [] };
        found.set(api, { ...entry, files: [...entry.files, name] });
      }
    }
    const unmet = [...found].filter(([, f]) => !f.polyfilled && f.chromium > MIN_CHROMIUM);
    expect(unmet).toEqual([]);
    // The check is as strict as the build: a lower floor would be a wrong promise to the clerk, a
    // higher one would turn away clerks whose WPS can run the pane.
    const runtime = Math.max(0, ...[...found.values()].filter((f) => !f.polyfilled).map((f) => f.chromium));
    expect(Math.max(syntax, runtime)).toBe(MIN_CHROMIUM);
    // What legacy-runtime.ts defines is what the build calls (no dead polyfill).
    const used = new Set(RUNTIME_APIS.filter((a) => found.has(a.api)).flatMap((a) => a.polyfill ?? []));
    expect([...POLYFILLED].filter((name) => !used.has(name))).toEqual([]);
  });
});
