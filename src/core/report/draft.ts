import { isTextRule, type Finding } from '../rules';

/**
 * Whether a report is a draft, and why. A report generated while its tables are wrong (「仍然生成」,
 * `generate --allow-errors`) must not look final anywhere: the document carries this mark, and every
 * output shows its line under the title until the tables validate and the report is made again.
 * Findings on the text do not count: regenerating replaces that text.
 */
export interface DraftMark {
  /** The table errors still open, as validation found them. */
  errors: Finding[];
  /** 「草稿：表格尚有 3 处错误，未经校验通过」 */
  line: string;
}

/** Table and cross-year errors that make a report generated now a draft. */
export function tableErrors(findings: readonly Finding[]): Finding[] {
  return findings.filter((f) => f.status === 'fail' && f.severity === 'error' && !isTextRule(f.rule));
}

/** The draft mark for a report generated with these validation findings; null when its tables validate. */
export function draftMark(findings: readonly Finding[]): DraftMark | null {
  const errors = tableErrors(findings);
  return errors.length ? { errors, line: `草稿：表格尚有 ${errors.length} 处错误，未经校验通过` } : null;
}
