import { PAGE_FOOTER, wrappedTextHeight, type PlannedCell, type Rect, type SheetPlan } from '../layout/plan';
import type { StyleRole } from '../layout/styles';
import { getFormat, type FormatVersion } from '../format';
import { normalizeLabel } from '../labels';
import type { ClerkParagraphs } from '../narrative';
import { matrixRows, type ReportDocument, type TableMatrix } from './document';

/**
 * The 「报告正文」 worksheet: the whole report on one sheet, for clerks who finish the text in
 * Excel. Narrative paragraphs are the only unlocked cells. Two hidden columns keep each paragraph's
 * ID and the text the generator wrote, so a later regeneration can tell the clerk's edits from its
 * own text, and keep them, from Excel and from the CLI alike.
 */

export const REPORT_SHEET_TITLE = '报告正文';

export function reportSheetName(copy = 1): string {
  return copy > 1 ? `${REPORT_SHEET_TITLE} (${copy})` : REPORT_SHEET_TITLE;
}

/**
 * Width of one grid column in characters; wide table columns span several. The widest table (四,
 * fifteen columns) sets the sheet to about 90 characters, which prints on A4 portrait near 100 %.
 */
const UNIT = 3;
/** Preferred width in characters of each table column (label columns wide, numbers narrow). */
const PREFERRED: Record<TableMatrix['table'], (m: TableMatrix) => number[]> = {
  active: (m) => [21, ...Array(m.width - 1).fill(15)],
  applications: (m) => [4, 10, 26, ...Array(m.width - m.labelColumns).fill(7)],
  review: (m) => Array(m.width).fill(6),
};

export interface ReportSheetColumns {
  /** Grid columns used by the visible report. */
  width: number;
  /** Hidden column holding the paragraph ID. */
  idColumn: number;
  /** Hidden column holding the generator's text, to detect the clerk's edits. */
  generatedColumn: number;
}

export function buildReportSheetPlan(doc: ReportDocument, copy = 1): SheetPlan & { columns: ReportSheetColumns } {
  const tables = doc.blocks.flatMap((b) => (b.kind === 'table' ? [b.matrix] : []));
  const spans = new Map(tables.map((m) => [m.table, PREFERRED[m.table](m).map((chars) => Math.max(1, Math.round(chars / UNIT)))]));
  const width = Math.max(24, ...[...spans.values()].map((s) => s.reduce((a, b) => a + b, 0)));
  const columns: ReportSheetColumns = { width, idColumn: width, generatedColumn: width + 1 };

  const cells: PlannedCell[] = [];
  const merges: Rect[] = [];
  const rowHeights: Record<number, number> = {};
  const block = (row: number, col: number, rowSpan: number, colSpan: number, style: StyleRole, value: string | number | null, locked = true) => {
    cells.push({ row, col, style, value, locked });
    for (let r = 0; r < rowSpan; r++) for (let c = 0; c < colSpan; c++) if (r || c) cells.push({ row: row + r, col: col + c, style, locked });
    if (rowSpan > 1 || colSpan > 1) merges.push({ row, col, rowSpan, colSpan });
  };

  let row = 0;
  block(row, 0, 1, width, 'reportTitle', doc.title);
  rowHeights[row] = 32;
  if (doc.draft) block(row + 1, 0, 1, width, 'reportDraft', doc.draft.line);
  row += 2;
  for (const b of doc.blocks) {
    if (b.kind === 'heading') {
      block(row, 0, 1, width, b.level === 1 ? 'reportHeading' : 'reportSubheading', b.text);
      rowHeights[row] = 20;
      row++;
    } else if (b.kind === 'paragraph') {
      block(row, 0, 1, width, 'reportText', b.text, false);
      rowHeights[row] = paragraphHeight(b.text, width * UNIT);
      if (b.id) {
        cells.push({ row, col: columns.idColumn, style: 'reportMeta', value: b.id, locked: true });
        cells.push({ row, col: columns.generatedColumn, style: 'reportMeta', value: generatedText(doc, b.id), locked: true });
      }
      row++;
    } else {
      const span = spans.get(b.matrix.table)!;
      const start = span.reduce<number[]>((acc, s, i) => [...acc, (acc[i] ?? 0) + s], [0]);
      for (const [r, gridRow] of matrixRows(b.matrix).entries()) {
        let tallest = 16;
        for (const cell of gridRow) {
          const col = start[cell.col];
          const colSpan = start[cell.col + cell.colSpan] - col;
          const style: StyleRole = cell.role === 'value' ? 'tableValue' : cell.role === 'header' ? 'header' : 'rowLabel';
          block(row + r, col, cell.rowSpan, colSpan, style, cell.role === 'value' ? (cell.value ?? null) : cell.text);
          if (cell.rowSpan === 1) tallest = Math.max(tallest, paragraphHeight(cell.text, colSpan * UNIT, 10));
        }
        rowHeights[row + r] = tallest;
      }
      row += b.matrix.height + 1;
    }
  }

  // The fingerprint of the fixed content sits in the title row's hidden ID cell.
  const grid: unknown[][] = [];
  for (const cell of cells) if (cell.value !== undefined && cell.value !== null) (grid[cell.row] ??= [])[cell.col] = cell.value;
  for (let r = 0; r < grid.length; r++) grid[r] ??= [];
  cells.push({ row: 0, col: columns.idColumn, style: 'reportMeta', value: fingerprint(fixedTexts(grid, columns.idColumn)), locked: true });

  return {
    key: 'report',
    name: reportSheetName(copy),
    columnWidths: [...Array(width).fill(UNIT), 12, 30],
    hiddenColumns: [columns.idColumn, columns.generatedColumn],
    rowHeights,
    cells,
    merges,
    conditionalFormats: [],
    print: { landscape: false, fit: 'width', footer: PAGE_FOOTER },
    protect: true,
    columns,
  };
}

