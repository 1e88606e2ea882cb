import { SEVERITY_LABEL } from './types';
import { RULES } from './catalogue';
import { CROSS_YEAR_RULES, TEXT_RULES } from './text';

/** Markdown tables of the rule catalogues, generated so docs/rules.md cannot drift. */
export function describeRules(): string {
  const table = (rows: readonly { id: string; severity: keyof typeof SEVERITY_LABEL; label: string; title: string; formats?: readonly string[] }[]) =>
    [
      '| rule | shown to the clerk as | severity | formats | what it checks |',
      '|---|---|---|---|---|',
      ...rows.map((r) => `| ${r.id} | ${r.label} | ${SEVERITY_LABEL[r.severity]} | ${r.formats?.join(', ') ?? 'all'} | ${r.title} |`),
    ].join('\n');
  return [
    '## Tables (workbooks and imported reports)',
    '',
    table(RULES),
    '',
    '## Text (imported reports: `nianbao check`)',
    '',
    table(TEXT_RULES),
    '',
    '## Across years (`--prev`)',
    '',
    table(CROSS_YEAR_RULES),
  ].join('\n');
}
