import { getFormat, type FormatVersion } from '../format';
import { absoluteRange, cellAddress, quoteSheetName } from '../layout/a1';
import { buildWorkbookPlan, type PlannedCell, type SheetPlan, type WorkbookPlan } from '../layout/plan';
import { KEY_FIGURES, keyFigures, partName, type Summary } from './sum';

/**
 * The 汇总 workbook as a plan: the agency workbook's own plan (tables 二/三/四 with the same layout, totals
 * and check row, so every rule runs on the total), whose input cells become formulas over a sheet of the
 * agencies' values, so the sums stay live when a value there is corrected. Beside it: 分单位情况 (one row
 * per agency), 未能汇总 (cells some agency left blank, wrote as text or could not be read) and 各单位数据.
 */

export const SUMMARY_SHEETS = { agencies: '分单位情况', notSummed: '未能汇总', data: '各单位数据' } as const;

/** What validation found in one agency's report, for 分单位情况. */
export interface AgencyCounts {
  errors: number;
  warnings: number;
  notAssessable: number;
}

/** The scope a 汇总 states in 基本信息 and in its title: who is in it. */
export function summaryAgencyName(summary: Summary): string {
  return `汇总（${summary.parts.length} 个单位）`;
}

/** 「表三 依申请公开 D7（一、本年新收… / 自然人）」: where a cell is in an agency's workbook and what it counts. */
export function cellPlaceNamer(version: FormatVersion): (id: string) => string {
  const plan = buildWorkbookPlan({ format: version });
  const format = getFormat(version);
  return (id) => {
    const at = plan.addressOf.get(id);
    const cell = format.cellById.get(id);
    return `${at ? `${at.sheet} ${cellAddress(at.row, at.col)}` : id}${cell ? `（${cell.rowLabel} / ${cell.columnLabel}）` : ''}`;
  };
}

/** First row of the agencies' values on 各单位数据 (0-based): a title, the labels, then the cell IDs. */
const DATA_TOP = 3;

export function buildSummaryPlan(summary: Summary, counts: AgencyCounts[]): WorkbookPlan {
  const format = getFormat(summary.format);
  const inputIds = format.cells.filter((c) => !c.sumOf).map((c) => c.id);
  const known: Record<string, number | null> = Object.fromEntries(inputIds.map((id) => [id, summary.cells[id]]));
  const plan = buildWorkbookPlan({ format: summary.format, year: summary.year, agency: summaryAgencyName(summary), cells: known });
  const n = summary.parts.length;
  const dataSheet = quoteSheetName(SUMMARY_SHEETS.data);
  const columnOf = new Map(inputIds.map((id, i) => [id, i + 2]));
  for (const sheet of plan.sheets) {
    for (const cell of sheet.cells) {
      if (!cell.cellId || cell.formula || !columnOf.has(cell.cellId)) continue;
      const range = `${dataSheet}!${absoluteRange(DATA_TOP, columnOf.get(cell.cellId)!, n, 1)}`;
      // Blank, not a number, unless every agency's value is a number: a sum over unknown parts is unknown.
      cell.formula = `=IF(COUNT(${range})=${n},SUM(${range}),"")`;
      cell.result = summary.cells[cell.cellId] ?? '';
      cell.style = 'total';
      cell.locked = true;
      delete cell.validation;
      delete cell.value;
    }
  }
  // A total over an unknown cell is unknown too: SUM would skip the blank and show the sum of the others.
  for (const sheet of plan.sheets) {
    for (const cell of sheet.cells) {
      const total = cell.cellId && cell.formula ? format.cellById.get(cell.cellId) : undefined;
      if (!total?.sumOf) continue;
      const parts = total.sumOf.map((id) => {
        const at = plan.addressOf.get(id)!;
        return at.sheet === sheet.name ? cellAddress(at.row, at.col) : `${quoteSheetName(at.sheet)}!${cellAddress(at.row, at.col)}`;
      });
      cell.formula = `=IF(COUNT(${parts.join(',')})=${parts.length},${cell.formula!.replace(/^=/, '')},"")`;
      cell.result = summary.cells[total.id] ?? '';
    }
  }
  plan.sheets.push(agenciesSheet(summary, counts), notSummedSheet(summary, plan), dataSheetPlan(summary, inputIds));
  return plan;
}

function sheetShell(name: string, columnWidths: number[]): SheetPlan {
  return { key: 'report', name, columnWidths, rowHeights: {}, cells: [], merges: [], conditionalFormats: [], print: { landscape: true, fit: 'width', titleRows: { first: 2, last: 2 } }, freeze: { rows: 3, columns: 0 }, protect: false };
}

function put(sheet: SheetPlan, row: number, col: number, value: string | number | null, style: PlannedCell['style']) {
  sheet.cells.push({ row, col, value, style, locked: false });
}