/** The generator's own text of a paragraph, even where the clerk's text replaced it. */
function generatedText(doc: ReportDocument, id: string): string {
  for (const section of doc.narrative) {
    const p = section.paragraphs.find((x) => x.id === id);
    if (p) return p.generated ?? p.text;
  }
  return '';
}

/** Height in points for wrapped text in a merged row: at least one line, at most Excel's 409. */
function paragraphHeight(text: string, widthChars: number, fontSize = 11): number {
  return Math.max(Math.round(fontSize * 1.45 + 6), wrappedTextHeight(text, widthChars, fontSize));
}

/**
 * A fingerprint of everything on the sheet that is not a paragraph (title, headings, tables), in
 * reading order: a clerk who unprotects the sheet and changes a table cell or adds a row changes it,
 * and regenerating then says that those changes will not be kept.
 */
function fingerprint(texts: Iterable<string>): string {
  let h = 2166136261;
  for (const text of texts) for (const ch of `${text}\u0001`) h = Math.imul(h ^ ch.codePointAt(0)!, 16777619) >>> 0;
  return `#${h.toString(16).padStart(8, '0')}`;
}

const isParagraphId = (v: unknown): v is string => typeof v === 'string' && /^\d\.\w+$/.test(v);

/** The non-paragraph texts of a values grid, row by row, left of the hidden columns. */
function fixedTexts(values: unknown[][], idColumn: number): string[] {
  const out: string[] = [];
  for (const row of values) {
    if (isParagraphId(row[idColumn])) continue;
    for (let c = 0; c < idColumn; c++) {
      const v = row[c];
      const text = v === null || v === undefined ? '' : String(v).trim();
      if (text) out.push(text);
    }
  }
  return out;
}

/**
 * The rows of 报告正文 that head a section (row → section number): a row whose one text is the
 * section's title as the writer put it (or a variant real reports use), outside any paragraph.
 */
export function reportSheetSectionRows(values: unknown[][], idColumn: number, format: FormatVersion): Map<number, number> {
  const byTitle = new Map<string, number>();
  for (const section of getFormat(format).sections) for (const title of [section.title, ...(section.variants ?? [])]) byTitle.set(normalizeLabel(title), section.number);
  const headings = new Map<number, number>();
  values.forEach((row, r) => {
    if (isParagraphId(row[idColumn])) return;
    const texts = row.slice(0, idColumn).filter((v) => v !== null && v !== undefined && String(v).trim() !== '');
    const number = texts.length === 1 ? byTitle.get(normalizeLabel(String(texts[0]))) : undefined;
    if (number !== undefined) headings.set(r, number);
  });
  return headings;
}

