import { SEVERITY_LABEL } from './types';
import { RULES } from './catalogue';
import { CROSS_YEAR_LABEL, TEXT_RULES } from './text';

/** Cross-year rules are code over two reports; listed here so the catalogue stays complete. */
const CROSS_YEAR = [
  { id: 'X-6', severity: 'warning' as const, label: '上年报告不相符', title: '给出的上年报告是上一年度的、同一机关的（机关名称的常见写法视为相同）；年度不符时不做跨年度核对' },
  { id: 'X-1', severity: 'error' as const, label: CROSS_YEAR_LABEL, title: '本年“上年结转”等于上年“结转下年度继续办理”（每列）' },
  { id: 'T2-2', severity: 'warning' as const, label: CROSS_YEAR_LABEL, title: '现行有效件数 = 上年现行有效 + 本年制发 − 本年废止（修订、到期会造成差异）' },
  { id: 'T2-3', severity: 'warning' as const, label: CROSS_YEAR_LABEL, title: '本年废止件数不多于上年现行有效与本年制发之和' },
];

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
    table(CROSS_YEAR),
  ].join('\n');
}
