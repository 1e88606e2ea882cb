import * as path from 'path';
import ExcelJS from 'exceljs';
import { buildSummaryPlan, getFormat, dropFloatNoise, SAMPLE_REPORT, summarize, SUMMARY_SHEETS, type CellData, type SummaryPart } from '../../src/core';
import { readReportFile, renderPlan } from '../../src/xlsx';
import { convertWithLibreOffice } from '../support/libreoffice';
import { tempDir } from '../support/seeds';

/**
 * The 汇总 workbook recalculated by LibreOffice: its table cells are formulas over 各单位数据, so a
 * real spreadsheet engine, not our cached results (poisoned first), must give the agencies' sums; a
 * value corrected in 各单位数据 flows into the tables; a cell some agency left blank stays blank.
 */
const out = tempDir('summary-libreoffice');
const POISON = -7777;
const format = getFormat('2021');
const inputsOnly: CellData = Object.fromEntries(Object.entries(SAMPLE_REPORT.cells).filter(([id]) => !format.cellById.get(id)?.sumOf));
const NEW = 'applications.newReceived.naturalPerson';
const part = (agency: string, change: CellData): SummaryPart => ({ file: `${agency}.xlsx`, data: { ...SAMPLE_REPORT, agency, cells: { ...inputsOnly, ...change } } });
const complete = summarize([part('甲', {}), part('乙', { [NEW]: 30, 'review.upheld': 4 }), part('丙', { 'active.fees.amount': 0.35 })]);
const gap = summarize([part('甲', {}), part('乙', { [NEW]: null })]);
const counts = (n: number) => Array.from({ length: n }, () => ({ errors: 0, warnings: 0, notAssessable: 0 }));

let recalculated: Record<'complete' | 'gap' | 'corrected', string>;

async function poisoned(plan: ReturnType<typeof buildSummaryPlan>, name: string, edit?: (w: ExcelJS.Workbook) => void): Promise<string> {
  const workbook = await renderPlan(plan);
  workbook.eachSheet((sheet) =>
    sheet.eachRow((row) =>
      row.eachCell((cell) => {
        if (cell.formula) cell.value = { formula: cell.formula, result: POISON } as ExcelJS.CellFormulaValue;
      }),
    ),
  );
  edit?.(workbook);
  const file = path.join(out, `${name}.xlsx`);
  await workbook.xlsx.writeFile(file);
  return file;
}

/** Where a cell ID's column is on 各单位数据 (row 3 holds the IDs). */
function dataColumn(workbook: ExcelJS.Workbook, id: string): number {
  const sheet = workbook.getWorksheet(SUMMARY_SHEETS.data)!;
  let found = 0;
  sheet.getRow(3).eachCell((cell, col) => {
    if (cell.value === id) found = col;
  });
  return found;
}

beforeAll(async () => {
  const files = [
    await poisoned(buildSummaryPlan(complete, counts(3)), 'complete'),
    await poisoned(buildSummaryPlan(gap, counts(2)), 'gap'),
    // The clerk corrects 甲's 新收 on 各单位数据 from its value to 100: the table must follow.
    await poisoned(buildSummaryPlan(complete, counts(3)), 'corrected', (w) => (w.getWorksheet(SUMMARY_SHEETS.data)!.getCell(4, dataColumn(w, NEW)).value = 100)),
  ];
  const converted = convertWithLibreOffice(files, 'xlsx', path.join(out, 'recalculated'));
  recalculated = { complete: converted[0], gap: converted[1], corrected: converted[2] };
});

describe('the 汇总 workbook recalculated by LibreOffice', () => {
  it('every table cell, totals included, is the sum over the agencies', async () => {
    const back = await readReportFile(recalculated.complete);
    for (const cell of format.cells) expect({ id: cell.id, value: back.data.cells[cell.id] }).toEqual({ id: cell.id, value: complete.cells[cell.id] });
    expect(back.data.cells[NEW]).toBe((inputsOnly[NEW] as number) * 2 + 30);
    expect(back.data.cells['active.fees.amount']).toBe(dropFloatNoise((inputsOnly['active.fees.amount'] as number) * 2 + 0.35));
  });

  it('a value corrected on 各单位数据 flows into the tables and their totals', async () => {
    const back = await readReportFile(recalculated.corrected);
    const delta = 100 - (inputsOnly[NEW] as number);
    expect(back.data.cells[NEW]).toBe((complete.cells[NEW] as number) + delta);
    expect(back.data.cells['applications.newReceived.total']).toBe((complete.cells['applications.newReceived.total'] as number) + delta);
  });

  it('a cell one agency left blank stays blank, never the sum of the others', async () => {
    const back = await readReportFile(recalculated.gap);
    expect(back.data.cells[NEW]).toBeNull();
    expect(back.data.cells['applications.newReceived.commercial']).toBe(gap.cells['applications.newReceived.commercial']);
    // And so does every total over it, as LibreOffice computes it: SUM would skip the blank and give
    // the sum of the others. (Our reader computes a total that has no cached value itself, so the
    // cached results are looked at directly.)
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(recalculated.gap);
    const plan = buildSummaryPlan(gap, counts(2));
    for (const cell of format.cells) {
      const at = plan.addressOf.get(cell.id)!;
      const shown = workbook.getWorksheet(at.sheet)!.getCell(at.row + 1, at.col + 1).result;
      expect({ id: cell.id, shown: typeof shown === 'number' ? shown : null }).toEqual({ id: cell.id, shown: gap.cells[cell.id] });
    }
    expect(gap.cells['applications.newReceived.total']).toBeNull();
  });
});
