import type { ReportData } from '../cells';
import { getFormat } from '../format';
import { cellAddress } from '../layout/a1';
import type { CellLocation } from '../layout/read';
import { checkText, type TextFinding } from '../rules';
import type { ReportDocument } from './document';
import { findReportSheetColumns, reportSheetSectionRows } from './sheet';
import { plainTextLines } from './text';

/**
 * The text rules (stale years X-2, numbers against the tables X-3, sections and the 信息处理费
 * statement X-4, lint E-*) on the 报告正文 sheet. What the generator wrote passes them by
 * construction; what they catch is a clerk's edit, or text left behind after the tables changed.
 * Each finding points at its row of the sheet, under an ID of the form 「报告正文!A12」.
 */
export function checkReportSheet(
  data: ReportData,
  sheet: string,
  values: unknown[][],
  previous?: ReportData,
): { findings: TextFinding[]; locations: Map<string, CellLocation> } {
  const locations = new Map<string, CellLocation>();
  const columns = findReportSheetColumns(values);
  if (!columns) return { findings: [], locations };
  // One line per row, as the sheet shows it; a paragraph may hold several lines (Alt+Enter), each
  // a line at its cell. The sections come from the sheet's own structure: the writer puts each
  // section heading alone on its row, so the text is not read back through the importer.
  const lines: string[] = [];
  const rows: number[] = [];
  const headings = reportSheetSectionRows(values, columns.idColumn, data.format);
  const sections: { number: number; heading: string; line: number; body: string[] }[] = [];
  values.forEach((row, r) => {
    const shown = row
      .slice(0, columns.idColumn)
      .map((v) => (v === null || v === undefined ? '' : String(v)))
      .filter((t) => t.trim() !== '');
    if (shown.length === 0) return;
    const number = headings.get(r);
    if (number !== undefined) sections.push({ number, heading: shown[0].trim(), line: lines.length + 1, body: [] });
    for (const line of shown.join('\t').split(/\r?\n/)) {
      if (number === undefined) sections[sections.length - 1]?.body.push(line);
      lines.push(line);
      rows.push(r);
    }
  });
  const text = lines.join('\n');
  const textSections = sections.map(({ number, heading, line, body }) => ({ number, heading, line, text: body.join('\n').trim() }));
  const findings = checkText({ data, sections: textSections, text, previous }).map((f) => {
    const row = f.line !== undefined ? rows[f.line - 1] : undefined;
    if (row === undefined) return f;
    const address = cellAddress(row, 0);
    const id = `${sheet}!${address}`;
    locations.set(id, { sheet, row, col: 0, address, isFormula: false });
    return { ...f, cells: [id, ...f.cells] };
  });
  return { findings, locations };
}

/** A finding in a report about to be written, with the narrative paragraph it is in. */
export interface DocumentFinding extends TextFinding {
  paragraph?: {
    id: string;
    /** Section and paragraph heading as printed: 「一、总体情况 ·（二）依申请公开」. */
    where: string;
    source: 'generated' | 'clerk';
  };
}

/**
 * The text rules on a report before it is written or handed out. The generator's own sentences pass
 * by construction, so what this finds is in a paragraph the clerk kept (a stale year, a
 * number the tables contradict) or a gap left to fill (E-5: a 信息处理费 without its amount, last
 * year's problems without what was done, a table that was incomplete).
 */
export function checkReportDocument(data: ReportData, doc: ReportDocument, previous?: ReportData): DocumentFinding[] {
  // One pass over the text as it is printed: the sections come from the model (its level-1
  // headings are the format's sections, in order), not from reading our own text back, and each
  // paragraph line remembers where it stands.
  const numbers = getFormat(data.format).sections.map((s) => s.number);
  const lines = plainTextLines(doc);
  const sections: { number: number; heading: string; line: number; body: string[] }[] = [];
  const paragraphAt = new Map<number, NonNullable<DocumentFinding['paragraph']>>();
  let heading = '';
  lines.forEach(({ text, block: index }, i) => {
    const block = index !== undefined ? doc.blocks[index] : undefined;
    if (block?.kind === 'heading' && block.level === 1) {
      sections.push({ number: numbers[sections.length], heading: text, line: i + 1, body: [] });
      heading = '';
      return;
    }
    const section = sections[sections.length - 1];
    section?.body.push(text);
    if (block?.kind === 'heading') heading = block.text;
    if (section && block?.kind === 'paragraph' && block.id) {
      paragraphAt.set(i + 1, { id: block.id, where: heading ? `${section.heading} · ${heading}` : section.heading, source: block.source ?? 'generated' });
    }
  });
  const text = lines.map((l) => l.text).join('\n');
  const textSections = sections.map(({ number, heading: title, line, body }) => ({ number, heading: title, line, text: body.join('\n') }));
  return checkText({ data, sections: textSections, text, previous }).map((finding) => {
    const paragraph = finding.line !== undefined ? paragraphAt.get(finding.line) : undefined;
    return paragraph ? { ...finding, paragraph } : finding;
  });
}
