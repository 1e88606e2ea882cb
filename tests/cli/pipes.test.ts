import { execFileSync, spawn } from 'child_process';
import * as fs from 'fs';
import * as path from 'path';
import { loadSeeds, ROOT, SEEDS_DIR, tempDir } from '../support/seeds';
import { nianbao } from '../support/cli';

/**
 * `nianbao validate *.xlsx | head -2`: the reader closes the pipe early. The compiled command, run
 * as a child process whose standard output is closed before it writes, ends quietly with 141
 * (128 + SIGPIPE, as Unix tools do), never with a stack trace or 1 ("errors found").
 */
const out = tempDir('cli-pipes');

function runWithClosedOutput(args: string[]): Promise<{ code: number | null; stderr: string }> {
  return new Promise((resolve) => {
    const child = spawn('node', [path.join(ROOT, 'bin/nianbao.js'), ...args], { stdio: ['ignore', 'pipe', 'pipe'] });
    child.stdout.destroy(); // the reader is gone before the first line
    let stderr = '';
    child.stderr.on('data', (d) => (stderr += d));
    child.on('close', (code) => resolve({ code, stderr }));
  });
}

describe('a closed standard output', () => {
  beforeAll(async () => {
    execFileSync('npm', ['run', 'build:cli'], { cwd: ROOT, stdio: 'pipe' });
    for (let i = 0; i < 3; i++) expect((await nianbao('init', '--year', '2024', '-o', path.join(out, `book${i}.xlsx`))).code).toBe(0);
  });

  it('ends validate over several workbooks quietly with 141', async () => {
    const books = fs.readdirSync(out).filter((f) => f.endsWith('.xlsx')).map((f) => path.join(out, f));
    const result = await runWithClosedOutput(['validate', ...books]);
    expect(result.stderr).not.toMatch(/EPIPE|Error|\n\s+at /);
    expect(result.code).toBe(141);
  });

  it('ends check on a report quietly with 141', async () => {
    const seed = loadSeeds()[0];
    const result = await runWithClosedOutput(['check', path.join(SEEDS_DIR, seed.file)]);
    expect(result.stderr).not.toMatch(/EPIPE|Error|\n\s+at /);
    expect(result.code).toBe(141);
  });
});
