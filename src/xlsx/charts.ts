import type ExcelJS from 'exceljs';
import { buildChartSheetPlan, chartDefinitions, CHART_SHEET_NAME, freeChartSheetName, rangeAddress, type ChartSheetPlan, type ReadResult } from '../core';
import { renderPlan } from './write';

/**
 * The 图表 sheet in a file: exceljs cannot write native charts, so each chart is a picture at the
 * place the Office.js edge puts the native one, over the same data block (formulas over the table
 * cells, with their cached results). The block follows edits; the picture is of the figures when
 * the file was written, and says so in the sheet's note.
 */
export interface ChartPicture {
  id: string;
  png: Uint8Array;
}

export async function addChartSheet(workbook: ExcelJS.Workbook, read: ReadResult, pictures: ChartPicture[]): Promise<ChartSheetPlan> {
  const name = freeChartSheetName(CHART_SHEET_NAME, workbook.worksheets.map((w) => w.name));
  // No last year here: a new workbook keeps no 上年报告 (the pane writes that chart).
  const definitions = chartDefinitions(read.data.format, { inputs: read.inputs, year: read.data.year, previous: null });
  const plan = buildChartSheetPlan(definitions, (id) => read.locations.get(id), {
    name,
    year: read.data.year,
    agency: read.data.agency,
    cells: read.data.cells,
    inputs: read.inputs,
    pictures: true,
  });
  await renderPlan({ format: read.data.format, copy: 1, sheets: [plan.sheet], names: [], addressOf: new Map() }, workbook);
  const sheet = workbook.getWorksheet(name)!;
  sheet.views = [{ state: 'normal', showGridLines: false }];
  for (const chart of plan.charts) {
    const picture = pictures.find((p) => p.id === chart.definition.id);
    const a = chart.anchor;
    if (!picture) {
      // A chart of figures not filled in, or all 0: nothing to draw, and the place says why.
      sheet.getCell(a.row + 2, a.col + 1).value = '（相关数字为空或均为 0，未绘制此图）';
      continue;
    }
    const image = workbook.addImage({ buffer: Buffer.from(picture.png) as unknown as ExcelJS.Buffer, extension: 'png' });
    sheet.addImage(image, rangeAddress(a.row, a.col, a.rowSpan, a.colSpan));
  }
  // exceljs breaks after a row: the row before each page's first.
  for (const row of plan.pageBreaks) sheet.getRow(row).addPageBreak();
  return plan;
}
