import { matrixRows, type ReportDocument, type TableMatrix } from './document';

/**
 * Markdown and plain text of the report. Our own importer reads either back to the same data. The
 * plain text writes tables row by row with one entry per merged cell, as Word exports them; the
 * Markdown lays them on the full grid so that they render aligned.
 */

export function reportMarkdown(doc: ReportDocument): string {
  const out: string[] = [`# ${doc.title}`, '', ...(doc.draft ? [`**${doc.draft.line}**`, ''] : [])];
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
  const out: { text: string; block?: number }[] = [{ text: doc.title }, ...(doc.draft ? [{ text: doc.draft.line }] : []), { text: '' }];
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

/**
 * A pipe table on the full grid: a merged cell's text in its first column, the columns it covers left
 * empty, so every value stands under its header when the Markdown is rendered. (Pipe tables have no
 * merges; Word's own export pads rows at the end instead, which misplaces values.)
 */
function markdownTable(matrix: TableMatrix): string[] {
  const grid = Array.from({ length: matrix.height }, () => Array<string>(matrix.width).fill(''));
  for (const cell of matrix.cells) grid[cell.row][cell.col] = cell.text;
  const line = (texts: string[]) => `| ${texts.map(pipeSafe).join(' | ')} |`;
  return [line(grid[0]), `|${Array(matrix.width).fill(' --- ').join('|')}|`, ...grid.slice(1).map(line)];
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
