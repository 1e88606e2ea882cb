import * as echarts from 'echarts';
import type { ChartSpec } from './specs';

/**
 * A chart as SVG, rendered by ECharts' server-side SVG renderer: no DOM, no canvas, the same in
 * Node and in the browser. No animation, fixed size and a fixed palette, so the same data gives the
 * same bytes. Text names the CJK families a government desktop or a Linux box has; the rasteriser
 * is told which one it was given.
 */

/** Sober colours: 党政 red first, then muted blue, ochre, green, purple, grey. */
export const PALETTE = ['#B0272D', '#3E5F8A', '#C49A2C', '#5E8B5A', '#7A5C8E', '#808080'];
export const CJK_FAMILIES = "'Noto Sans CJK SC', 'Source Han Sans SC', 'WenQuanYi Micro Hei', 'Microsoft YaHei', 'SimHei', 'Droid Sans Fallback', sans-serif";

export function chartSvg(spec: ChartSpec, size: { width: number; height: number } = { width: 800, height: 480 }): string {
  const chart = echarts.init(null, null, { renderer: 'svg', ssr: true, width: size.width, height: size.height });
  const text = { fontFamily: CJK_FAMILIES, color: '#222' };
  const base = {
    animation: false,
    // Last year grey, this year red: the eye goes to this year.
    color: spec.id === 'yoy' ? ['#A6A6A6', PALETTE[0]] : PALETTE,
    backgroundColor: '#ffffff',
    textStyle: text,
    title: { text: spec.title, left: 'center', top: 12, textStyle: { ...text, fontSize: 22, fontWeight: 'bold' as const } },
  };
  if (spec.kind === 'pie') {
    const total = spec.series[0].values.reduce((a, b) => a + b, 0);
    chart.setOption({
      ...base,
      legend: { bottom: 10, textStyle: { ...text, fontSize: 16 } },
      series: [
        {
          type: 'pie',
          radius: ['0%', '58%'],
          center: ['50%', '52%'],
          label: { formatter: (p: { name: string; value: number }) => `${p.name}\n${p.value}（${((p.value * 100) / total).toFixed(1)}%）`, fontSize: 16, fontFamily: CJK_FAMILIES },
          data: spec.categories.map((name, i) => ({ name, value: spec.series[0].values[i] })),
        },
      ],
    });
  } else {
    chart.setOption({
      ...base,
      legend: { top: 48, textStyle: { ...text, fontSize: 16 } },
      grid: { left: 60, right: 30, top: 90, bottom: 50 },
      xAxis: { type: 'category', data: spec.categories, axisLabel: { fontSize: 16, fontFamily: CJK_FAMILIES } },
      yAxis: { type: 'value', minInterval: 1, axisLabel: { fontSize: 14 } },
      series: spec.series.map((s) => ({ type: 'bar', name: s.name, data: s.values, barMaxWidth: 48, label: { show: true, position: 'top', fontSize: 14 } })),
    });
  }
  const svg = chart.renderToSVGString();
  chart.dispose();
  // zrender numbers its instances per process; the same chart gives the same bytes whatever came before.
  return svg.replace(/zr\d+-/g, 'zr0-');
}
