import { promises as fs } from 'node:fs';
import { getFormat, isFormatVersion, type CellData, type FormatVersion } from '../core';
import { UsageError } from './errors';

export interface DataFile {
  format?: FormatVersion;
  year?: number | null;
  agency?: string | null;
  cells: CellData;
}

/** Reads and checks an `init --data` file, naming the file and the key of anything wrong. */
export async function readDataFile(file: string, fallbackFormat: FormatVersion | undefined): Promise<DataFile> {
  let text: string;
  try {
    text = await fs.readFile(file, 'utf8');
  } catch {
    throw new UsageError(`找不到或无法读取数据文件“${file}”。`);
  }
  let json: unknown;
  try {
    json = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (error) {
    const where = /position (\d+)/.exec(String((error as Error).message));
    const at = where ? `（第 ${lineOf(text, Number(where[1]))} 行附近）` : '';
    throw new UsageError(`数据文件“${file}”不是有效的 JSON${at}：${(error as Error).message}`);
  }
  if (!json || typeof json !== 'object' || Array.isArray(json)) throw new UsageError(`数据文件“${file}”应为 JSON 对象，形如 { "cells": { "<单元格编号>": 数值 } }。`);
  const data = json as Record<string, unknown>;
  if (data.format !== undefined && data.format !== null && !isFormatVersion(String(data.format))) {
    throw new UsageError(`数据文件“${file}”中 format 为“${data.format}”，只能是 2021 或 2019。`);
  }
  const format = (data.format !== undefined && data.format !== null ? String(data.format) : fallbackFormat) as FormatVersion | undefined;
  if (data.year !== undefined && data.year !== null && !(Number.isInteger(data.year) && (data.year as number) >= 2008 && (data.year as number) <= 2100)) {
    throw new UsageError(`数据文件“${file}”中 year 为“${data.year}”，应为四位数年份。`);
  }
  if (data.agency !== undefined && data.agency !== null && typeof data.agency !== 'string') {
    throw new UsageError(`数据文件“${file}”中 agency 应为文字。`);
  }
  const cells = data.cells;
  if (!cells || typeof cells !== 'object' || Array.isArray(cells)) throw new UsageError(`数据文件“${file}”缺少 cells 对象。`);
  const schema = getFormat(format);
  const result: CellData = {};
  for (const [id, value] of Object.entries(cells as Record<string, unknown>)) {
    if (!schema.cellById.has(id)) {
      throw new UsageError(`数据文件“${file}”中的单元格编号“${id}”不属于 ${schema.version} 版格式（编号列表见 docs/cell-ids.md）。`);
    }
    if (value !== null && typeof value !== 'number' && typeof value !== 'string') {
      throw new UsageError(`数据文件“${file}”中“${id}”的值应为数字、文字或 null。`);
    }
    if (typeof value === 'number' && !Number.isFinite(value)) throw new UsageError(`数据文件“${file}”中“${id}”的值不是有限数字。`);
    result[id] = value;
  }
  return {
    format,
    year: data.year as number | null | undefined,
    agency: data.agency as string | null | undefined,
    cells: result,
  };
}

function lineOf(text: string, position: number): number {
  return text.slice(0, position).split('\n').length;
}
