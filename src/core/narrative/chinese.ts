/**
 * Chinese numerals and dates as 公文 write them, without `Intl` (whose output differs between
 * browser versions). Counts in running text stay Arabic (GB/T 15835); headings use Chinese ordinals.
 */
const DIGITS = '零一二三四五六七八九';

/** 1 → 一, 10 → 十, 12 → 十二, 20 → 二十, 35 → 三十五 (1–99, enough for headings and lists). */
export function chineseNumber(n: number): string {
  if (!Number.isInteger(n) || n < 0 || n > 99) throw new RangeError(`chineseNumber: ${n} is outside 0–99`);
  if (n < 10) return DIGITS[n];
  const tens = Math.floor(n / 10);
  const ones = n % 10;
  return `${tens === 1 ? '' : DIGITS[tens]}十${ones ? DIGITS[ones] : ''}`;
}

/** （一）（二）… */
export function bracketOrdinal(n: number): string {
  return `（${chineseNumber(n)}）`;
}

/** 一是…；二是…；三是…。 */
export function enumerate(items: string[]): string {
  const clean = items.map((i) => i.trim().replace(/[。；;，,]+$/, '')).filter(Boolean);
  return clean.map((item, i) => `${chineseNumber(i + 1)}是${item}`).join('；') + (clean.length ? '。' : '');
}

/** 2025年1月20日 */
export function chineseDate(year: number, month: number, day: number): string {
  return `${year}年${month}月${day}日`;
}

/** 2024年1月1日至2024年12月31日 */
export function statisticsPeriod(year: number): string {
  return `${chineseDate(year, 1, 1)}至${chineseDate(year, 12, 31)}`;
}

/** Amounts as written in reports: no trailing zeros, at most two decimals. */
export function amount(n: number): string {
  const rounded = Math.round(n * 100) / 100;
  return Number.isInteger(rounded) ? String(rounded) : rounded.toFixed(2).replace(/0$/, '');
}

/** Joins clauses with 、 and a final 和 where natural: 甲、乙和丙. */
export function joinList(items: string[]): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join('、')}和${items[items.length - 1]}`;
}
