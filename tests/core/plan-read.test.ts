import * as fs from 'fs';
import * as path from 'path';
import {
  buildWorkbookPlan,
  definedNameFor,
  getFormat,
  readWorkbookGrids,
  styleRects,
  SAMPLE_REPORT,
  type CellData,
  type FormatVersion,
  type TableGrid,
  type TableId,
  type WorkbookGrids,
  type WorkbookPlan,
} from '../../src/core';

const expectedDir = path.resolve(__dirname, '../../../shared/seeds/expected');
const seeds = fs.readdirSync(expectedDir).map((f) => JSON.parse(fs.readFileSync(path.join(expectedDir, f), 'utf8')));

/** What a spreadsheet shows for the plan: formula cells show their computed result. */
function gridsFromPlan(plan: WorkbookPlan): WorkbookGrids {
  const shown = new Map<string, unknown>();
  const formulas = new Map<string, string>();
  for (const sheet of plan.sheets)
    for (const c of sheet.cells) {
      const key = `${sheet.name}!${c.row},${c.col}`;
      shown.set(key, c.formula ? c.result : c.value);
      if (c.formula) formulas.set(key, c.formula);
    }
  const rangeOf = (key: string) => plan.names.find((n) => n.key === key)!;
  const grid = (key: TableId): TableGrid => {
    const n = rangeOf(key);
    const cells = (source: Map<string, unknown>) =>
      Array.from({ length: n.rowSpan }, (_, r) =>
        Array.from({ length: n.colSpan }, (_, c) => source.get(`${n.sheet}!${n.row + r},${n.col + c}`) ?? ''),
      );
    return { sheet: n.sheet, row: n.row, col: n.col, values: cells(shown), formulas: cells(formulas) };
  };
  const single = (key: string) => {
    const n = rangeOf(key);
    return shown.get(`${n.sheet}!${n.row},${n.col}`);
  };
  return {
    info: { agency: single('agency'), year: single('year'), format: single('format') },
    tables: { active: grid('active'), applications: grid('applications'), review: grid('review') },
  };
}

