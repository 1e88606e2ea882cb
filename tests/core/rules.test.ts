import fc from 'fast-check';
import { getFormat, hasErrors, RULES, SAMPLE_REPORT, validateReport, type CellData, type FormatVersion, type ReportData } from '../../src/core';
import { loadSeeds } from '../support/seeds';
import { consistentReport } from '../support/reports';

const seeds = loadSeeds();
const errorsOf = (data: ReportData, formulaCells?: Set<string>) =>
  validateReport({ data, formulaCells }).findings.filter((f) => f.status === 'fail' && f.severity === 'error');
const withCells = (cells: CellData, base: ReportData = SAMPLE_REPORT): ReportData => ({ ...base, cells: { ...base.cells, ...cells } });

describe('rule catalogue', () => {
  it('uses the reference IDs and gives every rule a Chinese title', () => {
    const ids = RULES.map((r) => r.id);
    for (const id of ['T3-1', 'T3-2', 'T3-3', 'T3-4', 'T4-1', 'T4-2', 'T4-3', 'T2-1', 'F-1']) expect(ids).toContain(id);
    for (const rule of RULES) expect(rule.title).toMatch(/[\u4e00-\u9fff]/);
  });

  it('finds nothing wrong in the sample', () => {
    const report = validateReport({ data: SAMPLE_REPORT });
    expect(report.findings).toEqual([]);
    expect(report.counts.pass).toBeGreaterThan(250);
  });

  it.each(seeds.map((s) => [s.name, s] as const))('raises no arithmetic error for seed %s', (_name, seed) => {
    const data: ReportData = { format: seed.format, year: seed.year, agency: seed.agency, cells: seed.cells };
    const arithmetic = errorsOf(data).filter((f) => /^T[34]-[1-3]$/.test(f.rule));
    expect(arithmetic).toEqual([]);
  });

  it('recognises seed 001 as 2019 tables and leaves F-1 open until a year is given', () => {
    const seed = seeds.find((s) => s.name.startsWith('001'))!;
    const data: ReportData = { format: seed.format, year: null, agency: null, cells: seed.cells };
    const f1 = validateReport({ data }).findings.filter((f) => f.rule === 'F-1');
    expect(f1).toEqual([expect.objectContaining({ status: 'notAssessable' })]);
    expect(validateReport({ data: { ...data, year: 2020 } }).findings.filter((f) => f.rule === 'F-1')).toEqual([]);
    expect(errorsOf({ ...data, year: 2024 }).map((f) => f.rule)).toContain('F-1');
  });

  it('explains a broken T3-1 with the operands, the difference and the fix', () => {
    const data = withCells({}, {
      format: '2021',
      year: 2024,
      agency: null,
      cells: seeds.find((s) => s.name.startsWith('000'))!.cells,
    });
    data.cells['applications.carriedForward.naturalPerson'] = 0;
    data.cells['applications.total.naturalPerson'] = 17;
    data.cells['applications.disclosed.naturalPerson'] = 1;
    data.cells['applications.total.total'] = 17;
    data.cells['applications.disclosed.total'] = 1;
    const t31 = validateReport({ data }).findings.find((f) => f.rule === 'T3-1')!;
    expect(t31.message).toBe('表三 自然人列：新收 17 + 上年结转 1 = 18，但办理结果总计 17 + 结转下年度 0 = 17，相差 1。');
    expect(t31.suggestion).toBe('若其他数字无误，结转下年度应为 1。');
    expect(t31).toMatchObject({ severity: 'error', status: 'fail', expected: 18, actual: 17, difference: -1 });
    expect(t31.cells[0]).toBe('applications.carriedForward.naturalPerson');
  });

  it('names text, full-width digits, placeholders and blanks in number cells, never reading them as 0', () => {
    const data = withCells({
      'applications.newReceived.naturalPerson': '117件',
      'applications.carriedOver.naturalPerson': '１１',
      'review.upheld': '/',
      'review.corrected': null,
      'litigationDirect.other': 1.5,
    });
    const findings = validateReport({ data }).findings;
    const byCell = (id: string) => findings.filter((f) => f.cells.includes(id) && f.rule === 'T3-4');
    expect(byCell('applications.newReceived.naturalPerson')[0]).toMatchObject({ message: expect.stringContaining('带有单位“件”'), suggestion: '应填 117。' });
    expect(byCell('applications.carriedOver.naturalPerson')[0].message).toContain('全角数字，应写作半角 11');
    expect(byCell('review.upheld')[0].message).toContain('不要用“/”');
    expect(byCell('review.corrected')[0].message).toMatch(/表四有 1 个单元格空白.*不能留空/);
    expect(byCell('litigationDirect.other')[0].message).toContain('件数应为整数');
    // The equations over those cells are not judged, rather than passed or failed on a guess.
    const t31 = findings.find((f) => f.rule === 'T3-1' && f.cells.includes('applications.newReceived.naturalPerson'))!;
    expect(t31.status).toBe('notAssessable');
    const t41 = findings.find((f) => f.rule === 'T4-1')!;
    expect(t41.status).toBe('notAssessable');
  });

  it('does not judge an equation whose only unknown operand is a blank cell', () => {
    const findings = validateReport({ data: withCells({ 'litigationDirect.pending': null }) }).findings;
    const t42 = findings.find((f) => f.rule === 'T4-2')!;
    expect(t42).toMatchObject({ status: 'notAssessable' });
    expect(t42.cells).toContain('litigationDirect.pending');
    expect(findings.filter((f) => f.status === 'fail' && f.rule !== 'T3-4')).toEqual([]);
  });

  it('warns when a fee looks like 元 instead of 万元, and flags error values and lost formulas', () => {
    expect(validateReport({ data: withCells({ 'active.fees.amount': 35000000 }) }).findings[0]).toMatchObject({
      rule: 'T2-1',
      severity: 'warning',
      suggestion: '若按元填写，应为 3500。',
    });
    expect(validateReport({ data: withCells({ 'active.fees.amount': 0.3512 }) }).findings[0].message).toContain('小数超过两位');
    expect(errorsOf(withCells({ 'review.total': '#REF!' })).map((f) => f.rule)).toContain('S-2');
    const formulas = new Set(getFormat('2021').cells.filter((c) => c.sumOf && c.id !== 'review.total').map((c) => c.id));
    const s1 = validateReport({ data: SAMPLE_REPORT, formulaCells: formulas }).findings;
    expect(s1).toEqual([expect.objectContaining({ rule: 'S-1', severity: 'warning', cells: ['review.total'] })]);
  });
});

