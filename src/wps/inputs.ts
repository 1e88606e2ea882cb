import {
  buildInputsSheetPlan,
  definedNameFor,
  inputProblems,
  INPUTS_TOP,
  nameReference,
  type NarrativeInputs,
  parseRange,
  planInputWrites,
  quoteSheetName,
  sheetNameFor,
  type TableGrid,
} from '../core';
import { excelLiteral } from '../excel/literal';
import { SpreadsheetError } from '../port';
import { member } from './application';
import { toWpsError } from './errors';
import { at, protectSheet, renderSheet } from './render';
import type { WpsApplication, WpsRange } from './types';
import { activeWorkbook, asGrid, definedNames, namesOf, sheetNames, sheetsOf } from './workbook';

/**
 * 正文素材 on WPS: the form saves into its input cells (found by label, as the readers find them),
 * with the same rules as the Office.js edge: only what changed, a cell also changed in the sheet
 * kept and named, unreadable text not erased by a blank.
 */
export function writeNarrativeInputs(app: WpsApplication, inputs: NarrativeInputs, copy: number, options: { baseline?: NarrativeInputs } = {}): { sheet: string; written: number } {
  const problems = inputProblems(inputs);
  if (problems.length) throw new SpreadsheetError(`正文素材没有保存：${problems.join('')}`);
  const missing: string[] = [];
  const conflicts: string[] = [];
  let result: { sheet: string; written: number };
  try {
    const book = activeWorkbook(app);
    const sheets = sheetsOf(book);
    const sheetName = sheetNameFor('inputs', copy);
    const ref = definedNames(book).get(definedNameFor('inputs', copy).toLowerCase());
    let range: WpsRange;
    if (ref?.sheet && sheetNames(book).includes(ref.sheet)) range = at(sheets.Item(ref.sheet), ref);
    else if (sheetNames(book).includes(sheetName)) range = member<WpsRange>(sheets.Item(sheetName), 'UsedRange');
    else throw missingSheet(copy);
    const where = parseRange(member<string>(range, 'Address').replace(/\$/g, ''));
    if (!ref && where.col !== 0) throw missingSheet(copy);
    const sheet = sheets.Item(ref?.sheet ?? sheetName);
    const grid: TableGrid = { sheet: sheet.Name, row: where.row, col: where.col, values: asGrid(range.Value2) };
    const plan = planInputWrites(grid, inputs, options.baseline);
    missing.push(...plan.missing);
    conflicts.push(...plan.conflicts);
    for (const w of plan.writes) at(sheet, { row: where.row + w.row, col: where.col + 1, rowSpan: 1, colSpan: 1 }).Formula = excelLiteral(w.value);
    const written = plan.writes.length;
    result = { sheet: grid.sheet, written };
  } catch (error) {
    throw toWpsError(error, '保存正文素材');
  }
  if (conflicts.length) {
    throw new SpreadsheetError(`${conflicts.map((l) => `“${l}”`).join('、')}在工作表“${result.sheet}”中也被修改过，表单中对这些项的修改没有保存（其他各项已保存）。请点击「放弃修改，重新读取」读出工作表中的内容后再修改。`);
  }
  if (missing.length) {
    throw new SpreadsheetError(`“${result.sheet}”中找不到${missing.map((l) => `“${l}”`).join('、')}一行（项目名称可能被改动或整行被删除），这些项没有保存，其他各项已保存。请把 A 列的项目名称改回原样后重试。`);
  }
  return result;
}

/** Adds only 正文素材 and NB_INPUTS to a workbook whose report sheets predate it, after 表四. */
export function insertInputsSheet(app: WpsApplication, copy: number, inputs: NarrativeInputs = {}): { sheet: string; added: boolean } {
  const { sheet: plan, name } = buildInputsSheetPlan({ copy, inputs });
  try {
    const book = activeWorkbook(app);
    const ref = definedNames(book).get(name.name.toLowerCase());
    const present = sheetNames(book);
    if (ref?.sheet && present.includes(ref.sheet)) return { sheet: plan.name, added: false };
    if (present.some((s) => s.toLowerCase() === plan.name.toLowerCase())) {
      throw new SpreadsheetError(`工作簿中已有名为“${plan.name}”的工作表，但不是年报助手插入的。请把它改名后重试；它的内容不会被改动。`);
    }
    const sheets = sheetsOf(book);
    const table4 = sheetNameFor('review', copy);
    const sheet = sheets.Add(undefined, present.includes(table4) ? sheets.Item(table4) : sheets.Item(sheets.Count));
    sheet.Name = plan.name;
    // Adding a name that exists (left at #REF!) redefines it.
    namesOf(book).Add(name.name, `=${nameReference(name, quoteSheetName)}`);
    renderSheet(app, sheet, plan);
    protectSheet(sheet, plan);
    sheet.Activate();
    at(sheet, { row: INPUTS_TOP + 1, col: 1, rowSpan: 1, colSpan: 1 }).Select();
    return { sheet: plan.name, added: true };
  } catch (error) {
    throw toWpsError(error, '添加正文素材工作表');
  }
}

function missingSheet(copy: number): SpreadsheetError {
  return new SpreadsheetError(`没有找到“${sheetNameFor('inputs', copy)}”工作表。请先插入年报工作表；工作簿中是较早版本插入的四张表的，请点击「添加工作表」添加“正文素材”。`);
}
