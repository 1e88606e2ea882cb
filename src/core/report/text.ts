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
  return (
    plainTextLines(doc)
      .map((l) => l.text)
      .join('\n')
      .replace(/\n{3,}/g, '\n\n') + '\n'
  );
}

/** The plain text line by line, each with the index of the block it comes from (none: the title). */
export function plainTextLines(doc: ReportDocument): { text: string; block?: number }[] {
  const out: { text: string; block?: number }[] = [{ text: doc.title }, { text: '' }];
  doc.blocks.forEach((block, i) => {
    if (block.kind === 'heading') out.push({ text: block.text, block: i });
    else if (block.kind === 'paragraph') `\u3000\u3000${block.text}`.split('\n').forEach((text) => out.push({ text, block: i }));
    else {
      for (const row of matrixRows(block.matrix)) out.push({ text: row.map((c) => oneLine(c.text)).join('\t'), block: i });
      out.push({ text: '' });
    }
  });
  return out;
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
