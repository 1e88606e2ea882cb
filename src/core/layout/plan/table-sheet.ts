import type { CellData } from '../../cells';
import type { CompiledTable, GridValue, ReportFormat, TableId } from '../../format';
import { totalsOf } from '../../totals';
import { cellAddress } from '../a1';
import type { StyleRole } from '../styles';
import { breakAtWords } from '../wrap';
import { cover, truncate } from './cells';
import { addApplicationsCheckRow } from './check-row';
import { definedNameFor, sheetNameFor } from './names';
import { PAGE_FOOTER, TABLE_TOP, type AddName, type ConditionalPlan, type PlannedCell, type Rect, type SheetPlan, type ValidationPlan } from './types';

/** Tables 二, 三 and 四: title, subtitle, the schema's grid of labels and value cells, a footnote. */

const COLUMN_WIDTHS: Record<TableId, (t: CompiledTable) => number[]> = {
  active: (t) => [22, ...Array(t.width - 1).fill(16)],
  applications: (t) => [7, 13, 34, ...Array(t.width - t.labelColumns).fill(9)],
  review: (t) => Array(t.width).fill(8),
};

export function buildTableSheet(
  format: ReportFormat,
  table: CompiledTable,
  data: CellData,
  subtitle: string,
  copy: number,
  addName: AddName,
  addressOf: Map<string, { sheet: string; row: number; col: number }>,
): SheetPlan {
  const sheet = sheetNameFor(table.id, copy);
  const top = TABLE_TOP;
  const { shown, computed } = totalsOf(format, data);
  const cells: PlannedCell[] = [];
  const merges: Rect[] = [];
  const conditionalFormats: ConditionalPlan[] = [];
  const covered = (row: number, col: number, rowSpan: number, colSpan: number, style: StyleRole, locked: boolean) =>
    cover(cells, merges, { row, col, rowSpan, colSpan }, style, locked);

  // Title and a subtitle that follows 基本信息 (agency and year) by formula.
  cells.push({ row: 0, col: 0, style: 'title', value: table.section.title, locked: true });
  covered(0, 0, 1, table.width, 'title', true);
  const agencyName = definedNameFor('agency', copy);
  const yearName = definedNameFor('year', copy);
  cells.push({
    row: 1,
    col: 0,
    style: 'subtitle',
    formula: `=IF(${agencyName}="","",${agencyName}&"\u3000")&IF(${yearName}="","",${yearName}&"年度")`,
    result: subtitle,
    locked: true,
  });
  covered(1, 0, 1, table.width, 'subtitle', true);

  const widths = COLUMN_WIDTHS[table.id](table);
  for (const label of table.labels) {
    const style: StyleRole = label.role === 'blockHeading' ? 'blockHeading' : label.role === 'rowLabel' ? 'rowLabel' : 'header';
    const width = widths.slice(label.col, label.col + label.colSpan).reduce((a, b) => a + b, 0);
    const text = style === 'header' ? breakAtWords(label.text, width) : label.text;
    cells.push({ row: top + label.row, col: label.col, style, value: text, locked: true });
    covered(top + label.row, label.col, label.rowSpan, label.colSpan, style, true);
  }

  const position = (id: string) => {
    const v = format.cellById.get(id)!;
    return { row: top + v.row, col: v.col };
  };
  for (const value of table.values) {
    const row = top + value.row;
    addressOf.set(value.id, { sheet, row, col: value.col });
    cells.push(valueCell(value, row, data, computed, position));
    covered(row, value.col, 1, value.colSpan, value.sumOf ? 'total' : 'input', !!value.sumOf);
  }

  let nextRow = top + table.height;
  if (table.kind === 'matrix') nextRow = addApplicationsCheckRow(format, table, top, nextRow, shown, cells, merges, conditionalFormats, sheet, addName);

  const footnote = FOOTNOTES[table.id];
  cells.push({ row: nextRow + 1, col: 0, style: 'note', value: footnote, locked: true });
  covered(nextRow + 1, 0, 1, table.width, 'note', true);

  addName(table.id, sheet, { row: top, col: 0, rowSpan: table.height, colSpan: table.width });

  const columnWidths = widths;
  return {
    key: table.id,
    name: sheet,
    columnWidths,
    rowHeights: estimateRowHeights(cells, merges, columnWidths),
    cells,
    merges,
    conditionalFormats,
    print: {
      landscape: table.id !== 'active',
      titleRows: table.headerRows ? { first: top, last: top + table.headerRows - 1 } : undefined,
      footer: PAGE_FOOTER,
    },
    freeze: table.headerRows ? { rows: top + table.headerRows, columns: table.labelColumns } : undefined,
    protect: true,
  };
}

