import type { CellData, ReportData } from '../cells';
import { detectTableVersions, equationsOf, getFormat, mixedFormat, TABLE_LABEL, type CompiledTable, type FormatVersion, type ReportFormat, type TableId } from '../format';
import { normalizeLabel } from '../labels';
import type { ImportDiagnostic } from './diagnostics';
import { solveGlued } from './glued';
import { lex, type Atom } from './lexer';
import { judgeContent, readRows, type GluedCandidate, type RowReading } from './rows';
import { findSections, splitFlattened, type FoundSection } from './sections';
import { sourceLines, type SourceLine } from './source';
import { statedYearAndAgency } from './title';
import { vocabularyOf, type RowEntry } from './vocabulary';

export type { ImportDiagnostic } from './diagnostics';

/**
 * The importer: a published report's text, whatever channel it came through (Word, web pages,
 * converters' Markdown, PDF text, text flattened onto one line), into cell data, its six sections,
 * and what it states about itself. A cell is a number only where the layout fixes it; where it
 * does not, the cell stays empty and a diagnostic names the line. Numbers glued together are read
 * only when the table's own arithmetic leaves exactly one reading, and the result says which.
 */
export interface ImportedSection {
  number: number;
  /** The heading as written. */
  heading: string;
  line: number;
  text: string;
}

export interface ImportResult {
  data: ReportData;
  /** Source line of each value that was read. */
  sources: Record<string, number>;
  /** Where each value read stands in the text, and the label of its row (offsets, end exclusive). */
  provenance: Record<string, { value: [number, number]; label?: [number, number] }>;
  /** Cells read from glued digits by the table's arithmetic. */
  arithmetic: string[];
  sections: ImportedSection[];
  /** Tables whose cells could not all be read with certainty. */
  unreliableTables: TableId[];
  diagnostics: ImportDiagnostic[];
  /** Where the year was found, quoted, when it was. */
  yearEvidence: string | null;
}

export function importReportText(text: string): ImportResult {
  const diagnostics: ImportDiagnostic[] = [];
  const lines = splitFlattened(sourceLines(text));
  const sections = findSections(lines, diagnostics);
  const stated = statedYearAndAgency(lines, sections);

  const regions = new Map<TableId, SourceLine[]>();
  for (const table of getFormat('2021').tables) {
    const region = regionOf(lines, sections, table.section.number);
    if (region) regions.set(table.id, region);
    else diagnostics.push({ severity: 'error', message: `没有找到第${'一二三四五六'[table.section.number - 1]}部分（${TABLE_LABEL[table.id]}）的标题，该表无法读取。` });
  }
  const version = tablesVersion(regions, stated.year);
  const format = mixedFormat(version.active, 'applications', version.applications);
  if (version.applications !== version.active) {
    diagnostics.push({
      severity: 'info',
      message:
        version.applications === '2019'
          ? '表三“（六）其他处理”只有一行（2019 版格式），已按单行读取；2021 版格式中它分为三个子行。'
          : '表二是 2019 版格式，表三“（六）其他处理”却分为三个子行（2021 版格式），已按各自的格式读取。',
    });
  }

  const cells: CellData = { ...emptyCells(version.active, format) };
  const result: Omit<ImportResult, 'sections' | 'data' | 'yearEvidence'> = { sources: {}, provenance: {}, arithmetic: [], unreliableTables: [], diagnostics };
  for (const table of format.tables) {
    const region = regions.get(table.id);
    const reliable = region ? readTable(table, region, format, cells, result) : false;
    if (!reliable) result.unreliableTables.push(table.id);
  }

  if (lines.some((l) => l.page > 1)) {
    const pages = new Map(lines.map((l) => [l.number, l.page]));
    for (const d of diagnostics) if (d.line !== undefined) d.page = pages.get(d.line);
  }
  return {
    ...result,
    data: { format: version.active, year: stated.year, agency: stated.agency, cells },
    sections: sections.map((s, i) => ({
      number: s.number,
      heading: s.heading,
      line: lines[s.index].number,
      text: lines
        .slice(s.index + 1, sections[i + 1]?.index ?? lines.length)
        .map((l) => l.text)
        .join('\n')
        .trim(),
    })),
    yearEvidence: stated.evidence,
  };
}

