import * as fs from 'fs';
import * as path from 'path';
import { loadSeeds, SEEDS_DIR, tempDir } from '../support/seeds';
import { nianbao } from '../support/cli';

/**
 * Every write of every command: a missing or unwritable place is exit 2 naming the path, an output
 * that is an input under another name is refused, a dangling link is refused, and nothing a clerk
 * made is replaced without --force.
 */
const out = tempDir('cli-outputs');
const missing = path.join(out, 'no-such-folder');
const seedFile = () => path.join(SEEDS_DIR, loadSeeds()[0].file);

/** A folder this process cannot write into: a read-only folder, or for root (who may write anywhere) /sys. */
function unwritableFolder(): string {
  if (process.getuid?.() === 0) return '/sys';
  const dir = path.join(out, 'read-only');
  fs.mkdirSync(dir, { recursive: true });
  fs.chmodSync(dir, 0o555);
  return dir;
}

describe('where commands write', () => {
  let book: string;
  beforeAll(async () => {
    book = path.join(out, 'book.xlsx');
    expect((await nianbao('init', '--year', '2024', '-o', book)).code).toBe(0);
  });

  it('refuses an output in a missing folder with exit 2 and the folder, for every command that writes', async () => {
    const cases: [string, string[]][] = [
      ['validate --report', ['validate', book, '--report', path.join(missing, 'r.md')]],
      ['init', ['init', '-o', path.join(missing, 'x.xlsx')]],
      ['init --into', ['init', '--into', book, '-o', path.join(missing, 'x.xlsx')]],
      ['import', ['import', seedFile(), '-o', path.join(missing, 'x.xlsx')]],
      ['generate', ['generate', book, '--allow-errors', '-o', path.join(missing, 'r.docx')]],
    ];
    for (const [name, argv] of cases) {
      const result = await nianbao(...argv);
      expect({ name, code: result.code }).toEqual({ name, code: 2 });
      expect({ name, stderr: result.stderr }).toEqual({ name, stderr: expect.stringContaining(`所在文件夹“${missing}”不存在`) });
      expect(result.stderr).not.toContain('意外错误');
    }
    expect(fs.existsSync(missing)).toBe(false);
  });

  it('refuses an output whose folder cannot be written with exit 2 and the path', async () => {
    const folder = unwritableFolder();
    for (const argv of [
      ['validate', book, '--report', path.join(folder, 'nianbao-r.md')],
      ['init', '-o', path.join(folder, 'nianbao-x.xlsx')],
      ['generate', book, '--allow-errors', '-o', path.join(folder, 'nianbao-r.md')],
    ]) {
      const result = await nianbao(...argv);
      expect({ argv, code: result.code }).toEqual({ argv, code: 2 });
      expect(result.stderr).toContain(folder);
      expect(result.stderr).toMatch(/没有权限|只读/);
    }
  });

  it('refuses a demo folder that is a file, with exit 2', async () => {
    const file = path.join(out, 'plain-file');
    fs.writeFileSync(file, 'x');
    const result = await nianbao('demo', '-o', path.join(file, 'demo'));
    expect(result).toMatchObject({ code: 2, stderr: expect.stringContaining(path.join(file, 'demo')) });
  });
});

describe('outputs that are inputs under another name', () => {
  it('refuses --into through a symbolic link or a hard link to the source, even with --force', async () => {
    const source = path.join(out, 'ledger.xlsx');
    expect((await nianbao('init', '--year', '2024', '-o', source, '--force')).code).toBe(0);
    const before = fs.readFileSync(source);
    const symlink = path.join(out, 'symlink.xlsx');
    const hardlink = path.join(out, 'hardlink.xlsx');
    fs.rmSync(symlink, { force: true });
    fs.rmSync(hardlink, { force: true });
    fs.symlinkSync(source, symlink);
    fs.linkSync(source, hardlink);
    for (const link of [symlink, hardlink]) {
      const result = await nianbao('init', '--into', source, '--year', '2025', '-o', link, '--force');
      expect(result).toMatchObject({ code: 2, stderr: expect.stringContaining(`就是输入文件“${source}”`) });
    }
    expect(fs.readFileSync(source)).toEqual(before);
  });

  it('refuses a dangling symbolic link as output, creating nothing where it points', async () => {
    const target = path.join(out, 'elsewhere', 'created.xlsx');
    const link = path.join(out, 'dangling.xlsx');
    fs.rmSync(link, { force: true });
    fs.symlinkSync(target, link);
    for (const argv of [
      ['init', '-o', link],
      ['init', '-o', link, '--force'],
    ]) {
      const result = await nianbao(...argv);
      expect(result).toMatchObject({ code: 2, stderr: expect.stringContaining('指向不存在的') });
    }
    fs.mkdirSync(path.dirname(target), { recursive: true });
    expect((await nianbao('import', seedFile(), '-o', link, '--force')).code).toBe(2);
    expect(fs.existsSync(target)).toBe(false);
  });

  it('does not replace the demo files a clerk edited, unless told to', async () => {
    const dir = path.join(out, 'demo');
    expect((await nianbao('demo', '-o', dir)).code).toBe(0);
    const edited = fs.readdirSync(dir).find((f) => f.endsWith('.md'))!;
    fs.writeFileSync(path.join(dir, edited), '我改过的报告');
    const again = await nianbao('demo', '-o', dir);
    expect(again).toMatchObject({ code: 2, stderr: expect.stringContaining('--force') });
    expect(again.stderr).toContain(edited);
    expect(fs.readFileSync(path.join(dir, edited), 'utf8')).toBe('我改过的报告');
    expect((await nianbao('demo', '-o', dir, '--force')).code).toBe(0);
    expect(fs.readFileSync(path.join(dir, edited), 'utf8')).not.toBe('我改过的报告');
  });
});
