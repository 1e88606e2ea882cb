import type { ReportData } from '../cells';
import { carryOverPairs, getFormat } from '../format';
import { previousMismatchFinding, previousReportMismatch } from './previous';
import { bigrams, dice } from './similarity';
import { fail, NARRATIVE, type TextRule } from './text-rule';
import type { Finding } from './types';

/** Across years: this year's tables against last year's (X-1, T2-2, T2-3, after X-6), and the text copied from last year. */

// ---------------------------------------------------------------- X-5 similarity

/** Dice coefficient over character bigrams of two texts (0 … 1). */
export function textSimilarity(a: string, b: string): number {
  return dice(bigrams(a), bigrams(b));
}

export const X_5: TextRule = {
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

/**
 * X-1, T2-2, T2-3: this year's tables against last year's; first X-6, when the report given as last
 * year's is of another year (then nothing is compared) or of another agency. `confirmed`: the clerk
 * said it is theirs, e.g. after a renaming.
 */
export function checkAcrossYears(current: ReportData, previous: ReportData, options: { confirmed?: boolean } = {}): Finding[] {
  const findings: Finding[] = [];
  const mismatch = options.confirmed ? null : previousReportMismatch(current, previous);
  if (mismatch) findings.push(previousMismatchFinding(mismatch));
  if (mismatch?.year) return findings;
  const c = current.cells;
  const p = previous.cells;
  for (const { column: balance, lastYear } of carryOverPairs(getFormat(current.format), getFormat(previous.format))) {
    const column = getFormat(current.format).cellById.get(balance.carriedOver)!;
    const now = c[column.id];
    const before = p[lastYear];
    if (typeof now !== 'number' || typeof before !== 'number') continue;
    if (now !== before) {
      findings.push({
        rule: 'X-1',
        label: CROSS_YEAR_LABEL,
        severity: 'error',
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
  }
  if (current.format === '2021' && previous.format === '2021') {
    for (const row of ['regulations', 'normativeDocuments']) {
      const label = row === 'regulations' ? '规章' : '行政规范性文件';
      const [inForce, issued, repealed, lastInForce] = [c[`active.${row}.inForce`], c[`active.${row}.issued`], c[`active.${row}.repealed`], p[`active.${row}.inForce`]];
      if (![inForce, issued, repealed, lastInForce].every((v) => typeof v === 'number')) continue;
      const expected = (lastInForce as number) + (issued as number) - (repealed as number);
      if (inForce !== expected) {
        findings.push({
          rule: 'T2-2',
          label: CROSS_YEAR_LABEL,
          severity: 'warning',
          status: 'fail',
          cells: [`active.${row}.inForce`, `active.${row}.issued`, `active.${row}.repealed`],
          expected,
          actual: inForce as number,
          difference: (inForce as number) - expected,
          message: `表二 ${label}：上年现行有效 ${lastInForce} + 本年制发 ${issued} − 本年废止 ${repealed} = ${expected}，但本年现行有效为 ${inForce}（修订、到期失效会造成差异，请核实）。`,
        });
      }
      if ((repealed as number) > (lastInForce as number) + (issued as number)) {
        findings.push({
          rule: 'T2-3',
          label: CROSS_YEAR_LABEL,
          severity: 'warning',
          status: 'fail',
          cells: [`active.${row}.repealed`],
          message: `表二 ${label}：本年废止 ${repealed} 件，多于上年现行有效 ${lastInForce} 件与本年制发 ${issued} 件之和。`,
        });
      }
    }
  }
  return findings;
}