const FOOTNOTES: Record<TableId, string> = {
  active: '说明：黄色单元格填写本年数据，没有的填 0，不要留空；收费金额单位为万元。',
  applications:
    '说明：黄色单元格填写件数，没有的填 0，不要留空。“总计”列和“（七）总计”行由公式计算；校验行显示差额，为 0 表示该列勾稽关系成立，显示“有空格”“有非数字”时该列无法核对，先把空白或文字改为数字。',
  review: '说明：黄色单元格填写件数，没有的填 0，不要留空；各“总计”由公式计算。',
};

function valueCell(
  value: GridValue,
  row: number,
  data: CellData,
  sums: Record<string, number>,
  position: (id: string) => { row: number; col: number },
): PlannedCell {
  const given = data[value.id];
  if (value.sumOf) {
    // Parts that are totals themselves count with what they show (a total of totals).
    const computed = sums[value.id];
    // A given total that disagrees with its parts is kept as written, for validation to flag.
    if (given !== undefined && given !== null && given !== computed) {
      return { row, col: value.col, style: 'total', value: given, cellId: value.id, locked: true };
    }
    return {
      row,
      col: value.col,
      style: 'total',
      formula: `=${sumFormula(value.sumOf.map(position))}`,
      result: computed,
      cellId: value.id,
      locked: true,
    };
  }
  return {
    row,
    col: value.col,
    style: 'input',
    value: given ?? null,
    cellId: value.id,
    locked: false,
    validation: validationFor(value),
  };
}

/** SUM over a contiguous run when the parts form one; otherwise SUM of the listed cells. */
function sumFormula(parts: { row: number; col: number }[]): string {
  const sameCol = parts.every((p) => p.col === parts[0].col);
  const sameRow = parts.every((p) => p.row === parts[0].row);
  const contiguous = parts.every((p, i) => i === 0 || (sameCol ? p.row === parts[i - 1].row + 1 : p.col === parts[i - 1].col + 1));
  if ((sameCol || sameRow) && contiguous) {
    const last = parts[parts.length - 1];
    return `SUM(${cellAddress(parts[0].row, parts[0].col)}:${cellAddress(last.row, last.col)})`;
  }
  return `SUM(${parts.map((p) => cellAddress(p.row, p.col)).join(',')})`;
}

function validationFor(value: GridValue): ValidationPlan {
  // One line: XML attributes (where .xlsx keeps input messages) fold line breaks into spaces.
  const where = `${value.rowLabel} / ${value.columnLabel}`;
  const title = truncate(value.columnLabel, 32);
  switch (value.kind) {
    case 'count':
      return {
        kind: 'whole',
        min: 0,
        max: 999999999,
        prompt: { title, message: truncate(`${where}：${value.hint ? value.hint + '。' : ''}填写件数（非负整数），没有的填 0，不要留空。`, 255) },
        error: { title: '请填写非负整数', message: '此处只能填写 0 或正整数，不要带“件”等单位，不要填“/”或“-”。' },
      };
    case 'amount':
      return {
        kind: 'decimal',
        min: 0,
        max: 999999999,
        prompt: { title, message: truncate(`${where}：${value.hint ? value.hint + '。' : ''}没有的填 0，不要留空。`, 255) },
        error: { title: '请填写金额（万元）', message: '此处填写以万元为单位的非负数，如 0.35；不要带单位。' },
      };
    case 'signed':
      return {
        kind: 'whole',
        min: -999999999,
        max: 999999999,
        prompt: { title, message: truncate(`${where}：${value.hint ? value.hint + '。' : ''}没有变化的填 0。`, 255) },
        error: { title: '请填写整数', message: '此处填写整数，减少填负数，如 -1。' },
      };
    case 'text':
      return { kind: 'any', prompt: { title, message: truncate(`${where}：${value.hint ?? ''}`, 255) } };
  }
}

/** Row heights for wrapped text, estimated from text width (a CJK character is two units). */
function estimateRowHeights(cells: PlannedCell[], merges: Rect[], widths: number[]): Record<number, number> {
  const spanOf = new Map(merges.map((m) => [`${m.row},${m.col}`, m]));
  const heights: Record<number, number> = {};
  for (const cell of cells) {
    if (typeof cell.value !== 'string' || !cell.value) continue;
    const merge = spanOf.get(`${cell.row},${cell.col}`);
    if (merge && merge.rowSpan > 1) continue; // tall merged cells have room already
    const colSpan = merge?.colSpan ?? 1;
    let available = 0;
    for (let c = cell.col; c < cell.col + colSpan; c++) available += widths[c] ?? 9;
    const units = [...cell.value].reduce((n, ch) => n + (ch.charCodeAt(0) > 0xff ? 2 : 1), 0);
    const lines = Math.max(1, Math.ceil(units / Math.max(available - 1, 1)));
    const height = lines > 1 ? lines * 14 + 4 : 0;
    if (height > (heights[cell.row] ?? 0)) heights[cell.row] = height;
  }
  return heights;
}