function title(sheet: SheetPlan, text: string, note: string) {
  const width = sheet.columnWidths.length;
  put(sheet, 0, 0, text, 'title');
  put(sheet, 1, 0, note, 'note');
  sheet.merges.push({ row: 0, col: 0, rowSpan: 1, colSpan: width }, { row: 1, col: 0, rowSpan: 1, colSpan: width });
  sheet.rowHeights[1] = 30;
}

function scope(summary: Summary): string {
  return `${summary.year ?? '年度未注明'}${summary.year ? ' 年度' : ''}，${summary.format} 版格式，${summary.parts.length} 个单位`;
}

function agenciesSheet(summary: Summary, counts: AgencyCounts[]): SheetPlan {
  const headers = ['序号', '机关名称', '年度', '格式', ...KEY_FIGURES.map((f) => f.label), '错误', '警告', '无法判断', '来源文件'];
  const sheet = sheetShell(SUMMARY_SHEETS.agencies, [6, 30, 8, 8, ...KEY_FIGURES.map(() => 11), 7, 7, 9, 40]);
  title(sheet, '分单位情况', `本汇总的范围：${scope(summary)}。数字为各单位报告所填；空白表示该单位的报告中没有可读的数字。错误、警告、无法判断为校验结果的条数。`);
  headers.forEach((h, col) => put(sheet, 2, col, h, 'header'));
  summary.parts.forEach((part, i) => {
    const row = DATA_TOP + i;
    const figures = keyFigures(part.data);
    const c = counts[i];
    const values = [i + 1, partName(part), part.data.year, `${part.data.format} 版`, ...KEY_FIGURES.map((f) => figures[f.key]), c.errors, c.warnings, c.notAssessable, part.file];
    values.forEach((v, col) => put(sheet, row, col, v, col === 1 || col === values.length - 1 ? 'rowLabel' : 'tableValue'));
  });
  return sheet;
}

function notSummedSheet(summary: Summary, plan: WorkbookPlan): SheetPlan {
  const format = getFormat(summary.format);
  const sheet = sheetShell(SUMMARY_SHEETS.notSummed, [26, 60, 60]);
  title(sheet, '未能汇总的单元格', '下列单元格在某些单位的报告中是空白、文字或未能读出的数字，汇总表中该格留空（无法判断），依赖它的合计也无法判断。请向所列单位核实后在“各单位数据”中改正，汇总会自动更新。');
  ['单元格', '项目', '未能读出数字的单位'].forEach((h, col) => put(sheet, 2, col, h, 'header'));
  if (summary.notSummed.length === 0) put(sheet, DATA_TOP, 0, '全部单元格均已汇总。', 'note');
  summary.notSummed.forEach((entry, i) => {
    const at = plan.addressOf.get(entry.cell);
    const cell = format.cellById.get(entry.cell);
    put(sheet, DATA_TOP + i, 0, at ? `${at.sheet} ${cellAddress(at.row, at.col)}` : entry.cell, 'rowLabel');
    put(sheet, DATA_TOP + i, 1, cell ? `${cell.rowLabel} / ${cell.columnLabel}` : entry.cell, 'rowLabel');
    put(sheet, DATA_TOP + i, 2, entry.agencies.join('、'), 'rowLabel');
  });
  return sheet;
}

function dataSheetPlan(summary: Summary, inputIds: string[]): SheetPlan {
  const format = getFormat(summary.format);
  const sheet = sheetShell(SUMMARY_SHEETS.data, [30, 30, ...inputIds.map(() => 12)]);
  sheet.freeze = { rows: 3, columns: 2 };
  put(sheet, 0, 0, '各单位数据：各单位报告中的数字，一行一个单位（第 2 行为项目，第 3 行为单元格编号）。汇总表引用本表，改正这里的数字，汇总随之更新；文字照原样保留。', 'note');
  put(sheet, 1, 0, '项目', 'header');
  put(sheet, 1, 1, '', 'header');
  put(sheet, 2, 0, '机关名称', 'header');
  put(sheet, 2, 1, '来源文件', 'header');
  inputIds.forEach((id, i) => {
    const cell = format.cellById.get(id)!;
    put(sheet, 1, i + 2, `${cell.rowLabel} / ${cell.columnLabel}`, 'note');
    put(sheet, 2, i + 2, id, 'header');
  });
  summary.parts.forEach((part, r) => {
    put(sheet, DATA_TOP + r, 0, partName(part), 'rowLabel');
    put(sheet, DATA_TOP + r, 1, part.file, 'rowLabel');
    inputIds.forEach((id, i) => put(sheet, DATA_TOP + r, i + 2, part.data.cells[id] ?? null, 'tableValue'));
  });
  return sheet;
}
