import { buildWorkbookPlan, cellAddress, chartDefinitions, quoteSheetName, SAMPLE_INPUTS, SAMPLE_REPORT, termValue, type ReportData } from '../../src/core';
import { insertReportSheets, readReport } from '../../src/excel';
import { writeChartSheet } from '../../src/excel/charts';
import { chartsOn, pageBreaksOn } from '../doubles/excel-charts';
import { ExcelDouble, installExcelDouble, parseAddress, type InstalledDouble } from '../doubles/excel-double';
import { deleteNames } from '../support/excel-names';

let installed: InstalledDouble;
afterEach(() => installed?.uninstall());

const LAST_YEAR: ReportData = {
  ...SAMPLE_REPORT,
  year: SAMPLE_REPORT.year! - 1,
  cells: Object.fromEntries(Object.entries(SAMPLE_REPORT.cells).map(([id, v]) => [id, typeof v === 'number' ? Math.max(0, v - 3) : v])),
};

/** The sample workbook in the double: sheets inserted, every input cell of the tables typed in. */
async function sampleWorkbook(excelApi = '1.8'): Promise<ExcelDouble> {
  installed = installExcelDouble(new ExcelDouble(undefined, { excelApi }));
  await insertReportSheets({ format: SAMPLE_REPORT.format, year: SAMPLE_REPORT.year, agency: SAMPLE_REPORT.agency, copy: 1, inputs: SAMPLE_INPUTS });
  const plan = buildWorkbookPlan({ format: SAMPLE_REPORT.format });
  const inputs = new Set(plan.sheets.flatMap((s) => s.cells.filter((c) => c.cellId && !c.formula).map((c) => c.cellId!)));
  await Excel.run(async (context) => {
    for (const [id, at] of plan.addressOf) {
      const v = SAMPLE_REPORT.cells[id];
      if (inputs.has(id) && typeof v === 'number') context.workbook.worksheets.getItem(at.sheet).getRangeByIndexes(at.row, at.col, 1, 1).values = [[v]];
    }
    await context.sync();
  });
  installed.double.resetSyncCount();
  return installed.double;
}

/** A range's cells on the double as [formula or value] per cell, read from the model. */
function cellsOf(double: ExcelDouble, address: string): { formula?: string; value: unknown }[] {
  const { sheet, rect } = parseAddress(address);
  const model = double.sheet(sheet!.replace(/^'|'$/g, ''))!;
  const out: { formula?: string; value: unknown }[] = [];
  for (let r = rect.row; r < rect.row + rect.rowSpan; r++)
    for (let c = rect.col; c < rect.col + rect.colSpan; c++) out.push({ formula: model.cells.get(`${r},${c}`)?.formula, value: double.valueOf(model, r, c) });
  return out;
}

