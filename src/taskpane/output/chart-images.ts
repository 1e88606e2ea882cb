import { chartImages, graphicSvg, type ChartImage } from '../../charts';
import { reportTitle, type NarrativeInputs, type ReportData } from '../../core';
import { svgToPngInCanvas } from './canvas-raster';

/**
 * The charts and the 图解 in the task pane: the same SVG as `nianbao generate --charts` and
 * `nianbao graphic` (src/charts), rasterised by the browser's canvas instead of resvg. A lazy chunk
 * (ECharts is large): loaded on the first download that needs it.
 */
export interface ChartSource {
  data: ReportData;
  inputs: NarrativeInputs;
  /** Last year's tables kept in the workbook (上年报告): the 同比 chart and arrows. */
  previous?: ReportData;
}

/** The report's charts as PNG, ready for `reportDocx(doc, { charts })`. */
export function reportChartImages(source: ChartSource): Promise<ChartImage[]> {
  return chartImages(source.data, source.inputs, source.previous, svgToPngInCanvas);
}

/** The one-page 图解: its SVG, and its PNG at the page's size (1240 × 1754, A4 at 150 dpi), as `nianbao graphic` writes it. */
export async function graphicImage(source: ChartSource, format: 'png' | 'svg'): Promise<{ bytes: Uint8Array; name: string; type: string }> {
  const svg = graphicSvg(source.data, source.inputs, source.previous && { data: source.previous });
  const name = `${reportTitle(source.data)}图解.${format}`;
  if (format === 'svg') return { bytes: new TextEncoder().encode(svg), name, type: 'image/svg+xml' };
  return { bytes: await svgToPngInCanvas(svg, 1), name, type: 'image/png' };
}
