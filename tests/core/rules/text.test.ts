import { SAMPLE_REPORT, TEXT_RULES } from '../../../src/core';
import { ruleTester } from '../../support/rule-tester';
import { narrativeText, ruleNamed, withCells } from '../../support/rule-specs';

/** Text rules over a report's narrative: stale years, numbers against the tables, 「均已办结」, doubled characters (E-6). */

ruleTester.run('X-2', ruleNamed(TEXT_RULES, 'X-2'), {
  valid: [
    { name: 'the report year, the year before and the year after', input: narrativeText('2024年，我县推进政务公开；整改2023年发现的问题，2025年将继续深化。') },
    { name: 'a document dated by its title', input: narrativeText('落实《2019年政务公开工作要点》，依法公开。') },
  ],
  invalid: [
    {
      name: 'a year copied from an older report, on its line',
      input: narrativeText('2021年，我县认真贯彻落实条例。'),
      findings: [{ status: 'fail', severity: 'warning', label: '年份可能沿用往年', line: 3, message: expect.stringMatching(/^第一部分出现 2021 年（报告年度为 2024 年）/) }],
    },
    {
      name: 'no report year: not assessable',
      input: narrativeText('2021年，我县认真贯彻落实条例。', { data: { ...SAMPLE_REPORT, year: null } }),
      findings: [{ status: 'notAssessable' }],
    },
  ],
});

ruleTester.run('X-3', ruleNamed(TEXT_RULES, 'X-3'), {
  valid: [
    { name: '新收 as in table 三', input: narrativeText('全年新收政府信息公开申请122件。') },
    { name: '收到 may count 新收 + 上年结转', input: narrativeText('全年共收到政府信息公开申请133件。') },
  ],
  invalid: [
    {
      name: 'a count the table does not have, with its cells and words',
      input: narrativeText('全年新收政府信息公开申请120件。'),
      findings: [{ status: 'fail', label: '正文与表格不符', line: 3, cells: ['applications.newReceived.total', 'applications.carriedOver.total'], message: expect.stringContaining('表格中为 122') }],
    },
    {
      name: '「均获维持」 while table 四 has corrected cases',
      input: narrativeText('行政复议案件均获维持。'),
      findings: [{ quote: '均获维持', cells: expect.arrayContaining(['review.corrected']) }],
    },
  ],
});

ruleTester.run('X-7', ruleNamed(TEXT_RULES, 'X-7'), {
  valid: [
    { name: '「均已办结」 when nothing is carried forward', input: narrativeText('所有申请均已办结。', { data: withCells({ 'applications.carriedForward.total': 0 }) }) },
    { name: 'not all: 「未」 before it', input: narrativeText('申请未全部办结。') },
  ],
  invalid: [
    {
      name: '「均已办结」 with 7 carried forward',
      input: narrativeText('所有申请均已办结。'),
      findings: [{ status: 'fail', quote: '所有申请均已办结', cells: ['applications.carriedForward.total'], message: expect.stringContaining('为 7 件') }],
    },
  ],
});

ruleTester.run('E-6', ruleNamed(TEXT_RULES, 'E-6'), {
  valid: [{ name: 'one 县', input: narrativeText('我县政府高度重视政务公开。') }],
  invalid: [
    {
      name: '「我县县政府」',
      input: narrativeText('我县县政府高度重视政务公开。'),
      findings: [{ status: 'fail', severity: 'warning', quote: '我县县政府', line: 3, message: '字词重复：“我县县政府”，多了一个“县”。' }],
    },
    { name: '「的的」', input: narrativeText('公开的的信息。'), findings: [{ quote: '的的' }] },
  ],
});
