import { toCellValue } from '../cells';
import { getFormat, isFormatVersion, type CompiledTable, type FormatVersion, type TableId } from '../format';
import { normalizeLabel } from '../labels';
import type { TableGrid, WorkbookGrids } from './grids';
import { reportSheetName } from '../report/sheet';
import { buildWorkbookPlan, sheetNameFor, type NameKey } from './plan';
import { detectFormatFromLabels } from './read';

/**
 * Finding the tables by their official labels when their defined names are gone (a clerk deleted
 * them, sheets were copied into another workbook, another tool wrote the file). Every reader (.xlsx,
 * Office.js, WPS) loads the sheets `sheetsToSearch` names as plain areas and hands them here, so the
 * search is written once and reads the same everywhere.
 */

/** A rectangle of a sheet as a reader loaded it: values (and formulas, same shape) from its top-left cell. */
export type SheetArea = TableGrid;

/** Where a table stands on its sheet (0-based), header included. */
export interface TableAnchor {
  sheet: string;
  row: number;
  col: number;
  rowSpan: number;
  colSpan: number;
}

/** How much of a sheet a reader loads for the search: enough for tables stacked on one sheet, bounded for big ledgers. */
export const LABEL_SEARCH_AREA = { rows: 2000, columns: 50 } as const;
/** Rows a clerk may have inserted inside a table whose defined names are gone. */
const INSERTED_ROWS_SLACK = 40;
const TABLE_IDS: readonly TableId[] = ['active', 'applications', 'review'];
const INFO_KEYS = ['agency', 'year', 'format'] as const;

/**
 * Finds one table in an area by its first official label, confirmed by the second where it should
 * be. Of several candidates (a table pasted twice, a note quoting the label) the one that matches
 * most of the table's labels wins, the first in reading order on a tie. A table matched by row labels
 * extends to its last official row label, so rows inserted inside still read.
 */
export function findTableByLabels(area: SheetArea, table: CompiledTable): TableAnchor | null {
  const [first, second] = table.labels;
  if (!first) return null;
  const wanted = normalizeLabel(first.text);
  const text = labelReader(area);
  let best: { anchor: TableAnchor; score: number } | null = null;
  for (const [i, row] of area.values.entries()) {
    for (let j = 0; j < (row?.length ?? 0); j++) {
      const r = area.row + i;
      const c = area.col + j;
      if (text(r, c) !== wanted) continue;
      const top = r - first.row;
      const left = c - first.col;
      if (top < 0 || left < 0) continue;
      if (second && text(top + second.row, left + second.col) !== normalizeLabel(second.text)) continue;
      const score = table.labels.filter((l) => text(top + l.row, left + l.col) === normalizeLabel(l.text)).length;
      if (best && best.score >= score) continue;
      best = { anchor: { sheet: area.sheet, row: top, col: left, rowSpan: tableHeight(text, table, top, left), colSpan: table.width }, score };
    }
  }
  return best?.anchor ?? null;
}

/** The part of an area under an anchor, as the core's reader takes it (cells outside the area blank). */
export function cutGrid(area: SheetArea, anchor: TableAnchor): TableGrid {
  const rows = (grid: unknown[][]) =>
    Array.from({ length: anchor.rowSpan }, (_, i) => {
      const row = grid[anchor.row - area.row + i] ?? [];
      return Array.from({ length: anchor.colSpan }, (_, j) => row[anchor.col - area.col + j] ?? null);
    });
  return { sheet: anchor.sheet, row: anchor.row, col: anchor.col, values: rows(area.values), ...(area.formulas ? { formulas: rows(area.formulas) } : {}) };
}

/**
 * The sheets a reader should load before `completeGridsByLabels`: for each table its defined name did
 * not find, the table's own sheet, or every sheet in a first copy (another tool's workbook may hold
 * the tables anywhere; a second copy is always ours); and 基本信息 when a fact of it was not found.
 */
export function sheetsToSearch(sheetNames: readonly string[], copy: number, grids: WorkbookGrids): string[] {
  const present = new Set(sheetNames);
  const wanted = new Set<string>();
  const ours = notTableSheets(copy);
  for (const id of TABLE_IDS.filter((t) => !grids.tables[t])) {
    const own = sheetNameFor(id, copy);
    if (present.has(own)) wanted.add(own);
    else if (copy === 1) sheetNames.filter((name) => !ours.has(name)).forEach((name) => wanted.add(name));
  }
  const info = plannedInfo(copy);
  if (INFO_KEYS.some((key) => grids.info[key] === undefined) && present.has(info.sheet)) wanted.add(info.sheet);
  return sheetNames.filter((name) => wanted.has(name));
}

