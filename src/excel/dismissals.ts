import type { Dismissal } from '../port';
import { saveDocumentSetting } from './document-settings';

export { canDismiss, dismiss, dismissalKey, undismiss } from '../port';
export type { Dismissal } from '../port';

/**
 * Warnings a clerk has explained (上报说明). Kept in the document settings, which Office saves
 * inside the workbook, so they survive save and reopen and travel with the file.
 */
const KEY = 'nianbao.dismissals';

export function loadDismissals(): Dismissal[] {
  try {
    const stored = Office.context.document.settings.get(KEY);
    return Array.isArray(stored) ? (stored as Dismissal[]) : [];
  } catch {
    return [];
  }
}

export async function saveDismissals(dismissals: Dismissal[]): Promise<void> {
  await saveDocumentSetting(KEY, dismissals, '上报说明', 'storedDismissalsBytes');
}
