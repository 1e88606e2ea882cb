import { agenciesBehind, buildSummaryPlan, compareParent, getFormat, keyFigures, mixedParts, mixedPartsMessage, SAMPLE_REPORT, summarize, SUMMARY_SHEETS, type ReportData, type SummaryPart } from '../../src/core';

/** The sample's input cells only: totals are what the formulas compute. */
function inputs(data: ReportData): ReportData {
  const format = getFormat(data.format);
  return { ...data, cells: Object.fromEntries(Object.entries(data.cells).filter(([id]) => !format.cellById.get(id)?.sumOf)) };
}

const base = inputs(SAMPLE_REPORT);
const part = (agency: string, change: Record<string, number | string | null> = {}, extra: Partial<ReportData> = {}): SummaryPart => ({
  file: `${agency}.xlsx`,
  data: { ...base, agency, ...extra, cells: { ...base.cells, ...change } },
});
const NEW = 'applications.newReceived.naturalPerson';

describe('summarize', () => {
  it('adds every input cell over the agencies, and totals from the sums', () => {
    const s = summarize([part('甲'), part('乙', { [NEW]: 5 }), part('丙', { [NEW]: 1 })]);
    expect(s.cells[NEW]).toBe((base.cells[NEW] as number) + 5 + 1);
    const total = getFormat('2021').cellById.get('applications.newReceived.total')!;
    const expected = total.sumOf!.reduce((sum, id) => sum + (s.cells[id] as number), 0);
    expect(s.cells['applications.newReceived.total']).toBe(expected);
    expect(s.notSummed).toEqual([]);
    expect(s).toMatchObject({ format: '2021', year: SAMPLE_REPORT.year });
  });

  it('a cell one agency left blank or wrote as text is null, named with the agencies, and so is every total over it', () => {
    const s = summarize([part('甲', { [NEW]: null }), part('乙', { [NEW]: '3件' }), part('丙')]);
    expect(s.cells[NEW]).toBeNull();
    expect(s.notSummed).toEqual([{ cell: NEW, agencies: ['甲', '乙'] }]);
    expect(s.cells['applications.newReceived.total']).toBeNull();
    expect(s.cells['applications.newReceived.commercial']).not.toBeNull();
    expect(agenciesBehind(s, 'applications.newReceived.total')).toEqual(['甲', '乙']);
  });

  it('decimals sum without floating-point noise', () => {
    const s = summarize([part('甲', { 'active.fees.amount': 0.1 }), part('乙', { 'active.fees.amount': 0.2 })]);
    expect(s.cells['active.fees.amount']).toBe(0.3);
  });

  it('refuses mixed formats or years, naming the files; an unknown year is not another year', () => {
    expect(mixedParts([part('甲'), part('乙', {}, { year: null })])).toBeNull();
    const years = mixedParts([part('甲'), part('乙', {}, { year: 2023 })]);
    expect(years).toEqual({ kind: 'year', groups: [{ value: String(SAMPLE_REPORT.year), files: ['甲.xlsx'] }, { value: '2023', files: ['乙.xlsx'] }] });
    expect(mixedPartsMessage(years!)).toContain('乙.xlsx');
    const formats = mixedParts([part('甲'), { file: 'old.xlsx', data: { format: '2019', year: 2020, agency: '丁', cells: {} } }]);
    expect(formats?.kind).toBe('format');
    expect(mixedPartsMessage(formats!)).toMatch(/格式版本不同[\s\S]*old\.xlsx/);
  });

  it('key figures are the stated numbers, null where one part is not a number', () => {
    const figures = keyFigures(SAMPLE_REPORT);
    expect(figures.newReceived).toBe(SAMPLE_REPORT.cells['applications.newReceived.total']);
    expect(figures.litigation).toBe((SAMPLE_REPORT.cells['litigationDirect.total'] as number) + (SAMPLE_REPORT.cells['litigationAfterReview.total'] as number));
    expect(keyFigures({ ...SAMPLE_REPORT, cells: { ...SAMPLE_REPORT.cells, 'review.total': '无' } }).review).toBeNull();
    // A workbook's total is a SUM that skipped the text: the number it shows is not the agency's figure.
    expect(keyFigures({ ...SAMPLE_REPORT, cells: { ...SAMPLE_REPORT.cells, [NEW]: '12件' } }).newReceived).toBeNull();
  });
});

