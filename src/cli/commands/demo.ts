import { existsSync, mkdirSync } from 'node:fs';
import * as path from 'node:path';
import { isDeepStrictEqual } from 'node:util';
import { balanceTotals, getFormat, SAMPLE_INPUTS, SAMPLE_REPORT } from '../../core';
import { readReportFile, writeReportFile } from '../../xlsx';
import { generateCommand } from './generate';
import { validateCommand } from './validate';
import { UsageError } from '../errors';
import type { Io } from '../io';
import { checkOutputFile } from '../output';
import { parse, type Command } from '../parse';

export const demoCommand: Command = {
  name: 'demo',
  summary: '用内置示例数据生成填好的工作簿和报告全文',
  help: `用法：nianbao demo [-o 目录] [--force]

用内置的示例数据（某县 2024 年度，数字取自公开发布的区县年报）生成填好的工作簿，读回核对，
由它生成报告全文（Word 文档和 Markdown），再生成一份故意填错的副本，并校验这两个工作簿。不需要 Excel。

选项：
  -o, --output 目录   输出目录（默认 ./demo-output）
  --force             目录中已有示例文件时覆盖（否则不改动已有文件）
  -h, --help          显示本帮助`,
  async run(argv: string[], io: Io): Promise<number> {
    const { values } = parse(argv, { output: { type: 'string', short: 'o' }, force: { type: 'boolean' } });
    const dir = (values.output as string | undefined) ?? 'demo-output';
    const base = path.join(dir, `示例-${SAMPLE_REPORT.year}年政府信息公开工作年度报告`);
    const file = `${base}.xlsx`;
    const broken = path.join(dir, `示例-有错误-${SAMPLE_REPORT.year}年政府信息公开工作年度报告.xlsx`);
    const outputs = [file, `${base}.docx`, `${base}.md`, broken];
    // A clerk may have opened and edited the sample files: they are replaced only when asked, as everywhere.
    const existing = outputs.filter((f) => existsSync(f));
    if (existing.length && !values.force) {
      throw new UsageError(`目录“${dir}”中已有示例文件（${existing.map((f) => path.basename(f)).join('、')}）。为避免覆盖您改过的文件，请换一个目录（-o），或加 --force 覆盖。`);
    }
    try {
      mkdirSync(dir, { recursive: true });
    } catch (error) {
      throw new UsageError(`无法创建输出目录“${dir}”（${(error as NodeJS.ErrnoException).code ?? '未知错误'}）。`);
    }
    for (const output of outputs) checkOutputFile(output, { force: true });
    await writeReportFile(file, { ...SAMPLE_REPORT, inputs: SAMPLE_INPUTS });
    const back = await readReportFile(file);
    const sameCells = Object.entries(SAMPLE_REPORT.cells).every(([id, v]) => back.data.cells[id] === v);
    const sameInputs = isDeepStrictEqual(back.inputs, SAMPLE_INPUTS);
    const same = sameCells && sameInputs;
    const c = back.data.cells;
    const balance = balanceTotals(getFormat(back.data.format))!;
    io.out(
      [
        `已生成示例工作簿：${file}`,
        `  ${back.data.agency}，${back.data.year} 年度，${back.data.format} 版格式`,
        `  表三：本年新收 ${c[balance.received]} 件，上年结转 ${c[balance.carriedOver]} 件，办理 ${c[balance.resolved]} 件，结转下年度 ${c[balance.carriedForward]} 件`,
        `  表四：行政复议 ${c['review.total']} 件，行政诉讼 ${(c['litigationDirect.total'] as number) + (c['litigationAfterReview.total'] as number)} 件`,
        `  读回核对：${sameCells ? `${Object.keys(SAMPLE_REPORT.cells).length} 个单元格全部一致` : '有单元格不一致！'}；${sameInputs ? '正文素材全部一致' : '正文素材不一致！'}`,
        '  用 Excel、WPS 或 LibreOffice 打开即可查看；黄色单元格为填写项，表三下方的校验行显示勾稽差额，“正文素材”中是生成报告正文用的数字和文字。',
      ].join('\n'),
    );

    // The report itself, generated from the workbook as `nianbao generate` does it.
    io.out('\n由示例工作簿生成报告全文：');
    for (const extension of ['docx', 'md']) {
      const report = `${base}.${extension}`;
      const generated = await generateCommand.run([file, '-o', report, '--force'], io);
      if (generated !== 0) return generated;
    }

    // A copy with the mistakes clerks make, to show what validation says about them.
    const inputsOnly = Object.fromEntries(Object.entries(SAMPLE_REPORT.cells).filter(([id]) => !getFormat('2021').cellById.get(id)?.sumOf));
    await writeReportFile(broken, {
      ...SAMPLE_REPORT,
      cells: {
        ...inputsOnly, // totals stay formulas, as in a workbook a clerk fills
        'applications.carriedForward.naturalPerson': 6, // T3-1: one application lost
        'applications.partiallyDisclosed.commercial': '3件', // T3-4: unit typed into the cell
        'review.pending': null, // T3-4: left blank
        'active.fees.amount': 20906000, // T2-1: 元 instead of 万元
      },
    });
    io.out('\n校验示例工作簿与一份故意填错的副本：\n');
    const code = await validateCommand.run([file, broken], io);
    return same && code === 1 ? 0 : 1;
  },
};
