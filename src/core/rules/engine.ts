import { formatOfData } from '../format';
import { RULES } from './catalogue';
import type { Finding, Rule, Status, ValidationInput, ValidationReport } from './types';

const ORDER: Record<Finding['severity'], number> = { error: 0, warning: 1, info: 2 };

/** Runs the catalogue over one report's cell data. Pure and deterministic. */
export function validateReport(input: ValidationInput, rules: readonly Rule[] = RULES): ValidationReport {
  // An imported report is checked with the tables it printed (a 2021 report may print 2019's table 三).
  const format = formatOfData(input.data);
  const counts: Record<Status, number> = { pass: 0, fail: 0, notAssessable: 0 };
  const findings: Finding[] = [];
  for (const rule of rules) {
    if (rule.formats && !rule.formats.includes(format.version)) continue;
    for (const result of rule.check({ input, format })) {
      counts[result.status]++;
      if (result.status === 'pass') continue;
      findings.push({
        rule: rule.id,
        label: rule.label,
        severity: result.severity ?? rule.severity,
        status: result.status,
        cells: result.cells,
        message: result.message ?? rule.title,
        values: result.values,
        expected: result.expected,
        actual: result.actual,
        difference: result.difference,
        suggestion: result.suggestion,
        ...(result.fillZero ? { fillZero: result.fillZero } : {}),
      });
    }
  }
  // Failures before doubts, then by severity; the catalogue's order within.
  findings.sort((a, b) => Number(a.status !== 'fail') - Number(b.status !== 'fail') || ORDER[a.severity] - ORDER[b.severity]);
  return { format: format.version, findings, counts };
}

/** Findings that make a report wrong (exit code 1 of `nianbao validate`). */
export function hasErrors(report: ValidationReport): boolean {
  return report.findings.some((f) => f.status === 'fail' && f.severity === 'error');
}
