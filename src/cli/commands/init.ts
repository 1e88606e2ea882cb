import { DEFAULT_FORMAT, formatForYear, isFormatVersion, type FormatVersion } from '../../core';
import { appendReportSheets, writeReportFile } from '../../xlsx';
import { renderCharts } from '../charts';
import { readDataFile } from '../data-file';
import { UsageError } from '../errors';
import type { Io } from '../io';
import { MESSAGES } from '../messages';
import { checkOutputFile } from '../output';
import { parse, type Command } from '../parse';

export const initCommand: Command = {
  name: 'init',
  summary: '生成带标准表格的年报工作簿',
  help: `用法：nianbao init [--year 年度] [--agency 机关名称] [--format 2021|2019] [--data 数据.json] [--into 原工作簿.xlsx] [--charts] [--force] -o 工作簿.xlsx|.xlsm

生成包含“基本信息”“表二 主动公开”“表三 依申请公开”“表四 复议诉讼”“正文素材”五张工作表的工作簿：
官方表头与合并单元格、总计公式、表三自动校验行、黄色填写单元格（带数据验证和填写提示）；
“正文素材”填写生成报告正文所需的数字和文字。

选项：
  -o, --output 文件    输出的 .xlsx 文件（必填；--into 含宏的工作簿时为 .xlsm）
  --year 年度          报告年度，如 2025
  --agency 名称        机关名称
  --format 版本        表格格式版本：2021（默认，2021 年度及以后）或 2019（2019、2020 年度）
  --data 文件          用 JSON 数据填表：{ "cells": { "<单元格编号>": 数值 } }，可含 format/year/agency，
                       以及正文素材 "inputs"（格式同 nianbao export --json）
  --into 文件          把年报工作表加入已有工作簿，结果写入 -o 指定的新文件（原文件不动）：原有的工作表、
                       图表、图片、数据透视表、宏等全部原样保留，只加入新的工作表；同名工作表已存在时
                       另建一套，名为“表三 依申请公开 (2)”等；含宏的工作簿须保存为 .xlsm
  --charts             另加“图表”工作表：申请人构成、办理结果、发布渠道（填了正文素材时）、复议诉讼结果
                       的统计图（图片）和它们的数据（公式取自表格）；按 A4 纵向排版，每页三幅。
                       图片是写入时的数字，修改表格后请重新生成（在 Excel 中用任务窗格的“插入统计图表”
                       可插入随表格更新的图表）
  --force              输出文件已存在时覆盖
  -h, --help           显示本帮助

示例：
  nianbao init --year 2025 --agency "某某县人民政府办公室" -o 2025年报.xlsx
  nianbao init --data 2024数据.json -o 2024年报.xlsx
  nianbao init --data 2024数据.json --charts -o 2024年报-含图表.xlsx
  nianbao init --into 单位台账.xlsx --year 2025 -o 单位台账-含年报.xlsx`,
  async run(argv: string[], io: Io): Promise<number> {
    const { values } = parse(argv, {
      output: { type: 'string', short: 'o' },
      year: { type: 'string' },
      agency: { type: 'string' },
      format: { type: 'string' },
      data: { type: 'string' },
      force: { type: 'boolean' },
      into: { type: 'string' },
      charts: { type: 'boolean' },
    });
    const output = values.output as string | undefined;
    if (!output) throw new UsageError('请用 -o 指定输出文件，例如：nianbao init -o 年报.xlsx');
    const extension = output.toLowerCase().slice(output.lastIndexOf('.'));
    // A workbook with macros stays one (.xlsm); everything else is written as .xlsx.
    if (extension !== '.xlsx' && !(extension === '.xlsm' && values.into)) throw new UsageError(MESSAGES.outputNotXlsx(output));
    const formatOption = values.format as string | undefined;
    if (formatOption !== undefined && !isFormatVersion(formatOption)) throw new UsageError(`--format 只能是 2021 或 2019，收到“${formatOption}”。`);
    const yearOption = values.year as string | undefined;
    const year = yearOption === undefined ? undefined : Number(yearOption);
    if (year !== undefined && !(Number.isInteger(year) && year >= 2008 && year <= 2100)) throw new UsageError(`--year 应为四位数年份，收到“${yearOption}”。`);

    const data = values.data ? await readDataFile(values.data as string, { format: formatOption as FormatVersion | undefined, year }) : undefined;
    const format = (formatOption as FormatVersion | undefined) ?? data?.format ?? (year !== undefined ? formatForYear(year) : DEFAULT_FORMAT);
    const options = {
      format,
      year: year ?? data?.year ?? null,
      agency: (values.agency as string | undefined) ?? data?.agency ?? null,
      cells: data?.cells,
      inputs: data?.inputs,
    };
    const into = values.into as string | undefined;
    if (into && values.charts) throw new UsageError('--charts 暂不能与 --into 同用：请先用 --into 加入年报工作表，再在 Excel 任务窗格中用“插入统计图表”。');
    checkOutputFile(output, { force: values.force as boolean | undefined, inputs: [into, values.data as string | undefined].filter((f): f is string => !!f) });
    const plan = into
      ? await appendReportSheets(into, output, options, (kind) => {
          if (kind === 'xlsm' && extension !== '.xlsm') {
            throw new UsageError(`“${into}”含有宏（VBA）：加入年报工作表后仍含宏，只能保存为 .xlsm（保存为 .xlsx 时 Excel 会拒绝打开）。请把 -o 的扩展名改为 .xlsm。`);
          }
          if (kind === 'xlsx' && extension !== '.xlsx') throw new UsageError(`“${into}”不含宏，结果应保存为 .xlsx：请把 -o 的扩展名改为 .xlsx。`);
        })
      : await writeReportFile(
          output,
          options,
          values.charts ? async (read) => (await renderCharts(read.data, read.inputs)).map((c) => ({ id: c.spec.id, png: c.png })) : undefined,
        );
    const added = plan.sheets.map((s) => s.name).join('、');
    io.out(into ? `已把年报工作表加入 ${into} 的副本 ${output}（${format} 版格式）：${added}；原有的工作表、图表、图片等全部原样保留。` : `已生成 ${output}（${format} 版格式）：${added}`);
    return 0;
  },
};
