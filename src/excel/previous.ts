import { proposeCarryOver, type ReadResult, type ReportData } from '../core';
import { LIMITS } from '../core/limits';
import type { CarryOverProposal, PreviousReport } from '../port';
import { saveDocumentSetting } from './document-settings';
import { toAdapterError } from './errors';

export type { CarryOverProposal, PreviousReport } from '../port';

/**
 * Last year's report, as imported in the task pane: kept in the document settings (saved inside
 * the workbook) so the cross-year rules (X-1, T2-2, T2-3) run at every 校验 without importing again.
 */
const KEY = 'nianbao.previous';

export function loadPreviousReport(): PreviousReport | null {
  try {
    const stored = Office.context.document.settings.get(KEY) as PreviousReport | null;
    return stored && stored.data && stored.data.cells ? stored : null;
  } catch {
    return null;
  }
}

/** Keeps it in the workbook, cut to what it may hold (keptPreviousReport); null forgets it. */
export async function savePreviousReport(previous: PreviousReport | null): Promise<void> {
  await saveDocumentSetting(KEY, previous ? keptPreviousReport(previous) : null, '上年报告', 'storedReportBytes');
}

/**
 * What is kept of an imported report: its numbers, and text no longer than such text is (an
 * agency's name, a file name, a cell's words, 20 problems of a few lines). A crafted report cannot
 * fill the workbook's settings.
 */
export function keptPreviousReport(previous: PreviousReport): PreviousReport {
  const cut = (text: string, max: number) => (text.length > max ? `${text.slice(0, max - 1)}…` : text);
  const cells = Object.fromEntries(Object.entries(previous.data.cells).map(([id, v]) => [id, typeof v === 'string' ? cut(v, 40) : v]));
  return {
    ...previous,
    data: { ...previous.data, agency: previous.data.agency === null ? null : cut(previous.data.agency, LIMITS.storedAgencyChars.value), cells },
    source: cut(previous.source, LIMITS.storedSourceChars.value),
    ...(previous.problems ? { problems: previous.problems.slice(0, 20).map((p) => cut(p, 300)) } : {}),
  };
}

/**
 * What prefilling 上年结转 from last year's 结转下年度继续办理 would write, per applicant column
 * (the total column is a formula). Cells already holding that value are left out.
 */
export function carryOverProposals(previous: ReportData, read: ReadResult): CarryOverProposal[] {
  return proposeCarryOver(previous, read.data).flatMap((p) => {
    const at = read.locations.get(p.cellId);
    return at ? [{ ...p, sheet: at.sheet, address: at.address }] : [];
  });
}

/** One round trip: writes the accepted proposals. The caller asks first when any cell is not blank. */
export async function applyCarryOver(proposals: CarryOverProposal[]): Promise<void> {
  try {
    await Excel.run(async (context) => {
      for (const p of proposals) context.workbook.worksheets.getItem(p.sheet).getRange(p.address).values = [[p.value]];
      await context.sync();
    });
  } catch (error) {
    throw toAdapterError(error, '填写上年结转');
  }
}
