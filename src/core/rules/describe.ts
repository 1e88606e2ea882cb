import { SEVERITY_LABEL } from './types';
import { RULES } from './catalogue';

/** Markdown table of the rule catalogue, generated so docs/rules.md cannot drift. */
export function describeRules(): string {
  const lines = ['| rule | severity | formats | what it checks |', '|---|---|---|---|'];
  for (const rule of RULES) lines.push(`| ${rule.id} | ${SEVERITY_LABEL[rule.severity]} | ${rule.formats?.join(', ') ?? 'all'} | ${rule.title} |`);
  return lines.join('\n');
}