const empty = new Map<string, CellData>();

/** Every cell of the format, and of the table layout the report printed, blank: built once per layout. */
function emptyCells(version: FormatVersion, format: ReportFormat): CellData {
  const key = `${version}/${format.tableVersions.applications}`;
  let cells = empty.get(key);
  if (!cells) {
    cells = Object.fromEntries([...getFormat(version).cells, ...format.cells].map((c) => [c.id, null]));
    empty.set(key, cells);
  }
  return cells;
}

/** The lines of a section; a section whose heading is missing is looked for in the one before it. */
function regionOf(lines: SourceLine[], sections: FoundSection[], number: number): SourceLine[] | null {
  const at = sections.findIndex((s) => s.number === number);
  const from = at >= 0 ? at : sections.reduce((k, s, i) => (s.number < number ? i : k), -1);
  if (from < 0) return null;
  const end = sections[from + 1]?.index ?? lines.length;
  return lines.slice(sections[from].index + 1, end);
}

// ------------------------------------------------------------------------------ format

/** Each table's version, from its own words: real reports print 2021's table 二 with 2019's table 三. */
function tablesVersion(regions: Map<TableId, SourceLine[]>, year: number | null): { active: FormatVersion; applications: FormatVersion } {
  // Each line's normal form is cached (a whole region's would not be); words broken over lines still meet.
  const words = (id: TableId) => (regions.get(id) ?? []).map((l) => normalizeLabel(l.text)).join('');
  return detectTableVersions({ active: words('active'), applications: words('applications') }, year);
}

// ------------------------------------------------------------------------------ tables

type Result = Omit<ImportResult, 'sections' | 'data' | 'yearEvidence'>;

function readTable(table: CompiledTable, region: SourceLine[], format: ReportFormat, cells: CellData, result: Result): boolean {
  const vocabulary = vocabularyOf(table);
  const atoms = lex(region, vocabulary);
  const name = TABLE_LABEL[table.id];
  if (!atoms.some((a) => a.kind === 'row' || a.kind === 'structure' || a.kind === 'value')) {
    result.diagnostics.push({
      severity: 'error',
      message: `${name}的位置没有表格文字（表格可能是以图片形式发布的），无法读取其中的数字：请对照原件手工填写，或向发布机关索取可复制文字的版本。`,
      line: region[0]?.number,
    });
    return false;
  }
  const before = result.diagnostics.length;
  const reading = table.kind === 'groupedRow' ? readRun(atoms, table, result) : readRows(atoms, vocabulary, result.diagnostics);
  for (const row of reading.rows) put(row, cells, result);
  let reliable = reading.missing.length === 0 && result.diagnostics.slice(before).every((d) => d.severity !== 'error');
  if (reading.glued.length > 0) reliable = solve(table, reading.glued, format, cells, result) && reliable;
  return reliable;
}

function put(row: RowReading, cells: CellData, result: Result): void {
  const label: [number, number] | undefined = row.labelEnd > row.labelStart ? [row.labelStart, row.labelEnd] : undefined;
  for (let k = 0; k < row.row.values.length; k++) {
    const id = row.row.values[k].id;
    cells[id] = row.values[k];
    const source = row.sources[k];
    if (!source) continue;
    result.sources[id] = source.line.number;
    result.provenance[id] = { value: [source.start, source.end], label };
  }
}

