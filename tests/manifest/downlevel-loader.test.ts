import * as path from 'path';
import * as vm from 'vm';
import { ROOT } from '../support/seeds';

/**
 * webpack.downlevel.js, the loader that brings dependencies' syntax down to the pane's target: a file
 * newer than the target comes out parseable at the target and does the same; any other file comes
 * out byte for byte as it went in (the build rewrites only what it must).
 */
// eslint-disable-next-line @typescript-eslint/no-require-imports
const acorn = require('acorn') as { parse(src: string, options: object): unknown };
// eslint-disable-next-line @typescript-eslint/no-require-imports
const downlevel = require(path.join(ROOT, 'webpack.downlevel.js')) as (this: object, source: string) => string;

const load = (source: string, resourcePath = '/x/node_modules/lib/index.mjs') => downlevel.call({ getOptions: () => ({ ecmaVersion: 2018 }), resourcePath }, source);
const run = (source: string) => vm.runInNewContext(source, {});

// What tabster, keyborg and pdf.js ship: static blocks, private methods, class fields, ?., ??, ??=, catch {}.
const MODERN = `
class Focus {
  static #count = 0;
  static instances;
  static { Focus.instances = []; }
  #name;
  label = 'x';
  constructor(name) { this.#name = name; Focus.#count++; Focus.instances.push(this); }
  #describe() { return this.#name + ':' + this.label; }
  static has(o) { return #name in o; }
  get description() { return this.#describe(); }
  static get count() { return Focus.#count; }
}
const a = new Focus('a');
let seen = null;
seen ??= a.missing?.deep ?? 'none';
let parsed;
try { JSON.parse('{'); } catch { parsed = 'failed'; }
[a.description, Focus.count, Focus.has(a), Focus.has({}), seen, parsed, Focus.instances.length].join('|');
`;

describe('the dependency down-levelling loader', () => {
  it('turns syntax newer than ES2018 into ES2018 that does the same', () => {
    expect(() => acorn.parse(MODERN, { ecmaVersion: 2018, sourceType: 'script' })).toThrow();
    const output = load(MODERN);
    expect(() => acorn.parse(output, { ecmaVersion: 2018, sourceType: 'script' })).not.toThrow();
    expect(run(output)).toBe(run(MODERN));
    expect(run(output)).toBe('a:x|1|true|false|none|failed|1');
  });

  it('keeps modules modules: imports, exports, import() and import.meta stay for webpack', () => {
    const output = load(`import { b } from './b.js';\nexport const c = b?.d;\nexport const w = () => import(/* webpackIgnore: true */ './w.js');\nexport const u = import.meta.url;\n`);
    expect(output).toMatch(/import \{ b \} from '\.\/b\.js'/);
    expect(output).toMatch(/import\(\/\* webpackIgnore: true \*\/ '\.\/w\.js'\)/);
    expect(output).toMatch(/import\.meta\.url/);
    // webpack replaces import() and import.meta; everything else is ES2018.
    const rest = output.replace(/import\(/g, 'load(').replace(/import\.meta/g, 'meta');
    expect(() => acorn.parse(rest, { ecmaVersion: 2018, sourceType: 'module' })).not.toThrow();
  });

  it('leaves CommonJS CommonJS', () => {
    const source = `'use strict';\nclass A { static { A.x = 1; } }\nmodule.exports = A?.x;\n`;
    const output = load(source, '/x/node_modules/lib/index.cjs');
    expect(output).not.toMatch(/^(?:export|import)\b/m);
    const context = { module: { exports: {} as unknown } };
    vm.runInNewContext(output, context);
    expect(context.module.exports).toBe(1);
  });

  it('leaves a file already within the target untouched, module or script', () => {
    for (const source of [`export const x = { ...y };\nasync function* g() { for await (const z of y) yield z; }\n`, `'use strict';\nmodule.exports = function () { return /(?<year>\\d{4})/u; };\n`]) {
      expect(load(source, '/x/node_modules/lib/index.js')).toBe(source);
    }
  });
});