export interface SheetParagraph {
  id: string;
  /** Row in the sheet, 0-based. */
  row: number;
  text: string;
  generated: string;
}

/**
 * The paragraphs found in a 报告正文 sheet's values (the used range from A1). Rows without an ID
 * are headings, tables or the title and are the generator's alone.
 */
export function readReportSheetValues(values: unknown[][], columns: Pick<ReportSheetColumns, 'idColumn' | 'generatedColumn'>): SheetParagraph[] {
  const out: SheetParagraph[] = [];
  values.forEach((row, r) => {
    const id = row[columns.idColumn];
    if (!isParagraphId(id)) return;
    out.push({ id, row: r, text: cellText(row[0]), generated: cellText(row[columns.generatedColumn]) });
  });
  return out;
}

/** Finds the hidden ID column in a sheet's values, wherever the sheet was laid out. */
export function findReportSheetColumns(values: unknown[][]): Pick<ReportSheetColumns, 'idColumn' | 'generatedColumn'> | null {
  for (const row of values) {
    const col = row.findIndex((v) => typeof v === 'string' && /^1\.intro$/.test(v));
    if (col > 0) return { idColumn: col, generatedColumn: col + 1 };
  }
  return null;
}

/**
 * The clerk's paragraphs: paragraphs whose text is no longer what the generator wrote. An emptied paragraph
 * is not an edit: it is generated again (the parts of 一 are required; optional parts of 五 and 六
 * go away by clearing their 正文素材 instead).
 */
export function clerkParagraphsOf(paragraphs: SheetParagraph[]): ClerkParagraphs {
  const own: ClerkParagraphs = {};
  for (const p of paragraphs) if (p.text.trim() && normalize(p.text) !== normalize(p.generated)) own[p.id] = p.text.trim();
  return own;
}

/**
 * Whether anything besides the paragraphs changed since the sheet was written (a table cell, a heading,
 * a row the clerk added after unprotecting): such changes are not kept by regenerating. Sheets without
 * a fingerprint (none yet written so) count as unchanged.
 */
export function fixedContentChanged(values: unknown[][], columns: Pick<ReportSheetColumns, 'idColumn'>): boolean {
  const stored = values.map((row) => row[columns.idColumn]).find((v): v is string => typeof v === 'string' && /^#[0-9a-f]{8}$/.test(v));
  if (!stored) return false;
  return fingerprint(fixedTexts(values, columns.idColumn)) !== stored;
}

function cellText(v: unknown): string {
  return v === null || v === undefined ? '' : String(v);
}

function normalize(text: string): string {
  return text.replace(/\s+/g, '');
}

/** What a 报告正文 sheet holds, as regenerating needs to know it. */
export interface ReportSheetState {
  exists: boolean;
  paragraphs: SheetParagraph[];
  /** Paragraphs whose text the clerk changed since the generator wrote them, by paragraph ID. */
  clerkParagraphs: ClerkParagraphs;
  /** Title, headings or tables changed, or rows added, since the sheet was written: lost on regenerating. */
  otherChanges: boolean;
  /** A sheet of that name that the add-in did not write (no hidden paragraph IDs): never to be replaced. */
  foreign: boolean;
}

/** The state of 报告正文 from its values (from A1), as either reader found them; undefined: no such sheet. */
export function reportSheetState(found: { values: unknown[][] } | undefined): ReportSheetState {
  if (!found) return { exists: false, paragraphs: [], clerkParagraphs: {}, otherChanges: false, foreign: false };
  const columns = findReportSheetColumns(found.values);
  if (!columns) return { exists: true, paragraphs: [], clerkParagraphs: {}, otherChanges: false, foreign: true };
  const paragraphs = readReportSheetValues(found.values, columns);
  return { exists: true, paragraphs, clerkParagraphs: clerkParagraphsOf(paragraphs), otherChanges: fixedContentChanged(found.values, columns), foreign: false };
}