describe('workbook plan and reader', () => {
  it.each(seeds.map((s) => [s.file, s] as const))('round-trips the cells of seed %s', (_file, seed) => {
    const plan = buildWorkbookPlan({ format: seed.format, year: seed.year, agency: seed.agency, cells: seed.cells });
    const { data, diagnostics } = readWorkbookGrids(gridsFromPlan(plan));
    expect(diagnostics).toEqual([]);
    expect(data).toEqual({ format: seed.format, year: seed.year, agency: seed.agency, cells: seed.cells });
  });

  it('writes totals as formulas and inputs as unlocked, validated cells', () => {
    const plan = buildWorkbookPlan({ cells: SAMPLE_REPORT.cells });
    const t3 = plan.sheets.find((s) => s.key === 'applications')!;
    const byId = new Map(t3.cells.filter((c) => c.cellId).map((c) => [c.cellId!, c]));
    const total = byId.get('applications.total.total')!;
    expect(total.formula).toMatch(/^=SUM\(/);
    expect(total.locked).toBe(true);
    expect(total.result).toBe(SAMPLE_REPORT.cells['applications.total.total']);
    const input = byId.get('applications.newReceived.naturalPerson')!;
    expect(input).toMatchObject({ locked: false, style: 'input', validation: { kind: 'whole', min: 0 } });
    // （七）总计 of a column sums the 21 result rows, which sit contiguously above it.
    expect(byId.get('applications.total.naturalPerson')!.formula).toBe('=SUM(D9:D29)');
  });

  it('keeps a given total that disagrees with its parts, as a constant', () => {
    const cells: CellData = { ...SAMPLE_REPORT.cells, 'review.total': 999 };
    const plan = buildWorkbookPlan({ cells });
    const t4 = plan.sheets.find((s) => s.key === 'review')!;
    const total = t4.cells.find((c) => c.cellId === 'review.total')!;
    expect(total.formula).toBeUndefined();
    expect(total.value).toBe(999);
    expect(readWorkbookGrids(gridsFromPlan(plan)).data.cells['review.total']).toBe(999);
  });

  it('shows the 勾稽 difference in the check row of table 三', () => {
    const consistent = buildWorkbookPlan({ cells: SAMPLE_REPORT.cells });
    const checkOf = (plan: WorkbookPlan) => {
      const n = plan.names.find((x) => x.key === 'applicationsCheck')!;
      return plan.sheets.find((s) => s.name === n.sheet)!.cells.filter((c) => c.row === n.row && c.formula).map((c) => c.result);
    };
    expect(checkOf(consistent)).toEqual([0, 0, 0, 0, 0, 0, 0]);
    const broken = { ...SAMPLE_REPORT.cells, 'applications.carriedForward.naturalPerson': (SAMPLE_REPORT.cells['applications.carriedForward.naturalPerson'] as number) + 1 };
    expect(checkOf(buildWorkbookPlan({ cells: broken }))[0]).toBe(-1);
    expect(checkOf(buildWorkbookPlan({}))).toEqual(Array(7).fill('有空格'));
  });

  it('finds rows by label after a clerk inserts a row inside table 三', () => {
    const grids = gridsFromPlan(buildWorkbookPlan({ cells: SAMPLE_REPORT.cells }));
    const t3 = grids.tables.applications!;
    const blank = Array(t3.values[0].length).fill('');
    t3.values.splice(6, 0, [...blank]);
    t3.formulas!.splice(6, 0, [...blank]);
    const { data, diagnostics, locations } = readWorkbookGrids(grids);
    expect(diagnostics).toEqual([]);
    expect(data.cells).toEqual(SAMPLE_REPORT.cells);
    expect(locations.get('applications.total.total')!.address).toBe('J31');
    expect(locations.get('applications.total.total')!.isFormula).toBe(true);
  });

  it('falls back to position, with a warning, when a row label was edited', () => {
    const grids = gridsFromPlan(buildWorkbookPlan({ cells: SAMPLE_REPORT.cells }));
    grids.tables.applications!.values[3][0] = '一、本年新收申请';
    const { data, diagnostics } = readWorkbookGrids(grids);
    expect(data.cells['applications.newReceived.total']).toBe(SAMPLE_REPORT.cells['applications.newReceived.total']);
    expect(diagnostics).toHaveLength(1);
    expect(diagnostics[0]).toMatchObject({ severity: 'warning', sheet: '表三 依申请公开', address: 'A7' });
    expect(diagnostics[0].message).toContain('一、本年新收政府信息公开申请数量');
  });

  it('reports a missing table in Chinese and reads its cells as blank, never 0', () => {
    const grids = gridsFromPlan(buildWorkbookPlan({ cells: SAMPLE_REPORT.cells }));
    delete grids.tables.review;
    const { data, diagnostics } = readWorkbookGrids(grids);
    expect(data.cells['review.total']).toBeNull();
    expect(diagnostics[0].message).toContain('表四');
  });

  it('recognises 2019 tables when the format cell is missing', () => {
    const seed2019 = seeds.find((s) => s.format === '2019');
    const grids = gridsFromPlan(buildWorkbookPlan({ format: '2019', cells: seed2019.cells }));
    grids.info.format = '';
    expect(readWorkbookGrids(grids).data.format).toBe('2019');
  });

  it('names a second copy distinctly so it never collides with the first', () => {
    const plan = buildWorkbookPlan({ copy: 2 });
    expect(plan.sheets.map((s) => s.name)).toEqual(['基本信息 (2)', '表二 主动公开 (2)', '表三 依申请公开 (2)', '表四 复议诉讼 (2)']);
    expect(plan.names.map((n) => n.name)).toContain(definedNameFor('applications', 2));
    const subtitle = plan.sheets[2].cells.find((c) => c.row === 1 && c.col === 0)!;
    expect(subtitle.formula).toContain('NB_AGENCY_2');
  });

  it.each(['2021', '2019'] as FormatVersion[])('covers every cell of format %s exactly once, styled in few rectangles', (version) => {
    const plan = buildWorkbookPlan({ format: version });
    for (const sheet of plan.sheets) {
      const seen = new Set<string>();
      for (const c of sheet.cells) {
        const key = `${c.row},${c.col}`;
        expect(seen.has(key)).toBe(false);
        seen.add(key);
      }
      expect(styleRects(sheet).length).toBeLessThan(sheet.cells.length / 2);
    }
    expect(plan.addressOf.size).toBe(getFormat(version).cells.length);
  });
});
