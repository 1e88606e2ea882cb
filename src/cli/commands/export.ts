import { getFormat, getInput, INPUT_FIELDS, type CellValue, type CompiledTable, type ReadResult } from '../../core';
import { openWorkbookFile, readReportWorkbook, reportCopies } from '../../xlsx';
import { UsageError } from '../errors';
import type { Io } from '../io';
import { parse, type Command } from '../parse';
import { parseCopy, printReadDiagnostics } from '../workbook-options';
import { renderTable, truncateToWidth } from '../text-table';

export const exportCommand: Command = {
  name: 'export',
  summary: '读出工作簿中的表格数据',
  help: `用法：nianbao export 工作簿.xlsx [--json] [--copy N]

读取工作簿中的表二、表三、表四（按名称 NB_T2/NB_T3/NB_T4 查找，按官方行标签匹配；名称被删除时
按工作表名和官方表头查找），不加 --json 时以表格形式显示。

选项：
  --json        输出 JSON：{ "format", "year", "agency", "cells": { "<单元格编号>": 数字 | null | "原文" }, "inputs": {…} }
                空白单元格为 null；非数字内容（如“17件”）按原文输出；单元格按格式中的顺序排列；
                "inputs" 为“正文素材”中已填写的项（未填写的项不列出）。
  --copy N      工作簿中有多套年报工作表时（如“表三 依申请公开 (2)”），读取第 N 套（默认第 1 套）
  -h, --help    显示本帮助

示例：
  nianbao export 2024年报.xlsx
  nianbao export 2024年报.xlsx --json > 2024数据.json
  nianbao export 单位台账-含年报.xlsx --copy 2 --json`,
  async run(argv: string[], io: Io): Promise<number> {
    const { values, positionals } = parse(argv, { json: { type: 'boolean' }, copy: { type: 'string' } }, true);
    if (positionals.length !== 1) throw new UsageError('请指定一个工作簿，例如：nianbao export 年报.xlsx --json');
    const file = positionals[0];
    const copy = parseCopy(values.copy as string | undefined);

    const workbook = await openWorkbookFile(file);
    const result = readReportWorkbook(workbook, file, copy);
    printReadDiagnostics(io, file, result.diagnostics);
    if (values.json) {
      io.out(JSON.stringify(toJson(result), null, 2));
      return 0;
    }
    io.out(summary(file, result));
    const copies = reportCopies(workbook);
    if (copies.length > 1) io.out(`\n  工作簿中有 ${copies.length} 套年报工作表（第 ${copies.join('、')} 套），以上是第 ${copy} 套；用 --copy N 读取其他各套。`);
    return 0;
  },
};

/** The export JSON: every cell of the format, in schema order, blanks as null; the filled 正文素材 fields. */
export function toJson(result: ReadResult) {
  const { format, year, agency, cells } = result.data;
  const ordered: Record<string, CellValue> = {};
  for (const cell of getFormat(format).cells) ordered[cell.id] = cells[cell.id] ?? null;
  return { format, year, agency, cells: ordered, inputs: result.inputs };
}

function summary(file: string, result: ReadResult): string {
  const { format, year, agency, cells } = result.data;
  const schema = getFormat(format);
  const values = schema.cells.map((c) => cells[c.id] ?? null);
  const blanks = values.filter((v) => v === null).length;
  const texts = values.filter((v) => typeof v === 'string').length;
  const parts = [
    file,
    `  机关名称：${agency ?? '（未填）'}    报告年度：${year ?? '（未填）'}    格式：${format} 版`,
    `  共 ${values.length} 个单元格：空白 ${blanks} 个，非数字 ${texts} 个（空白显示为“空”，非数字按原文加引号显示）。`,
  ];
  for (const table of schema.tables) parts.push('', `  ${table.section.title}`, ...tableBlocks(table, cells));
  const filled = INPUT_FIELDS.filter((f) => getInput(result.inputs, f.key) !== null).length;
  parts.push('', result.inputsFound ? `  正文素材：已填写 ${filled} 项，共 ${INPUT_FIELDS.length} 项。` : '  正文素材：工作簿中没有“正文素材”工作表（较早版本生成）。');
  parts.push('', '  加 --json 输出全部单元格；用 nianbao validate 检查勾稽关系。');
  return parts.join('\n');
}

/**
 * A table as one or more text tables: consecutive rows with the same columns share a header (the
 * blocks of 表二 differ in their columns; 表三 is one block; 表四's three groups are its rows).
 */
function tableBlocks(table: CompiledTable, cells: Record<string, CellValue>): string[] {
  const rows: { label: string; columns: string[]; values: string[] }[] = [];
  for (const v of table.values) {
    let row = rows[rows.length - 1];
    if (!row || row.label !== v.rowLabel) rows.push((row = { label: v.rowLabel, columns: [], values: [] }));
    row.columns.push(v.columnLabel);
    row.values.push(shown(cells[v.id] ?? null));
  }
  const blocks: string[] = [];
  for (let i = 0; i < rows.length; ) {
    const columns = rows[i].columns;
    let j = i;
    while (j < rows.length && rows[j].columns.join('|') === columns.join('|')) j++;
    const header = [table.kind === 'blocks' ? '信息内容' : '', ...columns.map(shortColumnLabel)];
    blocks.push(renderTable(header, rows.slice(i, j).map((r) => [shortRowLabel(r.label), ...r.values]), '    '));
    i = j;
  }
  return blocks.flatMap((b, i) => [...(i > 0 ? [''] : []), ...b.split('\n')]);
}

function shown(value: CellValue): string {
  if (value === null) return '空';
  return typeof value === 'number' ? String(value) : `“${value}”`;
}

/** 「三、本年度办理结果 / （三）不予公开 / 1.属于国家秘密」 → 「（三）1.属于国家秘密」, kept to one line. */
function shortRowLabel(path: string): string {
  const parts = path.split(' / ');
  const last = parts[parts.length - 1];
  const parentOrdinal = parts.length >= 3 ? (/^（[一二三四五六七八九十]+）/.exec(parts[parts.length - 2])?.[0] ?? '') : '';
  return truncateToWidth(parentOrdinal + last, 30);
}

function shortColumnLabel(label: string): string {
  return label.replace('（单位：万元）', '（万元）');
}