/**
 * The grids with what their defined names did not find taken from the areas: tables by their labels,
 * 基本信息 at the places the plan puts it. The format is the one 基本信息 states, else the one the
 * labels of the tables found show (searched as 2021 first: the 2019 tables are taller in 二 and
 * shorter in 三).
 */
export function completeGridsByLabels(grids: WorkbookGrids, areas: readonly SheetArea[], copy: number): WorkbookGrids {
  const info = { ...grids.info };
  const planned = plannedInfo(copy);
  const infoArea = areas.find((a) => a.sheet === planned.sheet);
  for (const key of INFO_KEYS) {
    if (info[key] !== undefined || !infoArea) continue;
    const { row, col } = planned.cells[key];
    info[key] = infoArea.values[row - infoArea.row]?.[col - infoArea.col] ?? null;
  }
  const missing = TABLE_IDS.filter((id) => !grids.tables[id]);
  if (missing.length === 0) return { ...grids, info };

  const stated = String(toCellValue(info.format) ?? '');
  const named = Object.keys(grids.tables).length > 0;
  const search = (format: FormatVersion) => ({ ...grids.tables, ...tablesIn(areas, copy, format, missing) });
  let format: FormatVersion = isFormatVersion(stated) ? stated : named ? detectFormatFromLabels(grids) : '2021';
  let tables = search(format);
  if (!isFormatVersion(stated) && !named && detectFormatFromLabels({ info, tables }) === '2019') {
    format = '2019';
    tables = search(format);
  }
  return { ...grids, info, tables };
}

function tablesIn(areas: readonly SheetArea[], copy: number, format: FormatVersion, only: readonly TableId[]): WorkbookGrids['tables'] {
  const tables: WorkbookGrids['tables'] = {};
  for (const table of getFormat(format).tables.filter((t) => only.includes(t.id))) {
    const own = areas.find((a) => a.sheet === sheetNameFor(table.id, copy));
    const ours = notTableSheets(copy);
    const candidates = own ? [own] : copy === 1 ? areas.filter((a) => !ours.has(a.sheet)) : [];
    for (const area of candidates) {
      const anchor = findTableByLabels(area, table);
      if (anchor) {
        tables[table.id] = cutGrid(area, anchor);
        break;
      }
    }
  }
  return tables;
}

/**
 * Our sheets that hold no table to read: 基本信息, 正文素材, and 报告正文, whose tables are a rendering
 * of the report (their columns spanned for print), never the data.
 */
function notTableSheets(copy: number): Set<string> {
  return new Set([sheetNameFor('info', copy), sheetNameFor('inputs', copy), reportSheetName(copy)]);
}

/** 基本信息 is ours only: its facts are where the plan puts them. */
function plannedInfo(copy: number): { sheet: string; cells: Record<(typeof INFO_KEYS)[number], { row: number; col: number }> } {
  const plan = buildWorkbookPlan({ copy });
  const at = (key: NameKey) => {
    const name = plan.names.find((n) => n.key === key)!;
    return { row: name.row, col: name.col };
  };
  return { sheet: plan.sheets[0].name, cells: { agency: at('agency'), year: at('year'), format: at('format') } };
}

/** The normalised text of a cell of the area (sheet coordinates), '' outside it or when empty. */
function labelReader(area: SheetArea): (row: number, col: number) => string {
  return (row, col) => {
    const v = area.values[row - area.row]?.[col - area.col];
    return v === null || v === undefined ? '' : normalizeLabel(String(v));
  };
}

function tableHeight(text: (row: number, col: number) => string, table: CompiledTable, top: number, left: number): number {
  const last = table.rowKeys[table.rowKeys.length - 1];
  if (table.labelColumns === 0 || !last?.label) return table.height;
  const wanted = normalizeLabel(last.label);
  for (let r = top + table.headerRows; r < top + table.height + INSERTED_ROWS_SLACK; r++) {
    for (let c = 0; c < table.labelColumns; c++) if (text(r, left + c) === wanted) return r - top + 1;
  }
  return table.height;
}
