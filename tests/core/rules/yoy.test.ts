import { SAMPLE_REPORT, TEXT_RULES } from '../../../src/core';
import { ruleTester } from '../../support/rule-tester';
import { narrativeText, ruleNamed, withCells } from '../../support/rule-specs';

/** 同比 statements against this year's (新收 122, 行政复议 144) and last year's tables (新收 107, 行政复议 160). */

const lastYear = withCells({ 'applications.newReceived.total': 107, 'review.total': 160 }, { ...SAMPLE_REPORT, year: 2023 });
const said = (narrative: string) => narrativeText(narrative, { previous: lastYear });
const X_9 = ruleNamed(TEXT_RULES, 'X-9');

ruleTester.run('X-9', X_9, {
  valid: [
    { name: 'difference and percentage as recomputed', input: said('新收申请122件，较上年增加15件，增长14.0%。') },
    { name: 'a percentage cut to the decimals written', input: said('新收申请122件，同比增长14%。') },
    { name: 'a fall', input: said('办理行政复议144件，较上年减少16件，下降10.0%。') },
    { name: 'a share’s change in percentage points is about no single figure', input: said('新收申请的予以公开率较上年提高2.1个百分点。') },
    { name: 'without last year’s tables nothing is checked', input: narrativeText('新收申请122件，较上年增加99件。') },
    { name: 'last year’s report of another year: nothing is checked', input: narrativeText('新收申请122件，较上年增加99件。', { previous: { ...lastYear, year: 2020 } }) },
  ],
  invalid: [
    {
      name: 'the wrong difference',
      input: said('新收申请122件，较上年增加16件。'),
      findings: [{ status: 'fail', severity: 'error', label: '同比与表格不符', line: 3, cells: ['applications.newReceived.total'], expected: 15, message: expect.stringContaining('相差应为 15，不是 16') }],
    },
    { name: 'the direction reversed', input: said('办理行政复议144件，较上年增加16件。'), findings: [{ message: expect.stringContaining('方向写反了') }] },
    { name: 'a wrong percentage', input: said('新收申请122件，较上年增加15件，增长12.0%。'), findings: [{ message: expect.stringContaining('增长应为 14.0%，不是 12.0%') }] },
    { name: '持平 that is not', input: said('新收申请与上年持平。'), findings: [{ message: expect.stringContaining('不是持平') }] },
    {
      name: 'a figure blank in this year’s table: not assessable',
      input: narrativeText('新收申请较上年增加15件。', { data: withCells({ 'applications.newReceived.total': null }), previous: lastYear }),
      findings: [{ status: 'notAssessable', message: expect.stringContaining('本年表格中没有这个数') }],
    },
  ],
});
