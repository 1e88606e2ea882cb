import type { ReportData } from '../cells';

/**
 * Whether a report given as last year's is last year's, of this agency. Pasting another year's or
 * another office's report would fill 上年结转 with foreign numbers and raise false cross-year errors.
 *
 * Agencies are written many ways for one office: 县政府办 / 县人民政府办公室, with or without the city
 * (淮安市洪泽区人民政府 / 洪泽区人民政府), and a county's report is published as the 人民政府's or its
 * 办公室's. Names are compared by their core: without the 人民政府 / 政府 / 办公室 endings, and
 * allowing one name to add administrative divisions (…省, …市, …州, …盟, …地区, …县) in front of the other.
 */

const PUNCTUATION = /[\s\u3000·•()（）【】[\]“”"'‘’、，,.。]/g;
/** 人民政府办公室, 政府办公厅, 政府办, 人民政府, 政府: what the office of a government is called. */
const GOVERNMENT_ENDING = /(?:人民)?政府(?:办公室|办公厅|办)?$/;
/** Divisions a name may carry in front: 陕西省, 咸阳市, 延边朝鲜族自治州, 锡林郭勒盟, 大兴安岭地区, and a township's county. */
const DIVISIONS = /^(?:[\u4e00-\u9fff]{1,10}?(?:省|自治区|市|自治州|州|地区|盟|县|区|旗))+$/;

function core(name: string): string {
  return name.replace(PUNCTUATION, '').replace(/^中共/, '').replace(GOVERNMENT_ENDING, '') || name;
}

/** True when two agency names very likely mean the same office. */
export function sameAgency(a: string, b: string): boolean {
  const [x, y] = [core(a), core(b)].sort((p, q) => q.length - p.length);
  if (x === y) return true;
  if (!y || !x.endsWith(y)) return false;
  return DIVISIONS.test(x.slice(0, x.length - y.length));
}

export interface PreviousMismatch {
  /** 「上年报告是 2024 年度的，本报告为 2024 年度，上年报告应为 2023 年度。」 */
  year?: string;
  agency?: string;
}

/**
 * What does not fit between this year's report and the one given as last year's: a year other than
 * this year − 1, an agency that is not this one. Unknown on either side is not a mismatch (nothing
 * to compare); null when everything that can be compared fits.
 */
export function previousReportMismatch(current: Pick<ReportData, 'year' | 'agency'>, previous: Pick<ReportData, 'year' | 'agency'>): PreviousMismatch | null {
  const out: PreviousMismatch = {};
  if (current.year !== null && previous.year !== null && previous.year !== current.year - 1) {
    out.year = `上年报告是 ${previous.year} 年度的，本报告为 ${current.year} 年度，上年报告应为 ${current.year - 1} 年度。`;
  }
  const [mine, theirs] = [current.agency?.trim(), previous.agency?.trim()];
  if (mine && theirs && !sameAgency(mine, theirs)) {
    out.agency = `上年报告的机关是“${theirs}”，本报告的机关是“${mine}”。`;
  }
  return out.year || out.agency ? out : null;
}

/**
 * X-6's words: the report given as last year's does not fit. When the year is wrong the cross-year
 * rules would compare the wrong year: they are left out, and the message says so.
 */
export function previousMismatchMessage(mismatch: PreviousMismatch): { message: string; suggestion: string } {
  const skipped = mismatch.year ? '没有据此核对上年结转和规范性文件存量。' : '据此核对的上年结转和规范性文件存量可能不对。';
  return {
    message: `给出的上年报告可能不是本机关上一年度的：${[mismatch.year, mismatch.agency].filter(Boolean).join('')}${skipped}`,
    suggestion: '请换用本机关上一年度的报告；如确是（例如机关更名），可忽略此提示。',
  };
}
