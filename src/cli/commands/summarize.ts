import * as path from 'node:path';
import {
  agencyCounts,
  buildSummaryPlan,
  cellPlaceNamer,
  compareParent,
  duplicateAgencies,
  duplicateAgenciesMessage,
  mixedParts,
  mixedPartsMessage,
  partName,
  summarize,
  validateRead,
  type AgencyCounts,
  type DuplicateAgency,
  type ParentCell,
  type Summary,
  type SummaryPart,
} from '../../core';
import { readReportWorkbook, renderPlan, writeFileAtomically } from '../../xlsx';
import { UsageError } from '../errors';
import { expandInputs, isWorkbookFile, REPORT_EXTENSIONS, WORKBOOK_EXTENSIONS } from '../file-list';
import type { Io } from '../io';
import { checkOutputFile } from '../output';
import { parse, type Command } from '../parse';
import { checkFile } from './check';
import { validateFile, type FileFindings } from './validate';

export const summarizeCommand: Command = {
  name: 'summarize',
  summary: '汇总多个单位的年报；比对本级报告与下级汇总',
  help: `用法：nianbao summarize 文件或文件夹 … -o 汇总.xlsx [--json] [--from 列表.txt] [--force]
      nianbao summarize --parent 本级文件 下级文件或文件夹 … [-o 汇总.xlsx] [--json]

把各单位的工作簿（.xlsx）和已发布的年报（PDF、.docx、网页、文本）逐格相加，写成一个汇总工作簿：
表二、表三、表四与单位的工作簿版式相同（含合计公式和勾稽核对行，全部规则照常校验），汇总数是引用
“各单位数据”工作表的公式，改正那里的数字汇总随之更新；“分单位情况”每个单位一行（年度、格式、主要数字、
校验结果、来源文件）；“未能汇总”列出某些单位为空白、文字或未能读出的单元格及有关单位——这些格留空，
依赖它们的合计无法判断，绝不把其余单位的数加起来冒充汇总数。
年度或格式版本不同的报告不能汇总，会列出各自的文件。

选项：
  -o, --output 文件  汇总工作簿（.xlsx）
  --parent 文件      本级报告（工作簿或已发布的年报）：逐格比对本级数字与下级之和——一致、不一致（两个数和差额）、
                    无法判断（列出缺少或未能读出的下级）
  --from 文件        文件列表，每行一个文件或文件夹
  --json             以 JSON 输出：{ "format", "year", "agencies": [ { "agency", "file", "errors", "warnings", "notAssessable" } ],
                    "cells": { 单元格编号: 数字或 null }, "notSummed": [ { "cell", "agencies" } ], "parent"?: [ … ] }
  --force            覆盖已有的输出文件
  -h, --help         显示本帮助

退出码：0 完成；1 本级与下级汇总不一致；2 用法错误或有文件无法使用（汇总时不写出任何文件）。

示例：
  nianbao summarize 各单位年报/ -o 2024年全县汇总.xlsx
  nianbao summarize --parent 县政府2024年报.pdf 各单位年报/ --json`,
  async run(argv: string[], io: Io): Promise<number> {
    const { values, positionals } = parse(
      argv,
      { output: { type: 'string', short: 'o' }, json: { type: 'boolean' }, parent: { type: 'string' }, from: { type: 'string' }, force: { type: 'boolean' } },
      true,
    );
    const output = values.output as string | undefined;
    const parentFile = values.parent as string | undefined;
    if (positionals.length === 0 && values.from === undefined) throw new UsageError('请指定要汇总的文件或文件夹，例如：nianbao summarize 各单位年报/ -o 汇总.xlsx');
    if (!output && !values.json && !parentFile) throw new UsageError('请用 -o 指定汇总工作簿，例如：nianbao summarize 各单位年报/ -o 汇总.xlsx（或加 --json 只输出数字）');
    if (output && !/\.xlsx$/i.test(output)) throw new UsageError(`汇总工作簿“${output}”应以 .xlsx 结尾。`);
    const files = expandInputs(positionals, values.from as string | undefined, [...WORKBOOK_EXTENSIONS, ...REPORT_EXTENSIONS]);
    if (output) checkOutputFile(output, { force: values.force as boolean, inputs: [...files, ...(parentFile ? [parentFile] : [])] });

    const read: FileFindings[] = [];
    for (const file of files) read.push(await readOne(file));
    const unusable = read.filter((r) => r.error);
    const parts = read.filter((r) => !r.error);
    if (unusable.length && !parentFile) {
      throw new UsageError(`有 ${unusable.length} 个文件无法使用，未汇总（汇总不能缺单位）：\n${unusable.map((r) => `  ${r.file}：${r.error}`).join('\n')}`);
    }
    if (parts.length === 0) throw new UsageError(`没有可汇总的下级报告：\n${unusable.map((r) => `  ${r.file}：${r.error}`).join('\n')}`);
    const summaryParts: SummaryPart[] = parts.map((r) => ({ file: r.file, data: r.data! }));
    const parent = parentFile ? await readOne(parentFile) : undefined;
    if (parent?.error) throw new UsageError(`本级报告“${parentFile}”无法使用：${parent.error}`);
    const mixed = mixedParts(parent ? [...summaryParts, { file: parent.file, data: parent.data! }] : summaryParts);
    if (mixed) throw new UsageError(mixedPartsMessage(mixed));

    const summary = summarize(summaryParts);
    // Told, not refused: a 政务公开办 may mean it (two offices of one name in different places).
    const duplicates = duplicateAgencies(summaryParts);
    if (duplicates.length) io.err(duplicateAgenciesMessage(duplicates));
    const counts = parts.map(countsOf);
    const plan = buildSummaryPlan(summary, counts);
    const workbook = await renderPlan(plan);
    const check = validateRead(readReportWorkbook(workbook, output ?? '汇总'));
    if (output) writeFileAtomically(output, new Uint8Array((await workbook.xlsx.writeBuffer()) as ArrayBuffer));
    const comparison = parent ? compareParent({ file: parent.file, data: parent.data! }, summary, unusable.map((r) => r.file)) : undefined;

    if (values.json) {
      io.out(JSON.stringify(toJson(summary, counts, comparison, duplicates), null, 2));
    } else {
      io.out(describeSummary(summary, counts, output, countsOf({ file: '', findings: check.findings.map((f) => ({ ...f, addresses: [] })) })));
      if (parent && comparison) io.out(describeParent(parent, summary, comparison, unusable));
    }
    if (unusable.length) return 2;
    return comparison?.some((c) => c.status === 'differs') ? 1 : 0;
  },
};

