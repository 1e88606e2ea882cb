/** Charts of the report: specs from the tables (pure), SVG through ECharts' server-side renderer. */
export { reportCharts, type ChartSpec } from './specs';
export { chartSvg, CJK_FAMILIES, PALETTE } from './svg';
export { graphicSvg, PAGE } from './graphic';
export { chartImages, CHART_SCALE, CHART_SIZE, type ChartImage, type Rasterise } from './images';
