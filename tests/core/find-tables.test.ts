import {
  buildReportDocument,
  buildReportSheetPlan,
  buildWorkbookPlan,
  completeGridsByLabels,
  cutGrid,
  findTableByLabels,
  getFormat,
  readWorkbookGrids,
  SAMPLE_REPORT,
  sheetNameFor,
  sheetsToSearch,
  type SheetArea,
  type SheetPlan,
  type WorkbookGrids,
  type WorkbookPlan,
} from '../../src/core';
import { gridsFromPlan } from '../support/plan-grids';

/**
 * The one search for a table by its labels, used by the .xlsx, Office.js and WPS readers when a
 * table's defined name is gone. Areas are plain grids, as each reader loads them.
 */

const plan = buildWorkbookPlan({ format: '2021', year: 2024, agency: '示例县人民政府办公室', cells: SAMPLE_REPORT.cells });
const applications = getFormat('2021').tables.find((t) => t.id === 'applications')!;

/** A plan sheet's shown values, moved down and right by the given offset, with formulas alike. */
function areaOf(sheet: SheetPlan, down = 0, right = 0, name = sheet.name): SheetArea {
  const values: unknown[][] = [];
  const formulas: unknown[][] = [];
  for (const c of sheet.cells) {
    (values[c.row + down] ??= [])[c.col + right] = c.formula ? c.result : c.value;
    (formulas[c.row + down] ??= [])[c.col + right] = c.formula ?? c.value;
  }
  return { sheet: name, row: 0, col: 0, values, formulas };
}

const sheetOf = (p: WorkbookPlan, key: string) => p.sheets.find((s) => s.key === key)!;
const named = gridsFromPlan(plan);

