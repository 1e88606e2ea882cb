import { buildWorkbookPlan, inputConsistency, readWorkbookGrids, SAMPLE_INPUTS, SAMPLE_REPORT, validateRead } from '../../src/core';
import { gridsFromPlan } from '../support/plan-grids';

/** Parts that cannot exceed the whole: the report says 「全年主动公开…N条，其中通过政府网站…」. */
describe('N-1: the 正文素材 numbers fit together', () => {
  const active = { totalItems: 1856, website: 1420, newMedia: 380, other: 100 };

  it('warns in the form when the channels add up to more than the total', () => {
    const found = inputConsistency({ active });
    expect(found).toEqual([
      {
        key: 'active.totalItems',
        keys: ['active.totalItems', 'active.website', 'active.newMedia', 'active.other'],
        message: '各渠道合计 1420 + 380 + 100 = 1900 条，多于“主动公开政府信息总数” 1856 条：报告中写作“其中”，分项之和不应超过总数，请核对。',
      },
    ]);
    expect(inputConsistency({ active: { ...active, other: 56 } })).toEqual([]);
  });

  it('and in 校验, pointing at the cells of 正文素材', () => {
    const plan = buildWorkbookPlan({ ...SAMPLE_REPORT, inputs: { ...SAMPLE_INPUTS, active } });
    const read = readWorkbookGrids(gridsFromPlan(plan));
    const n1 = validateRead(read).findings.filter((f) => f.rule === 'N-1');
    expect(n1).toEqual([expect.objectContaining({ severity: 'warning', status: 'fail', label: '正文素材数字不一致', cells: ['inputs.active.totalItems', 'inputs.active.website', 'inputs.active.newMedia', 'inputs.active.other'] })]);
    expect(read.locations.get('inputs.active.totalItems')).toMatchObject({ sheet: '正文素材', address: 'B5' });
    // The sample's own inputs fit.
    const sample = readWorkbookGrids(gridsFromPlan(buildWorkbookPlan({ ...SAMPLE_REPORT, inputs: SAMPLE_INPUTS })));
    expect(validateRead(sample).findings).toEqual([]);
  });
});