/** A workbook is validated, a published report checked; either way a file that cannot be used says why. */
async function readOne(file: string): Promise<FileFindings> {
  if (isWorkbookFile(file)) return validateFile(file);
  try {
    return await checkFile(file);
  } catch (error) {
    if (error instanceof UsageError) return { file, error: error.message, findings: [] };
    throw error;
  }
}

function countsOf(r: FileFindings): AgencyCounts {
  return agencyCounts(r.findings);
}

function toJson(summary: Summary, counts: AgencyCounts[], comparison?: ParentCell[], duplicates: DuplicateAgency[] = []) {
  return {
    format: summary.format,
    year: summary.year,
    agencies: summary.parts.map((p, i) => ({ agency: partName(p), file: p.file, ...counts[i] })),
    cells: summary.cells,
    notSummed: summary.notSummed,
    ...(duplicates.length ? { duplicates } : {}),
    ...(comparison ? { parent: comparison } : {}),
  };
}

const LISTED = 20;

function describeSummary(summary: Summary, counts: AgencyCounts[], output: string | undefined, check: AgencyCounts): string {
  const lines = [`汇总：${summary.parts.length} 个单位，${summary.year ?? '年度未注明'}${summary.year ? ' 年度' : ''}，${summary.format} 版格式${output ? ` → ${output}` : ''}`];
  lines.push('  错误  警告  无法判断  单位（文件）');
  summary.parts.forEach((p, i) => {
    const c = counts[i];
    const name = partName(p);
    lines.push(`  ${String(c.errors).padStart(4)}  ${String(c.warnings).padStart(4)}  ${String(c.notAssessable).padStart(8)}  ${name}${name === p.file ? '' : `（${path.basename(p.file)}）`}`);
  });
  const place = cellPlaceNamer(summary.format);
  const t = summary.cells;
  lines.push(`  汇总数：新收申请 ${shown(t['applications.newReceived.total'])}，办结 ${shown(t['applications.total.total'])}，结转下年度 ${shown(t['applications.carriedForward.total'])}，行政复议 ${shown(t['review.total'])}。`);
  if (summary.notSummed.length) {
    lines.push(`  未能汇总 ${summary.notSummed.length} 个单元格（有单位为空白、文字或未能读出；汇总表中留空，依赖它们的合计无法判断）：`);
    for (const n of summary.notSummed.slice(0, LISTED)) lines.push(`    ${place(n.cell)}：${n.agencies.join('、')}`);
    if (summary.notSummed.length > LISTED) lines.push(`    另有 ${summary.notSummed.length - LISTED} 个${output ? '，见汇总工作簿的“未能汇总”工作表' : '（加 --json 查看全部）'}。`);
  } else lines.push('  全部单元格均已汇总。');
  const open = check.notAssessable ? `，无法判断 ${check.notAssessable}` : '';
  lines.push(check.errors + check.warnings ? `  汇总表校验：错误 ${check.errors}，警告 ${check.warnings}${open}。` : `  汇总表校验：没有错误${open}。`);
  return lines.join('\n');
}

function shown(n: number | null | undefined): string {
  return typeof n === 'number' ? String(n) : '无法判断';
}

function describeParent(parent: FileFindings, summary: Summary, comparison: ParentCell[], unusable: FileFindings[]): string {
  const place = cellPlaceNamer(summary.format);
  const name = parent.data?.agency?.trim() || parent.file;
  const lines = [`本级与下级汇总比对：本级 ${name}（${path.basename(parent.file)}），下级 ${summary.parts.length} 个单位${unusable.length ? `，另有 ${unusable.length} 个无法使用` : ''}`];
  for (const u of unusable) lines.push(`  无法使用的下级：${u.file}：${u.error}`);
  const differs = comparison.filter((c) => c.status === 'differs');
  const open = comparison.filter((c) => c.status === 'notAssessable');
  const equal = comparison.length - differs.length - open.length;
  if (differs.length) {
    lines.push(`  不一致 ${differs.length} 处：`);
    for (const c of differs.slice(0, LISTED)) lines.push(`    ${place(c.cell)}：本级 ${c.parent}，下级合计 ${c.children}，相差 ${c.difference! > 0 ? '+' : ''}${c.difference}`);
    if (differs.length > LISTED) lines.push(`    另有 ${differs.length - LISTED} 处（加 --json 查看全部）。`);
  }
  if (open.length) {
    const byMissing = new Map<string, number>();
    for (const c of open) for (const m of c.missing ?? []) byMissing.set(m, (byMissing.get(m) ?? 0) + 1);
    lines.push(`  无法判断 ${open.length} 处：${[...byMissing].map(([m, n]) => `${m}（${n} 格）`).join('、')} 缺少或未能读出数字。`);
  }
  lines.push(`  一致 ${equal} 处。${differs.length === 0 && open.length === 0 ? '本级数字与下级汇总全部一致。' : ''}`);
  return lines.join('\n');
}
