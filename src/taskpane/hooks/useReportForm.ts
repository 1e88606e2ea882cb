import { useCallback, useMemo, useState } from 'react';
import { formatForYear, type FormatVersion } from '../../core';

export interface ReportFormValues {
  year: string;
  agency: string;
  format: FormatVersion;
}

export interface ReportForm {
  values: ReportFormValues;
  /** Chinese messages per field; empty when the field is fine. */
  errors: Partial<Record<keyof ReportFormValues, string>>;
  /** A non-blocking hint, e.g. the format does not match the year. */
  formatHint: string | null;
  setYear(year: string): void;
  setAgency(agency: string): void;
  setFormat(format: FormatVersion): void;
  parsedYear: number | null;
  isValid: boolean;
}

/** Reports are written in January for the year before, so that is the sensible default. */
export function defaultReportYear(today = new Date()): number {
  return today.getFullYear() - 1;
}

export function useReportForm(now?: Date): ReportForm {
  // Fixed at mount, so the checks below do not change identity on every render.
  const [today] = useState(() => now ?? new Date());
  const [values, setValues] = useState<ReportFormValues>(() => {
    const year = defaultReportYear(today);
    return { year: String(year), agency: '', format: formatForYear(year) };
  });
  const [formatTouched, setFormatTouched] = useState(false);

  const parsedYear = /^\d{4}$/.test(values.year.trim()) ? Number(values.year.trim()) : null;
  const errors = useMemo(() => {
    const e: ReportForm['errors'] = {};
    if (parsedYear === null || parsedYear < 2008 || parsedYear > today.getFullYear() + 1) e.year = '请填写四位数的报告年度，如 2025。';
    if (values.agency.trim().length > 100) e.agency = '机关名称过长（不超过 100 字）。';
    return e;
  }, [parsedYear, values.agency, today]);

  const formatHint =
    parsedYear !== null && formatForYear(parsedYear) !== values.format
      ? values.format === '2019'
        ? `${parsedYear} 年度报告应使用 2021 版格式；2019 版只适用于 2019、2020 年度。`
        : `${parsedYear} 年度报告使用 2019 版格式（国办公开办函〔2019〕60号）。`
      : null;

  const setYear = useCallback(
    (year: string) => {
      setValues((v) => {
        const y = /^\d{4}$/.test(year) ? Number(year) : null;
        // Follow the year with the format until the clerk chooses one explicitly.
        return { ...v, year, format: !formatTouched && y !== null ? formatForYear(y) : v.format };
      });
    },
    [formatTouched],
  );
  const setAgency = useCallback((agency: string) => setValues((v) => ({ ...v, agency })), []);
  const setFormat = useCallback((format: FormatVersion) => {
    setFormatTouched(true);
    setValues((v) => ({ ...v, format }));
  }, []);

  return { values, errors, formatHint, setYear, setAgency, setFormat, parsedYear, isValid: Object.keys(errors).length === 0 };
}
