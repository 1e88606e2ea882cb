import { SAMPLE_REPORT, type CellData, type ReportData, type Rule, type TextInput } from '../../src/core';

/** Helpers for the rule specifications (tests/core/rules/). */

/** The sample report (or another) with some cells changed. */
export const withCells = (cells: CellData, base: ReportData = SAMPLE_REPORT): ReportData => ({ ...base, cells: { ...base.cells, ...cells } });

/** A rule of a catalogue by its ID; `label` tells apart two rules of one ID (T2-1's hygiene and its 万元 check). */
export function ruleNamed<R extends Rule>(catalogue: readonly R[], id: string, label?: string): R {
  const found = catalogue.filter((r) => r.id === id && (label === undefined || r.label === label));
  if (found.length !== 1) throw new Error(`${found.length} rules ${id}${label ? ` (${label})` : ''} in the catalogue`);
  return found[0];
}

/**
 * A report's text whose section 一 (总体情况) is `narrative` on line 3, under a title and its heading;
 * the tables are the sample's unless `extra` says otherwise.
 */
export function narrativeText(narrative: string, extra: Partial<TextInput> = {}): TextInput {
  const heading = '一、总体情况';
  const text = `某县人民政府${SAMPLE_REPORT.year}年政府信息公开工作年度报告\n${heading}\n${narrative}`;
  return { data: SAMPLE_REPORT, text, sections: [{ number: 1, heading, line: 2, text: narrative }], ...extra };
}
