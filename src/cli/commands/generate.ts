import * as path from 'node:path';
import { buildReportDocument, checkReportDocument, gapMessage, SEVERITY_LABEL, narrativeGaps, tableErrors, reportMarkdown, reportPlainText, reportSheetState, validateRead, type ClerkParagraphs } from '../../core';
import { reportDocx } from '../../docx';
import { openWorkbookFile, readReportWorkbook, writeFileAtomically, XlsxInputError } from '../../xlsx';
import { chartFileName, markdownWithCharts, renderCharts } from '../charts';
import { UsageError } from '../errors';
import type { Io } from '../io';
import { checkOutputFile } from '../output';
import { parse, type Command } from '../parse';
import { readPrevious } from '../report-file';
import { parseCopy, printReadDiagnostics } from '../workbook-options';

const OUTPUTS = { '.docx': 'Word 文档', '.md': 'Markdown 文件', '.txt': '纯文本文件' } as const;
type Extension = keyof typeof OUTPUTS;

export const generateCommand: Command = {
  name: 'generate',
  summary: '由工作簿生成报告全文（Word、Markdown 或纯文本）',
  help: `用法：nianbao generate 工作簿.xlsx [-o 报告.docx|报告.md|报告.txt] [--copy N] [--prev 上年文件] [--charts] [--allow-errors] [--regenerate-all] [--force]

读取表二、表三、表四和“正文素材”工作表，生成六个部分齐全的年度报告：总体情况、存在问题、其他事项
的文字由素材和表格生成，文中数字直接取自表格。Word 文档按党政机关公文格式（GB/T 9704）排版。
不加 -o 时把纯文本输出到屏幕。

选项：
  -o, --output 文件    输出文件，按扩展名决定格式：.docx、.md、.txt
  --copy N             工作簿中有多套年报工作表时，使用第 N 套（默认第 1 套）
  --prev 文件          上年的工作簿或年报（PDF、.docx、网页、文本）：正文写出与上年的同比（增减件数和
                       百分比），并核对同比、上年结转等跨年度一致性
  --charts             加入统计图（申请人构成、办理结果、发布渠道、复议诉讼结果、与上年对比）：
                       Word 文档中放在所图示部分的末尾；Markdown 和纯文本旁另存为 PNG 图片
  --allow-errors       表格校验有错误时仍然生成（默认列出错误并停止，退出码 1）
  --regenerate-all     不保留“报告正文”工作表中手工修改过的段落，全部重新生成
  --force              输出文件已存在时覆盖
  -h, --help           显示本帮助

“报告正文”工作表（在 Excel 中点“生成报告”时写入）中手工修改过的段落，默认原样保留。

示例：
  nianbao generate 2024年报.xlsx -o 2024年报.docx
  nianbao generate 2024年报.xlsx -o 2024年报.md
  nianbao generate 2024年报.xlsx > 2024年报.txt`,
  async run(argv: string[], io: Io): Promise<number> {
    const { values, positionals } = parse(
      argv,
      {
        output: { type: 'string', short: 'o' },
        copy: { type: 'string' },
        prev: { type: 'string' },
        charts: { type: 'boolean' },
        'allow-errors': { type: 'boolean' },
        'regenerate-all': { type: 'boolean' },
        force: { type: 'boolean' },
      },
      true,
    );
    if (positionals.length !== 1) throw new UsageError('请指定一个工作簿，例如：nianbao generate 年报.xlsx -o 年报.docx');
    const file = positionals[0];
    const output = values.output as string | undefined;
    const extension = output ? (path.extname(output).toLowerCase() as Extension) : '.txt';
    if (!(extension in OUTPUTS)) throw new UsageError(`输出文件“${output}”的扩展名应为 .docx、.md 或 .txt。`);
    const prev = values.prev as string | undefined;
    if (output) checkOutputFile(output, { force: values.force as boolean | undefined, inputs: [file, ...(prev ? [prev] : [])] });
    const copy = parseCopy(values.copy as string | undefined);
    if (values.charts && !output) throw new UsageError('--charts 需要用 -o 指定输出文件（.docx、.md 或 .txt）：统计图不能输出到屏幕。');

    const workbook = await openWorkbookFile(file);
    const read = readReportWorkbook(workbook, file, copy);
    printReadDiagnostics(io, file, read.diagnostics);
    if (read.data.year === null) throw new XlsxInputError(`${file}：“基本信息”中没有填写报告年度，无法生成报告。`, file);

    // Table errors stop it; findings on the old 报告正文 text do not, as that text is replaced.
    const previous = prev ? await readPrevious(prev) : undefined;
    const validation = validateRead(read, previous?.data).findings;
    const errors = tableErrors(validation);
    if (errors.length) {
      io.err(`${file}：表格校验发现 ${errors.length} 处错误：`);
      for (const f of errors.slice(0, 10)) {
        const where = f.cells.map((id) => read.locations.get(id)).filter(Boolean)[0];
        io.err(`  [错误] ${f.rule}${where ? ` ${where.sheet}!${where.address}` : ''}：${f.message}`);
      }
      if (errors.length > 10) io.err(`  另有 ${errors.length - 10} 处，用 nianbao validate ${file} 查看全部。`);
      if (!values['allow-errors']) {
        io.err('没有生成报告。请先改正表格，或加 --allow-errors 仍然生成。');
        return 1;
      }
    }

    let clerkParagraphs: ClerkParagraphs = {};
    const sheet = reportSheetState(read.reportSheet);
    const edited = Object.keys(sheet.clerkParagraphs).length;
    if (edited && !values['regenerate-all']) {
      clerkParagraphs = sheet.clerkParagraphs;
      io.err(`保留了“报告正文”中手工修改过的 ${edited} 段（加 --regenerate-all 可全部重新生成）。`);
    }

    // Made with table errors (--allow-errors), the report is a draft, and says so under its title.
    const doc = buildReportDocument(read.data, read.inputs, clerkParagraphs, { validation, previous });
    if (!output) io.out(reportPlainText(doc));
    else {
      const charts = values.charts ? await renderCharts(read.data, read.inputs, previous?.data) : [];
      const files = charts.map((chart, i) => ({ section: chart.section, title: chart.title, file: chartFileName(output, i, chart), png: chart.png }));
      // Pictures beside a .md or .txt, referenced from the Markdown; inside a .docx.
      if (extension !== '.docx') for (const f of files) writeFileAtomically(f.file, f.png);
      const rendered =
        extension === '.docx'
          ? await reportDocx(doc, { charts })
          : extension === '.md'
            ? markdownWithCharts(reportMarkdown(doc), files.map((f) => ({ ...f, file: path.basename(f.file) })))
            : reportPlainText(doc);
      writeFileAtomically(output, rendered);
      if (charts.length) io.err(`统计图 ${charts.length} 幅：${charts.map((c) => c.title).join('、')}${extension === '.docx' ? '（已放入 Word 文档）' : `（另存为 ${files.map((f) => path.basename(f.file)).join('、')}）`}。`);
      else if (values.charts) io.err('没有可画的统计图：表格中的相关数字为空或全部为 0。');
      io.out(`已生成 ${output}（${OUTPUTS[extension]}${doc.draft ? `；${doc.draft.line}，标题下已注明“草稿”` : ''}）`);
    }
    // The report is written either way; what must change before it is published is said first.
    const open = checkReportDocument(read.data, doc, previous?.data).filter((f) => f.status === 'fail');
    if (open.length) {
      io.err(`注意：报告中有 ${open.length} 处应在发布前处理：`);
      for (const f of open) {
        const where = f.paragraph ? ` ${f.paragraph.where}（${f.paragraph.source === 'clerk' ? '保留的手工修改' : '自动生成'}）` : '';
        io.err(`  [${SEVERITY_LABEL[f.severity]}] ${f.rule}${where}：${f.message}`);
      }
    }
    // Hints, not errors: the report is complete, but evaluations criticise boilerplate.
    const gaps = narrativeGaps(doc.narrative);
    if (gaps.length) {
      io.err(`提示：报告有 ${gaps.length} 处内容空泛或缺项，可在“正文素材”工作表中补充后重新生成：`);
      for (const gap of gaps) io.err(`  ${gapMessage(gap)}`);
    }
    return 0;
  },
};

