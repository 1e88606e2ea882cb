import { formatOfData } from '../format';
import { RULES } from './catalogue';
import { runRules } from './run';
import type { Finding, TableRule, ValidationInput, ValidationReport } from './types';

const ORDER: Record<Finding['severity'], number> = { error: 0, warning: 1, info: 2 };

/** Runs the table rules over one report's cell data. Pure and deterministic. */
export function validateReport(input: ValidationInput, rules: readonly TableRule[] = RULES): ValidationReport {
  // An imported report is checked with the tables it printed (a 2021 report may print 2019's table 三).
  const format = formatOfData(input.data);
  const { findings, counts } = runRules(rules, { table: { input, format } });
  // Failures before doubts, then by severity; the catalogue's order within.
  findings.sort((a, b) => Number(a.status !== 'fail') - Number(b.status !== 'fail') || ORDER[a.severity] - ORDER[b.severity]);
  return { format: format.version, findings, counts };
}

/** Findings that make a report wrong (exit code 1 of `nianbao validate`). */
export function hasErrors(report: ValidationReport): boolean {
  return report.findings.some((f) => f.status === 'fail' && f.severity === 'error');
}
