import { RULES } from './catalogue';
import { CROSS_YEAR_RULES, TEXT_RULES } from './text';
import type { Finding } from './types';

/** Findings the edges make themselves: what a reader or the importer could not read. */
export const EDGE_RULE_LABELS: Readonly<Record<string, string>> = { 'S-0': '读取问题', 'I-1': '识别问题' };

const BY_ID = new Map<string, string>([
  ...RULES.map((r) => [r.id, r.label] as const),
  ...TEXT_RULES.map((r) => [r.id, r.label] as const),
  ...CROSS_YEAR_RULES.map((r) => [r.id, r.label] as const),
  ...Object.entries(EDGE_RULE_LABELS),
]);

/**
 * What a clerk calls a finding's problem (勾稽关系, 空白或非数字, 正文与表格不符 …), shown before
 * the place and the message; the rule ID stays small beside it. The finding's own label where the
 * rule set one (T2-1 has two rules), else the rule's.
 */
export function findingLabel(finding: Pick<Finding, 'rule' | 'label'>): string {
  return finding.label ?? BY_ID.get(finding.rule) ?? '其他问题';
}
