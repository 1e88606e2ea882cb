import { compileFormat } from './compile';
import { FORMAT_2019 } from './format2019';
import { FORMAT_2021 } from './format2021';
import type { FormatSpec, FormatVersion, ReportFormat } from './types';

/** Every format spec, newest first. A new revision is a new spec file added here. */
export const SPECS: readonly FormatSpec[] = [FORMAT_2021, FORMAT_2019];

export const DEFAULT_FORMAT: FormatVersion = '2021';

const compiled = new Map<FormatVersion, ReportFormat>();

export function specOf(version: FormatVersion): FormatSpec {
  return SPECS.find((s) => s.version === version)!;
}

/** The compiled schema of a format version (compiled once, then shared). */
export function getFormat(version: FormatVersion = DEFAULT_FORMAT): ReportFormat {
  let format = compiled.get(version);
  if (!format) {
    format = compileFormat(specOf(version));
    compiled.set(version, format);
  }
  return format;
}

export function isFormatVersion(value: unknown): value is FormatVersion {
  return SPECS.some((s) => s.version === value);
}

/**
 * The format a report year calls for, from each spec's `years`: 2019 tables for 2019–2020, 2021 tables
 * from 2021 on. A year before every spec takes the oldest; after every spec (none open), the newest.
 */
export function formatForYear(year: number): FormatVersion {
  const fits = SPECS.find((s) => year >= s.years.from && (s.years.to === undefined || year <= s.years.to));
  if (fits) return fits.version;
  const oldest = SPECS[SPECS.length - 1];
  return year < oldest.years.from ? oldest.version : SPECS[0].version;
}
