import { getFormat } from './specs';
import type { FormatVersion } from './types';

/** Markdown listing of every cell ID of a format, generated so the documentation cannot drift. */
export function describeCells(version: FormatVersion): string {
  const format = getFormat(version);
  const lines = [`## Format ${version} (${format.issuedBy}) — ${format.cells.length} cells`];
  for (const table of format.tables) {
    lines.push('', `### ${table.section.title}`, '', '| cell ID | row | column | kind | computed as |', '|---|---|---|---|---|');
    for (const c of table.values) {
      const computed = c.sumOf ? `sum of ${c.sumOf.length} cells` : '';
      lines.push(`| \`${c.id}\` | ${c.rowLabel} | ${c.columnLabel} | ${c.kind} | ${computed} |`);
    }
  }
  return lines.join('\n');
}
