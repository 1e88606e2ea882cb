import type { Finding } from '../core';
import type { Dismissal } from './spreadsheet';

/**
 * The clerk's explanations (上报说明), as plain data every host keeps the same way: one per rule
 * and cells, the latest reason winning.
 */

export function dismissalKey(finding: Pick<Finding, 'rule' | 'cells'>): string {
  return `${finding.rule}|${finding.cells.join(',')}`;
}

/** Only warnings and hints can be explained away; errors must be fixed. */
export function canDismiss(finding: Finding): boolean {
  return finding.severity !== 'error';
}

export function dismiss(current: Dismissal[], finding: Finding, reason: string, today = new Date()): Dismissal[] {
  const key = dismissalKey(finding);
  const entry: Dismissal = { key, rule: finding.rule, cells: finding.cells, message: finding.message, reason: reason.trim(), date: today.toISOString().slice(0, 10) };
  return [...current.filter((d) => d.key !== key), entry];
}

export function undismiss(current: Dismissal[], key: string): Dismissal[] {
  return current.filter((d) => d.key !== key);
}
