import { readPrevious } from '../report-file';
import { findingLabel, SEVERITY_LABEL, workbookFindings, type Finding, type LocatedFinding, type ReadResult, type ReportData } from '../../core';
import { openWorkbookFile, readReportWorkbook, reportCopies, XlsxInputError } from '../../xlsx';
import { runBatchCommand } from '../batch/run';
import { checkSummaryTarget } from '../batch/summary-file';
import { expandInputs, WORKBOOK_EXTENSIONS } from '../file-list';
import { UsageError } from '../errors';
import type { Io } from '../io';
import { checkOutputFile } from '../output';
import { parse, type Command } from '../parse';
import { parseCopy } from '../workbook-options';

export interface FileFindings {
  file: string;
  /** Set when the file could not be used at all. */
  error?: string;
  data?: ReportData;
  findings: LocatedFinding[];
  /** The sets of report sheets in the workbook and the one checked, when there are several. */
  copies?: { all: number[]; checked: number };
}

export const validateCommand: Command = {
  name: 'validate',
  summary: '校验工作簿：勾稽关系、填写规范、格式版本',
  help: `用法：nianbao validate 工作簿或文件夹 … [--from 列表.txt] [--summary 汇总.xlsx|.csv] [--copy N] [--prev 上年文件] [--report 审核报告.md] [--json]

对每个工作簿运行全部校验规则（规则编号见 docs/rules.md）：表三勾稽关系（T3-1…T3-3）、
表四合计（T4-1…T4-3）、填写规范（T3-4、T2-1：空白、文字、全角数字、小数、负数、万元）、
公式被覆盖（S-1）、错误值（S-2）、格式版本与年度（F-1）、正文素材数字前后一致（N-1）。
空白或非数字的单元格（也包括被合计公式加总的单元格）使有关的核对“无法判断”，不给出修改建议。

选项：
  --report 文件  另外写出 Markdown 审核报告（可随年报一并报送）
  --prev 文件    上年的工作簿或年报：检查跨年度一致性（X-1 上年结转、T2-2/T2-3 规范性文件存量）；
                不是上一年度或不是本机关的报告时给出警告（X-6）
  --from 文件   文件列表，每行一个工作簿或文件夹（文件夹：其中和子文件夹中的全部 .xlsx、.xlsm）
  --summary 文件 另外写出分单位汇总表（.xlsx 或 .csv）：每个文件一行，机关、年度、格式、主要数字、错误/警告/无法判断条数
  --copy N      工作簿中有多套年报工作表时（如“表三 依申请公开 (2)”），校验第 N 套（默认第 1 套）
  --json        以 JSON 输出：{ "files": [ { "file", "findings": [ { "rule", "label", "severity", "cells", "addresses", "message" } ] } ] }
  -h, --help    显示本帮助

退出码：0 没有错误；1 有错误；2 有文件无法使用（其余文件照常校验）。

示例：
  nianbao validate 2024年报.xlsx
  nianbao validate 各单位/*.xlsx --json > 审核结果.json
  nianbao validate 各单位/ --summary 分单位情况.xlsx

文件多时用全部 CPU 核并行校验，逐个输出结果；在终端上，标准错误显示进度。`,
  async run(argv: string[], io: Io): Promise<number> {
    const { values, positionals } = parse(
      argv,
      { json: { type: 'boolean' }, report: { type: 'string' }, prev: { type: 'string' }, copy: { type: 'string' }, from: { type: 'string' }, summary: { type: 'string' } },
      true,
    );
    if (positionals.length === 0 && values.from === undefined) throw new UsageError('请至少指定一个工作簿，例如：nianbao validate 年报.xlsx');
    const copy = parseCopy(values.copy as string | undefined);
    const files = expandInputs(positionals, values.from as string | undefined, WORKBOOK_EXTENSIONS);
    // The outputs' places are checked before any workbook is read: a typo should not cost a long run.
    const inputs = [...files, ...(values.prev ? [values.prev as string] : [])];
    if (values.report) checkOutputFile(values.report as string, { noForceOption: true, inputs });
    if (values.summary) {
      checkSummaryTarget(values.summary as string);
      checkOutputFile(values.summary as string, { noForceOption: true, inputs });
    }
    // --prev is read first: last year's file that cannot be used stops the run (exit 2) before any output.
    if (values.prev) await readPrevious(values.prev as string);
    return runBatchCommand({ command: 'validate', prev: values.prev as string | undefined, copy }, files, io, {
      json: values.json as boolean | undefined,
      report: values.report as string | undefined,
      summary: values.summary as string | undefined,
    });
  },
};

