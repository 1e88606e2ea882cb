import { formatOfData, getFormat, isMixedFormat, type ImportResult } from '../../core';
import { writeReportFile } from '../../xlsx';
import { UsageError } from '../errors';
import type { Io } from '../io';
import { MESSAGES } from '../messages';
import { checkOutputFile } from '../output';
import { parse, type Command } from '../parse';
import { readReportText } from '../report-file';

export const importCommand: Command = {
  name: 'import',
  summary: '读取已发布的年报（PDF、Word、网页、文本），得到表格数据或标准工作簿',
  help: `用法：nianbao import 报告文件 [-o 工作簿.xlsx] [--json] [--force]

读取已发布的政府信息公开工作年度报告：PDF（需有文字层）、.docx、网页（.html）、Markdown 或纯文本。
按官方行标签识别表二、表三，按 15 个数字的数据行识别表四；只有版式确定了每个数字所在的单元格时才读出，
否则该行留空并说明原因，从不猜测数字。数字连在一起时，只在表格自身的勾稽关系只留下一种读法时读出，并注明。

选项：
  -o, --output 文件   写出标准工作簿（可再用 nianbao validate 校验）
  --json              输出 JSON：{ "format", "year", "agency", "cells", "sections", "diagnostics" }
  --force             输出文件已存在时覆盖
  -h, --help          显示本帮助

示例：
  nianbao import 2024年报.pdf --json
  nianbao import 上年年报.html -o 上年数据.xlsx`,
  async run(argv: string[], io: Io): Promise<number> {
    const { values, positionals } = parse(argv, { output: { type: 'string', short: 'o' }, json: { type: 'boolean' }, force: { type: 'boolean' } }, true);
    if (positionals.length !== 1) throw new UsageError('请指定一个报告文件，例如：nianbao import 2024年报.docx --json');
    const file = positionals[0];
    const output = values.output as string | undefined;
    if (output && !output.toLowerCase().endsWith('.xlsx')) throw new UsageError(MESSAGES.outputNotXlsx(output));
    if (output) checkOutputFile(output, { force: values.force as boolean | undefined, inputs: [file] });

    const { result, where } = await readReportText(file);
    if (output) {
      await writeReportFile(output, { ...result.data });
      if (!values.json) io.out(`已写出 ${output}`);
      if (isMixedFormat(formatOfData(result.data))) {
        io.err('注意：原文表三“（六）其他处理”只有一行（2019 版格式），工作簿中 2021 版的三个子行留空，请按原文核实后填写。');
      }
    }
    if (values.json) io.out(JSON.stringify(toJson(result), null, 2));
    else io.out(summary(file, result, where));
    return 0;
  },
};

export function toJson(result: ImportResult) {
  const { format, year, agency, cells } = result.data;
  const ordered: Record<string, unknown> = {};
  // The format's cells, and those of the table layout the report printed where it differs (2019's single-row （六）).
  for (const cell of [...getFormat(format).cells, ...formatOfData(result.data).cells]) ordered[cell.id] = cells[cell.id] ?? null;
  return {
    format,
    year,
    agency,
    cells: ordered,
    sections: Object.fromEntries(result.sections.map((s) => [String(s.number), { heading: s.heading, line: s.line, text: s.text }])),
    diagnostics: result.diagnostics,
    arithmetic: result.arithmetic,
    sources: result.sources,
    unreliableTables: result.unreliableTables,
  };
}

function summary(file: string, result: ImportResult, where: (line?: number) => string | null): string {
  const { format, year, agency, cells } = result.data;
  const read = Object.values(cells).filter((v) => v !== null).length;
  const layout = formatOfData(result.data);
  const lines = [
    file,
    `  机关：${agency ?? '（未写明）'}    年度：${year ?? '（未写明）'}    表格格式：${format} 版`,
    `  章节：${result.sections.map((s) => s.heading).join(' / ') || '（未找到）'}`,
    `  读出 ${read} / ${layout.cells.length} 个单元格${result.unreliableTables.length ? `；无法可靠读取：${result.unreliableTables.join('、')}` : ''}`,
  ];
  if (result.arithmetic.length) lines.push(`  其中 ${result.arithmetic.length} 个单元格的数字原文连在一起，按表格自身的勾稽关系读出（见下面的提示）`);
  for (const d of result.diagnostics) lines.push(`  [${d.severity === 'error' ? '错误' : d.severity === 'warning' ? '警告' : '提示'}]${where(d.line) ? ` ${where(d.line)}` : ''}：${d.message}`);
  lines.push('  （加 --json 输出全部单元格和章节文字）');
  return lines.join('\n');
}