describe('图表 sheet with native charts', () => {
  it('writes the sheet in 2 syncs, each series bound to cells whose formulas read the right table cells', async () => {
    const double = await sampleWorkbook();
    const result = await writeChartSheet(LAST_YEAR, 1);
    expect(double.syncCount).toBeLessThanOrEqual(2);
    expect(result).toEqual({ sheet: '图表', charts: 5 });

    const read = await readReport(1);
    const definitions = chartDefinitions(SAMPLE_REPORT.format, { inputs: read.inputs, year: read.data.year, previous: LAST_YEAR });
    const charts = chartsOn(double.sheet('图表')!);
    expect(charts.map((c) => c.title.text)).toEqual(definitions.map((d) => d.title));
    expect(charts.map((c) => c.chartType)).toEqual(['Pie', 'Pie', 'Pie', 'ColumnClustered', 'ColumnClustered']);
    expect(charts.map((c) => c.title.text)).toEqual(['主动公开信息发布渠道（条）', '新收申请的申请人构成（件）', '申请办理结果构成（件）', '行政复议、行政诉讼结果（件）', `${SAMPLE_REPORT.year}年与${SAMPLE_REPORT.year! - 1}年对比（件）`]);

    charts.forEach((chart, k) => {
      const def = definitions[k];
      expect(chart.position).not.toBeNull();
      expect(chart.series.map((s) => s.name)).toEqual(def.series.map((s) => s.name));
      chart.series.forEach((series, j) => {
        expect(series.values).toMatch(/^图表!\$[A-Z]+\$\d+:\$[A-Z]+\$\d+$/);
        // The categories are the Chinese labels of the definition.
        expect(cellsOf(double, series.xValues!).map((c) => c.value)).toEqual(def.categories);
        const cells = cellsOf(double, series.values!);
        def.series[j].values.forEach((term, i) => {
          if ('value' in term) {
            expect(cells[i]).toEqual({ formula: undefined, value: term.value });
            return;
          }
          // Each value cell is a formula over exactly the table cells the definition names, where the reader found them.
          const refs = term.cells.map((id) => {
            const at = read.locations.get(id)!;
            return `${quoteSheetName(at.sheet)}!${cellAddress(at.row, at.col)}`;
          });
          expect(cells[i].formula).toBe(refs.length === 1 ? `=${refs[0]}` : `=SUM(${refs.join(',')})`);
          expect(cells[i].value).toBe(termValue(term, SAMPLE_REPORT.cells, SAMPLE_INPUTS));
        });
      });
    });
    // The applicants' series reads table 三's 新收 row.
    expect(cellsOf(double, charts[1].series[0].values!)[0].formula).toMatch(/^='表三 依申请公开'!\$?[A-Z]+\$?\d+$/);
  });

  it('finds the tables by their labels when the defined names are gone, as 校验 does, in one more sync', async () => {
    const sheetOf = (double: ExcelDouble) => {
      const model = double.sheet('图表')!;
      return [...model.cells].map(([at, cell]) => [at, cell.formula, double.valueOf(model, ...(at.split(',').map(Number) as [number, number]))]);
    };
    const named = await sampleWorkbook();
    await writeChartSheet(LAST_YEAR, 1);
    const expected = sheetOf(named);
    installed.uninstall();

    const unnamed = await sampleWorkbook();
    deleteNames(unnamed);
    unnamed.resetSyncCount();
    expect(await writeChartSheet(LAST_YEAR, 1)).toEqual({ sheet: '图表', charts: 5 });
    expect(unnamed.syncCount).toBe(3);
    expect(sheetOf(unnamed)).toEqual(expected);
    expect(chartsOn(unnamed.sheet('图表')!)).toHaveLength(5);
  });

  it('follows an edit of the table: the chart block recomputes from the cell', async () => {
    const double = await sampleWorkbook();
    await writeChartSheet(null, 1);
    const read = await readReport(1);
    const at = read.locations.get('review.upheld')!;
    await Excel.run(async (context) => {
      context.workbook.worksheets.getItem(at.sheet).getRangeByIndexes(at.row, at.col, 1, 1).values = [[41]];
      await context.sync();
    });
    const appeals = chartsOn(double.sheet('图表')!).find((c) => c.title.text.startsWith('行政复议'))!;
    expect(cellsOf(double, appeals.series[0].values!)[0].value).toBe(41);
  });

  it('replaces its own sheet when run again, and keeps a 图表 sheet with the clerk’s edits', async () => {
    const double = await sampleWorkbook();
    await writeChartSheet(null, 1);
    double.resetSyncCount();
    expect(await writeChartSheet(null, 1)).toEqual({ sheet: '图表', charts: 4 });
    expect(double.syncCount).toBeLessThanOrEqual(2);
    expect(double.sheets.filter((s) => s.name.startsWith('图表'))).toHaveLength(1);
    expect(chartsOn(double.sheet('图表')!)).toHaveLength(4);

    await Excel.run(async (context) => {
      context.workbook.worksheets.getItem('图表').getRange('A40').values = [['我的备注']];
      await context.sync();
    });
    double.resetSyncCount();
    const again = await writeChartSheet(null, 1);
    expect(double.syncCount).toBeLessThanOrEqual(2);
    expect(again).toEqual({ sheet: '图表（2）', charts: 4, kept: '图表', edits: ['A40'] });
    expect(cellsOf(double, '图表!A40')[0].value).toBe('我的备注');
    expect(chartsOn(double.sheet('图表')!)).toHaveLength(4);
    expect(chartsOn(double.sheet('图表（2）')!)).toHaveLength(4);
  });

  it('adds page breaks only where ExcelApi 1.9 is supported', async () => {
    let double = await sampleWorkbook('1.8');
    await writeChartSheet(LAST_YEAR, 1);
    expect(pageBreaksOn(double.sheet('图表')!)).toEqual([]);
    installed.uninstall();
    double = await sampleWorkbook('1.9');
    await writeChartSheet(LAST_YEAR, 1);
    expect(pageBreaksOn(double.sheet('图表')!)).toEqual([42]);
  });
});
