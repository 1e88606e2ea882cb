import {
  buildInputsSheetPlan,
  definedNameFor,
  inputProblems,
  INPUTS_TOP,
  type NarrativeInputs,
  parseRange,
  planInputWrites,
  sheetNameFor,
  type TableGrid,
} from '../core';
import { ExcelAdapterError, toAdapterError } from './errors';
import { excelLiteral } from './literal';
import { queueProtection, queueSheet } from './render';
import { recalledCopy } from './settings';

/**
 * The 正文素材 sheet in the workbook open in Excel: the task pane's form reads it through
 * `readReport().inputs` and saves into it here.
 */

function missingSheet(copy: number): ExcelAdapterError {
  return new ExcelAdapterError(
    `没有找到“${sheetNameFor('inputs', copy)}”工作表。请先插入年报工作表；工作簿中是较早版本插入的四张表的，请点击「添加工作表」添加“正文素材”。`,
  );
}

/**
 * Writes the field values into the input cells of 正文素材, found by their labels (column B of the
 * field rows and nothing else): one round trip to read the block, one to write (none when nothing
 * changed). Lists are written one item per line.
 *
 * A cell is written only when its value changes as the reader sees it, so a list the clerk numbered
 * by hand stays as typed; a cell whose text cannot be read (「约30条」) is kept when the new value is
 * blank, rather than erased. Fields whose row cannot be found (label edited, row deleted) are not
 * saved and are named in the error, after the others were written.
 */
export async function writeNarrativeInputs(
  inputs: NarrativeInputs,
  copy: number = recalledCopy(),
  options: {
    /**
     * What the form was loaded with. Given, only the fields the form changed are written, and a field
     * whose cell was also changed in the sheet since is left as the sheet has it and named in the error.
     */
    baseline?: NarrativeInputs;
  } = {},
): Promise<{ sheet: string; written: number }> {
  const problems = inputProblems(inputs);
  if (problems.length) throw new ExcelAdapterError(`正文素材没有保存：${problems.join('')}`);

  const missing: string[] = [];
  const conflicts: string[] = [];
  let result: { sheet: string; written: number };
  try {
    result = await Excel.run(async (context) => {
      const named = context.workbook.names.getItemOrNullObject(definedNameFor('inputs', copy)).getRangeOrNullObject().load('values,address');
      // The sheet itself when the name was deleted, its fields found by label, as readReport reads them.
      const used = context.workbook.worksheets.getItemOrNullObject(sheetNameFor('inputs', copy)).getUsedRangeOrNullObject(true).load('values,address');
      await context.sync();
      const range = named.isNullObject ? used : named;
      if (range.isNullObject || (named.isNullObject && parseRange(used.address).col !== 0)) throw missingSheet(copy);
      const where = parseRange(range.address);
      const grid: TableGrid = { sheet: where.sheet ?? '', row: where.row, col: where.col, values: range.values };
      const plan = planInputWrites(grid, inputs, options.baseline);
      missing.push(...plan.missing);
      conflicts.push(...plan.conflicts);
      for (const w of plan.writes) range.getCell(w.row, 1).values = [[excelLiteral(w.value)]];
      const written = plan.writes.length;
      if (written > 0) await context.sync();
      return { sheet: grid.sheet, written };
    });
  } catch (error) {
    throw toAdapterError(error, '保存正文素材');
  }
  if (conflicts.length) {
    throw new ExcelAdapterError(
      `${conflicts.map((l) => `“${l}”`).join('、')}在工作表“${result.sheet}”中也被修改过，表单中对这些项的修改没有保存（其他各项已保存）。请点击「放弃修改，重新读取」读出工作表中的内容后再修改。`,
    );
  }
  if (missing.length) {
    throw new ExcelAdapterError(
      `“${result.sheet}”中找不到${missing.map((l) => `“${l}”`).join('、')}一行（项目名称可能被改动或整行被删除），这些项没有保存，其他各项已保存。请把 A 列的项目名称改回原样后重试。`,
    );
  }
  return result;
}


/**
 * Adds only the 正文素材 sheet and its name NB_INPUTS, for workbooks whose report sheets were
 * inserted by a version without it. Two round trips: look, then add (after 表四 of the same set, or
 * last). When the name exists already nothing is done (one round trip); a sheet of that name that
 * is not ours is never overwritten.
 */
export async function insertInputsSheet(copy: number = recalledCopy(), inputs: NarrativeInputs = {}): Promise<{ sheet: string; added: boolean }> {
  const { sheet: plan, name } = buildInputsSheetPlan({ copy, inputs });
  try {
    return await Excel.run(async (context) => {
      const sheets = context.workbook.worksheets.load('items/name,items/position');
      const existing = context.workbook.names.getItemOrNullObject(name.name);
      existing.load('name');
      // A name left pointing at #REF! (its sheet deleted) resolves to no range: it is replaced.
      const target = existing.getRangeOrNullObject();
      await context.sync();
      if (!existing.isNullObject && !target.isNullObject) return { sheet: plan.name, added: false };
      if (!existing.isNullObject) existing.delete();
      if (sheets.items.some((s) => s.name.toLowerCase() === plan.name.toLowerCase())) {
        throw new ExcelAdapterError(
          `工作簿中已有名为“${plan.name}”的工作表，但不是年报助手插入的。请把它改名后重试；它的内容不会被改动。`,
        );
      }
      const table4 = sheets.items.find((s) => s.name === sheetNameFor('review', copy));
      const sheet = context.workbook.worksheets.add(plan.name);
      if (table4) sheet.position = table4.position + 1;
      context.workbook.names.add(name.name, sheet.getRangeByIndexes(name.row, name.col, name.rowSpan, name.colSpan));
      queueSheet(sheet, plan);
      queueProtection(sheet, plan);
      sheet.activate();
      sheet.getRangeByIndexes(INPUTS_TOP + 1, 1, 1, 1).select();
      await context.sync();
      return { sheet: plan.name, added: true };
    });
  } catch (error) {
    throw toAdapterError(error, '添加正文素材工作表');
  }
}
