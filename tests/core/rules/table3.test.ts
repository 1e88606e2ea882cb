import { getFormat, RULES, SAMPLE_REPORT, type CellData, type ReportData } from '../../../src/core';
import { ruleTester } from '../../support/rule-tester';
import { ruleNamed, withCells } from '../../support/rule-specs';

/** Table 三 (依申请公开): the balance T3-1, the （七）总计 column sums T3-2, the row sums T3-3, and cell hygiene T3-4. */

const sample = { data: SAMPLE_REPORT };
/** The sample with table 三's 自然人 column one 结转下年度 short of its balance (128 in, 127 out). */
const forwardShort = withCells({ 'applications.carriedForward.naturalPerson': 6, 'applications.carriedForward.total': 6 });

ruleTester.run('T3-1', ruleNamed(RULES, 'T3-1'), {
  valid: [
    { name: 'the sample: every column balances', input: sample },
    { name: 'a 2019 report balances too', input: { data: twoThousandNineteen() } },
  ],
  invalid: [
    {
      name: 'one 结转下年度 short in the 自然人 column: the operands, the difference and the one fix',
      input: { data: withCells({ 'applications.carriedForward.naturalPerson': 6 }) },
      findings: [
        {
          status: 'fail',
          severity: 'error',
          label: '勾稽关系',
          cells: ['applications.carriedForward.naturalPerson', 'applications.newReceived.naturalPerson', 'applications.carriedOver.naturalPerson', 'applications.total.naturalPerson'],
          expected: 128,
          actual: 127,
          difference: -1,
          message: '表三 自然人列：新收 117 + 上年结转 11 = 128，但办理结果总计 121 + 结转下年度 6 = 127，相差 1。',
          suggestion: '若其他数字无误，结转下年度应为 7。',
        },
      ],
    },
    {
      name: 'the 总计 column too when its 结转下年度 is typed to match',
      input: { data: forwardShort },
      findings: [{ cells: expect.arrayContaining(['applications.carriedForward.naturalPerson']) }, { cells: expect.arrayContaining(['applications.carriedForward.total']) }],
    },
    {
      name: 'a 结转下年度 that is a formula gets no fix to type',
      input: { data: withCells({ 'applications.carriedForward.naturalPerson': 6 }), formulaCells: new Set(['applications.carriedForward.naturalPerson']) },
      findings: [{ status: 'fail', suggestion: undefined }],
    },
    {
      name: 'text in an operand: not assessable, the text cell first, no fix',
      input: { data: withCells({ 'applications.newReceived.naturalPerson': '117件' }) },
      findings: [{ status: 'notAssessable', cells: expect.arrayContaining(['applications.newReceived.naturalPerson']), suggestion: undefined }],
    },
  ],
});

ruleTester.run('T3-2', ruleNamed(RULES, 'T3-2'), {
  valid: [{ name: 'the sample: each （七）总计 adds up its results', input: sample }],
  invalid: [
    {
      name: '（七）总计 of the 自然人 column one above its results',
      input: { data: withCells({ 'applications.total.naturalPerson': 122 }) },
      findings: [{ status: 'fail', label: '合计与各项不符', cells: expect.arrayContaining(['applications.total.naturalPerson']), actual: 122, expected: 121, difference: 1 }],
    },
    {
      name: 'a blank result cell: not assessable',
      input: { data: withCells({ 'applications.disclosed.naturalPerson': null }) },
      findings: [{ status: 'notAssessable' }],
    },
  ],
});

ruleTester.run('T3-3', ruleNamed(RULES, 'T3-3'), {
  valid: [{ name: 'the sample: each row’s 总计 adds up its applicants', input: sample }],
  invalid: [
    {
      name: 'the 新收 row’s 总计 two short',
      input: { data: withCells({ 'applications.newReceived.total': 120 }) },
      findings: [{ status: 'fail', cells: expect.arrayContaining(['applications.newReceived.total', 'applications.newReceived.naturalPerson']), expected: 122, actual: 120, suggestion: '若各项无误，总计应为 122。' }],
    },
    {
      name: 'a total still a formula is never to be typed over',
      input: { data: withCells({ 'applications.newReceived.total': 120 }), formulaCells: new Set(['applications.newReceived.total']) },
      findings: [{ status: 'fail', suggestion: expect.stringContaining('总计由公式算出') }],
    },
  ],
});

ruleTester.run('T3-4', ruleNamed(RULES, 'T3-4'), {
  valid: [{ name: 'the sample: every cell of tables 三 and 四 a count', input: sample }],
  invalid: [
    {
      name: 'a count with its unit: the number it should be',
      input: { data: withCells({ 'applications.newReceived.naturalPerson': '117件' }) },
      findings: [{ status: 'fail', cells: ['applications.newReceived.naturalPerson'], message: expect.stringContaining('带有单位“件”'), suggestion: '应填 117。' }],
    },
    {
      name: 'full-width digits',
      input: { data: withCells({ 'applications.carriedOver.naturalPerson': '１１' }) },
      findings: [{ message: expect.stringContaining('全角数字，应写作半角 11') }],
    },
    {
      name: 'blanks in table 四 are one finding for the table, with the cells to fill with 0',
      input: { data: withCells({ 'review.corrected': null, 'review.upheld': null }) },
      findings: [{ status: 'fail', cells: ['review.upheld', 'review.corrected'], fillZero: ['review.upheld', 'review.corrected'], message: expect.stringMatching(/^表四尚有 2 个空白单元格/) }],
    },
    {
      name: 'a blank total is to get its formula back, not a 0',
      input: { data: withCells({ 'review.total': null }) },
      findings: [{ cells: ['review.total'], fillZero: undefined, message: expect.stringContaining('其中 1 个是合计单元格') }],
    },
    {
      name: 'a fraction of a case',
      input: { data: withCells({ 'litigationDirect.other': 1.5 }) },
      findings: [{ message: expect.stringContaining('件数应为整数') }],
    },
  ],
});

/** A consistent 2019 report: the sample's numbers in 2019's cells, table 三's balance kept. */
function twoThousandNineteen(): ReportData {
  const format = getFormat('2019');
  const cells: CellData = {};
  for (const cell of format.cells) cells[cell.id] = 0;
  for (const column of ['naturalPerson', 'total']) {
    cells[`applications.newReceived.${column}`] = 5;
    cells[`applications.carriedOver.${column}`] = 1;
    cells[`applications.disclosed.${column}`] = 4;
    cells[`applications.total.${column}`] = 4;
    cells[`applications.carriedForward.${column}`] = 2;
  }
  return { format: '2019', year: 2020, agency: null, cells };
}
