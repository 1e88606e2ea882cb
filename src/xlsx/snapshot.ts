import ExcelJS from 'exceljs';
import { parseRange, quoteSheetName, rangeAddress } from '../core';
import { shownValue } from './read';

/**
 * Plain data of what an exceljs workbook holds, in the vocabulary of the Office.js double's
 * `snapshot()` (tests/doubles/excel-double.ts), so that the two writers can be compared field by field.
 *
 * ```
 * {
 *   sheets: [{
 *     name: '表三 依申请公开',
 *     cells: { 'D7': { value: 117, format: { fill: '#FFF2CC', locked: false } },
 *              'J7': { value: 122, formula: '=SUM(D7:I7)', format: { fill: '#E7E6E6', bold: true, locked: true } } },
 *     merges: ['A1:J1', …],                      // A1 ranges, no $, in reading order
 *     validations: { 'D7': { rule: { wholeNumber: { formula1: 0, formula2: 999999999, operator: 'Between' } },
 *                            prompt: { showPrompt: true, title, message },
 *                            errorAlert: { showAlert: true, style: 'Stop', title, message } } },
 *     conditionalFormats: [{ address: 'D32:J32', type: 'Custom', formula: '=D32<>0', fill: '#FFC7CE', fontColor: '#9C0006' }],
 *     freeze: { rows: 6, columns: 3 },           // absent when nothing is frozen
 *     protection: { protected: true, hasPassword: false,
 *                   options: { allowFormatCells: true, allowFormatColumns: true, allowFormatRows: true, selectionMode: 'Normal' } },
 *   }],
 *   names: { NB_T3: "'表三 依申请公开'!A4:J31", … },  // workbook-scoped, no $, print titles left out
 * }
 * ```
 *
 * Conventions, as in the double: `value` is what the cell shows (a formula's cached result; null for
 * the covered cells of a merge); `formula` starts with "=" and is absent for constants; `fill` and
 * colours are '#RRGGBB'; `bold` is present only when true; `locked` is always present (Excel's default
 * is true). Every cell exceljs stores is listed, styled-but-empty ones included; a validation or a
 * conditional format over a range is listed per cell or per range as the file stores it.
 */
export interface XlsxSnapshot {
  sheets: XlsxSheetSnapshot[];
  names: Record<string, string>;
}

export interface XlsxSheetSnapshot {
  name: string;
  cells: Record<string, { value: string | number | boolean | null; formula?: string; format: { fill?: string; bold?: true; locked: boolean } }>;
  merges: string[];
  validations: Record<string, ValidationSnapshot>;
  conditionalFormats: { address: string; type: string; formula?: string; fill?: string; fontColor?: string }[];
  freeze?: { rows: number; columns: number };
  protection: { protected: boolean; hasPassword?: boolean; options?: Record<string, unknown> };
}

export interface ValidationSnapshot {
  rule?: Record<string, { formula1?: number | string; formula2?: number | string; operator?: string }>;
  prompt?: { showPrompt: boolean; title?: string; message?: string };
  errorAlert?: { showAlert: boolean; style: string; title?: string; message?: string };
}

export function snapshotXlsx(workbook: ExcelJS.Workbook): XlsxSnapshot {
  return { sheets: workbook.worksheets.map(snapshotSheet), names: namesOf(workbook) };
}

function snapshotSheet(sheet: ExcelJS.Worksheet): XlsxSheetSnapshot {
  const cells: XlsxSheetSnapshot['cells'] = {};
  const validations: XlsxSheetSnapshot['validations'] = {};
  sheet.eachRow({ includeEmpty: true }, (row) =>
    row.eachCell({ includeEmpty: true }, (cell) => {
      const formula = cell.type === ExcelJS.ValueType.Formula && cell.formula ? `=${cell.formula}` : undefined;
      const fill = colorOf((cell.fill as ExcelJS.FillPattern | undefined)?.fgColor);
      cells[cell.address] = {
        value: plainValue(shownValue(cell)),
        ...(formula ? { formula } : {}),
        format: { ...(fill ? { fill } : {}), ...(cell.font?.bold ? { bold: true as const } : {}), locked: cell.protection?.locked ?? true },
      };
      if (cell.dataValidation) validations[cell.address] = validationOf(cell.dataValidation);
    }),
  );
  const model = sheet.model as { merges?: string[] };
  const view = sheet.views?.[0];
  const protection = (sheet as unknown as { sheetProtection?: Record<string, unknown> | null }).sheetProtection;
  return {
    name: sheet.name,
    cells,
    merges: sortedRanges(model.merges ?? []),
    validations,
    conditionalFormats: conditionalFormatsOf(sheet),
    ...(view?.state === 'frozen' ? { freeze: { rows: view.ySplit ?? 0, columns: view.xSplit ?? 0 } } : {}),
    protection: protection?.sheet
      ? {
          protected: true,
          hasPassword: !!protection.hashValue,
          options: {
            allowFormatCells: !!protection.formatCells,
            allowFormatColumns: !!protection.formatColumns,
            allowFormatRows: !!protection.formatRows,
            selectionMode: protection.selectLockedCells === false ? (protection.selectUnlockedCells === false ? 'None' : 'Unlocked') : 'Normal',
          },
        }
      : { protected: false },
  };
}

