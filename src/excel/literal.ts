/**
 * What to put into `values` or `formulas` so that Excel keeps text as typed: text it would read as
 * a formula, a number (「0075」, 「1,200」, 「35%」), a date (「3-5」, 「2021/3」) or a boolean gets the
 * apostrophe prefix, which Excel stores as "text" and does not show.
 */
export function excelLiteral(value: string | number | null): string | number {
  if (value === null) return '';
  if (typeof value === 'number') return value;
  const s = value;
  const parsed = /^[=+\-@']/.test(s) || /^\s*[\d.,]+\s*%?\s*$/.test(s) || /^(true|false)$/i.test(s.trim()) || /^\d{1,4}\s*[-/:年月]\s*\d/.test(s);
  return parsed ? `'${s}` : s;
}
