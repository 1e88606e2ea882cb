import * as path from 'node:path';
import { reportTitle } from '../../core';
import { graphicSvg } from '../../charts';
import { graphicPdf, PDF_SCALE } from '../../charts/graphic-pdf';
import { NoCjkFontError, svgToPng } from '../../charts/raster-node';
import { readReportWorkbook, openWorkbookFile, writeFileAtomically, XlsxInputError } from '../../xlsx';
import { UsageError } from '../errors';
import type { Io } from '../io';
import { checkOutputFile } from '../output';
import { parse, type Command } from '../parse';
import { readPrevious } from '../report-file';
import { parseCopy, printReadDiagnostics } from '../workbook-options';

export const graphicCommand: Command = {
  name: 'graphic',
  summary: '由工作簿生成一页图解（PNG、SVG 或 PDF）',
  help: `用法：nianbao graphic 工作簿.xlsx -o 图解.png|图解.svg|图解.pdf [--prev 上年文件] [--copy N] [--force]

生成与年报一同发布的一页图解（A4 竖版）：标题、机关和年度，主要数字（主动公开、新收申请、办结、
予以公开、行政复议、行政诉讼）用大字显示，附统计图；给出上年的工作簿或年报时，标出同比增减。
同一个工作簿每次生成的文件完全相同。

选项：
  -o, --output 文件    输出文件：.png（1240×1754 像素，相当于 150 dpi 的 A4）、.svg，
                       或 .pdf（一页 A4，图像为 300 dpi，可直接打印或发布）
  --prev 文件          上年的工作簿或年报：显示同比箭头和与上年对比图
  --copy N             工作簿中有多套年报工作表时，使用第 N 套
  --force              输出文件已存在时覆盖
  -h, --help           显示本帮助

示例：
  nianbao graphic 2024年报.xlsx -o 2024年报-图解.png --prev 2023年报.xlsx`,
  async run(argv: string[], io: Io): Promise<number> {
    const { values, positionals } = parse(
      argv,
      { output: { type: 'string', short: 'o' }, prev: { type: 'string' }, copy: { type: 'string' }, force: { type: 'boolean' } },
      true,
    );
    if (positionals.length !== 1) throw new UsageError('请指定一个工作簿，例如：nianbao graphic 年报.xlsx -o 图解.png');
    const file = positionals[0];
    const output = values.output as string | undefined;
    if (!output) throw new UsageError('请用 -o 指定输出文件（.png、.svg 或 .pdf），例如：nianbao graphic 年报.xlsx -o 图解.png');
    const extension = path.extname(output).toLowerCase();
    if (extension !== '.png' && extension !== '.svg' && extension !== '.pdf') {
      throw new UsageError(`输出文件“${output}”的扩展名应为 .png、.svg 或 .pdf。`);
    }
    const prev = values.prev as string | undefined;
    checkOutputFile(output, { force: values.force as boolean | undefined, inputs: [file, ...(prev ? [prev] : [])] });
    const read = readReportWorkbook(await openWorkbookFile(file), file, parseCopy(values.copy as string | undefined));
    printReadDiagnostics(io, file, read.diagnostics);
    if (read.data.year === null) throw new XlsxInputError(`${file}：“基本信息”中没有填写报告年度，无法生成图解。`, file);
    const previous = prev ? await readPrevious(prev) : undefined;
    const svg = graphicSvg(read.data, read.inputs, previous);
    if (extension === '.svg') writeFileAtomically(output, svg);
    else {
      try {
        if (extension === '.png') writeFileAtomically(output, await svgToPng(svg, 1));
        else {
          const title = `${reportTitle(read.data)}图解`;
          writeFileAtomically(output, await graphicPdf(await svgToPng(svg, PDF_SCALE), { title, author: read.data.agency?.trim() ?? '' }));
        }
      } catch (error) {
        if (error instanceof NoCjkFontError) throw new UsageError(error.message);
        throw error;
      }
    }
    io.out(`已生成 ${output}（图解${previous ? '，含同比' : ''}）`);
    return 0;
  },
};