export async function validateFile(file: string, previous?: ReportData, copy = 1): Promise<FileFindings> {
  let workbookRead: ReadResult;
  let copies: number[];
  try {
    const workbook = await openWorkbookFile(file);
    copies = reportCopies(workbook);
    workbookRead = readReportWorkbook(workbook, file, copy);
  } catch (error) {
    if (error instanceof XlsxInputError) return { file, error: error.message, findings: [] };
    throw error;
  }
  const { data, findings } = workbookFindings(workbookRead, previous);
  return { file, data, findings, ...(copies.length > 1 ? { copies: { all: copies, checked: copy } } : {}) };
}

export function toJson(r: FileFindings) {
  return {
    file: r.file,
    ...(r.error ? { error: r.error } : {}),
    ...(r.copies ? { copies: r.copies.all, copy: r.copies.checked } : {}),
    findings: r.findings.map((f) => ({
      rule: f.rule,
      label: findingLabel(f),
      severity: f.severity,
      status: f.status,
      cells: f.cells,
      addresses: f.addresses,
      ...(f.line ? { line: f.line } : {}),
      message: f.message,
      ...(f.suggestion ? { suggestion: f.suggestion } : {}),
    })),
  };
}

export function describeFindings(r: FileFindings): string {
  if (r.error) return `${r.file}\n  无法校验：${r.error}\n`;
  const lines = [r.file];
  // A long text can repeat one problem thousands of times: each kind is listed up to a count.
  const shown = new Map<string, number>();
  for (const f of r.findings) {
    const kind = `${f.rule}|${f.status}|${f.severity}`;
    const n = (shown.get(kind) ?? 0) + 1;
    shown.set(kind, n);
    if (n > FINDINGS_PER_KIND) continue;
    const where = f.addresses.length ? ` ${shortAddresses(f.addresses)}` : '';
    lines.push(`  [${labelOf(f)}] ${f.rule}${where}：${f.message}${f.suggestion ? ` ${f.suggestion}` : ''}`);
  }
  for (const [kind, n] of shown) {
    if (n <= FINDINGS_PER_KIND) continue;
    const f = r.findings.find((x) => `${x.rule}|${x.status}|${x.severity}` === kind)!;
    lines.push(`  [${labelOf(f)}] ${f.rule}：另有 ${(n - FINDINGS_PER_KIND).toLocaleString('en-US')} 处同类问题未逐条列出（共 ${n.toLocaleString('en-US')} 处；加 --json 查看全部）。`);
  }
  if (r.copies) {
    const others = r.copies.all.filter((n) => n !== r.copies!.checked);
    lines.push(`  注意：工作簿中有 ${r.copies.all.length} 套年报工作表（第 ${r.copies.all.join('、')} 套），以上校验的是第 ${r.copies.checked} 套；用 --copy ${others[0]} 校验${others.length > 1 ? '其他各套' : `第 ${others[0]} 套`}。`);
  }
  const c = counts(r);
  lines.push(`  合计：错误 ${c.error}，警告 ${c.warning}，提示 ${c.info}，无法判断 ${c.open}${c.error + c.warning + c.info + c.open === 0 ? '。全部通过。' : '。'}`);
  return lines.join('\n') + '\n';
}

/** Findings of one rule, status and severity listed one by one; the rest are counted in one line. */
export const FINDINGS_PER_KIND = 20;

function labelOf(f: Finding): string {
  return f.status === 'notAssessable' ? '无法判断' : SEVERITY_LABEL[f.severity];
}

/** 「表三 依申请公开!D31、D7、D8 等 4 处」: the sheet is named once per run of the same sheet. */
function shortAddresses(addresses: string[]): string {
  let sheet = '';
  const parts = addresses.slice(0, 3).map((a) => {
    const bang = a.lastIndexOf('!');
    const [s, cell] = [a.slice(0, bang), a.slice(bang + 1)];
    const text = s === sheet ? cell : a;
    sheet = s;
    return text;
  });
  return parts.join('、') + (addresses.length > 3 ? ` 等 ${addresses.length} 处` : '');
}

function counts(r: FileFindings) {
  const fails = r.findings.filter((f) => f.status === 'fail');
  return {
    error: fails.filter((f) => f.severity === 'error').length,
    warning: fails.filter((f) => f.severity === 'warning').length,
    info: fails.filter((f) => f.severity === 'info').length,
    open: r.findings.filter((f) => f.status === 'notAssessable').length,
  };
}

/** The closing table of a run over several files: counts only, so that it can follow a long stream. */
export function summaryTable(rows: { file: string; problem?: string; errors: number | null; warnings: number | null; notAssessable: number | null }[]): string {
  const lines = ['汇总：', '  错误  警告  无法判断  文件'];
  for (const r of rows) {
    if (r.problem) {
      lines.push(`     -     -         -  ${r.file}（无法使用）`);
      continue;
    }
    lines.push(`  ${String(r.errors).padStart(4)}  ${String(r.warnings).padStart(4)}  ${String(r.notAssessable).padStart(8)}  ${r.file}`);
  }
  return lines.join('\n');
}
