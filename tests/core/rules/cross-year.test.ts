import { CROSS_YEAR_RULES, SAMPLE_REPORT, type ReportData } from '../../../src/core';
import { ruleTester } from '../../support/rule-tester';
import { ruleNamed, withCells } from '../../support/rule-specs';

/** This year's tables against last year's: X-6 (is it last year's report?), X-1 (上年结转), T2-2 and T2-3 (规范性文件 stock). */

/** Last year's report that the sample (2024) continues exactly: 结转下年度 = this year's 上年结转, 现行有效 stock carried on. */
function lastYear(): ReportData {
  const c = SAMPLE_REPORT.cells as Record<string, number>;
  const cells = { ...SAMPLE_REPORT.cells };
  for (const id of Object.keys(cells).filter((k) => k.startsWith('applications.carriedOver.'))) cells[id.replace('carriedOver', 'carriedForward')] = c[id];
  for (const row of ['regulations', 'normativeDocuments']) cells[`active.${row}.inForce`] = c[`active.${row}.inForce`] - c[`active.${row}.issued`] + c[`active.${row}.repealed`];
  return { ...SAMPLE_REPORT, year: 2023, cells };
}
const continued = { current: SAMPLE_REPORT, previous: lastYear() };
/** Last year's report with 10 carried forward in the 自然人 column (this year says 11). */
const tenCarried = withCells({ 'applications.carriedForward.naturalPerson': 10 }, lastYear());

ruleTester.run('X-6', ruleNamed(CROSS_YEAR_RULES, 'X-6'), {
  valid: [
    { name: 'last year’s report of the same agency', input: continued },
    { name: 'the agency written another common way', input: { current: SAMPLE_REPORT, previous: { ...lastYear(), agency: '示例县政府办' } } },
    { name: 'another year, but the clerk confirmed it is theirs', input: { current: SAMPLE_REPORT, previous: { ...lastYear(), year: 2024 }, confirmed: true } },
    { name: 'no year on last year’s report: nothing to compare', input: { current: SAMPLE_REPORT, previous: { ...lastYear(), year: null } } },
  ],
  invalid: [
    {
      name: 'a report of this same year given as last year’s: the cross-year rules are left out, and it says so',
      input: { current: SAMPLE_REPORT, previous: { ...lastYear(), year: 2024 } },
      findings: [{ status: 'fail', severity: 'warning', label: '上年报告不相符', cells: [], message: expect.stringMatching(/上年报告是 2024 年度的.*没有据此核对/) }],
    },
    {
      name: 'another agency',
      input: { current: SAMPLE_REPORT, previous: { ...lastYear(), agency: '某市教育局' } },
      findings: [{ message: expect.stringContaining('上年报告的机关是“某市教育局”'), suggestion: expect.stringContaining('机关更名') }],
    },
  ],
});

ruleTester.run('X-1', ruleNamed(CROSS_YEAR_RULES, 'X-1'), {
  valid: [
    { name: 'this year’s 上年结转 is last year’s 结转下年度, per column', input: continued },
    { name: 'a wrong carry-over in a report of another year is not compared', input: { current: SAMPLE_REPORT, previous: { ...tenCarried, year: 2022 } } },
    { name: 'a blank on either side is not compared', input: { current: withCells({ 'applications.carriedOver.naturalPerson': null }), previous: tenCarried } },
  ],
  invalid: [
    {
      name: '11 carried over, 10 carried forward last year',
      input: { current: SAMPLE_REPORT, previous: tenCarried },
      findings: [{ status: 'fail', severity: 'error', label: '与上年不衔接', cells: ['applications.carriedOver.naturalPerson'], expected: 10, actual: 11, difference: 1, suggestion: '上年结转应为 10。' }],
    },
    {
      name: 'compared even when the clerk confirmed a report of another year',
      input: { current: SAMPLE_REPORT, previous: { ...tenCarried, year: 2022 }, confirmed: true },
      findings: [{ cells: ['applications.carriedOver.naturalPerson'] }],
    },
  ],
});

/** This year: 2 issued, 50 repealed, 9 in force against last year's 11 in force. */
const manyRepealed = withCells({ 'active.normativeDocuments.issued': 2, 'active.normativeDocuments.repealed': 50, 'active.normativeDocuments.inForce': 9 });

ruleTester.run('T2-2', ruleNamed(CROSS_YEAR_RULES, 'T2-2'), {
  valid: [
    { name: 'in force = last year’s + issued − repealed', input: continued },
    { name: 'not in the 2019 format, whose table 二 has no stock', input: { current: { ...SAMPLE_REPORT, format: '2019', year: 2020 }, previous: { ...lastYear(), format: '2019', year: 2019 } } },
  ],
  invalid: [
    {
      name: '11 + 2 − 50 is not 9',
      input: { current: manyRepealed, previous: lastYear() },
      findings: [{ status: 'fail', severity: 'warning', cells: ['active.normativeDocuments.inForce', 'active.normativeDocuments.issued', 'active.normativeDocuments.repealed'], expected: -37, actual: 9, message: expect.stringMatching(/^表二 行政规范性文件：上年现行有效 11 \+ 本年制发 2 − 本年废止 50 = -37/) }],
    },
  ],
});

ruleTester.run('T2-3', ruleNamed(CROSS_YEAR_RULES, 'T2-3'), {
  valid: [{ name: 'repealed no more than there were', input: continued }],
  invalid: [
    {
      name: '50 repealed of 11 + 2',
      input: { current: manyRepealed, previous: lastYear() },
      findings: [{ status: 'fail', cells: ['active.normativeDocuments.repealed'], message: '表二 行政规范性文件：本年废止 50 件，多于上年现行有效 11 件与本年制发 2 件之和。' }],
    },
  ],
});
