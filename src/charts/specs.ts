import { chartDefinitions, termValue, type ChartDefinition, type NarrativeInputs, type ReportData } from '../core';

/**
 * The report's charts as data: what each shows, from which cells, and which section of the report
 * it illustrates (it is placed at that section's end). Charts of figures not filled in, or all zero,
 * are left out: an empty pie says nothing.
 */
export interface ChartSpec {
  id: 'applicants' | 'results' | 'channels' | 'appeals' | 'yoy';
  title: string;
  /** The report section it belongs to: 二 主动公开, 三 依申请公开, 四 复议诉讼. */
  section: 2 | 3 | 4;
  kind: 'pie' | 'bar';
  categories: string[];
  series: { name: string; values: number[] }[];
}

/**
 * The charts the report can draw: the core's definitions (the same the 图表 sheet binds to its
 * cells) with the figures filled in. Slices of 0 are dropped, a chart with an unknown figure or
 * nothing above 0 is left out, and the comparison keeps the figures known in both years.
 */
export function reportCharts(report: ReportData, inputs: NarrativeInputs = {}, previous?: ReportData): ChartSpec[] {
  const charts: ChartSpec[] = [];
  for (const def of chartDefinitions(report.format, { inputs, year: report.year, previous })) {
    const values = def.series.map((s) => s.values.map((term) => termValue(term, report.cells, inputs)));
    if (def.id === 'yoy') {
      const known = def.categories.map((_, i) => values.every((v) => v[i] !== null));
      if (!known.some(Boolean)) continue;
      charts.push({ ...shape(def), categories: def.categories.filter((_, i) => known[i]), series: def.series.map((s, j) => ({ name: s.name, values: values[j].filter((_, i) => known[i]) as number[] })) });
    } else if (def.kind === 'pie') {
      if (values[0].some((v) => v === null)) continue;
      const kept = def.categories.map((c, i) => [c, values[0][i] as number] as const).filter(([, v]) => v > 0);
      if (!kept.length) continue;
      charts.push({ ...shape(def), categories: kept.map(([c]) => c), series: [{ name: def.series[0].name, values: kept.map(([, v]) => v) }] });
    } else {
      const all = values.flat();
      if (all.some((v) => v === null) || !all.some((v) => v! > 0)) continue;
      charts.push({ ...shape(def), categories: def.categories, series: def.series.map((s, j) => ({ name: s.name, values: values[j] as number[] })) });
    }
  }
  return charts;
}

const shape = (def: ChartDefinition) => ({ id: def.id, title: def.title, section: def.section, kind: def.kind });
