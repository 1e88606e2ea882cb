import { dropFloatNoise, type ReportData } from '../cells';
import { getFormat, type FormatVersion, type GridValue } from '../format';

/**
 * 汇总 of many agencies' reports into one set of tables, and the comparison of a parent report (本级)
 * with the sum of its children. Pure: the CLI and the browser page read the files and hand the data in.
 *
 * A sum over a part that is unknown (blank, text, not read) is itself unknown: null, 无法判断, never the
 * sum of the parts that happen to be numbers.
 */

export interface SummaryPart {
  /** Where the data came from, as the user named it (a path, a dropped file's name). */
  file: string;
  data: ReportData;
}

export interface NotSummed {
  cell: string;
  /** The agencies (or files, where a report names no agency) whose cell is blank, text or unread. */
  agencies: string[];
}

export interface Summary {
  format: FormatVersion;
  year: number | null;
  parts: SummaryPart[];
  /** Every cell of the format: the sum, or null when some agency's cell (or a cell a total adds up) is not a number. */
  cells: Record<string, number | null>;
  /** Input cells that could not be summed, with the agencies concerned (totals over them are null too). */
  notSummed: NotSummed[];
}

/** The agency a part stands for: the name its report gives, else its file. */
export function partName(part: SummaryPart): string {
  return part.data.agency?.trim() || part.file;
}

export interface MixedParts {
  kind: 'format' | 'year';
  /** Each distinct value with the files that have it. */
  groups: { value: string; files: string[] }[];
}

/**
 * Parts of different format versions or years cannot be summed cell by cell: the tables differ, or the
 * figures belong to different periods. A part whose year is unknown does not count as another year.
 */
export function mixedParts(parts: SummaryPart[]): MixedParts | null {
  const group = (key: (p: SummaryPart) => string | null) => {
    const groups = new Map<string, string[]>();
    for (const p of parts) {
      const value = key(p);
      if (value === null) continue;
      groups.set(value, [...(groups.get(value) ?? []), p.file]);
    }
    return [...groups].map(([value, files]) => ({ value, files }));
  };
  const formats = group((p) => p.data.format);
  if (formats.length > 1) return { kind: 'format', groups: formats };
  const years = group((p) => (p.data.year === null ? null : String(p.data.year)));
  if (years.length > 1) return { kind: 'year', groups: years };
  return null;
}

/** Chinese message for mixed parts, naming the files of each group. */
export function mixedPartsMessage(mixed: MixedParts): string {
  const what = mixed.kind === 'format' ? '格式版本' : '报告年度';
  const unit = mixed.kind === 'format' ? '版' : '年度';
  const lines = mixed.groups.map((g) => `  ${g.value}${unit}：${g.files.join('、')}`);
  return `这些报告的${what}不同，不能逐格汇总：\n${lines.join('\n')}\n请只汇总同一${what}的报告。`;
}

/** Sums the parts cell by cell. The parts must share format and year (see mixedParts). */
export function summarize(parts: SummaryPart[]): Summary {
  if (parts.length === 0) throw new Error('summarize: no parts');
  const format = getFormat(parts[0].data.format);
  const cells: Record<string, number | null> = {};
  const notSummed: NotSummed[] = [];
  const unknownOf = new Map<string, string[]>();
  for (const cell of format.cells) {
    if (cell.sumOf) continue;
    let sum = 0;
    const unknown: string[] = [];
    for (const part of parts) {
      const value = part.data.cells[cell.id];
      if (typeof value === 'number') sum += value;
      else unknown.push(partName(part));
    }
    cells[cell.id] = unknown.length ? null : dropFloatNoise(sum);
    if (unknown.length) {
      notSummed.push({ cell: cell.id, agencies: unknown });
      unknownOf.set(cell.id, unknown);
    }
  }
  // Totals are what the 汇总 workbook's formulas compute from the summed cells: unknown if any part is.
  for (const cell of format.cells) if (cell.sumOf) cells[cell.id] = totalOf(cell, format.cellById, cells);
  const years = parts.map((p) => p.data.year).filter((y): y is number => y !== null);
  return { format: format.version, year: years[0] ?? null, parts, cells, notSummed };
}

function totalOf(cell: GridValue, byId: ReadonlyMap<string, GridValue>, cells: Record<string, number | null>): number | null {
  let sum = 0;
  for (const id of cell.sumOf!) {
    const part = byId.get(id);
    const value = part?.sumOf ? totalOf(part, byId, cells) : (cells[id] ?? null);
    if (value === null) return null;
    sum += value;
  }
  return dropFloatNoise(sum);
}

/** The agencies whose data leaves a cell unknown: its own, or those of every cell a total adds up. */
export function agenciesBehind(summary: Summary, cellId: string): string[] {
  const format = getFormat(summary.format);
  const direct = new Map(summary.notSummed.map((n) => [n.cell, n.agencies]));
  const found = new Set<string>();
  const visit = (id: string) => {
    const cell = format.cellById.get(id);
    if (cell?.sumOf) cell.sumOf.forEach(visit);
    else for (const a of direct.get(id) ?? []) found.add(a);
  };
  visit(cellId);
  return [...found];
}

/** The figures a 政务公开办 looks at first, per agency (null where the report has no number). */
export const KEY_FIGURES = [
  { key: 'newReceived', label: '新收申请', cells: ['applications.newReceived.total'] },
  { key: 'concluded', label: '办结', cells: ['applications.total.total'] },
  { key: 'carriedForward', label: '结转下年度', cells: ['applications.carriedForward.total'] },
  { key: 'review', label: '行政复议', cells: ['review.total'] },
  { key: 'litigation', label: '行政诉讼', cells: ['litigationDirect.total', 'litigationAfterReview.total'] },
  { key: 'fees', label: '收费（万元）', cells: ['active.fees.amount'] },
] as const;

export type KeyFigure = (typeof KEY_FIGURES)[number]['key'];

/**
 * An agency's key figures as stated. A figure is null when its cell, or any cell its total adds up, is not
 * a number: in a workbook the total is a SUM that skips a 「12件」 and would show a number that is wrong.
 */
export function keyFigures(data: ReportData): Record<KeyFigure, number | null> {
  const format = getFormat(data.format);
  const known = (id: string): boolean => {
    const cell = format.cellById.get(id);
    return typeof data.cells[id] === 'number' && (!cell?.sumOf || cell.sumOf.every(known));
  };
  const result = {} as Record<KeyFigure, number | null>;
  for (const figure of KEY_FIGURES) {
    const ids = figure.cells.filter((id) => format.cellById.has(id) || id in data.cells);
    result[figure.key] = ids.length && ids.every(known) ? dropFloatNoise(ids.reduce((a, id) => a + (data.cells[id] as number), 0)) : null;
  }
  return result;
}
