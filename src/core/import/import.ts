import { toCellValue, type CellData, type ReportData } from '../cells';
import { getFormat, TABLE_LABEL, type CompiledTable, type FormatVersion, type TableId } from '../format';
import { normalizeLabel } from '../labels';
import { looksLikeValue, squash, tokenize, type Token } from './tokens';

/**
 * The importer: a published report's text (Word extraction, web page text, Markdown, tab-separated)
 * into cell-ID data, its six sections, and what it states about itself. Rows are found by their
 * official labels; table 四 by its row of fifteen numbers. Where a table's cells cannot be told
 * apart with certainty, the importer says so and leaves them empty: it never outputs a guess.
 */

export interface ImportDiagnostic {
  severity: 'error' | 'warning' | 'info';
  message: string;
  line?: number;
}

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
  sections: ImportedSection[];
  /** Tables whose cells could not be read with certainty. */
  unreliableTables: TableId[];
  diagnostics: ImportDiagnostic[];
  /** Where the year was found, quoted, when it was. */
  yearEvidence: string | null;
}

const SECTION_NUMERALS = ['一', '二', '三', '四', '五', '六'];

export function importReportText(text: string): ImportResult {
  const diagnostics: ImportDiagnostic[] = [];
  const lines = text.split(/\r\n|\r|\n/);
  const sections = findSections(lines, diagnostics);
  const regionOf = (n: number) => {
    const i = sections.findIndex((s) => s.number === n);
    if (i < 0) return null;
    const start = sections[i].line; // heading line, 1-based
    const end = sections[i + 1]?.line ?? lines.length + 1;
    return tokenize(lines.slice(start, end - 1).join('\n'), start + 1);
  };

  const regions: Partial<Record<TableId, Token[]>> = {};
  for (const [n, id] of [[2, 'active'], [3, 'applications'], [4, 'review']] as const) {
    const region = regionOf(n);
    if (region) regions[id] = region;
    else diagnostics.push({ severity: 'error', message: `没有找到第${SECTION_NUMERALS[n - 1]}部分（${TABLE_LABEL[id]}）的标题，该表无法读取。` });
  }

  const format = detectFormat(regions);
  const schema = getFormat(format);
  const cells: CellData = Object.fromEntries(schema.cells.map((c) => [c.id, null]));
  const sources: Record<string, number> = {};
  const unreliableTables: TableId[] = [];
  for (const table of schema.tables) {
    const region = regions[table.id];
    if (!region) {
      unreliableTables.push(table.id);
      continue;
    }
    const ok = table.kind === 'groupedRow' ? readGroupedRow(table, region, cells, sources, diagnostics) : readLabelledRows(table, region, cells, sources, diagnostics);
    if (!ok) unreliableTables.push(table.id);
  }

  const { year, evidence } = findYear(lines);
  return {
    data: { format, year, agency: findAgency(lines), cells },
    sources,
    sections: sections.map((s, i) => ({
      ...s,
      text: lines.slice(s.line, (sections[i + 1]?.line ?? lines.length + 1) - 1).join('\n').trim(),
    })),
    unreliableTables,
    diagnostics,
    yearEvidence: evidence,
  };
}

// ------------------------------------------------------------------------------ sections

const SECTION_HEADINGS = getFormat('2021').sections.map((s) => ({
  number: s.number,
  keys: [s.title, ...(s.variants ?? [])].map((t) => headingKey(t)),
  // The part after the numeral, for headings written 「二. 主动公开…」 or without the numeral.
  core: headingKey(s.title).replace(/^[一二三四五六]、/, ''),
}));

