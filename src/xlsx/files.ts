import * as fs from 'node:fs';
import * as path from 'node:path';
import { LIMITS, limitMessage, LimitExceededError, type LimitKey } from '../core/limits';
import { XlsxInputError } from './read';

/**
 * Files on disk, read within a size limit and written so that a failed write loses nothing: the
 * Node side shared by the .xlsx edge and the CLI. Every problem becomes an XlsxInputError whose
 * Chinese message names the file (exit 2), never a stack trace.
 */

type FileLimit = Extract<LimitKey, 'workbookFileBytes' | 'reportFileBytes' | 'textFileBytes' | 'pdfFileBytes' | 'dataFileBytes'>;

/**
 * Reads a whole file, refusing one over `limit` before reading it: a regular file by its size, a
 * device or pipe (/dev/zero, a FIFO) by stopping one byte past the limit.
 */
export function readFileWithin(file: string, limit: FileLimit): Buffer {
  let fd: number;
  try {
    fd = fs.openSync(file, 'r');
  } catch (error) {
    throw new XlsxInputError(fileProblem(file, error, '读取'), file);
  }
  try {
    const stat = fs.fstatSync(fd);
    if (stat.isDirectory()) throw new XlsxInputError(`“${file}”是一个文件夹，不是文件。`, file);
    const max = LIMITS[limit].value;
    if (stat.isFile()) {
      if (stat.size > max) throw new XlsxInputError(`“${file}”${limitMessage(limit, stat.size)}`, file);
      return fs.readFileSync(fd);
    }
    const chunks: Buffer[] = [];
    let total = 0;
    const chunk = Buffer.alloc(1024 * 1024);
    for (;;) {
      const n = fs.readSync(fd, chunk, 0, chunk.length, null);
      if (n === 0) break;
      total += n;
      if (total > max) throw new XlsxInputError(`“${file}”${limitMessage(limit)}`, file);
      chunks.push(Buffer.from(chunk.subarray(0, n)));
    }
    return Buffer.concat(chunks);
  } catch (error) {
    if (error instanceof XlsxInputError) throw error;
    throw new XlsxInputError(fileProblem(file, error, '读取'), file);
  } finally {
    fs.closeSync(fd);
  }
}

/** A LimitExceededError from reading a package, as an XlsxInputError naming the file. */
export function limitError(file: string, error: LimitExceededError): XlsxInputError {
  return new XlsxInputError(`“${file}”${error.message}`, file);
}

/**
 * Writes a file whole or not at all: into a temporary file beside it, then renamed over it. A full
 * disk or a killed process leaves the previous file as it was. A symbolic link is written through to
 * the file it points at (the link stays a link).
 */
export function writeFileAtomically(file: string, content: Uint8Array | string): void {
  let target = file;
  try {
    target = fs.realpathSync(file);
  } catch {
    // Not there yet: written where it is named.
  }
  const temporary = path.join(path.dirname(target), `.${path.basename(target)}.${process.pid}.${Date.now().toString(36)}.tmp`);
  try {
    fs.writeFileSync(temporary, content, { flag: 'wx' });
    fs.renameSync(temporary, target);
  } catch (error) {
    try {
      fs.rmSync(temporary, { force: true });
    } catch {
      // Nothing was created, or it cannot be removed either: the message below says what failed.
    }
    throw new XlsxInputError(fileProblem(file, error, '写入'), file);
  }
}

/** A Chinese message for the file-system errors a clerk can do something about. */
export function fileProblem(file: string, error: unknown, verb: '读取' | '写入'): string {
  const code = (error as NodeJS.ErrnoException).code;
  const folder = path.dirname(path.resolve(file));
  switch (code) {
    case 'ENOENT':
      return verb === '读取' ? `找不到文件“${file}”。` : `无法写入“${file}”：所在文件夹“${folder}”不存在。`;
    case 'ENOTDIR':
      return verb === '读取' ? `找不到文件“${file}”：路径中有一段不是文件夹。` : `无法写入“${file}”：路径中有一段不是文件夹。`;
    case 'EISDIR':
      return `“${file}”是一个文件夹，不是文件。`;
    case 'EACCES':
    case 'EPERM':
      return verb === '读取' ? `没有权限读取“${file}”。` : `无法写入“${file}”：没有权限在文件夹“${folder}”中写文件（文件夹只读，或文件被锁定）。`;
    case 'EROFS':
      return `无法写入“${file}”：所在的磁盘或文件夹是只读的。`;
    case 'ENOSPC':
    case 'EDQUOT':
      return `无法写入“${file}”：磁盘空间不足（原有文件未改动）。`;
    case 'EBUSY':
      return `无法${verb}“${file}”：文件正被其他程序占用（是否在 Excel/WPS 中打开着？请先关闭）。`;
    case 'ENAMETOOLONG':
      return `无法${verb}“${file}”：文件名或路径太长。`;
    default:
      return `无法${verb}文件“${file}”（${code ?? (error as Error)?.message ?? '未知错误'}）。`;
  }
}
