import type { CellValue } from '../cells';

/** A number written that a double cannot hold exactly. */
export class Refused {
  constructor(readonly reason: string) {}
}

const SPACES = /[\s\u3000\u00a0\u2000-\u200b\u202f\u205f\ufeff]+/g;

/**
 * A value as written in a cell, into cell data: numbers as numbers, anything else exactly as written
 * (「17件」「减1」「/」, full-width digits), so that validation names it. A number is refused, never
 * rounded, when a double cannot hold it exactly (beyond 2^53, or more than 15 significant digits);
 * one written with a leading zero (「05」) is kept as text: it is not how any table writes a count.
 */
export function parseValue(written: string): CellValue | Refused {
  // The common case first: a plain count.
  if (/^(?:0|[1-9]\d{0,14})$/.test(written)) return Number(written);
  const text = written.replace(SPACES, '');
  if (text === '') return null;
  const plain = /^\d{1,3}(?:,\d{3})+(?:\.\d+)?$/.test(text) ? text.replace(/,/g, '') : text;
  const number = /^([+-]?)(\d+)(?:\.(\d+))?$/.exec(plain);
  if (!number) return text;
  const [, , whole, fraction = ''] = number;
  if (whole.length > 1 && whole[0] === '0') return text;
  const significant = (whole + fraction).replace(/^0+/, '').length;
  const value = Number(plain);
  if (!Number.isFinite(value) || Math.abs(value) > Number.MAX_SAFE_INTEGER || significant > 15) {
    return new Refused(`“${written.trim()}”超出了能精确表示的范围（超过 15 位有效数字）`);
  }
  return value;
}
