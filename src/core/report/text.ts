import { matrixRows, type ReportDocument, type TableMatrix } from './document';

/**
 * Markdown and plain text of the report. Tables are written row by row with one entry per merged
 * cell, the way Word exports them, so our own importer reads either output back to the same data.
 */

export function reportMarkdown(doc: ReportDocument): string {
  const out: string[] = [`# ${doc.title}`, ''];
  for (const block of doc.blocks) {
    if (block.kind === 'heading') out.push(`${block.level === 1 ? '##' : '###'} ${block.text}`, '');
    else if (block.kind === 'paragraph') out.push(escapeMarkdown(block.text), '');
    else out.push(...markdownTable(block.matrix), '');
  }
  return out.join('\n');
}

export function reportPlainText(doc: ReportDocument): string {
  const out: string[] = [doc.title, ''];
  for (const block of doc.blocks) {
    if (block.kind === 'heading') out.push(block.text);
    else if (block.kind === 'paragraph') out.push(`\u3000\u3000${block.text}`);
    else {
      for (const row of matrixRows(block.matrix)) out.push(row.map((c) => oneLine(c.text)).join('\t'));
      out.push('');
    }
  }
  return out.join('\n').replace(/\n{3,}/g, '\n\n') + '\n';
}

function markdownTable(matrix: TableMatrix): string[] {
  const width = matrix.width;
  const line = (texts: string[]) => `| ${[...texts, ...Array(Math.max(0, width - texts.length)).fill('')].map(pipeSafe).join(' | ')} |`;
  const rows = matrixRows(matrix).map((row) => row.map((c) => c.text));
  return [line(rows[0]), `|${Array(width).fill(' --- ').join('|')}|`, ...rows.slice(1).map(line)];
}

function oneLine(text: string): string {
  return text.replace(/\s*\n\s*/g, ' ');
}

function pipeSafe(text: string): string {
  return oneLine(text).replace(/\|/g, '\\|');
}

/** Text that would start a Markdown list or heading is escaped; Chinese prose rarely needs it. */
function escapeMarkdown(text: string): string {
  return text.replace(/^([#>*+-]|\d+\.)/gm, '\\$1');
}
