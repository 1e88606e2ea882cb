import * as fs from 'fs';
import * as path from 'path';
import fc from 'fast-check';
import { consistentReport } from '../support/reports';
import { gridsFromPlan } from '../support/plan-grids';
import {
  buildWorkbookPlan,
  definedNameFor,
  getFormat,
  readWorkbookGrids,
  styleRects,
  INPUT_FIELDS,
  INPUT_ROWS,
  INPUTS_TOP,
  SAMPLE_INPUTS,
  SAMPLE_REPORT,
  setInput,
  type CellData,
  type FormatVersion,
  type WorkbookPlan,
} from '../../src/core';

const expectedDir = path.resolve(__dirname, '../fixtures/seeds/expected');
const seeds = fs.readdirSync(expectedDir).map((f) => JSON.parse(fs.readFileSync(path.join(expectedDir, f), 'utf8')));

describe('workbook plan and reader', () => {
  it.each(seeds.map((s) => [s.file, s] as const))('round-trips the cells of seed %s', (_file, seed) => {
    const plan = buildWorkbookPlan({ format: seed.format, year: seed.year, agency: seed.agency, cells: seed.cells });
    const { data, diagnostics } = readWorkbookGrids(gridsFromPlan(plan));
    expect(diagnostics).toEqual([]);
    expect(data).toEqual({ format: seed.format, year: seed.year, agency: seed.agency, cells: seed.cells });
  });

  it.each(['2021', '2019'] as const)('caches every total, totals of totals included, from the inputs alone (%s, random reports)', (format) => {
    // A workbook made from inputs only (as `init --data` with the totals left out) must show the same
    // totals to a reader that does not calculate as to one that does.
    const schema = getFormat(format);
    fc.assert(
      fc.property(consistentReport(format), (report) => {
        const inputsOnly = Object.fromEntries(Object.entries(report.cells).filter(([id]) => !schema.cellById.get(id)!.sumOf));
        const { data } = readWorkbookGrids(gridsFromPlan(buildWorkbookPlan({ format, year: report.year, cells: inputsOnly })));
        expect(data.cells).toEqual(report.cells);
      }),
      { numRuns: 40 },
    );
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
    const withText = buildWorkbookPlan({ cells: { ...SAMPLE_REPORT.cells, 'applications.withheld.stateSecret.research': '/' } });
    expect(checkOf(withText)).toEqual([0, 0, '有非数字', 0, 0, 0, '有非数字']);
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
    expect(plan.sheets.map((s) => s.name)).toEqual(['基本信息 (2)', '表二 主动公开 (2)', '表三 依申请公开 (2)', '表四 复议诉讼 (2)', '正文素材 (2)']);
    expect(plan.names.map((n) => n.name)).toContain(definedNameFor('applications', 2));
    expect(plan.names.map((n) => n.name)).toContain('NB_INPUTS_2');
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

describe('正文素材: the structured inputs for the narrative', () => {
  const sheetOf = (plan: WorkbookPlan) => plan.sheets.find((s) => s.key === 'inputs')!;
  const fieldRow = (key: string) => INPUTS_TOP + INPUT_ROWS.findIndex((r) => r.kind === 'field' && r.field.key === key);

  it('comes after the tables, one row per field under its group, inputs unlocked and validated by kind', () => {
    const plan = buildWorkbookPlan({});
    expect(plan.sheets.map((s) => s.name)).toEqual(['基本信息', '表二 主动公开', '表三 依申请公开', '表四 复议诉讼', '正文素材']);
    const sheet = sheetOf(plan);
    expect(sheet).toMatchObject({ protect: true, print: { landscape: false, fit: 'width' } });
    const at = (row: number, col: number) => sheet.cells.find((c) => c.row === row && c.col === col)!;
    expect(at(INPUTS_TOP, 0)).toMatchObject({ style: 'blockHeading', value: '一、总体情况 ·（一）主动公开' });
    const website = fieldRow('active.website');
    expect(at(website, 0).value).toBe('其中：政府网站');
    expect(at(website, 1)).toMatchObject({ style: 'input', locked: false, validation: { kind: 'whole', min: 0 } });
    expect(at(website, 2).value).toBe('条');
    expect(at(website, 3)).toMatchObject({ style: 'note', locked: true });
    expect(at(fieldRow('other.feeAmountYuan'), 1).validation).toMatchObject({ kind: 'decimal', min: 0, error: { title: '请填写金额（元）' } });
    const list = at(fieldRow('problems.current'), 1);
    expect(list).toMatchObject({ style: 'inputText', locked: false, validation: { kind: 'any' } });
    expect(sheet.rowHeights[fieldRow('problems.current')]).toBeGreaterThanOrEqual(60);
    expect(sheet.rowHeights[fieldRow('platforms')]).toBeGreaterThanOrEqual(60);
    for (const field of INPUT_FIELDS) {
      const v = at(fieldRow(field.key), 1).validation!;
      expect(v.prompt.title.length).toBeLessThanOrEqual(32);
      expect(v.prompt.message.length).toBeLessThanOrEqual(255);
      expect(v.prompt.message).not.toMatch(/\n/);
    }
    // Only the input cells are unlocked.
    expect(sheet.cells.filter((c) => !c.locked)).toHaveLength(INPUT_FIELDS.length);
    const name = plan.names.find((n) => n.key === 'inputs')!;
    expect(name).toMatchObject({ name: 'NB_INPUTS', sheet: '正文素材', row: INPUTS_TOP, col: 0, rowSpan: INPUT_ROWS.length, colSpan: 2 });
  });

  it('prefills the inputs (lists one item per line) and reads them back', () => {
    const plan = buildWorkbookPlan({ ...SAMPLE_REPORT, inputs: SAMPLE_INPUTS });
    const cell = sheetOf(plan).cells.find((c) => c.row === fieldRow('problems.measures') && c.col === 1)!;
    expect(cell.value).toBe(SAMPLE_INPUTS.problems!.measures!.join('\n'));
    const read = readWorkbookGrids(gridsFromPlan(plan));
    expect(read.diagnostics).toEqual([]);
    expect(read.inputs).toEqual(SAMPLE_INPUTS);
    expect(read.inputsFound).toBe(true);
  });

  it('reads a workbook made before the sheet existed as no inputs, without a message', () => {
    const grids = gridsFromPlan(buildWorkbookPlan({ ...SAMPLE_REPORT, inputs: SAMPLE_INPUTS }));
    delete grids.inputs;
    const read = readWorkbookGrids(grids);
    expect(read.inputs).toEqual({});
    expect(read.inputsFound).toBe(false);
    expect(read.diagnostics).toEqual([]);
  });

  it('leaves out a value that does not fit its field, naming the sheet and the cell', () => {
    const grids = gridsFromPlan(buildWorkbookPlan({ inputs: SAMPLE_INPUTS }));
    const r = fieldRow('active.website') - INPUTS_TOP;
    grids.inputs!.values[r][1] = '约30条';
    grids.inputs!.values[fieldRow('other.feeAmountYuan') - INPUTS_TOP][1] = '0.125';
    const read = readWorkbookGrids(grids);
    expect(read.inputs.active!.website).toBeUndefined();
    expect(read.inputs.active!.newMedia).toBe(SAMPLE_INPUTS.active!.newMedia);
    expect(read.diagnostics).toEqual([
      { severity: 'warning', sheet: '正文素材', address: `B${fieldRow('active.website') + 1}`, inputKey: 'active.website', message: expect.stringMatching(/^「其中：政府网站」应填写非负整数.*“约30条”/) },
      { severity: 'warning', sheet: '正文素材', address: `B${fieldRow('other.feeAmountYuan') + 1}`, inputKey: 'other.feeAmountYuan', message: expect.stringContaining('最多保留两位小数') },
    ]);
  });

  it('finds fields by label after a clerk inserts rows, and by position when a label was edited', () => {
    const grids = gridsFromPlan(buildWorkbookPlan({ inputs: SAMPLE_INPUTS }));
    const inserted = structuredClone(grids);
    inserted.inputs!.values.splice(2, 0, ['我加的说明', '不是素材']);
    inserted.inputs!.values.splice(10, 0, ['', '']);
    const read = readWorkbookGrids(inserted);
    expect(read.diagnostics).toEqual([]);
    expect(read.inputs).toEqual(SAMPLE_INPUTS);

    const edited = structuredClone(grids);
    const r = fieldRow('supervision.staff') - INPUTS_TOP;
    edited.inputs!.values[r][0] = '政务公开工作人员数';
    const back = readWorkbookGrids(edited);
    expect(back.inputs).toEqual(SAMPLE_INPUTS);
    expect(back.diagnostics).toEqual([
      expect.objectContaining({ severity: 'warning', sheet: '正文素材', address: `A${fieldRow('supervision.staff') + 1}`, message: expect.stringContaining('已按位置读取') }),
    ]);

    // Edited and moved: the field cannot be found, is reported and reads as not filled in.
    edited.inputs!.values.splice(1, 0, ['', '']);
    const lost = readWorkbookGrids(edited);
    expect(lost.inputs.supervision!.staff).toBeUndefined();
    expect(lost.diagnostics[0].message).toContain('找不到“政务公开工作人员”');
  });

  it('sets and clears fields without leaving empty groups behind', () => {
    const one = setInput({}, 'active.website', 3);
    expect(one).toEqual({ active: { website: 3 } });
    expect(setInput(one, 'active.website', null)).toEqual({});
    expect(setInput(one, 'problems.current', [])).toEqual(one);
    expect(setInput(SAMPLE_INPUTS, 'platforms', '')).not.toHaveProperty('platforms');
  });

  it('keeps the defined names in the copy suffix scheme', () => {
    expect(definedNameFor('inputs', 3)).toBe('NB_INPUTS_3');
    expect(buildWorkbookPlan({ copy: 3 }).names.find((n) => n.key === 'inputs')).toMatchObject({ name: 'NB_INPUTS_3', sheet: '正文素材 (3)' });
  });
});
