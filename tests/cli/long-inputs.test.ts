import * as fs from 'fs';
import * as path from 'path';
import { loadSeeds, SEEDS_DIR, tempDir } from '../support/seeds';
import { nianbao } from '../support/cli';

/**
 * Long inputs within the limits: the work grows with the input, not faster (timings in
 * `npm run bench`), and what is printed stays readable.
 */
const out = tempDir('cli-long');

describe('long inputs', () => {
  it('answers an unknown --data key of 200 KB at once, without echoing it whole or guessing', async () => {
    const key = 'applications.newReceived.' + 'x'.repeat(200_000);
    const data = path.join(out, 'long-key.json');
    fs.writeFileSync(data, JSON.stringify({ cells: { [key]: 1 } }));
    const result = await nianbao('init', '--data', data, '-o', path.join(out, 'x.xlsx'));
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('applications.newReceived.xxxx');
    expect(result.stderr).toContain('（共 200,025 个字符）');
    expect(result.stderr.length).toBeLessThan(500);
    expect(result.stderr).not.toContain('是否应为');
  });

  it('lists each kind of finding up to a count on a long text, and says how many more there are', async () => {
    const text = loadSeeds().map((s) => fs.readFileSync(path.join(SEEDS_DIR, s.file), 'utf8')).join('\n');
    const file = path.join(out, 'repeated.txt');
    fs.writeFileSync(file, text.repeat(8));
    const result = await nianbao('check', file);
    const e2 = result.stdout.split('\n').filter((l) => /\] E-2 /.test(l));
    expect(e2).toHaveLength(20);
    expect(result.stdout).toMatch(/\[警告\] E-2：另有 [\d,]+ 处同类问题未逐条列出（共 [\d,]+ 处；加 --json 查看全部）/);
    const json = JSON.parse((await nianbao('check', file, '--json')).stdout);
    expect(json.files[0].findings.filter((f: { rule: string }) => f.rule === 'E-2').length).toBeGreaterThan(20);
  });
});