/** Table 四: one run of values after its headers, the fifteen cells in the official order. */
function readRun(atoms: Atom[], table: CompiledTable, result: Result): { rows: RowReading[]; glued: GluedCandidate[]; missing: RowEntry[] } {
  const row: RowEntry = { order: 0, key: table.rowKeys[0], values: [...table.values].sort((a, b) => a.col - b.col), forms: [] };
  const runs: Atom[][] = [];
  let run: Atom[] = [];
  for (const atom of [...atoms, null]) {
    if (atom && (atom.kind === 'value' || atom.kind === 'blank' || atom.kind === 'vertical' || atom.kind === 'break')) {
      if (atom.kind !== 'vertical') run.push(atom);
      continue;
    }
    if (run.some((a) => a.kind === 'value')) runs.push(run);
    run = [];
  }
  const name = TABLE_LABEL[table.id];
  if (runs.length !== 1) {
    result.diagnostics.push({
      severity: 'error',
      message: runs.length === 0 ? `${name}没有找到数字，表四留空。` : `${name}的数字分成了 ${runs.length} 段（第 ${runs.map((r) => r[0].line.number).join('、')} 行），无法确定哪些是表中的 ${row.values.length} 格，表四留空。`,
      line: runs[0]?.[0].line.number,
    });
    return { rows: [], glued: [], missing: [row] };
  }
  // What stands before the run's first number on other lines (empty lines, a header's empty cells) is not in it.
  const firstValue = runs[0].find((a) => a.kind === 'value')!;
  const content = runs[0].slice(runs[0].findIndex((a) => a.line === firstValue.line));
  const verdict = judgeContent(content as Parameters<typeof judgeContent>[0], row.values.length, -1);
  const line = firstValue.line.number;
  if ('values' in verdict) return { rows: [{ row, values: verdict.values, sources: verdict.sources, labelLine: line, labelStart: 0, labelEnd: 0 }], glued: [], missing: [] };
  if ('glued' in verdict) {
    const v = verdict.glued;
    return { rows: [], glued: [{ row, digits: v.text, line: v.line.number, start: v.start, end: v.end, labelLine: line, labelStart: 0, labelEnd: 0 }], missing: [] };
  }
  result.diagnostics.push({ severity: 'error', message: `${name}${'error' in verdict ? verdict.error.replace(/^的/, '') : '没有数字'}，表四留空。`, line: ('error' in verdict && verdict.line) || line });
  return { rows: [], glued: [], missing: [row] };
}

/** Glued rows of one table, read by its arithmetic where that leaves one reading. */
function solve(table: CompiledTable, glued: GluedCandidate[], format: ReportFormat, cells: CellData, result: Result): boolean {
  const equations = equationsOf(format).filter((e) => e.table === table.id);
  const outcomes = solveGlued(
    glued.map((g) => ({ ids: g.row.values.map((v) => v.id), digits: g.digits })),
    equations,
    cells,
  );
  const name = TABLE_LABEL[table.id];
  let all = true;
  glued.forEach((g, i) => {
    const outcome = outcomes[i];
    const label = g.row.key.label ? `“${g.row.key.label}”一行` : '';
    if ('reading' in outcome) {
      g.row.values.forEach((cell, k) => {
        cells[cell.id] = outcome.reading[k];
        result.sources[cell.id] = g.line;
        result.provenance[cell.id] = { value: [g.start, g.end], label: g.labelEnd > g.labelStart ? [g.labelStart, g.labelEnd] : undefined };
        result.arithmetic.push(cell.id);
      });
      result.diagnostics.push({
        severity: 'info',
        message: `${name}${label}的数字连在一起（“${g.digits}”），按表格自身的勾稽关系只有一种读法，已读出：${outcome.reading.join('、')}。`,
        line: g.line,
      });
      return;
    }
    all = false;
    const why =
      outcome.reason === 'inconsistent'
        ? '表中已读出的数字本身不满足勾稽关系，不能据此拆分'
        : outcome.reason === 'tooMany'
          ? '可能的读法太多，无法确定'
          : outcome.readings === 0
            ? '没有一种读法符合表格的勾稽关系'
            : `符合表格勾稽关系的读法有 ${outcome.readings} 种，无法确定是哪一种`;
    result.diagnostics.push({ severity: 'error', message: `${name}${label}的数字连在一起（“${g.digits}”）：${why}，该行留空。`, line: g.line });
  });
  return all;
}
