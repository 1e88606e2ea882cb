import type { NarrativeInputs } from '../inputs/types';

/**
 * 落款: the issuing agency and the date at the end of the report, as 公文 sign off. The agency is
 * 基本信息's 机关名称; the date is the clerk's 落款日期, written as 公文 write dates (GB/T 9704: the
 * year in full, month and day without leading zeros: 「2025年1月20日」). No date, no 落款: a report
 * signed without a date would look finished when it is not.
 */
export interface Signature {
  agency: string;
  date: string;
}

export function signatureOf(agency: string | null, inputs: NarrativeInputs): Signature | null {
  const raw = inputs.signature?.date?.trim();
  const name = agency?.trim();
  if (!raw || !name) return null;
  return { agency: name, date: signatureDate(raw) };
}

/**
 * 「2025-01-20」「2025/1/20」「2025.1.20」「2025年01月20日」 (and a date cell, read as 「2025-01-20」 or as
 * Excel's serial number) → 「2025年1月20日」. Anything else is kept as the clerk wrote it.
 */
export function signatureDate(raw: string): string {
  const text = raw.trim();
  const parts = /^(\d{4})\s*[年./-]\s*(\d{1,2})\s*[月./-]\s*(\d{1,2})\s*日?(?:[ T]\d{1,2}:\d{2}.*)?$/.exec(text);
  if (parts) {
    const [year, month, day] = parts.slice(1).map(Number);
    if (validDate(year, month, day)) return `${year}年${month}月${day}日`;
    return text;
  }
  // A date cell as Excel hands it over: days since 1899-12-30 (years 2000–2100 only; anything else is not a date here).
  if (/^\d{5}$/.test(text)) {
    const serial = Number(text);
    if (serial >= 36526 && serial <= 73051) {
      const date = new Date(Date.UTC(1899, 11, 30) + serial * 86400000);
      return `${date.getUTCFullYear()}年${date.getUTCMonth() + 1}月${date.getUTCDate()}日`;
    }
  }
  return text;
}

function validDate(year: number, month: number, day: number): boolean {
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}
