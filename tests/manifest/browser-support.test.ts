import * as fs from 'fs';
import * as path from 'path';
import { ensureWebBuild } from '../browser/harness';
import { ROOT } from '../support/seeds';

/**
 * The oldest browser the built pane runs in. WPS 表格 shows the pane in its own embedded Chromium,
 * which can be years old; the bundled libraries are not transpiled, so the build is only as old as
 * its newest syntax. Every script of dist/web is parsed and the syntax it uses is mapped to the
 * Chromium version that first parsed it; office-loader.js tells clerks below that version to update
 * WPS instead of leaving them a blank pane. A dependency that raises the floor fails this test.
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
  regex?: { pattern: string; flags: string };
  bigint?: string;
}

/** Syntax and the Chromium version that first parsed it. */
function chromiumFor(node: Node): [string, number] | null {
  switch (node.type) {
    case 'StaticBlock':
      return ['class static block', 94];
    case 'PrivateIdentifier':
      return ['#private class member', 84];
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
    case 'Literal':
      if (node.bigint) return ['BigInt literal', 67];
      if (node.regex?.flags.includes('v')) return ['regex /v', 112];
      if (node.regex?.flags.includes('d')) return ['regex /d', 90];
      return null;
    default:
      return null;
  }
}

const MIN_CHROMIUM = Number(/var MIN_CHROMIUM = (\d+);/.exec(fs.readFileSync(path.join(ROOT, 'src/taskpane/office-loader.js'), 'utf8'))![1]);

beforeAll(() => ensureWebBuild(), 300_000);

describe('the oldest Chromium the pane runs in', () => {
  it('no script of the build needs a newer Chromium than office-loader.js checks for', () => {
    const web = path.join(ROOT, 'dist/web');
    const needs: Record<string, { chromium: number; syntax: string }> = {};
    for (const file of fs.readdirSync(web).filter((f) => f.endsWith('.js'))) {
      const ast = acorn.parse(fs.readFileSync(path.join(web, file), 'utf8'), { ecmaVersion: 'latest', sourceType: 'script' });
      let most = { chromium: 0, syntax: '' };
      walk.full(ast, (node) => {
        const found = chromiumFor(node);
        if (found && found[1] > most.chromium) most = { chromium: found[1], syntax: found[0] };
      });
      needs[file.replace(/\.[0-9a-f]{8}\.js$/, '.js')] = most;
    }
    const floor = Math.max(...Object.values(needs).map((n) => n.chromium));
    expect(Object.entries(needs).filter(([, n]) => n.chromium > MIN_CHROMIUM)).toEqual([]);
    // The check is as strict as the build: a lower floor would be a wrong promise to the clerk.
    expect(floor).toBe(MIN_CHROMIUM);
    // The loader itself runs everywhere: plain ES5.
    expect(() => acorn.parse(fs.readFileSync(path.join(ROOT, 'src/taskpane/office-loader.js'), 'utf8'), { ecmaVersion: 5 })).not.toThrow();
  });
});
