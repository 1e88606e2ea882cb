import type { ImportResult } from '../import';
import type { ReadResult } from '../layout/read';
import { checkAcrossYears, checkText, validateReport, type Finding } from '../rules';
import type { ReportData } from '../cells';
import { validateWorkbookRead } from '../validate-read';
import type { AgencyCounts } from './plan';

/**
 * What one agency's file gets when a 政务公开办 checks many: the same composition for the CLI
 * (`validate`, `check`, `summarize`) and the browser page, so both count and show the same findings.
 */

/** A finding with where a reader of the file finds it: 「表三 依申请公开!D9」, or a report's line (「第 12 行」). */
export interface LocatedFinding extends Finding {
  addresses: string[];
  line?: number;
}

/** A workbook's findings: what the reader could not use (S-0), then the rule catalogue's, with their cells' addresses. */
export function workbookFindings(workbookRead: ReadResult, previous?: ReportData): { data: ReportData; findings: LocatedFinding[] } {
  const { read, report } = validateWorkbookRead(workbookRead, previous);
  // 正文素材 values that do not fit together are N-1 findings of the catalogue, not read problems.
  const structural: LocatedFinding[] = read.diagnostics
    .filter((d) => !d.disagrees)
    .map((d) => ({ rule: 'S-0', severity: d.severity, status: 'fail', cells: [], addresses: d.sheet && d.address ? [`${d.sheet}!${d.address}`] : [], message: d.message }));
  const findings = report.findings.map((f) => ({
    ...f,
    addresses: f.cells.flatMap((id) => {
      const at = read.locations.get(id);
      return at ? [`${at.sheet}!${at.address}`] : [];
    }),
  }));
  return { data: read.data, findings: [...structural, ...findings] };
}

/**
 * A published report's findings: what the importer could not read (I-1), the tables, across years
 * when last year's report is given, and the text. `where` names a line as the reader finds it (a PDF's page).
 */
export function reportFindings(
  text: string,
  result: ImportResult,
  where: (line?: number) => string | null,
  previous?: { data: ReportData; narrative?: string },
): LocatedFinding[] {
  const at = (line?: number) => {
    const place = where(line);
    return place ? [place] : [];
  };
  const imported: LocatedFinding[] = result.diagnostics.map((d) => ({ rule: 'I-1', severity: d.severity, status: 'fail', cells: [], message: d.message, addresses: at(d.line), line: d.line }));
  const tables = validateReport({ data: result.data })
    .findings // Cells the importer could not read are its own findings; don't repeat them as blank cells.
    .filter((f) => !(f.rule === 'T3-4' || f.rule === 'T2-1') || f.cells.some((c) => result.sources[c] !== undefined))
    .map((f) => ({ ...f, addresses: [...new Set(f.cells.map((c) => result.sources[c]).filter((l): l is number => !!l))].flatMap(at) }));
  const narrative = checkText({ data: result.data, sections: result.sections, text, previousText: previous?.narrative, previous: previous?.data }).map((f) => ({ ...f, addresses: at(f.line) }));
  const across = previous ? checkAcrossYears(result.data, previous.data).map((f) => ({ ...f, addresses: f.cells.map((c) => result.sources[c]).filter(Boolean).flatMap(at) })) : [];
  const order = ['error', 'warning', 'info'];
  return [...imported, ...tables, ...across, ...narrative].sort(
    (a, b) => Number(a.status !== 'fail') - Number(b.status !== 'fail') || order.indexOf(a.severity) - order.indexOf(b.severity),
  );
}

/** Errors, warnings and 无法判断 among an agency's findings, as 分单位情况 counts them. */
export function agencyCounts(findings: readonly Pick<Finding, 'severity' | 'status'>[]): AgencyCounts {
  const fails = findings.filter((f) => f.status === 'fail');
  return {
    errors: fails.filter((f) => f.severity === 'error').length,
    warnings: fails.filter((f) => f.severity === 'warning').length,
    notAssessable: findings.filter((f) => f.status === 'notAssessable').length,
  };
}
