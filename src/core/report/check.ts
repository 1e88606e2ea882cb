import type { ReportData } from '../cells';
import { importReportText } from '../import';
import { cellAddress } from '../layout/a1';
import type { CellLocation } from '../layout/read';
import { checkText, type TextFinding } from '../rules';
import { findReportSheetColumns } from './sheet';

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
): { findings: TextFinding[]; locations: Map<string, CellLocation> } {
  const locations = new Map<string, CellLocation>();
  const columns = findReportSheetColumns(values);
  if (!columns) return { findings: [], locations };
  const lines: string[] = [];
  const rows: number[] = [];
  values.forEach((row, r) => {
    const shown = row
      .slice(0, columns.idColumn)
      .map((v) => (v === null || v === undefined ? '' : String(v)))
      .filter((t) => t.trim() !== '');
    if (shown.length === 0) return;
    // A paragraph may hold several lines (Alt+Enter); each counts as a line at its cell.
    for (const line of shown.join('\t').split(/\r?\n/)) {
      lines.push(line);
      rows.push(r);
    }
  });
  const text = lines.join('\n');
  const sections = importReportText(text).sections.map(({ number, heading, line, text: body }) => ({ number, heading, line, text: body }));
  const findings = checkText({ data, sections, text }).map((f) => {
    const row = f.line !== undefined ? rows[f.line - 1] : undefined;
    if (row === undefined) return f;
    const address = cellAddress(row, 0);
    const id = `${sheet}!${address}`;
    locations.set(id, { sheet, row, col: 0, address, isFormula: false });
    return { ...f, cells: [id, ...f.cells] };
  });
  return { findings, locations };
}
