import { DEFAULT_FORMAT, formatForYear, FORMAT_VERSIONS, getFormat, INPUT_FIELD_BY_KEY, inputsFromJson, isFormatVersion, type CellData, type FormatVersion, type NarrativeInputs } from '../core';
import { readFileWithin, XlsxInputError } from '../xlsx';
import { UsageError } from './errors';

export interface DataFile {
  format: FormatVersion;
  year?: number | null;
  agency?: string | null;
  cells: CellData;
  /** The structured inputs for the narrative (正文素材), as `export --json` writes them. */
  inputs?: NarrativeInputs;
}

/** What the command line already says, which the file must agree with or fills in. */
export interface DataFileContext {
  format?: FormatVersion;
  year?: number;
}

/**
 * Reads and checks an `init --data` file, naming the file and the key of anything wrong. The
 * format is --format, else the file's "format", else 2019 for a report year before 2021, else 2021.
 */
export async function readDataFile(file: string, context: DataFileContext = {}): Promise<DataFile> {
  let text: string;
  try {
    text = readFileWithin(file, 'dataFileBytes').toString('utf8').replace(/^\uFEFF/, '');
  } catch (error) {
    if (!(error instanceof XlsxInputError)) throw error;
    throw new UsageError(`数据文件：${error.message}`);
  }
  const json = parseJson(file, text);
  if (!json || typeof json !== 'object' || Array.isArray(json)) throw new UsageError(`数据文件“${file}”应为 JSON 对象，形如 { "cells": { "<单元格编号>": 数值 } }。`);
  const data = json as Record<string, unknown>;

  const stated = data.format ?? null;
  if (stated !== null && !isFormatVersion(String(stated))) throw new UsageError(`数据文件“${file}”中 "format" 为“${String(stated)}”，只能是 "2021" 或 "2019"。`);
  if (stated !== null && context.format && String(stated) !== context.format) {
    throw new UsageError(`--format ${context.format} 与数据文件“${file}”中的 "format": "${String(stated)}" 不一致。`);
  }
  const year = data.year ?? null;
  if (year !== null && !(typeof year === 'number' && Number.isInteger(year) && year >= 2008 && year <= 2100)) {
    throw new UsageError(`数据文件“${file}”中 "year" 为“${JSON.stringify(year)}”，应为四位数年份（数字，如 2024）。`);
  }
  const agency = data.agency ?? null;
  if (agency !== null && typeof agency !== 'string') throw new UsageError(`数据文件“${file}”中 "agency" 应为文字（机关名称）。`);
  const reportYear = context.year ?? (year as number | null) ?? undefined;
  const format: FormatVersion = context.format ?? ((stated as FormatVersion | null) ?? (reportYear !== undefined ? formatForYear(reportYear) : DEFAULT_FORMAT));

  const cells = data.cells;
  if (!cells || typeof cells !== 'object' || Array.isArray(cells)) throw new UsageError(`数据文件“${file}”缺少 "cells" 对象，形如 { "cells": { "<单元格编号>": 数值 } }。`);
  const schema = getFormat(format);
  const result: CellData = {};
  for (const [id, value] of Object.entries(cells as Record<string, unknown>)) {
    if (!schema.cellById.has(id)) throw new UsageError(unknownCellMessage(file, id, format));
    if (value !== null && typeof value !== 'number' && typeof value !== 'string') {
      throw new UsageError(`数据文件“${file}”中“${shortened(id)}”的值 ${shortened(JSON.stringify(value))} 不可用：应为数字、文字或 null。`);
    }
    if (typeof value === 'number' && !Number.isFinite(value)) throw new UsageError(`数据文件“${file}”中“${shortened(id)}”的值不是有限数字。`);
    result[id] = value;
  }
  return { format, year: year as number | null, agency: agency as string | null, cells: result, ...readInputs(file, data.inputs) };
}

/** The optional "inputs" object: unknown keys and values that do not fit their field are usage errors. */
function readInputs(file: string, raw: unknown): { inputs?: NarrativeInputs } {
  if (raw === undefined || raw === null) return {};
  if (typeof raw !== 'object' || Array.isArray(raw)) throw new UsageError(`数据文件“${file}”中 "inputs" 应为对象，形如 { "active": { "website": 4512 }, "platforms": "……" }。`);
  const { inputs, diagnostics, unknownKeys } = inputsFromJson(raw);
  if (unknownKeys.length) {
    throw new UsageError(`数据文件“${file}”的 "inputs" 中有不认识的键“${unknownKeys.slice(0, 5).map(shortened).join('”“')}”${unknownKeys.length > 5 ? ` 等 ${unknownKeys.length} 个` : ''}。可用的键：${[...INPUT_FIELD_BY_KEY.keys()].join('、')}（见 docs/data-format.md）。`);
  }
  if (diagnostics.length) throw new UsageError(`数据文件“${file}”的 "inputs" 中“${shortened(diagnostics[0].key)}”：${diagnostics[0].message.replace(/，?已忽略。$/, '。')}`);
  return { inputs };
}

