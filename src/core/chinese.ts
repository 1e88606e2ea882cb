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

const ORDINAL = '[一二三四五六七八九十]+';

/**
 * A clerk's own numbering at the start of a list item: 「1.」「（一）」「一、」「一是」「其一，」「第一，」
 * 「首先，」「其次，」…. The generator numbers the items itself, so these are removed, not doubled.
 */
export const ENUMERATOR = new RegExp(
  `^\\s*(?:\\d+(?:[.、．](?!\\d)|[）)])|[（(](?:${ORDINAL}|\\d+)[）)]|${ORDINAL}、|${ORDINAL}是(?=\\s*[\\u4e00-\\u9fff])|其${ORDINAL}[，,、：:]|第${ORDINAL}[，,、：:]|(?:首先|其次|再次|然后|最后)[，,、：:])\\s*`,
);

/** An item without its leading number: 「二是完善制度」 → 「完善制度」. */
export function stripEnumerator(item: string): string {
  return item.replace(ENUMERATOR, '').trim();
}

/** 一是…；二是…；三是…。 Items already numbered by the clerk are not numbered twice. */
export function enumerate(items: string[]): string {
  const clean = items.map((i) => stripEnumerator(i).replace(/[。；;，,]+$/, '')).filter(Boolean);
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

/**
 * A number as running text writes it, in plain digits however large: `String(1e21)` is 「1e+21」.
 * Numbers from 1e21 up are whole in floating point, so they are written through BigInt.
 */
export function plainNumber(n: number): string {
  return Number.isFinite(n) && Math.abs(n) >= 1e21 ? BigInt(n).toString() : String(n);
}

/** Amounts as written in reports: no trailing zeros, at most two decimals. */
export function amount(n: number): string {
  // Whole amounts as they are: scaling by 100 loses digits above 2^53.
  const rounded = Number.isInteger(n) ? n : Math.round(n * 100) / 100;
  return Number.isInteger(rounded) ? plainNumber(rounded) : rounded.toFixed(2).replace(/0$/, '');
}

/** Joins clauses with 、 and a final 和 where natural: 甲、乙和丙. */
export function joinList(items: string[]): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join('、')}和${items[items.length - 1]}`;
}
