import type { Finding } from '../core';
import { saveDocumentSetting } from './document-settings';

/**
 * Warnings a clerk has explained (上报说明). Kept in the document settings, which Office saves
 * inside the workbook, so they survive save and reopen and travel with the file.
 */
export interface Dismissal {
  key: string;
  rule: string;
  cells: string[];
  message: string;
  reason: string;
  date: string; // ISO date
}

const KEY = 'nianbao.dismissals';

export function dismissalKey(finding: Pick<Finding, 'rule' | 'cells'>): string {
  return `${finding.rule}|${finding.cells.join(',')}`;
}

export function loadDismissals(): Dismissal[] {
  try {
    const stored = Office.context.document.settings.get(KEY);
    return Array.isArray(stored) ? (stored as Dismissal[]) : [];
  } catch {
    return [];
  }
}

/** Only warnings and hints can be explained away; errors must be fixed. */
export function canDismiss(finding: Finding): boolean {
  return finding.severity !== 'error';
}

export async function saveDismissals(dismissals: Dismissal[]): Promise<void> {
  await saveDocumentSetting(KEY, dismissals, '上报说明', 'storedDismissalsBytes');
}

export function dismiss(current: Dismissal[], finding: Finding, reason: string, today = new Date()): Dismissal[] {
  const key = dismissalKey(finding);
  const entry: Dismissal = { key, rule: finding.rule, cells: finding.cells, message: finding.message, reason: reason.trim(), date: today.toISOString().slice(0, 10) };
  return [...current.filter((d) => d.key !== key), entry];
}

export function undismiss(current: Dismissal[], key: string): Dismissal[] {
  return current.filter((d) => d.key !== key);
}
