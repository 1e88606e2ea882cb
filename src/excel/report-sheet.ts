import {
  buildReportSheetPlan,
  clerkEdits,
  findReportSheetColumns,
  fixedContentChanged,
  readReportSheetValues,
  reportSheetName,
  type Overrides,
  type ReportDocument,
  type SheetParagraph,
} from '../core';
import { toAdapterError } from './errors';
import { queueProtection, queueSheet } from './render';
import { recalledCopy } from './settings';

export interface ReportSheetState {
  sheet: string;
  exists: boolean;
  paragraphs: SheetParagraph[];
  /** Paragraphs whose text the clerk changed since the generator wrote them, by paragraph ID. */
  edits: Overrides;
  /** Title, headings or tables changed, or rows added, since the sheet was written: lost on regenerating. */
  otherChanges: boolean;
}

/** One round trip: the 报告正文 sheet's paragraphs, so a regeneration can keep the clerk's edits. */
export async function readReportSheet(copy: number = recalledCopy()): Promise<ReportSheetState> {
  const sheet = reportSheetName(copy);
  try {
    return await Excel.run(async (context) => {
      const used = context.workbook.worksheets.getItemOrNullObject(sheet).getUsedRangeOrNullObject(true).load('values');
      await context.sync();
      if (used.isNullObject) return { sheet, exists: false, paragraphs: [], edits: {}, otherChanges: false };
      const columns = findReportSheetColumns(used.values);
      const paragraphs = columns ? readReportSheetValues(used.values, columns) : [];
      // A sheet of that name without our hidden columns is not ours: all of it would be replaced.
      const otherChanges = columns ? fixedContentChanged(used.values, columns) : true;
      return { sheet, exists: true, paragraphs, edits: clerkEdits(paragraphs), otherChanges };
    });
  } catch (error) {
    throw toAdapterError(error, '读取报告正文');
  }
}

/**
 * Two round trips: find the old sheet (and where it stood), then write the new one under a temporary
 * name, and only then delete the old one and give the new one its name and place. Office.js batches
 * are not transactions: should a write fail halfway, the old sheet is still there. The caller has
 * already asked about the clerk's edits and passed the kept ones into the document, so nothing typed
 * there is lost without a yes.
 */
export async function writeReportSheet(doc: ReportDocument, copy: number = recalledCopy()): Promise<{ sheet: string; paragraphs: number }> {
  const plan = buildReportSheetPlan(doc, copy);
  const draft = `${plan.name}（生成中）`;
  try {
    await Excel.run(async (context) => {
      const worksheets = context.workbook.worksheets;
      const old = worksheets.getItemOrNullObject(plan.name).load('position');
      const leftover = worksheets.getItemOrNullObject(draft);
      await context.sync();
      if (!leftover.isNullObject) leftover.delete(); // from a failed earlier attempt
      const sheet = worksheets.add(draft);
      queueSheet(sheet, plan);
      queueProtection(sheet, plan);
      if (!old.isNullObject) {
        const position = old.position;
        old.delete();
        sheet.position = position;
      }
      sheet.name = plan.name;
      sheet.activate();
      sheet.getRangeByIndexes(0, 0, 1, 1).select();
      await context.sync();
    });
  } catch (error) {
    throw toAdapterError(error, '写入报告正文');
  }
  return { sheet: plan.name, paragraphs: doc.blocks.filter((b) => b.kind === 'paragraph').length };
}
