import { getFormat, type ReadResult } from '../../core';
import { readReportFile } from '../../xlsx';
import { UsageError } from '../errors';
import type { Io } from '../io';
import { parse, type Command } from '../parse';

export const exportCommand: Command = {
  name: 'export',
  summary: '读出工作簿中的表格数据',
  help: `用法：nianbao export 工作簿.xlsx [--json]

读取工作簿中的表二、表三、表四（按名称 NB_T2/NB_T3/NB_T4 查找，按官方行标签匹配）。

选项：
  --json        输出 JSON：{ "format", "year", "agency", "cells": { "<单元格编号>": 数字 | null | "原文" } }
                空白单元格为 null；非数字内容（如“17件”）按原文输出。
  -h, --help    显示本帮助

示例：
  nianbao export 2024年报.xlsx --json > 2024数据.json`,
  async run(argv: string[], io: Io): Promise<number> {
    const { values, positionals } = parse(argv, { json: { type: 'boolean' } }, true);
    if (positionals.length !== 1) throw new UsageError('请指定一个工作簿，例如：nianbao export 年报.xlsx --json');
    const file = positionals[0];
    const result = await readReportFile(file);
    for (const d of result.diagnostics) io.err(`${file}${d.sheet ? `：${d.sheet}${d.address ? '!' + d.address : ''}` : ''}：${d.message}`);
    if (values.json) io.out(JSON.stringify(toJson(result), null, 2));
    else io.out(summary(file, result));
    return 0;
  },
};

function toJson(result: ReadResult) {
  const { format, year, agency, cells } = result.data;
  const ordered: Record<string, unknown> = {};
  for (const cell of getFormat(format).cells) ordered[cell.id] = cells[cell.id] ?? null;
  return { format, year, agency, cells: ordered };
}

function summary(file: string, result: ReadResult): string {
  const { format, year, agency, cells } = result.data;
  const show = (id: string) => (cells[id] === null || cells[id] === undefined ? '（空）' : String(cells[id]));
  const blanks = Object.values(cells).filter((v) => v === null).length;
  const texts = Object.entries(cells).filter(([, v]) => typeof v === 'string');
  const lines = [
    `${file}`,
    `  机关名称：${agency ?? '（未填）'}    报告年度：${year ?? '（未填）'}    格式：${format} 版`,
    `  依申请公开：本年新收 ${show('applications.newReceived.total')}，上年结转 ${show('applications.carriedOver.total')}，办理结果总计 ${show('applications.total.total')}，结转下年度 ${show('applications.carriedForward.total')}`,
    `  行政复议 ${show('review.total')} 件；行政诉讼 ${show('litigationDirect.total')} + ${show('litigationAfterReview.total')} 件`,
    `  共 ${Object.keys(cells).length} 个单元格，空白 ${blanks} 个，非数字 ${texts.length} 个`,
  ];
  for (const [id, v] of texts.slice(0, 10)) lines.push(`    ${id}：“${v}”`);
  lines.push('  （加 --json 输出全部单元格）');
  return lines.join('\n');
}
