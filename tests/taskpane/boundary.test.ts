import { spawnSync } from 'child_process';
import * as path from 'path';
import { ROOT } from '../support/seeds';

/** Lints `source` as if it were the file `as`, with the project's own ESLint config. */
function lint(source: string, as: string) {
  const eslint = path.join(ROOT, 'node_modules/.bin/eslint');
  return spawnSync(eslint, ['--stdin', '--stdin-filename', as], { cwd: ROOT, input: source, encoding: 'utf8' });
}

// ESLint loads typescript-eslint in a child process: seconds, more on a busy machine.
jest.setTimeout(180_000);

describe('the task pane reaches the spreadsheet only through the port', () => {
  test('an import of src/excel in a hook fails lint, whichever way it is spelled', () => {
    const planted = ["import { readReport } from '../../excel';", "import { toAdapterError } from '../../excel/errors';", 'export const both = [readReport, toAdapterError];'].join('\n');
    const result = lint(planted, 'src/taskpane/hooks/usePlanted.ts');
    expect(result.status).toBe(1);
    expect(result.stdout.match(/no-restricted-imports/g)).toHaveLength(2);
  });

  test('the Excel global in the pane fails lint', () => {
    const result = lint('export const run = () => Excel.run(async () => undefined);', 'src/taskpane/components/Planted.tsx');
    expect(result.status).toBe(1);
    expect(result.stdout).toMatch(/no-restricted-globals/);
  });

  test('index.tsx, where the port is wired, may import the Excel implementation', () => {
    const result = lint("import { excelSpreadsheet } from '../excel/spreadsheet';\nexport const port = excelSpreadsheet;\n", 'src/taskpane/index.tsx');
    expect(result.stdout).toBe('');
    expect(result.status).toBe(0);
  });
});
