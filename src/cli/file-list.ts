import * as fs from 'node:fs';
import * as path from 'node:path';
import { decodeTextBytes } from '../core';
import { UsageError } from './errors';

/** What the batch commands read: workbooks and published reports in every form the importer takes. */
export const WORKBOOK_EXTENSIONS = ['.xlsx', '.xlsm'];
export const REPORT_EXTENSIONS = ['.pdf', '.docx', '.html', '.htm', '.md', '.txt'];

/**
 * The files named by arguments and a list file (`--from list.txt`, one path a line, `#` comments;
 * relative paths from the list's folder). A folder stands for the files in it and its subfolders with
 * one of `extensions`, in name order; a file named directly is kept whatever its extension, so its own
 * reader can say what is wrong with it.
 */
export function expandInputs(args: string[], from: string | undefined, extensions: string[]): string[] {
  const named = [...args];
  if (from !== undefined) named.push(...readList(from));
  const files: string[] = [];
  for (const item of named) {
    let stat: fs.Stats | null = null;
    try {
      stat = fs.statSync(item);
    } catch {
      stat = null;
    }
    if (stat?.isDirectory()) {
      const found = walk(item, extensions);
      if (found.length === 0) throw new UsageError(`文件夹“${item}”中没有可读取的文件（${extensions.join('、')}）。`);
      files.push(...found);
    } else files.push(item);
  }
  return files;
}

function readList(from: string): string[] {
  let bytes: Buffer;
  try {
    bytes = fs.readFileSync(from);
  } catch (error) {
    throw new UsageError(`无法读取文件列表“${from}”（${(error as NodeJS.ErrnoException).code ?? '读取失败'}）。`);
  }
  const base = path.dirname(from);
  const lines = decodeTextBytes(bytes)
    .split(/\r?\n/)
    .map((l) => l.trim())
    .filter((l) => l && !l.startsWith('#'));
  if (lines.length === 0) throw new UsageError(`文件列表“${from}”是空的：请每行写一个文件或文件夹的路径。`);
  return lines.map((l) => (path.isAbsolute(l) ? l : path.join(base, l)));
}

function walk(folder: string, extensions: string[]): string[] {
  const out: string[] = [];
  const entries = fs.readdirSync(folder, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  for (const entry of entries) {
    if (entry.name.startsWith('.') || entry.name.startsWith('~$')) continue; // hidden files, Office lock files
    const full = path.join(folder, entry.name);
    if (entry.isDirectory()) out.push(...walk(full, extensions));
    else if (extensions.includes(path.extname(entry.name).toLowerCase())) out.push(full);
  }
  return out;
}

export function isWorkbookFile(file: string): boolean {
  return WORKBOOK_EXTENSIONS.includes(path.extname(file).toLowerCase());
}
