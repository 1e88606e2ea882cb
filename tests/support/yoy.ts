import * as fs from 'fs';
import * as path from 'path';
import { getFormat, type ReportData } from '../../src/core';
import { nianbao } from './cli';

/**
 * Last year's report for a 同比 test: the year before, other numbers, tables that add up, and the
 * carry-over and 现行有效 stock that this year's tables continue (so X-1 and T2-2 stay quiet).
 */
export function lastYearOf(report: ReportData, factor = 0.8): ReportData {
  const format = getFormat(report.format);
  const cells: ReportData['cells'] = {};
  const value = (id: string) => (typeof report.cells[id] === 'number' ? (report.cells[id] as number) : 0);
  for (const cell of format.cells) {
    if (cell.sumOf) continue;
    const v = value(cell.id);
    cells[cell.id] = Number.isInteger(v) ? Math.floor(v * factor) + (v > 0 ? 3 : 0) : Math.round(v * factor * 10) / 10;
  }
  for (const cell of format.cells.filter((c) => c.id.startsWith('applications.carriedOver.') && !c.sumOf)) {
    const key = cell.id.split('.').pop()!;
    cells[`applications.carriedForward.${key}`] = value(cell.id);
    cells[cell.id] = Math.floor(value(cell.id) / 2);
  }
  const sum = (ids: string[]) => ids.reduce((t, id) => t + (cells[id] as number), 0);
  const compute = () => {
    for (let round = 0; round < 5; round++) for (const cell of format.cells) if (cell.sumOf) cells[cell.id] = sum(cell.sumOf);
  };
  compute();
  // 新收 = 办结 + 结转下年度 − 上年结转, per applicant column: table 三's 勾稽 holds.
  for (const cell of format.cells.filter((c) => c.id.startsWith('applications.newReceived.') && !c.sumOf)) {
    const key = cell.id.split('.').pop()!;
    cells[cell.id] = (cells[`applications.total.${key}`] as number) + (cells[`applications.carriedForward.${key}`] as number) - (cells[`applications.carriedOver.${key}`] as number);
  }
  compute();
  for (const row of ['regulations', 'normativeDocuments']) {
    cells[`active.${row}.inForce`] = value(`active.${row}.inForce`) - value(`active.${row}.issued`) + value(`active.${row}.repealed`);
  }
  return { ...report, year: report.year === null ? null : report.year - 1, cells };
}

/** A workbook written by `nianbao init --data` from a report and its 正文素材, in `dir`. */
export async function bookOf(dir: string, name: string, data: ReportData, inputs: object): Promise<string> {
  const file = path.join(dir, name);
  const json = path.join(dir, `${name}.json`);
  fs.writeFileSync(json, JSON.stringify({ ...data, inputs }));
  const result = await nianbao('init', '--data', json, '-o', file, '--force');
  if (result.code !== 0) throw new Error(`nianbao init failed: ${result.stderr}`);
  return file;
}
