import { RULES, SAMPLE_REPORT } from '../../../src/core';
import { ruleTester } from '../../support/rule-tester';
import { ruleNamed, withCells } from '../../support/rule-specs';

/** Table 四 (复议和诉讼): each group's 总计, T4-1…T4-3. Table 二 (主动公开): cell hygiene T2-1 and fees in 万元 (T2-1 too). */

const sample = { data: SAMPLE_REPORT };

ruleTester.run('T4-1', ruleNamed(RULES, 'T4-1'), {
  valid: [
    { name: 'the sample: 37 + 26 + 57 + 24 = 144', input: sample },
    { name: 'a change in table 四’s other groups is not its business', input: { data: withCells({ 'litigationDirect.total': 1 }) } },
  ],
  invalid: [
    {
      name: '行政复议 总计 one above its parts',
      input: { data: withCells({ 'review.total': 145 }) },
      findings: [{ status: 'fail', severity: 'error', label: '合计与各项不符', cells: ['review.total', 'review.upheld', 'review.corrected', 'review.other', 'review.pending'], expected: 144, actual: 145, difference: 1, message: '表四 行政复议：各项之和 37 + 26 + 57 + 24 = 144，但总计为 145，相差 1。' }],
    },
    {
      name: 'a part that is text: not assessable rather than a sum that skips it',
      input: { data: withCells({ 'review.upheld': '37件' }) },
      findings: [{ status: 'notAssessable', cells: expect.arrayContaining(['review.upheld']) }],
    },
  ],
});

ruleTester.run('T4-2', ruleNamed(RULES, 'T4-2'), {
  valid: [{ name: 'the sample: 9 + 3 + 3 + 67 = 82', input: sample }],
  invalid: [
    {
      name: '尚未审结 lowered, 总计 left',
      input: { data: withCells({ 'litigationDirect.pending': 60 }) },
      findings: [{ status: 'fail', expected: 75, actual: 82, message: expect.stringMatching(/^表四 行政诉讼（未经复议直接起诉）：/) }],
    },
    { name: 'a blank part: not assessable', input: { data: withCells({ 'litigationDirect.pending': null }) }, findings: [{ status: 'notAssessable' }] },
  ],
});

ruleTester.run('T4-3', ruleNamed(RULES, 'T4-3'), {
  valid: [{ name: 'the sample: 7 + 3 + 2 + 3 = 15', input: sample }],
  invalid: [
    {
      name: '总计 typed as 0',
      input: { data: withCells({ 'litigationAfterReview.total': 0 }) },
      findings: [{ status: 'fail', expected: 15, actual: 0, difference: -15, suggestion: '若各项无误，总计应为 15。' }],
    },
  ],
});

ruleTester.run('T2-1', ruleNamed(RULES, 'T2-1', '空白或非数字'), {
  valid: [{ name: 'the sample: counts and an amount in 万元', input: sample }],
  invalid: [
    {
      name: 'a blank count of 规章: one finding for table 二, to fill with 0',
      input: { data: withCells({ 'active.regulations.issued': null }) },
      findings: [{ status: 'fail', cells: ['active.regulations.issued'], fillZero: ['active.regulations.issued'], message: expect.stringMatching(/^表二尚有 1 个空白单元格/) }],
    },
    {
      name: 'a count with a unit',
      input: { data: withCells({ 'active.penalty.decisions': '916件' }) },
      findings: [{ cells: ['active.penalty.decisions'], suggestion: '应填 916。' }],
    },
    {
      name: 'a negative count',
      input: { data: withCells({ 'active.coercion.decisions': -1 }) },
      findings: [{ status: 'fail', cells: ['active.coercion.decisions'] }],
    },
  ],
});

ruleTester.run('T2-1', ruleNamed(RULES, 'T2-1', '收费金额单位'), {
  valid: [
    { name: 'the sample: 2090.6 万元', input: sample },
    { name: 'two decimals are 万元 still', input: { data: withCells({ 'active.fees.amount': 0.35 }) } },
    { name: 'a blank amount is the hygiene rule’s', input: { data: withCells({ 'active.fees.amount': null }) } },
    { name: 'not in the 2019 format', input: { data: { ...SAMPLE_REPORT, format: '2019' as const, year: 2020 } } },
  ],
  invalid: [
    {
      name: 'an amount in 元: the 万元 it would be',
      input: { data: withCells({ 'active.fees.amount': 35000000 }) },
      findings: [{ status: 'fail', severity: 'warning', label: '收费金额单位', message: expect.stringContaining('数额过大'), suggestion: '若按元填写，应为 3500。' }],
    },
    { name: 'more than two decimals', input: { data: withCells({ 'active.fees.amount': 0.3512 }) }, findings: [{ message: expect.stringContaining('小数超过两位'), suggestion: undefined }] },
    { name: '元 written in the cell', input: { data: withCells({ 'active.fees.amount': '3500元' }) }, findings: [{ message: expect.stringContaining('不要带单位') }] },
  ],
});
