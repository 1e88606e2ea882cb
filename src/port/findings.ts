import type { AuditEntry, CellLocation, Finding, ReadResult, ValidationReport } from '../core';
import { dismissalKey } from './dismissals';
import type { Dismissal } from './spreadsheet';

/** Where a finding's cells are, the first cell first. */
export function findingLocations(finding: Finding, read: ReadResult): CellLocation[] {
  return finding.cells.map((id) => read.locations.get(id)).filter((l): l is CellLocation => !!l);
}

/** The sheets a read found (tables, and 报告正文 when there is one), for watching and clearing marks. */
export function tableSheets(read: ReadResult): string[] {
  return [...new Set([...[...read.locations.values()].map((l) => l.sheet), ...(read.reportSheet ? [read.reportSheet.sheet] : [])])];
}

/** The findings with their addresses and the clerk's explanations, in report order. */
export function auditEntries(report: ValidationReport, read: ReadResult, dismissals: Dismissal[]): AuditEntry[] {
  const reasons = new Map(dismissals.map((d) => [d.key, d.reason]));
  return report.findings.map((finding) => ({
    finding,
    addresses: findingLocations(finding, read).map((l) => `${l.sheet}!${l.address}`),
    explanation: reasons.get(dismissalKey(finding)),
  }));
}
