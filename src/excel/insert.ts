import {
  buildWorkbookPlan,
  findFreeCopy,
} from '../core';
import type { ExistingReportSheets, InsertOptions } from '../port';
import { toAdapterError } from './errors';
import { queueProtection, queueSheet } from './render';
import { rememberCopy } from './settings';

export { findFreeCopy };
export type { ExistingReportSheets, InsertOptions } from '../port';

/** One round trip: which of our sheets and names exist already. */
export async function checkExistingSheets(): Promise<ExistingReportSheets> {
  try {
    return await Excel.run(async (context) => {
      const sheets = context.workbook.worksheets.load('items/name');
      const names = context.workbook.names.load('items/name');
      await context.sync();
      return findFreeCopy(
        sheets.items.map((s) => s.name),
        names.items.map((n) => n.name),
      );
    });
  } catch (error) {
    throw toAdapterError(error, '检查已有工作表');
  }
}

/**
 * One round trip: adds the sheets of the chosen copy and everything on them. Only new sheets are
 * written, so nothing that was in the workbook can be overwritten; a name clash fails the batch
 * (ItemAlreadyExists) instead of replacing anything.
 */
export async function insertReportSheets(options: InsertOptions & { copy: number }): Promise<{ sheets: string[] }> {
  const plan = buildWorkbookPlan({ format: options.format, year: options.year, agency: options.agency, inputs: options.inputs, copy: options.copy });
  try {
    await Excel.run(async (context) => {
      const worksheets = context.workbook.worksheets;
      const added = new Map(plan.sheets.map((s) => [s.name, worksheets.add(s.name)]));
      // Names before content, so formulas that use them resolve at once.
      for (const name of plan.names) {
        const sheet = added.get(name.sheet)!;
        context.workbook.names.add(name.name, sheet.getRangeByIndexes(name.row, name.col, name.rowSpan, name.colSpan));
      }
      for (const sheetPlan of plan.sheets) queueSheet(added.get(sheetPlan.name)!, sheetPlan);
      for (const sheetPlan of plan.sheets) queueProtection(added.get(sheetPlan.name)!, sheetPlan);
      const info = added.get(plan.sheets[0].name)!;
      info.activate();
      const agency = plan.names.find((n) => n.key === 'agency')!;
      info.getRangeByIndexes(agency.row, agency.col, 1, 1).select();
      await context.sync();
    });
  } catch (error) {
    throw toAdapterError(error, '插入年报工作表');
  }
  rememberCopy(options.copy);
  return { sheets: plan.sheets.map((s) => s.name) };
}
