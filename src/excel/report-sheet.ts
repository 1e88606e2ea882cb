import {
  buildReportSheetPlan,
  clerkEdits,
  findReportSheetColumns,
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
}

/** One round trip: the 报告正文 sheet's paragraphs, so a regeneration can keep the clerk's edits. */
export async function readReportSheet(copy: number = recalledCopy()): Promise<ReportSheetState> {
  const sheet = reportSheetName(copy);
  try {
    return await Excel.run(async (context) => {
      const used = context.workbook.worksheets.getItemOrNullObject(sheet).getUsedRangeOrNullObject(true).load('values');
      await context.sync();
      if (used.isNullObject) return { sheet, exists: false, paragraphs: [], edits: {} };
      const columns = findReportSheetColumns(used.values);
      const paragraphs = columns ? readReportSheetValues(used.values, columns) : [];
      return { sheet, exists: true, paragraphs, edits: clerkEdits(paragraphs) };
    });
  } catch (error) {
    throw toAdapterError(error, '读取报告正文');
  }
}

/**
 * Two round trips: find the old sheet (and where it stood), then replace it with the new one in the
 * same place. The caller has already asked about the clerk's edits and passed the kept ones into
 * the document, so nothing typed there is lost without a yes.
 */
export async function writeReportSheet(doc: ReportDocument, copy: number = recalledCopy()): Promise<{ sheet: string; paragraphs: number }> {
  const plan = buildReportSheetPlan(doc, copy);
  try {
    await Excel.run(async (context) => {
      const worksheets = context.workbook.worksheets;
      const old = worksheets.getItemOrNullObject(plan.name).load('position');
      await context.sync();
      let position: number | null = null;
      if (!old.isNullObject) {
        position = old.position;
        old.delete();
      }
      const sheet = worksheets.add(plan.name);
      if (position !== null) sheet.position = position;
      queueSheet(sheet, plan);
      queueProtection(sheet, plan);
      sheet.activate();
      sheet.getRangeByIndexes(0, 0, 1, 1).select();
      await context.sync();
    });
  } catch (error) {
    throw toAdapterError(error, '写入报告正文');
  }
  return { sheet: plan.name, paragraphs: doc.blocks.filter((b) => b.kind === 'paragraph').length };
}
