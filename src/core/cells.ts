import type { FormatVersion } from './format/types';

/**
 * A table cell as the tools exchange it: a number, blank (null), or text kept exactly as written
 * (「17件」, 「减1」, 「/」) so that validation can name it instead of a reader guessing.
 */
export type CellValue = number | string | null;
export type CellData = Record<string, CellValue>;

/** One report's data: the JSON that `nianbao export --json` prints and `init --data` accepts. */
export interface ReportData {
  format: FormatVersion;
  year: number | null;
  agency: string | null;
  cells: CellData;
}

const PLAIN_NUMBER = /^[+-]?(\d+(\.\d*)?|\.\d+)$/;

/**
 * Normalises what a spreadsheet cell holds into a CellValue: numbers stay numbers, empty text is
 * blank, text that is a plain ASCII number becomes that number, any other text is kept as written.
 * Full-width digits and units are deliberately not converted: they are input defects to report.
 */
export function toCellValue(raw: unknown): CellValue {
  if (raw === null || raw === undefined) return null;
  if (typeof raw === 'number') return Number.isFinite(raw) ? raw : String(raw);
  if (typeof raw === 'boolean') return raw ? 'TRUE' : 'FALSE';
  if (raw instanceof Date) return shownDate(raw);
  const text = String(raw);
  const trimmed = text.trim();
  if (trimmed === '') return null;
  // A run of digits too long for a double (「999…9」) stays text: never Infinity.
  if (PLAIN_NUMBER.test(trimmed) && Number.isFinite(Number(trimmed))) return Number(trimmed);
  return text;
}

/**
 * A date as the clerk saw it in the cell: 「2023-03-15」, with the time when it has one. Spreadsheet
 * dates carry no time zone; the .xlsx reader hands them over as UTC.
 */
function shownDate(date: Date): string {
  if (Number.isNaN(date.getTime())) return String(date);
  const iso = date.toISOString();
  const time = iso.slice(11, 16);
  return time === '00:00' ? iso.slice(0, 10) : `${iso.slice(0, 10)} ${time}`;
}

/** Sum as a spreadsheet's SUM does it: blanks and text count as nothing. */
export function spreadsheetSum(values: CellValue[]): number {
  let sum = 0;
  for (const v of values) if (typeof v === 'number') sum += v;
  return dropFloatNoise(sum);
}

/** A cell's number, or null when it is blank, text or not there. */
export function numberAt(cells: CellData, id: string): number | null {
  const value = cells[id];
  return typeof value === 'number' ? value : null;
}

/** The sum of some cells as a spreadsheet computes it, or null unless every one of them is a number. */
export function sumAt(cells: CellData, ids: readonly string[]): number | null {
  const values = ids.map((id) => numberAt(cells, id));
  return values.every((v) => v !== null) ? spreadsheetSum(values) : null;
}

/** Removes binary floating-point noise from sums of decimals (0.1 + 0.2). */
export function dropFloatNoise(value: number): number {
  return Math.round(value * 1e9) / 1e9;
}
