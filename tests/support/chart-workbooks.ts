import { buildWorkbookPlan, cellAddress, quoteSheetName, SAMPLE_INPUTS, SAMPLE_REPORT, termValue, type CellLocation, type ChartTerm, type ReportData } from '../../src/core';
import * as excel from '../../src/excel';
import * as wps from '../../src/wps';
import { ExcelDouble, installExcelDouble, type InstalledDouble } from '../doubles/excel-double';
import { WpsDouble } from '../doubles/wps-double';

/** The sample workbook on each host's double, for the 图表 sheet tests: sheets inserted, every input cell typed. */

export const LAST_YEAR: ReportData = {
  ...SAMPLE_REPORT,
  year: SAMPLE_REPORT.year! - 1,
  cells: Object.fromEntries(Object.entries(SAMPLE_REPORT.cells).map(([id, v]) => [id, typeof v === 'number' ? Math.max(0, v - 3) : v])),
};

const insertOptions = { format: SAMPLE_REPORT.format, year: SAMPLE_REPORT.year, agency: SAMPLE_REPORT.agency, copy: 1, inputs: SAMPLE_INPUTS };

/** The table cells a clerk types (no formulas), with where the plan puts them. */
function typedCells(): { sheet: string; row: number; col: number; value: number }[] {
  const plan = buildWorkbookPlan({ format: SAMPLE_REPORT.format });
  const inputs = new Set(plan.sheets.flatMap((s) => s.cells.filter((c) => c.cellId && !c.formula).map((c) => c.cellId!)));
  const out: { sheet: string; row: number; col: number; value: number }[] = [];
  for (const [id, at] of plan.addressOf) {
    const v = SAMPLE_REPORT.cells[id];
    if (inputs.has(id) && typeof v === 'number') out.push({ ...at, value: v });
  }
  return out;
}

export function sampleWps(style: 'property' | 'method' = 'property'): WpsDouble {
  const double = new WpsDouble({ style });
  wps.insertReportSheets(double.application, insertOptions);
  for (const c of typedCells()) double.type(c.sheet, cellAddress(c.row, c.col), c.value);
  return double;
}

/** The Office.js side; uninstall the returned double when done. */
export async function sampleExcel(): Promise<InstalledDouble> {
  const installed = installExcelDouble(new ExcelDouble());
  await excel.insertReportSheets(insertOptions);
  await Excel.run(async (context) => {
    for (const c of typedCells()) context.workbook.worksheets.getItem(c.sheet).getRangeByIndexes(c.row, c.col, 1, 1).values = [[c.value]];
    await context.sync();
  });
  return installed;
}

/** What a block's value cells must hold: a formula over exactly the table cells a term names (where the reader found them), or its constant. */
export function expectedBlockCells(terms: ChartTerm[], locations: Map<string, CellLocation>): { formula?: string; value: unknown }[] {
  return terms.map((term) => {
    if ('value' in term) return { formula: undefined, value: term.value };
    const refs = term.cells.map((id) => {
      const at = locations.get(id)!;
      return `${quoteSheetName(at.sheet)}!${cellAddress(at.row, at.col)}`;
    });
    return { formula: refs.length === 1 ? `=${refs[0]}` : `=SUM(${refs.join(',')})`, value: termValue(term, SAMPLE_REPORT.cells, SAMPLE_INPUTS) };
  });
}
