import * as fs from 'node:fs';
import * as path from 'node:path';
import { UsageError } from './errors';
import { MESSAGES } from './messages';

export interface OutputCheck {
  /** --force was given: an existing file may be replaced. */
  force?: boolean;
  /** The command has no --force (validate --report): an existing file is refused with another hint. */
  noForceOption?: boolean;
  /** Files the command reads, which the output must not be (through a link, or another spelling). */
  inputs?: string[];
}

/**
 * Checks an output file before any work is done, so that every command refuses the same things
 * with exit 2 and the path: a folder that does not exist or cannot be written, a dangling symbolic
 * link (writing would create a file wherever it points), an existing file without --force, and an
 * input file under another name (a symbolic or hard link, or another case on a case-insensitive disk).
 */
export function checkOutputFile(output: string, options: OutputCheck = {}): void {
  let link: fs.Stats | null = null;
  try {
    link = fs.lstatSync(output);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw new UsageError(`无法写入“${output}”（${(error as NodeJS.ErrnoException).code}）。`);
  }
  if (link?.isSymbolicLink() && !fs.existsSync(output)) {
    throw new UsageError(`输出文件“${output}”是一个符号链接，指向不存在的“${fs.readlinkSync(output)}”：写入会在别处新建文件，已拒绝。请换一个文件名。`);
  }
  if (link) {
    const target = fs.statSync(output);
    if (target.isDirectory()) throw new UsageError(`输出文件“${output}”是一个文件夹。请给出文件名，例如 ${path.join(output, '年报.xlsx')}。`);
    for (const input of options.inputs ?? []) {
      if (sameFile(input, output)) {
        const how = path.resolve(input) === path.resolve(output) ? '' : `“${input}”（同一个文件的链接或另一种写法）`;
        throw new UsageError(`输出文件“${output}”就是输入文件${how}：写入会改动输入文件，已拒绝。请换一个输出文件名。`);
      }
    }
    if (!options.force) {
      throw new UsageError(options.noForceOption ? `文件“${output}”已存在。为避免覆盖，请换一个文件名。` : MESSAGES.outputExists(output));
    }
  }
  checkFolder(output);
}

/** The folder an output goes into exists, is a folder, and can be written. */
export function checkFolder(output: string): void {
  const folder = path.dirname(path.resolve(output));
  let stat: fs.Stats;
  try {
    stat = fs.statSync(folder);
  } catch {
    throw new UsageError(`无法写入“${output}”：所在文件夹“${folder}”不存在。请先建好文件夹，或换一个位置。`);
  }
  if (!stat.isDirectory()) throw new UsageError(`无法写入“${output}”：“${folder}”不是文件夹。`);
  try {
    fs.accessSync(folder, fs.constants.W_OK);
  } catch {
    throw new UsageError(`无法写入“${output}”：没有权限在文件夹“${folder}”中写文件。`);
  }
}

/** The same file on disk: the same device and inode, whatever the names, links or letter case. */
export function sameFile(a: string, b: string): boolean {
  try {
    const [x, y] = [fs.statSync(a), fs.statSync(b)];
    if (x.dev === y.dev && x.ino === y.ino && x.ino !== 0) return true;
    return fs.realpathSync.native(a) === fs.realpathSync.native(b);
  } catch {
    return false;
  }
}
