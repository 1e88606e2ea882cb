import { spreadsheetSum, type CellData, type CellValue } from '../../cells';
import { balanceOf, type CompiledTable, type GridValue, type ReportFormat } from '../../format';
import { cellAddress, rangeAddress } from '../a1';
import { put } from './cells';
import type { AddName, ConditionalPlan, PlannedCell, Rect } from './types';

/**
 * Table 三 checks itself without the add-in: one row under the table shows, per column,
 * 第一项 + 第二项 − （七）总计 − 第四项, or 有空格 / 有非数字 while a cell of that column is blank or
 * holds text (the column cannot be checked then).
 */
export function addApplicationsCheckRow(
  format: ReportFormat,
  table: CompiledTable,
  top: number,
  row: number,
  shown: CellData,
  cells: PlannedCell[],
  merges: Rect[],
  conditionalFormats: ConditionalPlan[],
  sheet: string,
  addName: AddName,
): number {
  put(cells, merges, { row, col: 0, style: 'checkLabel', value: '勾稽校验：第一项＋第二项－（七）总计－第四项（应为 0）', locked: true }, table.labelColumns);
  const firstBody = top + table.headerRows;
  const lastBody = top + table.height - 1;
  for (const balance of balanceOf(format).filter((b) => b.table === table.id)) {
    const { col, isTotalColumn } = balance;
    const column = table.values.filter((v) => v.col === col);
    const [a, b, t, f] = [balance.received, balance.carriedOver, balance.resolved, balance.carriedForward].map((id) => format.cellById.get(id)!);
    const ref = (v: GridValue) => cellAddress(top + v.row, col);
    // The total column is all formulas: its blanks are those of the applicant columns it adds up.
    const body = isTotalColumn
      ? rangeAddress(firstBody, table.labelColumns, lastBody - firstBody + 1, col - table.labelColumns)
      : rangeAddress(firstBody, col, lastBody - firstBody + 1, 1);
    const fed = isTotalColumn ? table.values.filter((v) => v.col < col) : column;
    const values = fed.map((v) => shown[v.id] ?? null);
    const result = checkResult(values, [a, b, t, f].map((v) => shown[v.id] ?? null));
    cells.push({
      row,
      col,
      style: 'check',
      // SUM skips text, so a total over 「3件」 or 「/」 looks right: COUNT (numbers) below COUNTA
      // (anything) says the column holds something else, and it cannot be checked.
      formula: `=IF(COUNTBLANK(${body})>0,"有空格",IF(COUNT(${body})<COUNTA(${body}),"有非数字",IFERROR(${ref(a)}+${ref(b)}-${ref(t)}-${ref(f)},"非数字")))`,
      result,
      locked: true,
    });
  }
  const firstValueCol = table.labelColumns;
  const width = table.width - firstValueCol;
  const anchor = cellAddress(row, firstValueCol);
  conditionalFormats.push({ row, col: firstValueCol, rowSpan: 1, colSpan: width, formula: `${anchor}<>0`, look: 'bad' });
  conditionalFormats.push({ row, col: firstValueCol, rowSpan: 1, colSpan: width, formula: `${anchor}=0`, look: 'ok' });
  addName('applicationsCheck', sheet, { row, col: firstValueCol, rowSpan: 1, colSpan: width });
  return row + 1;
}

function checkResult(column: CellValue[], [a, b, t, f]: CellValue[]): string | number {
  if (column.some((v) => v === null)) return '有空格';
  if (column.some((v) => typeof v !== 'number')) return '有非数字';
  if ([a, b, t, f].some((v) => typeof v !== 'number')) return '非数字';
  return spreadsheetSum([a, b]) - spreadsheetSum([t, f]);
}