function parseJson(file: string, text: string): unknown {
  if (!text.trim()) throw new UsageError(`数据文件“${file}”是空的。`);
  try {
    return JSON.parse(text);
  } catch (error) {
    const message = String((error as Error).message);
    const position = errorPosition(message, text);
    const { line, column } = lineAndColumn(text, position);
    throw new UsageError(`数据文件“${file}”不是有效的 JSON：第 ${line} 行第 ${column} 列附近${jsonProblem(message)}。（解析器信息：${message}）`);
  }
}

/** V8 names a position for most errors; for an unexpected token without one, find the token. */
function errorPosition(message: string, text: string): number {
  const at = /at position (\d+)/.exec(message);
  if (at) return Number(at[1]);
  if (/Unexpected end/.test(message)) return text.trimEnd().length;
  const token = /Unexpected token '(.)'/u.exec(message);
  return token ? Math.max(0, text.indexOf(token[1])) : 0;
}

function lineAndColumn(text: string, position: number): { line: number; column: number } {
  const before = text.slice(0, position).split('\n');
  return { line: before.length, column: before[before.length - 1].length + 1 };
}

function jsonProblem(message: string): string {
  if (/double-quoted property name/.test(message)) return '应为带英文双引号的键名（最后一项后面是否多了逗号？）';
  if (/Expected ',' or '}'/.test(message)) return '缺少逗号或 }';
  if (/Expected ',' or ']'/.test(message)) return '缺少逗号或 ]';
  if (/Unexpected end/.test(message)) return '文件提前结束（缺少 } 或 ]？）';
  if (/Unexpected token '[“”‘’]'/u.test(message)) return '用了中文引号，JSON 只能用英文双引号 "';
  if (/Unexpected token '[，：]'/u.test(message)) return '用了中文标点，JSON 的逗号、冒号应为英文半角';
  return '有语法错误';
}

/** Names the key, and says what it probably should be: the other format's ID, or a close spelling. */
function unknownCellMessage(file: string, id: string, format: FormatVersion): string {
  const base = `数据文件“${file}”中的单元格编号“${shortened(id)}”不属于 ${format} 版格式`;
  const other = FORMAT_VERSIONS.find((v) => v !== format && getFormat(v).cellById.has(id));
  if (other) return `${base}：它是 ${other} 版的编号。请在数据文件中写 "format": "${other}"，或用 --format ${other}。`;
  const suggestion = closestId(id, [...getFormat(format).cellById.keys()]);
  return `${base}${suggestion ? `，是否应为“${suggestion}”？` : '。'}（编号列表见 docs/cell-ids.md）`;
}

/**
 * The cell ID a near miss meant: a typo, a wrong case, a missing letter or two. The work is bounded
 * whatever the key: a key far longer than any ID gets no suggestion, and each distance is computed
 * only within the distance that would still be suggested.
 */
function closestId(id: string, ids: string[]): string | null {
  const allowed = Math.max(2, Math.floor(id.length / 8));
  if (id.length > 120) return null; // the longest cell ID has 55 characters
  let best: string | null = null;
  let bestDistance = allowed + 1;
  for (const candidate of ids) {
    const d = boundedEditDistance(id.toLowerCase(), candidate.toLowerCase(), bestDistance - 1);
    if (d < bestDistance) [best, bestDistance] = [candidate, d];
  }
  return best;
}

/** Levenshtein distance when it is at most `max`, else max + 1 (rows stop once every entry exceeds it). */
function boundedEditDistance(a: string, b: string, max: number): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    let rowMin = i;
    for (let j = 1; j <= b.length; j++) {
      current[j] = Math.min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
      rowMin = Math.min(rowMin, current[j]);
    }
    if (rowMin > max) return max + 1;
    previous = current;
  }
  return Math.min(previous[b.length], max + 1);
}

/** A key or value as quoted back in a message: the first 60 characters of a long one, and its length. */
function shortened(text: string): string {
  return text.length <= 60 ? text : `${text.slice(0, 60)}…（共 ${text.length.toLocaleString('en-US')} 个字符）`;
}
