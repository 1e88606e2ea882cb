import {
  CHECK_BAD,
  SHEET_TITLES,
  sheetNameFor,
  validateWorkbookRead,
  type CellLocation,
  type Finding,
  type ReadResult,
  type ReportData,
} from '../core';
import { findingLocations, type WorkbookValidation } from '../port';
import { toAdapterError } from './errors';
import { readReport } from './read';
import { supportsExcelApi } from './requirements';
import { recalledCopy, rememberMarks } from './settings';

export type { WorkbookValidation } from '../port';
export { findingLocations, tableSheets } from '../port';

/**
 * One round trip: read every table (and 报告正文), then run every check in memory (`validateWorkbookRead`);
 * with last year's report (imported in the task pane), the cross-year rules too.
 */
export async function validateWorkbook(copy: number = recalledCopy(), previous?: ReportData, options: { previousConfirmed?: boolean } = {}): Promise<WorkbookValidation> {
  return validateWorkbookRead(await readReport(copy), previous, options);
}

/**
 * One round trip: activates the sheet of the finding's first cell and selects its cells there
 * (all of them where ExcelApi 1.9 offers multi-area selection, the first one otherwise).
 */
export async function goToCells(locations: CellLocation[]): Promise<void> {
  if (locations.length === 0) return;
  const sheetName = locations[0].sheet;
  const onSheet = locations.filter((l) => l.sheet === sheetName).map((l) => l.address);
  try {
    await Excel.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem(sheetName);
      sheet.activate();
      if (onSheet.length > 1 && supportsExcelApi('1.9')) sheet.getRanges(onSheet.join(',')).select();
      else sheet.getRange(onSheet[0]).select();
      await context.sync();
    });
  } catch (error) {
    throw toAdapterError(error, '定位单元格');
  }
}

/**
 * Marks are conditional formats whose formula carries this tag: they overlay the cells without
 * changing the clerk's own formatting, and clearing removes exactly them.
 */
export const MARK_TAG = 'nianbao-mark';
const markFormula = `=ISTEXT("${MARK_TAG}")`;

/** One round trip: a red overlay on every cell of every failed finding. */
export async function markFindings(findings: Finding[], read: ReadResult): Promise<number> {
  const bySheet = new Map<string, Set<string>>();
  for (const finding of findings.filter((f) => f.status === 'fail')) {
    for (const l of findingLocations(finding, read)) bySheet.set(l.sheet, (bySheet.get(l.sheet) ?? new Set()).add(l.address));
  }
  let marked = 0;
  try {
    await Excel.run(async (context) => {
      for (const [sheetName, addresses] of bySheet) {
        const sheet = context.workbook.worksheets.getItem(sheetName);
        for (const address of addresses) {
          const format = sheet.getRange(address).conditionalFormats.add('Custom');
          format.custom.rule.formula = markFormula;
          format.custom.format.fill.color = CHECK_BAD.fill;
          format.custom.format.font.color = CHECK_BAD.fontColor;
          marked++;
        }
      }
      await context.sync();
    });
  } catch (error) {
    throw toAdapterError(error, '标记单元格');
  }
  if (marked) rememberMarks(true);
  return marked;
}

/**
 * Three round trips: which of the sheets still exist (报告正文 may have been deleted since it was
 * marked), our marks on them, then deleting those. Conditional formats without the tag, the clerk's
 * own included, are not touched.
 */
export async function clearMarks(sheetNames: string[] = defaultTableSheets()): Promise<number> {
  try {
    return await Excel.run(async (context) => {
      const sheets = sheetNames.map((name) => context.workbook.worksheets.getItemOrNullObject(name));
      await context.sync();
      const collections = sheets
        .filter((sheet) => !sheet.isNullObject)
        .map((sheet) => sheet.getRange().conditionalFormats.load('items/type,items/customOrNullObject/rule/formula'));
      await context.sync();
      let cleared = 0;
      for (const collection of collections) {
        for (const format of collection.items) {
          if (format.type !== 'Custom' || format.customOrNullObject.isNullObject) continue;
          if (!format.customOrNullObject.rule.formula.includes(MARK_TAG)) continue;
          format.delete();
          cleared++;
        }
      }
      await context.sync();
      rememberMarks(false);
      return cleared;
    });
  } catch (error) {
    throw toAdapterError(error, '清除标记');
  }
}

function defaultTableSheets(copy: number = recalledCopy()): string[] {
  return (Object.keys(SHEET_TITLES) as (keyof typeof SHEET_TITLES)[]).filter((k) => k !== 'info' && k !== 'inputs').map((k) => sheetNameFor(k, copy));
}
