import { buildWorkbookPlan, getFormat, readWorkbookGrids, SAMPLE_REPORT, validateRead, validateReport, type CellData, type Finding } from '../../src/core';
import { gridsFromPlan } from '../support/plan-grids';

/**
 * A finding points at the real cause. In a workbook the totals are formulas, and SUM skips text and
 * blanks: the total shows a number that leaves the clerk's text out. An equation over such a total
 * cannot be judged, and the cell to change comes first.
 */

const format = getFormat('2021');
/** The sample as a clerk types it: inputs only, the totals left to the sheet's formulas. */
const typed: CellData = Object.fromEntries(Object.entries(SAMPLE_REPORT.cells).filter(([id]) => !format.cellById.get(id)!.sumOf));

function validateWorkbook(changes: CellData) {
  const plan = buildWorkbookPlan({ year: 2024, agency: SAMPLE_REPORT.agency, cells: { ...typed, ...changes } });
  const read = readWorkbookGrids(gridsFromPlan(plan));
  return { read, findings: validateRead(read).findings };
}

const equations = (findings: Finding[]) => findings.filter((f) => /^T[34]-[1-3]$/.test(f.rule));

describe('checks that rest on a cell that is not a number', () => {
  it('「67件」 in 表三 D9: no T3-1/T3-2/T3-3 failure, no fix, D9 named first', () => {
    const { read, findings } = validateWorkbook({ 'applications.disclosed.naturalPerson': '67件' });
    expect(read.locations.get('applications.disclosed.naturalPerson')!.address).toBe('D9');
    // What a spreadsheet shows: the column's （七）总计 without the 67.
    expect(read.data.cells['applications.total.naturalPerson']).toBe(54);
    const found = equations(findings);
    expect(found.filter((f) => f.status === 'fail')).toEqual([]);
    expect(found.filter((f) => f.suggestion)).toEqual([]);
    expect(found.map((f) => f.rule).sort()).toEqual(['T3-1', 'T3-1', 'T3-2', 'T3-2', 'T3-3', 'T3-3']);
    for (const f of found) {
      expect(f.status).toBe('notAssessable');
      expect(f.cells[0]).toBe('applications.disclosed.naturalPerson');
      expect(f.expected).toBeUndefined();
    }
    const t31 = found.find((f) => f.rule === 'T3-1' && f.cells.includes('applications.newReceived.naturalPerson'))!;
    expect(t31.message).toBe('表三 自然人列：先把 D9（“67件”）改为数字，才能核对本列的勾稽关系。');
    // The cell's own finding stands, with its fix.
    expect(findings.find((f) => f.rule === 'T3-4')).toMatchObject({ status: 'fail', cells: ['applications.disclosed.naturalPerson'], suggestion: '应填 67。' });
  });

  it('blank result rows under a formula total: T3-1 waits for them instead of suggesting a 结转下年度', () => {
    const { findings } = validateWorkbook({ 'applications.disclosed.naturalPerson': null, 'applications.partiallyDisclosed.naturalPerson': null });
    const t31 = findings.find((f) => f.rule === 'T3-1' && f.cells.includes('applications.newReceived.naturalPerson'))!;
    expect(t31).toMatchObject({ status: 'notAssessable', cells: expect.arrayContaining(['applications.disclosed.naturalPerson']) });
    expect(t31.cells.slice(0, 2)).toEqual(['applications.disclosed.naturalPerson', 'applications.partiallyDisclosed.naturalPerson']);
    expect(t31.message).toBe('表三 自然人列：先把空白的 D9、D10 填上数字（没有的填 0），才能核对本列的勾稽关系。');
    expect(t31.suggestion).toBeUndefined();
  });

  it('the same for table 四: 「3件」 under 复议 makes T4-1 无法判断, not a wrong total', () => {
    const { findings } = validateWorkbook({ 'review.upheld': '3件' });
    const t41 = findings.find((f) => f.rule === 'T4-1')!;
    expect(t41).toMatchObject({ status: 'notAssessable', cells: expect.arrayContaining(['review.upheld', 'review.total']) });
    expect(t41.cells[0]).toBe('review.upheld');
    expect(t41.message).toMatch(/^表四 行政复议：先把 A7（“3件”）改为数字/);
  });

  it('a total typed over its formula is the clerk’s number: the equation is judged on it', () => {
    const formulaCells = new Set(format.cells.filter((c) => c.sumOf && c.id !== 'applications.total.naturalPerson').map((c) => c.id));
    const data = { ...SAMPLE_REPORT, cells: { ...SAMPLE_REPORT.cells, 'applications.disclosed.naturalPerson': '67件', 'applications.total.naturalPerson': 54 } };
    const t31 = validateReport({ data, formulaCells }).findings.find((f) => f.rule === 'T3-1' && f.cells.includes('applications.newReceived.naturalPerson'))!;
    expect(t31.status).toBe('fail');
  });

  it('an imported report states its totals: they are checked as printed, by their labels', () => {
    const data = { ...SAMPLE_REPORT, cells: { ...SAMPLE_REPORT.cells, 'applications.disclosed.naturalPerson': null } };
    const findings = validateReport({ data }).findings;
    // The balance holds with the printed totals; the column total cannot be checked against its parts.
    expect(findings.filter((f) => f.rule === 'T3-1')).toEqual([]);
    const t32 = findings.find((f) => f.rule === 'T3-2')!;
    expect(t32.status).toBe('notAssessable');
    expect(t32.message).toBe('表三 自然人列 （七）总计：先把空白的 表三 “（一）予以公开”行 自然人 填上数字（没有的填 0），才能核对本列的合计。');
  });
});
