import type { ReportData } from '../cells';
import { carryOverPairs, getFormat } from '../format';
import { previousMismatchMessage, previousReportMismatch } from './previous';
import { bigrams, dice } from './similarity';
import { runRules } from './run';
import { fail, NARRATIVE, type TextRule } from './text-rule';
import type { CheckResult, CrossYearInput, CrossYearRule, Finding } from './types';

/** Across years: this year's tables against last year's (X-1, T2-2, T2-3, after X-6), and the text copied from last year. */

// ---------------------------------------------------------------- X-5 similarity

/** Dice coefficient over character bigrams of two texts (0 … 1). */
export function textSimilarity(a: string, b: string): number {
  return dice(bigrams(a), bigrams(b));
}

export const X_5: TextRule = {
  kind: 'text',
  id: 'X-5',
  severity: 'warning',
  title: '正文与上年报告高度雷同',
  label: '与上年文字雷同',
  check({ sections, previousText }) {
    if (previousText === undefined) return [];
    const narrative = sections.filter((s) => NARRATIVE.includes(s.number)).map((s) => s.text).join('\n');
    const similarity = textSimilarity(narrative, previousText);
    const percent = Math.round(similarity * 100);
    return similarity > 0.5
      ? [fail(`正文（第一、五、六部分）与上年报告的相似度为 ${percent}%，超过 50%：可能照搬了上年文字。`)]
      : [{ status: 'pass', cells: [], message: '' }];
  },
};


// ---------------------------------------------------------------- cross-year

export const CROSS_YEAR_LABEL = '与上年不衔接';

const mismatches = new WeakMap<CrossYearInput, ReturnType<typeof previousReportMismatch>>();

/** The mismatch X-6 reports, unless the clerk confirmed the report is theirs; worked out once per input, as four rules ask. */
function mismatchOf(input: CrossYearInput): ReturnType<typeof previousReportMismatch> {
  if (input.confirmed) return null;
  if (!mismatches.has(input)) mismatches.set(input, previousReportMismatch(input.current, input.previous));
  return mismatches.get(input)!;
}

/** Of another year, nothing is compared: X-1 and T2-2/T2-3 would compare the wrong years. */
const comparable = (input: CrossYearInput): boolean => !mismatchOf(input)?.year;

/** the report given as last year's is of another year (then nothing is compared) or of another agency. */
const X_6: CrossYearRule = {
  kind: 'cross-year',
  id: 'X-6',
  severity: 'warning',
  label: '上年报告不相符',
  title: '给出的上年报告是上一年度的、同一机关的（机关名称的常见写法视为相同）；年度不符时不做跨年度核对',
  check(input) {
    const mismatch = mismatchOf(input);
    return mismatch ? [{ status: 'fail', cells: [], ...previousMismatchMessage(mismatch) }] : [{ status: 'pass', cells: [] }];
  },
};

const X_1: CrossYearRule = {
  kind: 'cross-year',
  id: 'X-1',
  severity: 'error',
  label: CROSS_YEAR_LABEL,
  title: '本年“上年结转”等于上年“结转下年度继续办理”（每列）',
  check(input) {
    if (!comparable(input)) return [];
    const { current, previous } = input;
    const results: CheckResult[] = [];
    for (const { column: balance, lastYear } of carryOverPairs(getFormat(current.format), getFormat(previous.format))) {
      const column = getFormat(current.format).cellById.get(balance.carriedOver)!;
      const now = current.cells[column.id];
      const before = previous.cells[lastYear];
      if (typeof now !== 'number' || typeof before !== 'number') continue;
      if (now === before) {
        results.push({ status: 'pass', cells: [column.id] });
        continue;
      }
      results.push({
        status: 'fail',
        cells: [column.id],
        values: { [column.id]: now },
        expected: before,
        actual: now,
        difference: now - before,
        message: `表三 ${column.columnLabel}列：本年“上年结转” ${now} 件，与上年报告“结转下年度继续办理” ${before} 件不一致，相差 ${Math.abs(now - before)}。`,
        suggestion: `上年结转应为 ${before}。`,
      });
    }
    return results;
  },
};

/** 规章 and 行政规范性文件 in table 二 (2021 format): this year's and last year's figures of a row. */
function documentRows({ current, previous }: CrossYearInput) {
  if (current.format !== '2021' || previous.format !== '2021') return [];
  const [c, p] = [current.cells, previous.cells];
  return (['regulations', 'normativeDocuments'] as const).flatMap((row) => {
    const label = row === 'regulations' ? '规章' : '行政规范性文件';
    const figures = [c[`active.${row}.inForce`], c[`active.${row}.issued`], c[`active.${row}.repealed`], p[`active.${row}.inForce`]];
    if (!figures.every((v) => typeof v === 'number')) return [];
    const [inForce, issued, repealed, lastInForce] = figures as number[];
    return [{ row, label, inForce, issued, repealed, lastInForce }];
  });
}

const T2_2: CrossYearRule = {
  kind: 'cross-year',
  id: 'T2-2',
  severity: 'warning',
  label: CROSS_YEAR_LABEL,
  title: '现行有效件数 = 上年现行有效 + 本年制发 − 本年废止（修订、到期会造成差异）',
  check(input) {
    if (!comparable(input)) return [];
    return documentRows(input).map(({ row, label, inForce, issued, repealed, lastInForce }): CheckResult => {
      const cells = [`active.${row}.inForce`, `active.${row}.issued`, `active.${row}.repealed`];
      const expected = lastInForce + issued - repealed;
      if (inForce === expected) return { status: 'pass', cells };
      return {
        status: 'fail',
        cells,
        expected,
        actual: inForce,
        difference: inForce - expected,
        message: `表二 ${label}：上年现行有效 ${lastInForce} + 本年制发 ${issued} − 本年废止 ${repealed} = ${expected}，但本年现行有效为 ${inForce}（修订、到期失效会造成差异，请核实）。`,
      };
    });
  },
};

const T2_3: CrossYearRule = {
  kind: 'cross-year',
  id: 'T2-3',
  severity: 'warning',
  label: CROSS_YEAR_LABEL,
  title: '本年废止件数不多于上年现行有效与本年制发之和',
  check(input) {
    if (!comparable(input)) return [];
    return documentRows(input).map(({ row, label, issued, repealed, lastInForce }): CheckResult => {
      const cells = [`active.${row}.repealed`];
      if (repealed <= lastInForce + issued) return { status: 'pass', cells };
      return { status: 'fail', cells, message: `表二 ${label}：本年废止 ${repealed} 件，多于上年现行有效 ${lastInForce} 件与本年制发 ${issued} 件之和。` };
    });
  },
};

/** This year's tables against last year's, X-6 first. */
export const CROSS_YEAR_RULES: readonly CrossYearRule[] = [X_6, X_1, T2_2, T2_3];

/**
 * X-1, T2-2, T2-3: this year's tables against last year's; first X-6, when the report given as last
 * year's is of another year (then nothing is compared) or of another agency. `confirmed`: the clerk
 * said it is theirs, e.g. after a renaming.
 */
export function checkAcrossYears(current: ReportData, previous: ReportData, options: { confirmed?: boolean } = {}): Finding[] {
  return runRules(CROSS_YEAR_RULES, { 'cross-year': { current, previous, confirmed: options.confirmed } }).findings;
}
