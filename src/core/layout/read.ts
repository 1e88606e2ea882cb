import { toCellValue, type CellData } from '../cells';
import { detectFormat, getFormat, isFormatVersion, TABLE_LABEL, type CompiledTable, type FormatVersion } from '../format';
import { normalizeLabel } from '../labels';
import type { CellLocation, ReadDiagnostic, ReadResult, TableGrid, WorkbookGrids } from './grids';
import { cellAddress } from './a1';
import { inputCellId, readInputsGrid } from './inputs';

/**
 * Reading a workbook back into cell-ID data. The edges (Office.js, exceljs) load the ranges behind
 * the defined names in one go and hand them over as plain grids; everything else happens here.
 * Rows are matched by their official labels, so a clerk who inserted a row inside a table body
 * (which stretches the defined name) still reads correctly.
 */

export type { CellLocation, ReadDiagnostic, ReadResult, TableGrid, WorkbookGrids } from './grids';


export function readWorkbookGrids(grids: WorkbookGrids): ReadResult {
  const diagnostics: ReadDiagnostic[] = [];
  const format = resolveFormat(grids, diagnostics);
  const schema = getFormat(format);
  const cells: CellData = {};
  const locations = new Map<string, CellLocation>();
  for (const table of schema.tables) {
    const grid = grids.tables[table.id];
    if (!grid) {
      diagnostics.push({ severity: 'error', message: `找不到${TABLE_LABEL[table.id]}（${table.section.title}）所在的工作表或名称。` });
      for (const v of table.values) cells[v.id] = null;
      continue;
    }
    readTable(table, grid, cells, locations, diagnostics);
  }
  const year = readYear(grids.info.year, diagnostics);
  const inputs = readInputsGrid(grids.inputs);
  diagnostics.push(...inputs.diagnostics);
  for (const [key, at] of inputs.cells) {
    locations.set(inputCellId(key), { sheet: grids.inputs!.sheet, ...at, address: cellAddress(at.row, at.col), isFormula: false });
  }
  return {
    data: { format, year, agency: readAgency(grids.info.agency), cells },
    locations,
    diagnostics,
    inputs: inputs.inputs,
    inputsFound: grids.inputs !== undefined,
    ...(grids.report ? { reportSheet: grids.report } : {}),
  };
}

function resolveFormat(grids: WorkbookGrids, diagnostics: ReadDiagnostic[]): FormatVersion {
  const stated = toCellValue(grids.info.format);
  const statedVersion = stated === null ? null : String(stated);
  if (isFormatVersion(statedVersion)) return statedVersion;
  const detected = detectFormatFromLabels(grids);
  if (statedVersion !== null) {
    diagnostics.push({
      severity: 'warning',
      message: `格式版本“${statedVersion}”无法识别，已按表格内容识别为 ${detected} 版。`,
    });
  }
  return detected;
}

/** A workbook's format from its tables' labels (the one detector, `format/detect.ts`). */
export function detectFormatFromLabels(grids: WorkbookGrids): FormatVersion {
  const text = Object.values(grids.tables)
    .flatMap((g) => g!.values.flat())
    .map((v) => normalizeLabel(String(v ?? '')))
    .join('|');
  return detectFormat(text);
}

function readYear(raw: unknown, diagnostics: ReadDiagnostic[]): number | null {
  const value = toCellValue(raw);
  if (value === null) return null;
  if (typeof value === 'number' && Number.isInteger(value) && value >= 2008 && value <= 2100) return value;
  diagnostics.push({ severity: 'warning', message: `报告年度“${value}”不是四位数年份，已忽略。` });
  return null;
}

function readAgency(raw: unknown): string | null {
  const value = toCellValue(raw);
  return value === null ? null : String(value).trim();
}

function readTable(
  table: CompiledTable,
  grid: TableGrid,
  cells: CellData,
  locations: Map<string, CellLocation>,
  diagnostics: ReadDiagnostic[],
): void {
  const rowMap = matchRows(table, grid, diagnostics);
  for (const v of table.values) {
    const gridRow = rowMap.get(v.row);
    if (gridRow === undefined) {
      cells[v.id] = null;
      continue;
    }
    const raw = grid.values[gridRow]?.[v.col];
    const formula = grid.formulas?.[gridRow]?.[v.col];
    cells[v.id] = toCellValue(raw);
    const row = grid.row + gridRow;
    const col = grid.col + v.col;
    locations.set(v.id, {
      sheet: grid.sheet,
      row,
      col,
      address: cellAddress(row, col),
      isFormula: typeof formula === 'string' && formula.startsWith('='),
    });
  }
}

