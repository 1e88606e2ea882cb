import { reportFindings, type ReportData } from '../../core';
import { UsageError } from '../errors';
import type { Io } from '../io';
import { parse, type Command } from '../parse';
import { readPrevious, readReportText } from '../report-file';
import type { FileFindings } from './validate';
import { runBatchCommand } from '../batch/run';
import { checkSummaryTarget } from '../batch/summary-file';
import { expandInputs, REPORT_EXTENSIONS } from '../file-list';
import { checkOutputFile } from '../output';

export const checkCommand: Command = {
  name: 'check',
  summary: '审查已发布的年报：表格、正文、格式与跨年度一致性',
  help: `用法：nianbao check 报告文件或文件夹 … [--from 列表.txt] [--summary 汇总.xlsx|.csv] [--prev 上年报告或工作簿] [--json]

读取已发布的年报（PDF、.docx、网页、Markdown、文本），运行全部规则：表格勾稽（T*）、格式版本（F-1）、
正文年份（X-2）、正文数字与表格（X-3）、六个部分与信息处理费（X-4）、编辑问题（E-*：序号跳号、
重复句子与词语、残留标记、标题与官方不一致）；给出 --prev 时还检查跨年度（X-1、T2-2、T2-3）和
与上年正文的相似度（X-5）。

选项：
  --prev 文件   上年的年报或工作簿
  --from 文件   文件列表，每行一个报告或文件夹（文件夹：其中和子文件夹中的 PDF、.docx、网页、文本）
  --summary 文件 另外写出分单位汇总表（.xlsx 或 .csv）：每个文件一行，机关、年度、格式、主要数字、错误/警告/无法判断条数
  --json        以 JSON 输出，格式同 nianbao validate --json，另有 "line"（正文所在行）
  -h, --help    显示本帮助

退出码：0 没有错误；1 有错误；2 有文件无法使用（其余文件照常审查）。

示例：
  nianbao check 各单位年报/*.pdf
  nianbao check 2025年报.docx --prev 2024年报.docx
  nianbao check --from 全省年报列表.txt --summary 审查结果.csv

文件多时用全部 CPU 核并行审查，逐个输出结果；在终端上，标准错误显示进度。`,
  async run(argv: string[], io: Io): Promise<number> {
    const { values, positionals } = parse(argv, { json: { type: 'boolean' }, prev: { type: 'string' }, from: { type: 'string' }, summary: { type: 'string' } }, true);
    if (positionals.length === 0 && values.from === undefined) throw new UsageError('请至少指定一个报告文件，例如：nianbao check 2024年报.docx');
    const files = expandInputs(positionals, values.from as string | undefined, REPORT_EXTENSIONS);
    if (values.summary) {
      checkSummaryTarget(values.summary as string);
      checkOutputFile(values.summary as string, { noForceOption: true, inputs: [...files, ...(values.prev ? [values.prev as string] : [])] });
    }
    // --prev is read first, as before: a previous report that cannot be used stops the run (exit 2).
    if (values.prev) await readPrevious(values.prev as string);
    return runBatchCommand({ command: 'check', prev: values.prev as string | undefined }, files, io, {
      json: values.json as boolean | undefined,
      summary: values.summary as string | undefined,
    });
  },
};

export async function checkFile(file: string, previous?: { data: ReportData; narrative?: string }): Promise<FileFindings> {
  const { text, result, where } = await readReportText(file);
  return { file, data: result.data, findings: reportFindings(text, result, where, previous) };
}