describe('compareParent', () => {
  const children = summarize([part('甲'), part('乙', { [NEW]: 5 })]);
  const parentData = (change: Record<string, number | string | null> = {}): { file: string; data: ReportData } => ({
    file: '本级.xlsx',
    data: { ...children.parts[0].data, agency: '某县人民政府', cells: { ...children.cells, ...change } },
  });

  it('equal where the parent states the children’s sum', () => {
    expect(compareParent(parentData(), children).every((c) => c.status === 'equal')).toBe(true);
  });

  it('a planted difference is found with both numbers and the difference', () => {
    const planted = (children.cells[NEW] as number) + 3;
    const result = compareParent(parentData({ [NEW]: planted }), children);
    expect(result.filter((c) => c.status === 'differs')).toEqual([{ cell: NEW, status: 'differs', parent: planted, children: children.cells[NEW], difference: 3 }]);
  });

  it('a child that could not be read makes every cell 无法判断, naming it', () => {
    const result = compareParent(parentData(), children, ['丙.pdf']);
    expect(result.every((c) => c.status === 'notAssessable' && c.missing?.includes('丙.pdf'))).toBe(true);
  });

  it('a child’s blank cell makes that cell and the totals over it 无法判断, naming the child; the parent’s blank names the parent', () => {
    const gap = summarize([part('甲', { [NEW]: null }), part('乙')]);
    const result = compareParent(parentData({ 'review.total': null }), gap);
    const open = result.filter((c) => c.status === 'notAssessable');
    expect(open.find((c) => c.cell === NEW)?.missing).toEqual(['甲']);
    expect(open.find((c) => c.cell === 'applications.newReceived.total')?.missing).toEqual(['甲']);
    expect(open.find((c) => c.cell === 'review.total')?.missing).toEqual(['某县人民政府']);
    expect(open).toHaveLength(result.length - result.filter((c) => c.status !== 'notAssessable').length);
  });
});

describe('buildSummaryPlan', () => {
  const s = summarize([part('甲'), part('乙', { [NEW]: null })]);
  const plan = buildSummaryPlan(s, [
    { errors: 0, warnings: 1, notAssessable: 0 },
    { errors: 0, warnings: 0, notAssessable: 2 },
  ]);

  it('input cells of the tables are live formulas over 各单位数据, blank unless every agency has a number', () => {
    const at = plan.addressOf.get(NEW)!;
    const cell = plan.sheets.find((sh) => sh.name === at.sheet)!.cells.find((c) => c.row === at.row && c.col === at.col)!;
    expect(cell.formula).toMatch(/^=IF\(COUNT\('各单位数据'!\$[A-Z]+\$4:\$[A-Z]+\$5\)=2,SUM\('各单位数据'!\$[A-Z]+\$4:\$[A-Z]+\$5\),""\)$/);
    expect(cell.result).toBe('');
    const other = plan.addressOf.get('applications.newReceived.commercial')!;
    const summed = plan.sheets.find((sh) => sh.name === other.sheet)!.cells.find((c) => c.row === other.row && c.col === other.col)!;
    expect(summed.result).toBe(s.cells['applications.newReceived.commercial']);
  });

  it('has 分单位情况 with a row per agency, 未能汇总 naming the agency, and 各单位数据', () => {
    expect(plan.sheets.map((sh) => sh.name).slice(-3)).toEqual([SUMMARY_SHEETS.agencies, SUMMARY_SHEETS.notSummed, SUMMARY_SHEETS.data]);
    const agencies = plan.sheets.find((sh) => sh.name === SUMMARY_SHEETS.agencies)!;
    expect(agencies.cells.filter((c) => c.col === 1 && c.row >= 3).map((c) => c.value)).toEqual(['甲', '乙']);
    const gaps = plan.sheets.find((sh) => sh.name === SUMMARY_SHEETS.notSummed)!;
    expect(gaps.cells.some((c) => c.value === '乙')).toBe(true);
  });
});