/** Maps each schema body row to a grid row: by label first, by position when labels fail. */
function matchRows(table: CompiledTable, grid: TableGrid, diagnostics: ReadDiagnostic[]): Map<number, number> {
  const result = new Map<number, number>();
  const name = TABLE_LABEL[table.id];
  if (table.labelColumns === 0) {
    // Table 四 has one unlabelled data row: the last row of its range.
    const last = grid.values.length - 1;
    if (last < table.headerRows) {
      diagnostics.push({ severity: 'error', message: `${name}的数据行缺失（${grid.sheet}）。` });
      return result;
    }
    for (const key of table.rowKeys) result.set(key.row, last);
    return result;
  }

  const wanted = new Map<string, number[]>();
  for (const key of table.rowKeys) {
    const label = normalizeLabel(key.label);
    wanted.set(label, [...(wanted.get(label) ?? []), key.row]);
  }
  const used = new Set<number>();
  const unmatched: number[] = [];
  for (let r = table.headerRows; r < grid.values.length; r++) {
    const label = deepestLabel(grid.values[r], table.labelColumns);
    const rows = label ? wanted.get(label) : undefined;
    if (!rows || rows.length === 0) {
      unmatched.push(r);
      continue;
    }
    const schemaRow = rows.shift()!;
    result.set(schemaRow, r);
    used.add(r);
  }
  const missing = table.rowKeys.filter((k) => !result.has(k.row));
  if (missing.length === 0) {
    nameForeignRows(table, grid, unmatched, result, diagnostics);
    return result;
  }
  // Labels edited beyond recognition: fall back to position when the table kept its shape.
  const sameShape = grid.values.length === table.height;
  for (const key of missing) {
    const address = cellAddress(grid.row + key.row, grid.col);
    if (sameShape && !used.has(key.row)) {
      result.set(key.row, key.row);
      diagnostics.push({
        severity: 'warning',
        message: `${name}第 ${grid.row + key.row + 1} 行的行标签与官方“${key.label}”不一致，已按位置读取。`,
        sheet: grid.sheet,
        address,
      });
    } else {
      diagnostics.push({
        severity: 'error',
        message: `${name}缺少“${key.path.join(' / ')}”一行，该行数据无法读取。`,
        sheet: grid.sheet,
      });
    }
  }
  nameForeignRows(table, grid, unmatched, result, diagnostics);
  return result;
}

/**
 * Rows with content inside a table that are none of its official rows: a clerk's inserted row, whose
 * numbers belong to no cell but which a total's formula may take in (Excel widens SUM over it).
 * Sub-headers of a table of blocks (表二) are the format's own rows; a row read by position is not
 * foreign.
 */
function nameForeignRows(table: CompiledTable, grid: TableGrid, unmatched: number[], matched: Map<number, number>, diagnostics: ReadDiagnostic[]): void {
  const ownLabels = new Set(table.labels.map((l) => normalizeLabel(l.text)));
  const read = new Set(matched.values());
  for (const r of unmatched) {
    const row = grid.values[r] ?? [];
    const label = deepestLabel(row, table.labelColumns);
    if (read.has(r) || (label && ownLabels.has(label)) || !row.some((v) => v !== null && v !== undefined && String(v).trim() !== '')) continue;
    const written = row.slice(0, table.labelColumns).map((v) => String(v ?? '').trim()).filter(Boolean).pop();
    diagnostics.push({
      severity: 'warning',
      message: `${TABLE_LABEL[table.id]}第 ${grid.row + r + 1} 行${written ? `“${written}”` : '（没有行标签）'}不是官方表格中的行，像是插入的行：其中的数字不属于任何官方单元格，合计公式却可能把它算进去。请把数字并入相应的官方行，再删除这一行。`,
      sheet: grid.sheet,
      address: cellAddress(grid.row + r, grid.col),
    });
  }
}

function deepestLabel(row: unknown[] | undefined, labelColumns: number): string | null {
  if (!row) return null;
  for (let c = labelColumns - 1; c >= 0; c--) {
    const text = row[c];
    if (text !== null && text !== undefined && String(text).trim() !== '') return normalizeLabel(String(text));
  }
  return null;
}
