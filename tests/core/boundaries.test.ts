import * as path from 'node:path';
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import ts from 'typescript';

/**
 * The core's boundaries are enforced by the build, and these tests prove the enforcement bites: an edge
 * import planted in a core file fails lint, and a DOM or Node global fails the core's own typecheck.
 */

const ROOT = path.join(__dirname, '../..');

/**
 * Lints planted files (never written to disk) with the project's ESLint configuration, all in one Node
 * process: ESLint loads its .mjs configuration by a dynamic import, which jest's module system cannot do.
 */
function lintCore(cases: { code: string; file: string }[]): string[][] {
  const script = `
    const { ESLint } = require('eslint');
    const cases = JSON.parse(process.argv[1]);
    (async () => {
      const eslint = new ESLint({ cwd: process.cwd() });
      const out = [];
      for (const c of cases) {
        const [result] = await eslint.lintText(c.code, { filePath: require('path').join(process.cwd(), c.file) });
        out.push(result.messages.filter((m) => m.ruleId === 'no-restricted-imports').map((m) => m.message));
      }
      process.stdout.write(JSON.stringify(out));
    })().catch((e) => { console.error(e); process.exit(1); });`;
  const run = spawnSync(process.execPath, ['-e', script, JSON.stringify(cases)], { cwd: ROOT, encoding: 'utf8' });
  if (run.status !== 0) throw new Error(run.stderr);
  return JSON.parse(run.stdout) as string[][];
}

const EDGE_IMPORTS: [code: string, file: string][] = [
  ["import { readReport } from '../../excel';", 'src/core/format/planted.ts'],
  ["import { readReport } from '../excel/read';", 'src/core/planted.ts'],
  ["import { renderPlan } from '../../xlsx/write';", 'src/core/layout/planted.ts'],
  ["import { renderPlan } from '../../../src/xlsx';", 'src/core/layout/plan/planted.ts'],
  ["import { run } from '../../cli/main';", 'src/core/rules/planted.ts'],
  ["import { App } from '../../taskpane/App';", 'src/core/report/planted.ts'],
  ["import { reportDocx } from '../../docx/write';", 'src/core/report/planted.ts'],
  ["import * as fs from 'node:fs';", 'src/core/planted.ts'],
  ["import * as fs from 'fs';", 'src/core/planted.ts'],
  ["import React from 'react';", 'src/core/planted.ts'],
  ["import ExcelJS from 'exceljs';", 'src/core/planted.ts'],
  ["import '@microsoft/office-js';", 'src/core/planted.ts'],
  ["import { Button } from '@fluentui/react-components';", 'src/core/planted.ts'],
];

describe('lint keeps edges out of the core', () => {
  it('fails every edge import planted in a core file, and lets the core import itself', () => {
    const own = { code: "import { getFormat } from '../format';\nimport { cellAddress } from '../layout/a1';\nexport const planted = [getFormat, cellAddress];\n", file: 'src/core/rules/planted.ts' };
    const results = lintCore([...EDGE_IMPORTS.map(([code, file]) => ({ code: `${code}\nexport const planted = 1;\n`, file })), own]);
    const failing = EDGE_IMPORTS.map(([code, file], i) => ({ code, file, errors: results[i].length }));
    expect(failing.filter((f) => f.errors !== 1)).toEqual([]);
    expect(results[EDGE_IMPORTS.length]).toEqual([]);
  }, 120000);
});

describe("the core's own typecheck has no DOM, Node or Office.js", () => {
  function coreErrors(code: string): string[] {
    const configFile = path.join(ROOT, 'tsconfig.core.json');
    const parsed = ts.parseJsonConfigFileContent(ts.readConfigFile(configFile, ts.sys.readFile).config, ts.sys, ROOT);
    const planted = path.join(ROOT, 'src/core/planted.ts');
    const host = ts.createCompilerHost(parsed.options);
    const getSourceFile = host.getSourceFile.bind(host);
    host.getSourceFile = (name, version) => (path.resolve(name) === planted ? ts.createSourceFile(name, code, version) : getSourceFile(name, version));
    host.fileExists = ((exists) => (name: string) => path.resolve(name) === planted || exists(name))(host.fileExists.bind(host));
    const program = ts.createProgram([planted, path.join(ROOT, 'types/core-host.d.ts')], parsed.options, host);
    return ts.getPreEmitDiagnostics(program).map((d) => ts.flattenDiagnosticMessageText(d.messageText, '\n'));
  }

  it.each([
    ['document.title', 'document'],
    ['window.location.href', 'window'],
    ["process.env['HOME']", 'process'],
    ["Buffer.from('a')", 'Buffer'],
    ["Office.onReady()", 'Office'],
    ["Excel.run(async () => undefined)", 'Excel'],
  ])('%s does not compile', (expression, name) => {
    expect(coreErrors(`export const planted = ${expression};\n`).join('\n')).toContain(`'${name}'`);
  }, 60000);

  it('what every host has does (TextDecoder, ES2022)', () => {
    expect(coreErrors("export const planted = [new TextDecoder('utf-8').decode(new Uint8Array([65])), [1].at(-1), Object.hasOwn({}, 'a')];\n")).toEqual([]);
  }, 60000);
});

describe('the core has no import circles', () => {
  it('no module of src/core reaches itself through its imports (type-only imports included)', () => {
    const core = path.join(ROOT, 'src/core');
    const files = new Map<string, string>();
    const walk = (dir: string): void => {
      for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
        const full = path.join(dir, entry.name);
        if (entry.isDirectory()) walk(full);
        else if (entry.name.endsWith('.ts')) files.set(full, fs.readFileSync(full, 'utf8'));
      }
    };
    walk(core);
    const resolve = (from: string, spec: string) =>
      [`${path.resolve(path.dirname(from), spec)}.ts`, path.join(path.resolve(path.dirname(from), spec), 'index.ts')].find((f) => files.has(f));
    const edges = new Map([...files].map(([file, text]) => [file, [...text.matchAll(/(?:import|export)[^;]*?from '(\.[^']*)'/g)].map((m) => resolve(file, m[1])).filter((f): f is string => !!f)]));
    // Depth-first search for a back edge; the circle is reported as the files on it.
    const state = new Map<string, 'open' | 'done'>();
    const circles: string[][] = [];
    const stack: string[] = [];
    const visit = (file: string): void => {
      state.set(file, 'open');
      stack.push(file);
      for (const next of edges.get(file) ?? []) {
        if (state.get(next) === 'open') circles.push(stack.slice(stack.indexOf(next)).map((f) => path.relative(core, f)));
        else if (!state.has(next)) visit(next);
      }
      stack.pop();
      state.set(file, 'done');
    };
    for (const file of files.keys()) if (!state.has(file)) visit(file);
    expect(circles).toEqual([]);
  });
});
