export * from './types';
export { RULES } from './catalogue';
export { validateReport, hasErrors } from './engine';
export { cellLabel, countDefect, describeDefect } from './cells';
export { describeRules } from './describe';
export { AUDIT_HEADER, auditMarkdown, auditRows, auditSummary, type AuditEntry } from './audit';
export { checkAcrossYears, checkText, isTextRule, textSimilarity, TEXT_RULES, type TextFinding, type TextInput, type TextSection } from './text';
