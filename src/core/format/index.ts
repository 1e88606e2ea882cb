import { compileFormat } from './compile';
import { FORMAT_2019 } from './format2019';
import { FORMAT_2021 } from './format2021';
import type { FormatSpec, FormatVersion, ReportFormat, TableId } from './types';

export * from './types';
export { describeCells } from './describe';
export { formatOfData, isMixedFormat, mixedFormat } from './variants';
export { equationsOf, type Equation } from './equations';

const SPECS: Record<FormatVersion, FormatSpec> = { '2021': FORMAT_2021, '2019': FORMAT_2019 };
const compiled = new Map<FormatVersion, ReportFormat>();

export const DEFAULT_FORMAT: FormatVersion = '2021';

/** The tables' short Chinese names, as messages and the task pane say them. */
export const TABLE_LABEL: Record<TableId, string> = { active: '表二', applications: '表三', review: '表四' };

/** The compiled schema of a format version (compiled once, then shared). */
export function getFormat(version: FormatVersion = DEFAULT_FORMAT): ReportFormat {
  let format = compiled.get(version);
  if (!format) {
    format = compileFormat(SPECS[version]);
    compiled.set(version, format);
  }
  return format;
}

export function isFormatVersion(value: unknown): value is FormatVersion {
  return value === '2021' || value === '2019';
}

/** The format a report year calls for: 2019 tables for 2019–2020, 2021 tables from 2021 on. */
export function formatForYear(year: number): FormatVersion {
  return year >= 2021 ? '2021' : '2019';
}
