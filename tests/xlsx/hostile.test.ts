import ExcelJS from 'exceljs';
import { buildWorkbookPlan, reportSheetName, SAMPLE_REPORT } from '../../src/core';
import { LIMITS } from '../../src/core/limits';
import { readReportWorkbook, renderPlan } from '../../src/xlsx';
import { worksheetValues } from '../../src/xlsx/read';

/** Workbooks shaped to make the reader do unbounded work: it reads what it needs and no more. */
async function sampleBook(): Promise<ExcelJS.Workbook> {
  return renderPlan(buildWorkbookPlan({ ...SAMPLE_REPORT }));
}

describe('the .xlsx reader on hostile workbooks', () => {
  it('reads 报告正文 up to its row limit, however far down or right a cell sits', async () => {
    const workbook = await sampleBook();
    const sheet = workbook.addWorksheet(reportSheetName());
    sheet.getCell('A1').value = '某某县2024年政府信息公开工作年度报告';
    sheet.getCell('A1048576').value = '很远的一格';
    sheet.getCell('XFD2').value = '很右的一格';
    const values = worksheetValues(sheet);
    expect(values.length).toBe(LIMITS.sheetRowsRead.value);
    expect(Math.max(...values.map((r) => r.length))).toBeLessThanOrEqual(50);
    expect(values[0][0]).toBe('某某县2024年政府信息公开工作年度报告');
    expect(readReportWorkbook(workbook, 'far.xlsx').data.cells).toEqual(SAMPLE_REPORT.cells);
  });

  it('does not read a table name stretched far beyond its table: the labels find the table', async () => {
    const workbook = await sampleBook();
    const model = workbook.definedNames.model as { name: string; ranges: string[] }[];
    // 200,000 cells: within what exceljs may expand, but no table of ours is that large.
    workbook.definedNames.model = model.map((n) => (n.name === 'NB_T3' ? { ...n, ranges: ["'表三 依申请公开'!$A$1:$J$20000"] } : n));
    const read = readReportWorkbook(workbook, 'stretched.xlsx');
    expect(read.data.cells).toEqual(SAMPLE_REPORT.cells);
    expect(read.locations.get('applications.newReceived.naturalPerson')).toMatchObject({ sheet: '表三 依申请公开' });
  });
});
