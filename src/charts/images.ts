import type { NarrativeInputs, ReportData } from '../core';
import { reportCharts, type ChartSpec } from './specs';
import { chartSvg } from './svg';

/**
 * SVG → PNG. The one part of the charts that differs between the CLI and the task pane: resvg in
 * Node (`raster-node.ts`, with the system's CJK fonts), the browser's canvas in the pane
 * (`src/taskpane/output/canvas-raster.ts`). `scale` multiplies the SVG's own size.
 */
export type Rasterise = (svg: string, scale: number) => Promise<Uint8Array>;

/** A chart is drawn 800 × 480 and rasterised at twice that: sharp when printed 15 cm wide. */
export const CHART_SIZE = { width: 800, height: 480 };
export const CHART_SCALE = 2;

/** A chart as SVG and PNG, with what the .docx writer needs to place it (a `DocxChart`). */
export interface ChartImage {
  spec: ChartSpec;
  svg: string;
  png: Uint8Array;
  section: number;
  title: string;
  /** Size of the PNG in pixels. */
  width: number;
  height: number;
}

/** The report's charts, each as SVG (shared by CLI and pane) and as PNG by the given rasteriser. */
export async function chartImages(report: ReportData, inputs: NarrativeInputs, previous: ReportData | undefined, rasterise: Rasterise): Promise<ChartImage[]> {
  const out: ChartImage[] = [];
  for (const spec of reportCharts(report, inputs, previous)) {
    const svg = chartSvg(spec, CHART_SIZE);
    const png = await rasterise(svg, CHART_SCALE);
    out.push({ spec, svg, png, section: spec.section, title: spec.title, width: CHART_SIZE.width * CHART_SCALE, height: CHART_SIZE.height * CHART_SCALE });
  }
  return out;
}