describe('finding a table by its labels (core)', () => {
  it('finds the table where the plan put it, and cuts the same grid its defined name covers', () => {
    const area = areaOf(sheetOf(plan, 'applications'));
    const anchor = findTableByLabels(area, applications)!;
    const byName = named.tables.applications!;
    expect(anchor).toEqual({ sheet: byName.sheet, row: byName.row, col: byName.col, rowSpan: applications.height, colSpan: applications.width });
    const cut = cutGrid(area, anchor);
    expect(cut.values.map((r) => r.map((v) => v ?? ''))).toEqual(byName.values);
  });

  it('finds a moved table (rows and columns inserted before it), in an area that does not start at A1', () => {
    const moved = areaOf(sheetOf(plan, 'applications'), 7, 3);
    // An Office.js used range starts at its first used cell: the same cells, another origin.
    const trimmed: SheetArea = { ...moved, row: 2, col: 1, values: moved.values.slice(2).map((r) => (r ?? []).slice(1)) };
    for (const area of [moved, trimmed]) {
      const anchor = findTableByLabels(area, applications)!;
      expect(anchor).toMatchObject({ row: named.tables.applications!.row + 7, col: 3, rowSpan: applications.height });
      const read = readWorkbookGrids({ ...named, tables: { ...named.tables, applications: cutGrid(area, anchor) } });
      expect(read.data.cells).toEqual(SAMPLE_REPORT.cells);
      expect(read.locations.get('applications.total.total')?.address).toBe('M37');
    }
  });

  it('extends a table to its last official row label when the clerk inserted rows inside', () => {
    const area = areaOf(sheetOf(plan, 'applications'));
    const inside = named.tables.applications!.row + 10;
    area.values.splice(inside, 0, ['备注：本行是科员插入的']);
    area.formulas!.splice(inside, 0, ['备注：本行是科员插入的']);
    const anchor = findTableByLabels(area, applications)!;
    expect(anchor.rowSpan).toBe(applications.height + 1);
    const read = readWorkbookGrids({ ...named, tables: { ...named.tables, applications: cutGrid(area, anchor) } });
    expect(read.data.cells).toEqual(SAMPLE_REPORT.cells);
  });

  it('finds nothing where the table is not: another sheet, or its first label alone (a note quoting it)', () => {
    expect(findTableByLabels(areaOf(sheetOf(plan, 'active')), applications)).toBeNull();
    const quote: SheetArea = { sheet: 'X', row: 0, col: 0, values: [[], [applications.labels[0].text]] };
    expect(findTableByLabels(quote, applications)).toBeNull();
    expect(findTableByLabels({ sheet: 'X', row: 0, col: 0, values: [] }, applications)).toBeNull();
  });

  it('of two candidates takes the one that matches more of the labels, else the first in reading order', () => {
    const full = areaOf(sheetOf(plan, 'applications'), 60);
    const [first, second] = applications.labels;
    // Above the table: its first two labels where they belong, and nothing else of the table.
    (full.values[first.row] ??= [])[first.col] = first.text;
    (full.values[second.row] ??= [])[second.col] = second.text;
    expect(findTableByLabels(full, applications)).toMatchObject({ row: named.tables.applications!.row + 60 });

    // The whole table twice: the upper one.
    const twice = areaOf(sheetOf(plan, 'applications'));
    const lower = areaOf(sheetOf(plan, 'applications'), 60);
    lower.values.forEach((row, r) => {
      if (r >= 60) twice.values[r] = row;
    });
    expect(findTableByLabels(twice, applications)).toMatchObject({ row: named.tables.applications!.row });
  });

  it('asks for the own sheets of the missing tables, every sheet for a first copy without them, and 基本信息 when a fact is missing', () => {
    const all = plan.sheets.map((s) => s.name);
    const withoutT3: WorkbookGrids = { ...named, tables: { ...named.tables, applications: undefined } };
    expect(sheetsToSearch(all, 1, withoutT3)).toEqual([sheetNameFor('applications')]);
    expect(sheetsToSearch(all, 1, named)).toEqual([]);
    expect(sheetsToSearch(['Sheet1', '汇总'], 1, { info: {}, tables: {} })).toEqual(['Sheet1', '汇总']);
    expect(sheetsToSearch(['Sheet1', '汇总'], 2, { info: {}, tables: {} })).toEqual([]);
    expect(sheetsToSearch(all, 1, { ...named, info: { ...named.info, year: undefined } })).toEqual([sheetNameFor('info')]);
  });

  it('never takes a table from 报告正文 (a rendering for print) or from 正文素材 and 基本信息', () => {
    const report = buildReportSheetPlan(buildReportDocument(SAMPLE_REPORT));
    const areas = [report, sheetOf(plan, 'info'), sheetOf(plan, 'inputs')].map((s) => areaOf(s));
    expect(sheetsToSearch(areas.map((a) => a.sheet), 1, { info: {}, tables: {} })).toEqual([sheetNameFor('info')]);
    expect(completeGridsByLabels({ info: {}, tables: {} }, areas, 1).tables).toEqual({});
  });

  it('completes grids whose names are all gone: 基本信息 at its planned places, each table on its sheet', () => {
    const areas = plan.sheets.map((s) => areaOf(s));
    const grids = completeGridsByLabels({ info: {}, tables: {} }, areas, 1);
    const read = readWorkbookGrids({ ...grids, inputs: named.inputs });
    expect(read.data).toEqual(readWorkbookGrids(named).data);
    expect(read.locations).toEqual(readWorkbookGrids(named).locations);
  });

  it('reads a 2019 workbook without names as 2019 (its labels say so), and tables on a sheet of any name', () => {
    const plan2019 = buildWorkbookPlan({ format: '2019', year: 2020, agency: '某县', cells: {} });
    const areas = plan2019.sheets.filter((s) => s.key !== 'info').map((s, i) => areaOf(s, 0, 0, `Sheet${i + 1}`));
    const grids = completeGridsByLabels({ info: {}, tables: {} }, areas, 1);
    expect(Object.keys(grids.tables).sort()).toEqual(['active', 'applications', 'review']);
    expect(readWorkbookGrids(grids).data.format).toBe('2019');
    expect(grids.tables.active!.values.length).toBe(getFormat('2019').tables[0].height);
  });
});
