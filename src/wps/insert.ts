import { buildWorkbookPlan, nameReference, quoteSheetName } from '../core';
import { findFreeCopy } from '../excel/insert';
import type { ExistingReportSheets, InsertOptions } from '../port';
import { toWpsError } from './errors';
import { at, protectSheet, renderSheet } from './render';
import type { WpsApplication, WpsWorksheet } from './types';
import { activeWorkbook, definedNames, namesOf, sheetNames, sheetsOf } from './workbook';

/** Which of our sheets and names exist already, and the first copy number that is all free. */
export function checkExistingSheets(app: WpsApplication): ExistingReportSheets {
  try {
    const book = activeWorkbook(app);
    return findFreeCopy(sheetNames(book), [...definedNames(book).values()].map((n) => n.name));
  } catch (error) {
    throw toWpsError(error, '检查已有工作表');
  }
}

/**
 * Adds the sheets of the chosen copy after the last sheet and renders the core's plan on them.
 * Only new sheets are written, so nothing in the workbook is overwritten; a sheet name that is
 * taken fails before anything is drawn on it.
 */
export function insertReportSheets(app: WpsApplication, options: InsertOptions & { copy: number }): { sheets: string[] } {
  const plan = buildWorkbookPlan({ format: options.format, year: options.year, agency: options.agency, inputs: options.inputs, copy: options.copy });
  try {
    const book = activeWorkbook(app);
    const sheets = sheetsOf(book);
    const added = new Map<string, WpsWorksheet>();
    let last = sheets.Item(sheets.Count);
    for (const sheetPlan of plan.sheets) {
      last = sheets.Add(undefined, last);
      last.Name = sheetPlan.name;
      added.set(sheetPlan.name, last);
    }
    // Names before content, so formulas that use them resolve at once.
    const names = namesOf(book);
    for (const name of plan.names) names.Add(name.name, `=${nameReference(name, quoteSheetName)}`);
    for (const sheetPlan of plan.sheets) renderSheet(app, added.get(sheetPlan.name)!, sheetPlan);
    for (const sheetPlan of plan.sheets) protectSheet(added.get(sheetPlan.name)!, sheetPlan);
    const info = added.get(plan.sheets[0].name)!;
    info.Activate();
    const agency = plan.names.find((n) => n.key === 'agency')!;
    at(info, agency).Select();
  } catch (error) {
    throw toWpsError(error, '插入年报工作表');
  }
  return { sheets: plan.sheets.map((s) => s.name) };
}