/** Reading order (top to bottom, then left to right): exceljs lists merges in the order it met them. */
function sortedRanges(ranges: string[]): string[] {
  const start = (range: string) => parseRange(range);
  return [...ranges].sort((a, b) => start(a).row - start(b).row || start(a).col - start(b).col);
}

function plainValue(value: unknown): string | number | boolean | null {
  if (value === null || value === undefined) return null;
  if (value instanceof Date) return value.toISOString();
  if (typeof value === 'number' || typeof value === 'string' || typeof value === 'boolean') return value;
  return String(value);
}

/** exceljs's data validation in Office.js terms: rule (absent for any value), prompt, errorAlert. */
function validationOf(v: ExcelJS.DataValidation): ValidationSnapshot {
  const result: ValidationSnapshot = {};
  const type = (v as { type: string }).type;
  if (type && type !== 'any') {
    const ruleName = RULE_NAMES[type] ?? type;
    const [formula1, formula2] = (v.formulae ?? []).map(numberIfNumeric);
    result.rule = { [ruleName]: { formula1, ...(formula2 !== undefined ? { formula2 } : {}), operator: operatorOf(v.operator) } };
  }
  if (v.showInputMessage || v.prompt || v.promptTitle) result.prompt = { showPrompt: !!v.showInputMessage, title: v.promptTitle, message: v.prompt };
  if (v.showErrorMessage) {
    const style = v.errorStyle ?? 'stop';
    result.errorAlert = { showAlert: true, style: style[0].toUpperCase() + style.slice(1), title: v.errorTitle, message: v.error };
  }
  return result;
}

const RULE_NAMES: Record<string, string> = { whole: 'wholeNumber', decimal: 'decimal', list: 'list', date: 'date', textLength: 'textLength', custom: 'custom' };

function operatorOf(operator: string | undefined): string {
  const name = operator ?? 'between';
  return name[0].toUpperCase() + name.slice(1);
}

function numberIfNumeric(value: unknown): number | string {
  if (typeof value === 'number') return value;
  const text = String(value);
  return text.trim() !== '' && Number.isFinite(Number(text)) ? Number(text) : text;
}

function conditionalFormatsOf(sheet: ExcelJS.Worksheet): XlsxSheetSnapshot['conditionalFormats'] {
  const formattings = (sheet as unknown as { conditionalFormattings?: ExcelJS.ConditionalFormattingOptions[] }).conditionalFormattings ?? [];
  return formattings.flatMap((cf) =>
    cf.rules.map((rule) => {
      const style = (rule as { style?: Partial<ExcelJS.Style> }).style;
      const fill = colorOf((style?.fill as ExcelJS.FillPattern | undefined)?.bgColor ?? (style?.fill as ExcelJS.FillPattern | undefined)?.fgColor);
      const fontColor = colorOf(style?.font?.color);
      const formula = (rule as { formulae?: string[] }).formulae?.[0];
      return {
        address: cf.ref,
        type: rule.type === 'expression' ? 'Custom' : rule.type,
        ...(formula !== undefined ? { formula: `=${formula}` } : {}),
        ...(fill ? { fill } : {}),
        ...(fontColor ? { fontColor } : {}),
      };
    }),
  );
}

function namesOf(workbook: ExcelJS.Workbook): Record<string, string> {
  const names: Record<string, string> = {};
  for (const entry of workbook.definedNames.model as { name: string; ranges: string[] }[]) {
    if (entry.name.startsWith('_xlnm.') || entry.ranges.length === 0) continue;
    try {
      const r = parseRange(entry.ranges[0]);
      names[entry.name] = `${r.sheet ? `${quoteSheetName(r.sheet)}!` : ''}${rangeAddress(r.row, r.col, r.rowSpan, r.colSpan)}`;
    } catch {
      names[entry.name] = entry.ranges[0]; // a broken reference, kept as written
    }
  }
  return names;
}

function colorOf(color: Partial<ExcelJS.Color> | undefined): string | undefined {
  const value = color?.argb;
  return value ? `#${value.slice(-6).toUpperCase()}` : undefined;
}
