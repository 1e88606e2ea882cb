import { getFormat } from '../../format';
import type { NarrativeInputs } from '../../inputs/types';
import { LIMITS } from '../../limits';
import { buildInfoSheet, subtitleText } from './info-sheet';
import { buildInputsSheet } from './inputs-sheet';
import { definedNameFor, type NameKey } from './names';
import { buildTableSheet } from './table-sheet';
import type { NamePlan, PlanOptions, Rect, SheetPlan, WorkbookPlan } from './types';

/**
 * The workbook layout as data: every sheet, cell, merge, validation, name and print setting that
 * 「插入年报工作表」 and `nianbao init` write. Both writers render this plan and nothing else, so the
 * workbook in Excel and the .xlsx from the CLI cannot drift apart. One module per sheet (info-sheet,
 * table-sheet with table 三's check-row, inputs-sheet); names and free copies in names.ts.
 */

export * from './names';
export * from './types';
export { INPUTS_TOP, wrappedTextHeight } from './inputs-sheet';

export function buildWorkbookPlan(options: PlanOptions = {}): WorkbookPlan {
  const format = getFormat(options.format);
  const copy = options.copy ?? 1;
  const data = options.cells ?? {};
  const names: NamePlan[] = [];
  const addressOf = new Map<string, { sheet: string; row: number; col: number }>();
  const name = (key: NameKey, sheet: string, rect: Rect) => names.push({ key, name: definedNameFor(key, copy), sheet, ...rect });

  const info = buildInfoSheet(format, options, copy, name);
  const subtitle = subtitleText(options.agency ?? null, options.year ?? null);
  const tables = format.tables.map((table) => buildTableSheet(format, table, data, subtitle, copy, name, addressOf));
  const inputs = buildInputsSheet(options.inputs ?? {}, copy, name);
  return { format: format.version, copy, sheets: [info, ...tables, inputs].map(withinCellLimit), names, addressOf };
}

/** Excel holds at most 32,767 characters in a cell: longer text (never a real value) is cut, marked 「…」. */
function withinCellLimit(sheet: SheetPlan): SheetPlan {
  const max = LIMITS.excelCellChars.value;
  for (const cell of sheet.cells) if (typeof cell.value === 'string' && cell.value.length > max) cell.value = `${cell.value.slice(0, max - 1)}…`;
  return sheet;
}

/**
 * Only the 正文素材 sheet and its name, for workbooks whose report sheets were inserted by a version
 * without it (four sheets): the add-in and the CLI add just this sheet.
 */
export function buildInputsSheetPlan(options: { copy?: number; inputs?: NarrativeInputs } = {}): { sheet: SheetPlan; name: NamePlan } {
  const copy = options.copy ?? 1;
  const names: NamePlan[] = [];
  const sheet = buildInputsSheet(options.inputs ?? {}, copy, (key, sheetName, rect) => names.push({ key, name: definedNameFor(key, copy), sheet: sheetName, ...rect }));
  return { sheet: withinCellLimit(sheet), name: names[0] };
}
