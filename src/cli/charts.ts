import * as path from 'node:path';
import { chartImages, type ChartImage } from '../charts';
import { NoCjkFontError, svgToPng } from '../charts/raster-node';
import type { NarrativeInputs, ReportData } from '../core';
import { UsageError } from './errors';

export type RenderedChart = ChartImage;

/** The report's charts as SVG and PNG (resvg); no CJK font is a usage error that says what to install. */
export async function renderCharts(report: ReportData, inputs: NarrativeInputs, previous?: ReportData): Promise<RenderedChart[]> {
  try {
    return await chartImages(report, inputs, previous, svgToPng);
  } catch (error) {
    if (error instanceof NoCjkFontError) throw new UsageError(error.message);
    throw error;
  }
}

/** 「年报-图1-申请人构成.png」 beside 「年报.md」. */
export function chartFileName(output: string, index: number, chart: RenderedChart): string {
  const base = output.slice(0, output.length - path.extname(output).length);
  return `${base}-图${index + 1}-${chart.title.replace(/（.*?）/g, '').replace(/[\\/:*?"<>|\s]/g, '')}.png`;
}

/**
 * The Markdown with each chart's picture at the end of its section (before the next 「## 」 heading
 * of a section, or at the end).
 */
export function markdownWithCharts(markdown: string, charts: { section: number; title: string; file: string }[]): string {
  const lines = markdown.split('\n');
  const out: string[] = [];
  let section = 0;
  let figure = 0;
  const flush = (n: number) => {
    for (const c of charts.filter((x) => x.section === n)) out.push(`![图${++figure} ${c.title}](${encodeURI(c.file)})`, '');
  };
  for (const line of lines) {
    if (/^## [一二三四五六]、/.test(line)) flush(section++);
    out.push(line);
  }
  flush(section);
  return out.join('\n');
}
