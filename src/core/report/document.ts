import type { CellValue, ReportData } from '../cells';
import { getFormat, type CompiledTable, type TableId } from '../format';
import { generateNarrative, withYearOnYear, type NarrativeInputs, type NarrativeSection, type ClerkParagraphs, type PreviousYear } from '../narrative';
import type { Finding } from '../rules';
import { draftMark, type DraftMark } from './draft';
import { signatureOf, type Signature } from './signature';

/**
 * The whole report as a sequence of blocks: title, the six sections in official order, tables
 * 二/三/四 as grids with their merged headers. Every output (Markdown, text, the 报告正文
 * worksheet, the .docx) renders this one model, so they cannot disagree with each other.
 */

export interface TableCell {
  row: number;
  col: number;
  rowSpan: number;
  colSpan: number;
  text: string;
  role: 'header' | 'label' | 'value';
  /** For value cells, the cell as the tables hold it: a number stays a number in a worksheet. */
  value?: CellValue;
}

export interface TableMatrix {
  table: TableId;
  width: number;
  height: number;
  /** Rows that repeat on every page. */
  headerRows: number;
  labelColumns: number;
  /** Anchor cells only; a merged cell covers rowSpan × colSpan grid positions. */
  cells: TableCell[];
}

export type ReportBlock =
  | { kind: 'heading'; level: 1 | 2; text: string }
  | {
      kind: 'paragraph';
      text: string;
      /** Narrative paragraph ID (e.g. 「1.applications」); absent for fixed text. */
      id?: string;
      source?: 'generated' | 'clerk';
    }
  | { kind: 'table'; matrix: TableMatrix };

export interface ReportDocument {
  title: string;
  year: number;
  agency: string;
  /** Set when the report was made while its tables were wrong: every output shows `draft.line` under the title. */
  draft?: DraftMark;
  /** 落款 (agency and date) for the .docx; absent when the clerk left 落款日期 empty. */
  signature?: Signature;
  blocks: ReportBlock[];
  narrative: NarrativeSection[];
}

export function reportTitle(report: ReportData): string {
  return `${report.agency?.trim() || ''}${report.year}年政府信息公开工作年度报告`;
}

/**
 * `validation`: the findings of validating the workbook the report is made from; with table errors
 * among them the document is a draft (`draftMark`).
 */
export function buildReportDocument(
  report: ReportData,
  inputs: NarrativeInputs = {},
  clerkParagraphs: ClerkParagraphs = {},
  options: { validation?: readonly Finding[]; previous?: PreviousYear } = {},
): ReportDocument {
  if (report.year === null) throw new Error('buildReportDocument: the report year is needed');
  const format = getFormat(report.format);
  // With last year's report, each paragraph ends with its 同比 sentence.
  const narrative = withYearOnYear(generateNarrative(report, inputs, clerkParagraphs), report, inputs, options.previous);
  const blocks: ReportBlock[] = [];
  for (const section of format.sections) {
    blocks.push({ kind: 'heading', level: 1, text: section.title });
    const table = section.table ? format.tables.find((t) => t.id === section.table) : undefined;
    if (table) {
      blocks.push({ kind: 'table', matrix: tableMatrix(table, report.cells) });
      continue;
    }
    const generated = narrative.find((s) => s.number === section.number);
    for (const p of generated?.paragraphs ?? []) {
      if (p.heading) blocks.push({ kind: 'heading', level: 2, text: p.heading });
      blocks.push({ kind: 'paragraph', text: p.text, id: p.id, source: p.source });
    }
  }
  const draft = draftMark(options.validation ?? []);
  const signature = signatureOf(report.agency, inputs);
  return { title: reportTitle(report), year: report.year, agency: report.agency?.trim() || '', ...(draft ? { draft } : {}), ...(signature ? { signature } : {}), blocks, narrative };
}

/** A table as a grid of anchor cells: the official labels with their spans, and the values. */
export function tableMatrix(table: CompiledTable, cells: Record<string, CellValue>): TableMatrix {
  const out: TableCell[] = table.labels.map((l) => ({
    row: l.row,
    col: l.col,
    rowSpan: l.rowSpan,
    colSpan: l.colSpan,
    text: l.text,
    role: l.row < table.headerRows || l.role === 'header' || l.role === 'blockHeading' || l.role === 'note' ? 'header' : 'label',
  }));
  for (const v of table.values) {
    const value = cells[v.id];
    out.push({ row: v.row, col: v.col, rowSpan: 1, colSpan: v.colSpan, text: value === null || value === undefined ? '' : String(value), role: 'value', value: value ?? null });
  }
  out.sort((a, b) => a.row - b.row || a.col - b.col);
  return { table: table.id, width: table.width, height: table.height, headerRows: table.headerRows, labelColumns: table.labelColumns, cells: out };
}

/** Each grid row's anchor cells, in column order, as the importer reads Word-extracted tables. */
export function matrixRows(matrix: TableMatrix): TableCell[][] {
  const rows: TableCell[][] = Array.from({ length: matrix.height }, () => []);
  for (const cell of matrix.cells) rows[cell.row].push(cell);
  return rows;
}