// ----------------------------------------------------------------------------- properties

describe('rule engine properties', () => {
  it('raises no error on random consistent reports of either format', () => {
    fc.assert(
      fc.property(fc.constantFrom<FormatVersion>('2021', '2019').chain(consistentReport), (data) => {
        expect(errorsOf(data)).toEqual([]);
      }),
      { numRuns: 200 },
    );
  });

  it('catches any change to a cross-checked cell: all of tables 三 and 四, every total anywhere', () => {
    fc.assert(
      fc.property(
        fc.constantFrom<FormatVersion>('2021', '2019').chain((format) => {
          const schema = getFormat(format);
          const targets = schema.cells.filter((c) => c.sumOf || schema.tableOf(c.id)!.id !== 'active').map((c) => c.id);
          return fc.tuple(consistentReport(format), fc.constantFrom(...targets), fc.integer({ min: -50, max: 50 }).filter((d) => d !== 0));
        }),
        ([data, cell, delta]) => {
          const changed = { ...data, cells: { ...data.cells, [cell]: (data.cells[cell] as number) + delta } };
          const hit = errorsOf(changed).some((f) => f.cells.includes(cell));
          // The property fails on the first change no error names; fast-check then shrinks it to the smallest.
          expect({ cell, delta, hit }).toEqual({ cell, delta, hit: true });
        },
      ),
      { numRuns: 1000 },
    );
  });

  it('never passes a rule over blank cells: blanking any table 三 or 四 cell is reported', () => {
    fc.assert(
      fc.property(
        consistentReport('2021'),
        fc.constantFrom(...getFormat('2021').cells.filter((c) => !c.id.startsWith('active.')).map((c) => c.id)),
        (data, cell) => {
          const report = validateReport({ data: { ...data, cells: { ...data.cells, [cell]: null } } });
          expect(hasErrors(report)).toBe(true);
          expect(report.findings.some((f) => f.rule === 'T3-4' && f.cells.includes(cell))).toBe(true);
          // Every cell of 三 and 四 is an operand of some equation: that equation is not judged, never
          // passed with the blank read as 0.
          const equations = report.findings.filter((f) => /^T[34]-[1-3]$/.test(f.rule) && f.cells.includes(cell));
          expect(equations.length).toBeGreaterThan(0);
          expect(equations.every((f) => f.status === 'notAssessable')).toBe(true);
        },
      ),
      { numRuns: 200 },
    );
  });
});
