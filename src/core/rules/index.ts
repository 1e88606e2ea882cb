export * from './types';
export { RULES } from './catalogue';
export { validateReport, hasErrors } from './engine';
export { cellLabel, countDefect, describeDefect } from './cells';
export { describeRules } from './describe';
export { AUDIT_HEADER, auditMarkdown, auditRows, auditSummary, type AuditEntry } from './audit';
export { previousReportMismatch, sameAgency, type PreviousMismatch } from './previous';
export { checkAcrossYears, checkText, CROSS_YEAR_LABEL, isTextRule, textSimilarity, TEXT_RULES, type TextFinding, type TextInput, type TextSection } from './text';
export { EDGE_RULE_LABELS, findingLabel } from './labels';
