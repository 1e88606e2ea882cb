import { buildReportSheetPlan, type ReportDocument } from '../core';
import { toAdapterError } from './errors';
import { queueProtection, queueSheet } from './render';
import { recalledCopy } from './settings';

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
      const leftover = worksheets.getItemOrNullObject(draft).load('position');
      await context.sync();
      let position = old.isNullObject ? null : old.position;
      if (!leftover.isNullObject) {
        // From a failed earlier attempt; were it left of the old sheet, the old one moves up a place.
        if (position !== null && leftover.position < position) position--;
        leftover.delete();
      }
      const sheet = worksheets.add(draft);
      queueSheet(sheet, plan);
      queueProtection(sheet, plan);
      if (!old.isNullObject && position !== null) {
        old.delete();
        sheet.position = position;
      }
      sheet.name = plan.name;
      sheet.activate();
      sheet.getRangeByIndexes(0, 0, 1, 1).select();
      await context.sync();
    });
  } catch (error) {
    await removeDraft(draft);
    throw toAdapterError(error, '写入报告正文');
  }
  return { sheet: plan.name, paragraphs: doc.blocks.filter((b) => b.kind === 'paragraph').length };
}

/** After a failed write: the half-written draft goes, so the workbook keeps only the old sheet. */
async function removeDraft(draft: string): Promise<void> {
  try {
    await Excel.run(async (context) => {
      const sheet = context.workbook.worksheets.getItemOrNullObject(draft);
      await context.sync();
      if (sheet.isNullObject) return;
      sheet.delete();
      await context.sync();
    });
  } catch {
    // Nothing more to do: the next write removes a leftover draft first.
  }
}