function headingKey(text: string): string {
  return normalizeLabel(text).replace(/^[#\s]+/, '').replace(/[．.]/, '、');
}

/** Section headings in document order; a repeated heading (a common residue) keeps the last before the next section. */
function findSections(lines: string[], diagnostics: ImportDiagnostic[]): Omit<ImportedSection, 'text'>[] {
  const found: Omit<ImportedSection, 'text'>[] = [];
  lines.forEach((raw, i) => {
    // Headings are short and start with their numeral: test that before normalising the line.
    if (raw.length > 80 || !/^[\s\u3000#>*]*[一二三四五六]/.test(raw)) return;
    const key = headingKey(raw);
    if (!key || key.length > 40) return;
    for (const heading of SECTION_HEADINGS) {
      const numeral = SECTION_NUMERALS[heading.number - 1];
      const matches = heading.keys.some((k) => key === k) || (key.startsWith(`${numeral}、`) && key.includes(heading.core.slice(0, 4)));
      if (!matches) continue;
      const last = found[found.length - 1];
      if (last && last.number === heading.number) {
        diagnostics.push({ severity: 'warning', message: `标题“${raw.trim()}”重复出现（第 ${last.line} 行和第 ${i + 1} 行）。`, line: i + 1 });
        found[found.length - 1] = { number: heading.number, heading: raw.trim(), line: i + 1 };
      } else if (!last || heading.number > last.number) {
        found.push({ number: heading.number, heading: raw.trim(), line: i + 1 });
      }
      return;
    }
  });
  return found;
}

// ------------------------------------------------------------------------------ tables

/** 2019 tables name their columns differently and keep （六）其他处理 as one row. */
function detectFormat(regions: Partial<Record<TableId, Token[]>>): FormatVersion {
  const active = (regions.active ?? []).map((t) => normalizeLabel(t.text));
  if (active.some((t) => t === '本年新制作数量' || t === '对外公开总数量' || t === '上一年项目数量' || t === '第二十条第（九）项')) return '2019';
  const applications = regions.applications ?? [];
  const other = applications.findIndex((t) => normalizeLabel(t.text) === '（六）其他处理');
  if (other >= 0 && applications[other + 1] && looksLikeValue(applications[other + 1].text)) return '2019';
  return '2021';
}

/** Tables 二 and 三: each official row label is followed by that row's values. */
function readLabelledRows(
  table: CompiledTable,
  region: Token[],
  cells: CellData,
  sources: Record<string, number>,
  diagnostics: ImportDiagnostic[],
): boolean {
  // A row is named by its label, or (PDF text, merged cells) by its parents' labels followed by it.
  const rows = table.rowKeys.map((key) => ({
    key,
    forms: new Set(key.path.map((_, k) => normalizeLabel(key.path.slice(k).join('')))),
    values: table.values.filter((v) => v.row === key.row).sort((a, b) => a.col - b.col),
  }));
  let reliable = true;
  const seen = new Set<number>();
  const normalized = region.map((t) => normalizeLabel(t.text));
  const isValue = region.map((t) => looksLikeValue(t.text));
  for (let i = 0; i < region.length; i++) {
    if (isValue[i]) continue;
    // A label may be broken over up to three lines (Word wraps long labels in narrow cells).
    let row: (typeof rows)[number] | undefined;
    let labelTokens = 0;
    let label = '';
    for (let span = 1; span <= 3 && !row && i + span <= region.length; span++) {
      if (span > 1 && isValue[i + span - 1]) break;
      label += normalized[i + span - 1];
      row = rows.find((r) => r.forms.has(label) && !seen.has(r.key.row));
      labelTokens = span;
    }
    if (!row) continue;
    const first = i + labelTokens;
    const taken = region.slice(first, first + row.values.length);
    const complete = taken.length === row.values.length && taken.every((_t, k) => isValue[first + k]);
    if (!complete) {
      reliable = false;
      diagnostics.push({
        severity: 'error',
        message: `${TABLE_LABEL[table.id]}“${row.key.label}”一行的数字无法逐格分辨（应有 ${row.values.length} 个），该行留空。`,
        line: region[i].line,
      });
      seen.add(row.key.row);
      continue;
    }
    row.values.forEach((v, k) => {
      cells[v.id] = valueOf(taken[k].text);
      sources[v.id] = taken[k].line;
    });
    seen.add(row.key.row);
    i = first + row.values.length - 1;
  }
  for (const row of rows) {
    if (seen.has(row.key.row)) continue;
    reliable = false;
    diagnostics.push({ severity: 'error', message: `${TABLE_LABEL[table.id]}没有找到“${row.key.path.join(' / ')}”一行，该行留空。`, line: region[0]?.line });
  }
  return reliable;
}

/** Table 四: the fifteen values in one run after the headers, in the official order. */
function readGroupedRow(
  table: CompiledTable,
  region: Token[],
  cells: CellData,
  sources: Record<string, number>,
  diagnostics: ImportDiagnostic[],
): boolean {
  const n = table.values.length;
  // The last run of consecutive value tokens in the section.
  let end = region.length;
  while (end > 0 && !looksLikeValue(region[end - 1].text)) end--;
  let start = end;
  while (start > 0 && looksLikeValue(region[start - 1].text)) start--;
  const run = region.slice(start, end);
  if (run.length !== n) {
    diagnostics.push({
      severity: 'error',
      message: `表四应有一行 ${n} 个数字，找到的是 ${run.length} 个，无法逐格对应，表四留空。`,
      line: run[0]?.line ?? region[0]?.line,
    });
    return false;
  }
  const ordered = [...table.values].sort((a, b) => a.col - b.col);
  ordered.forEach((v, k) => {
    cells[v.id] = valueOf(run[k].text);
    sources[v.id] = run[k].line;
  });
  return true;
}

/** Numbers as numbers (thousands separators removed); anything else exactly as written. */
function valueOf(text: string): CellData[string] {
  const t = squash(text);
  if (/^\d{1,3}(,\d{3})+$/.test(t)) return Number(t.replace(/,/g, ''));
  return toCellValue(t);
}

// ------------------------------------------------------------------------------ what the report states

const TITLE_YEAR = /((?:19|20)\d{2})\s*年\s*(?:度\s*)?政府信息公开(?:工作)?年度报告/;
const PERIOD_YEAR = /统计(?:期限|时限|时间|区间)[^。\n]{0,12}?((?:19|20)\d{2})\s*年\s*1\s*月\s*1\s*日/;

/** The report year, only where the text states it: a title, else the statistics period. */
function findYear(lines: string[]): { year: number | null; evidence: string | null } {
  for (const line of lines.slice(0, 8)) {
    const m = TITLE_YEAR.exec(line);
    if (m) return { year: Number(m[1]), evidence: line.trim().replace(/^#+\s*/, '') };
  }
  for (const line of lines) {
    const m = PERIOD_YEAR.exec(line);
    if (m) return { year: Number(m[1]), evidence: m[0] };
  }
  for (const line of lines) {
    const m = TITLE_YEAR.exec(line);
    if (m) return { year: Number(m[1]), evidence: m[0] };
  }
  return { year: null, evidence: null };
}

const AGENCY_SUFFIX = /(人民政府办公室|人民政府|政府办公室|办公室|局|委员会|委|厅|中心|办事处|街道|镇|乡|区|县|市)$/;

/** The issuing agency: the words before the title's year, or the line above a title that starts with it. */
function findAgency(lines: string[]): string | null {
  const clean = (s: string) => s.replace(/^#+\s*/, '').replace(/[\s\u3000]+/g, '').trim();
  const scan = (candidates: string[], firstOnly: boolean) => {
    for (let i = 0; i < candidates.length; i++) {
      const m = TITLE_YEAR.exec(candidates[i]);
      if (!m) continue;
      const before = clean(candidates[i].slice(0, m.index)).replace(/^.*[:：]/, '');
      // An agency's name has a few dozen characters; a longer 「name」 is a crafted or broken title.
      if (before && before.length <= 60 && AGENCY_SUFFIX.test(before)) return before;
      const above = i > 0 ? clean(candidates[i - 1]) : '';
      if (!before && above && above.length <= 30 && AGENCY_SUFFIX.test(above)) return above;
      if (firstOnly) return null;
    }
    return null;
  };
  const fromTitle = scan(lines.slice(0, 8), false) ?? scan(lines, false);
  if (fromTitle) return fromTitle;
  // No title: an agency quoted as the owner of its channels, e.g. 「“某某局”微信公众号」.
  const quoted = /“([^”]{2,30}?(?:局|委员会|办公室|人民政府|中心|厅))”(?:微信公众号|政务微博|网站|门户网站)/.exec(lines.join('\n'));
  return quoted ? quoted[1] : null;
}


