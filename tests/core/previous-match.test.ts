import { checkAcrossYears, previousReportMismatch, SAMPLE_REPORT, sameAgency, type ReportData } from '../../src/core';

/** Last year's report must be last year's, of this agency: else 上年结转 is filled with foreign numbers. */
describe('the report given as last year’s', () => {
  it.each([
    ['某县人民政府办公室', '某县政府办'],
    ['某县人民政府办公室', '某县人民政府'],
    ['淮安市洪泽区人民政府', '洪泽区人民政府'],
    ['陕西省咸阳市秦都区人民政府办公室', '秦都区'],
    ['省人民政府办公厅', '省政府办公厅'],
    ['泰安市泰山区行政审批服务局', '泰山区行政审批服务局'],
    ['某县教育局', ' 某县 教育局 '],
    ['某县某镇人民政府', '某镇人民政府'],
  ])('takes %s and %s for one agency', (a, b) => {
    expect(sameAgency(a, b)).toBe(true);
    expect(sameAgency(b, a)).toBe(true);
  });

  it.each([
    ['某县人民政府办公室', '某县教育局'],
    ['市中区人民政府办公室', '市中区综合行政执法局'],
    ['秦都区人民政府', '渭城区人民政府'],
    ['泰山区行政审批服务局', '泰山区教育局'],
    ['某县卫生健康局', '某区卫生健康局'],
    // Only administrative divisions may be added in front, not any text.
    ['某县卫生健康局', '健康局'],
  ])('tells %s and %s apart', (a, b) => {
    expect(sameAgency(a, b)).toBe(false);
  });

  const current: ReportData = { ...SAMPLE_REPORT, year: 2024, agency: '示例县人民政府办公室' };

  it('says what does not fit: the year, the agency, both', () => {
    expect(previousReportMismatch(current, { year: 2023, agency: '示例县政府办' })).toBeNull();
    expect(previousReportMismatch(current, { year: 2024, agency: '示例县政府办' })).toEqual({ year: '上年报告是 2024 年度的，本报告为 2024 年度，上年报告应为 2023 年度。' });
    expect(previousReportMismatch(current, { year: 2023, agency: '某市教育局' })).toEqual({ agency: '上年报告的机关是“某市教育局”，本报告的机关是“示例县人民政府办公室”。' });
    // Nothing to compare is no mismatch.
    expect(previousReportMismatch({ year: null, agency: null }, { year: 2020, agency: '某市教育局' })).toBeNull();
  });

  it('X-6 warns; of another year nothing is compared, so no false X-1 errors', () => {
    const previous: ReportData = { ...SAMPLE_REPORT, year: 2024, agency: '某市教育局' };
    previous.cells = { ...previous.cells, 'applications.carriedForward.naturalPerson': 99 };
    const findings = checkAcrossYears(current, previous);
    expect(findings.map((f) => f.rule)).toEqual(['X-6']);
    expect(findings[0]).toMatchObject({ severity: 'warning', status: 'fail', label: '上年报告不相符' });
    expect(findings[0].message).toContain('上年报告应为 2023 年度');
    expect(findings[0].message).toContain('某市教育局');
    // The right year of another agency (or a renamed one): compared, and warned.
    const rules = checkAcrossYears(current, { ...previous, year: 2023 }).map((f) => f.rule);
    expect(rules.slice(0, 2)).toEqual(['X-6', 'X-1']);
    // Confirmed by the clerk: compared, without the warning.
    expect(checkAcrossYears(current, previous, { confirmed: true }).map((f) => f.rule)).not.toContain('X-6');
    expect(checkAcrossYears(current, previous, { confirmed: true }).map((f) => f.rule)).toContain('X-1');
  });
});
