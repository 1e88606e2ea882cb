import { TABLE_LABEL } from '../format';
import type { CellValue } from '../cells';
import type { ImportDiagnostic } from './diagnostics';
import type { Atom, RowAtom, TextAtom, ValueAtom } from './lexer';
import { parseValue, Refused } from './values';
import type { RowEntry, Vocabulary } from './vocabulary';

/**
 * A row takes its values only when its layout fixes each value's cell: the values are exactly those
 * between its label and the next label or other words of the table, none left over and none split.
 * Delimited rows keep their blank cells in place; elsewhere a row must show all its values. Numbers
 * printed before their labels (text copied out of a PDF) are recognised by where they stand, and
 * such rows are not read. Anything else leaves the row empty and names the line.
 */
export interface RowReading {
  row: RowEntry;
  values: CellValue[];
  /** Where each value stands: offsets in the text, and its line. */
  sources: (ValueAtom | null)[];
  labelLine: number;
  labelStart: number;
  labelEnd: number;
}

export interface GluedCandidate {
  row: RowEntry;
  digits: string;
  line: number;
  start: number;
  end: number;
  labelLine: number;
  labelStart: number;
  labelEnd: number;
}

export interface TableReading {
  rows: RowReading[];
  glued: GluedCandidate[];
  /** Rows that stay empty. */
  missing: RowEntry[];
}

type Content = (ValueAtom | { kind: 'blank'; line: Atom['line']; cell: number } | { kind: 'break'; line: Atom['line'] })[];
/** A delimited row's layout: the cell its label is in and how many cells its line has; the offset of its first number. */
type Shape = { key: string; offset: number };
type Verdict = { values: CellValue[]; sources: RowReading['sources']; shape?: Shape } | { glued: ValueAtom } | { empty: true } | { error: string; blanks?: boolean; line?: number };

export function readRows(atoms: Atom[], vocabulary: Vocabulary, diagnostics: ImportDiagnostic[]): TableReading {
  const table = TABLE_LABEL[vocabulary.table.id];
  matchMisspelled(atoms, vocabulary);
  // Walk the stream in chains: rows joined by nothing but their values.
  type Link = { atom: RowAtom; content: Content };
  const chains: { links: Link[]; suspect: boolean; line: number }[] = [];
  let chain: Link[] = [];
  let orphans: ValueAtom[] = [];
  let before: 'start' | 'structure' | 'text' = 'start';
  let current: Link | null = null;
  const closeChain = () => {
    if (current) chain.push(current);
    current = null;
    if (chain.length === 0) return;
    // Numbers before the first label after a heading, or a last label without any: numbers printed before their labels.
    const suspect = (orphans.length > 0 && before !== 'text') || (chain.length > 1 && !hasValues(chain[chain.length - 1]) && chain.some(hasValues));
    chains.push({ links: chain, suspect, line: (orphans[0] ?? chain[0].atom).line.number });
    chain = [];
    orphans = [];
  };
  for (const atom of atoms) {
    switch (atom.kind) {
      case 'row':
        if (current) chain.push(current);
        current = { atom, content: [] };
        break;
      case 'value':
      case 'blank':
        if (current) current.content.push(atom);
        else if (atom.kind === 'value') orphans.push(atom);
        break;
      case 'vertical':
        break;
      case 'break':
        if (current) current.content.push(atom);
        break;
      default:
        closeChain();
        if (orphans.length && before === 'text') {
          diagnostics.push({ severity: 'warning', message: `${table}第 ${orphans[0].line.number} 行的数字（${orphans.map((o) => o.text).slice(0, 8).join(' ')}）前面没有能识别的行标签，未读取。`, line: orphans[0].line.number });
        }
        orphans = [];
        before = atom.kind === 'text' ? 'text' : 'structure';
    }
  }
  closeChain();
  // One chain so printed puts every row of the table in doubt: its numbers may all belong one row down.
  const suspect = chains.find((c) => c.suspect);
  if (suspect) {
    diagnostics.push({
      severity: 'error',
      message: `${table}第 ${suspect.line} 行起有数字排在行标签之前（如从 PDF 直接复制的文字），数字与行的对应无法确定，整张表留空。`,
      line: suspect.line,
    });
  }
  const occurrences = new Map<RowEntry, { atom: RowAtom; verdict: Verdict }[]>();
  const links = chains.flatMap((c) => c.links);
  // A row's grid is learnt and used only on lines that hold that row alone (one label, its cells).
  const words = new Map<Atom['line'], number>();
  for (const a of atoms) if (a.kind === 'row' || a.kind === 'structure' || a.kind === 'text') words.set(a.line, (words.get(a.line) ?? 0) + 1);
  const alone = (link: Link) => link.atom.line === link.atom.lastLine && words.get(link.atom.line) === 1;
  // Padding: some row of the table has more cells after its label than it has values (「label | 0 | 0 | |」).
  // Where none has, a row with exactly as many cells as values has them in place, blanks included.
  const cellsAfter = (link: Link) => (link.atom.line.cells ?? 0) - link.atom.lastCell - 1;
  const padded = links.some((link) => link.atom.lastCell >= 0 && alone(link) && cellsAfter(link) > link.atom.row.values.length);
  const exact = (link: Link) => !padded && alone(link) && cellsAfter(link) === link.atom.row.values.length;
  const first = links.map((link) => (suspect ? ({ error: 'order' } as Verdict) : judge(link.atom, link.content, undefined, alone(link), exact(link))));
  // Rows read in full show the table's grid; rows with blanks at their ends are then read by it.
  const shapes = new Map<string, number>();
  for (const v of first) if ('shape' in v && v.shape && !shapes.has(v.shape.key)) shapes.set(v.shape.key, v.shape.offset);
  links.forEach((link, i) => {
    const verdict = 'blanks' in first[i] && shapes.size && alone(link) ? judge(link.atom, link.content, shapes, true, exact(link)) : first[i];
    occurrences.set(link.atom.row, [...(occurrences.get(link.atom.row) ?? []), { atom: link.atom, verdict }]);
  });

  const reading: TableReading = { rows: [], glued: [], missing: [] };
  for (const row of vocabulary.rows) {
    const found = occurrences.get(row) ?? [];
    const label = row.key.path.join(' / ');
    if (found.length === 0) {
      diagnostics.push({ severity: 'error', message: `${table}没有找到“${label}”一行，该行留空。`, line: undefined });
      reading.missing.push(row);
      continue;
    }
    const errors = found.filter((f) => 'error' in f.verdict);
    const read = found.filter((f) => 'values' in f.verdict || 'glued' in f.verdict);
    for (const f of errors) {
      const { error: why, line } = f.verdict as { error: string; line?: number };
      if (why !== 'order') diagnostics.push({ severity: 'error', message: `${table}“${row.key.label}”一行${why}，该行留空。`, line: line ?? f.atom.line.number });
    }
    const distinct = new Set(read.map((f) => ('values' in f.verdict ? JSON.stringify(f.verdict.values) : 'glued' in f.verdict ? `glued:${f.verdict.glued.text}` : '')));
    if (errors.length > 0 || read.length === 0 || distinct.size > 1) {
      if (errors.length === 0 && read.length === 0) diagnostics.push({ severity: 'error', message: `${table}“${row.key.label}”一行没有数字，该行留空。`, line: found[0].atom.line.number });
      if (distinct.size > 1) diagnostics.push({ severity: 'error', message: `${table}“${row.key.label}”一行出现 ${read.length} 次，数字不同，该行留空。`, line: read[1].atom.line.number });
      reading.missing.push(row);
      continue;
    }
    const { atom, verdict } = read[0];
    const label0 = { labelLine: atom.line.number, labelStart: atom.start, labelEnd: atom.end };
    if ('glued' in verdict) {
      const v = verdict.glued;
      reading.glued.push({ row, digits: v.text, line: v.line.number, start: v.start, end: v.end, ...label0 });
    } else if ('values' in verdict) {
      reading.rows.push({ row, values: verdict.values, sources: verdict.sources, ...label0 });
    }
    if (atom.fuzzy) {
      diagnostics.push({ severity: 'info', message: `${table}“${atom.text}”与官方行标签“${row.key.label}”不同，按其位置和文字读作该行。`, line: atom.line.number });
    }
  }
  return reading;
}

/** Whether anything stands in a row's cells (a blank cell of a delimited row counts: zeros left blank). */
const hasValues = (link: { atom: RowAtom; content: Content }) => link.atom.inside.length > 0 || link.content.length > 0;

/** What one occurrence of a row label says about the row's values. */
function judge(atom: RowAtom, after: Content, shapes?: Map<string, number>, alone = false, exact = false): Verdict {
  const n = atom.row.values.length;
  const insideValues = atom.inside.filter((a) => a.kind === 'value');
  const afterValues = after.filter((a) => a.kind === 'value');
  if (insideValues.length && afterValues.length) return { error: '的数字分在标签的两侧，无法确定' };
  const content = insideValues.length ? atom.inside : after;
  const verdict = judgeContent(content, n, atom.lastLine.number === atom.line.number ? atom.lastCell : -1, shapes, exact);
  // Only a row alone on its line shows the table's grid.
  if ('shape' in verdict && !alone) delete verdict.shape;
  return verdict;
}

/** The values of one row (or of table 四's run), from what stands after its label. */
export function judgeContent(all: Content, n: number, labelCell: number, shapes?: Map<string, number>, exact = false): Verdict {
  const values = all.filter((a): a is ValueAtom => a.kind === 'value');
  if (values.length === 0) return { empty: true };
  // An empty line between a row's numbers: the row was broken (a line moved into it, or out of it).
  const lastValueAt = all.lastIndexOf(values[values.length - 1]);
  const gap = all.findIndex((a, i) => a.kind === 'break' && i < lastValueAt);
  if (gap >= 0) return { error: '的标签与数字或数字之间隔着空行，无法确定哪些数字属于这一行', line: all[gap].line.number };
  const kept = all.filter((a): a is ValueAtom | { kind: 'blank'; line: Atom['line']; cell: number } => a.kind !== 'break');
  // Empty cells after the last number on later lines belong to those lines (the next row's merged cells).
  const lastLine = values[values.length - 1].line;
  let end = kept.length;
  while (end > 0 && kept[end - 1].kind === 'blank' && kept[end - 1].line !== lastLine) end--;
  const content = kept.slice(0, end);
  const split = values.find((v) => v.split);
  if (split) return { error: `的数字中间有空格（“${split.line.text.trim().slice(0, 40)}”），无法确定是一个数还是几个数`, line: split.line.number };
  const lines = new Set(content.map((a) => a.line));
  const oneLine = lines.size === 1;
  // Word's text: one cell per line, a blank cell an empty line of its own, counted from the label.
  const cellPerLine = !oneLine && lines.size === content.length && content.every((a) => a.kind === 'blank' || a.delimited);
  let cells: (ValueAtom | null)[] | null = null;
  let shape: Shape | undefined;
  if (cellPerLine) {
    // Empty lines after the last number may belong to the next row (its merged cells): never count them.
    const asCells = content.map((a) => (a.kind === 'value' ? a : null));
    let last = asCells.length - 1;
    while (last >= 0 && asCells[last] === null) last--;
    if (last + 1 === n) cells = asCells.slice(0, n);
    else return { error: `有空单元格，找到 ${values.length} 个数字、${last + 1} 个单元格（应有 ${n} 个），无法确定各数字所在的列` };
  } else if (!oneLine) {
    // Over several lines: one number per line, or the row is re-wrapped and a number may be cut in two.
    const valueLines = [...lines].filter((l) => values.some((v) => v.line === l));
    const crowded = valueLines.find((l) => values.filter((v) => v.line === l).length > 1);
    if (crowded && valueLines.length > 1) return { error: `的数字分在几行上（第 ${valueLines[0].number}–${valueLines[valueLines.length - 1].number} 行），无法确定有没有数字被断开` };
    // A blank cell before a number (on its line, or a line of its own) has a place in the row that cannot be told.
    const lastValue = content.lastIndexOf(values[values.length - 1]);
    // (Empty cells trailing a line of words, the label's or a header's, are that line's padding.)
    const wordsOnly = (l: Atom['line']) => !valueLines.includes(l) && /[^\s|\u3000]/.test(l.text);
    const lastOnLine = new Map<Atom['line'], number>();
    content.forEach((a, i) => a.kind === 'value' && lastOnLine.set(a.line, i));
    const misplaced = content.find(
      (a, i) => a.kind === 'blank' && i < lastValue && !wordsOnly(a.line) && (!valueLines.includes(a.line) || (lastOnLine.get(a.line) ?? -1) > i),
    );
    if (misplaced) return { error: `有空单元格（第 ${misplaced.line.number} 行），无法确定各数字所在的列`, blanks: true };
    if (values.length === n) cells = values;
  } else if (oneLine && values[0].delimited) {
    // A delimited row: blank cells keep their place. Blanks at its ends may be padding, unless a full
    // row of the same shape (label in the same cell, as many cells) shows where its numbers stand.
    const line = values[0].line;
    const byCell = new Map(content.filter((a) => a.cell > labelCell || a.kind === 'value').map((a) => [a.cell, a]));
    const indexes = [...byCell.keys()].sort((a, b) => a - b);
    const numbered = indexes.filter((i) => byCell.get(i)!.kind === 'value');
    const first = numbered[0];
    const last = numbered[numbered.length - 1];
    const key = `${labelCell}|${line.cells ?? -1}`;
    const window = (from: number) => Array.from({ length: n }, (_, k) => byCell.get(from + k)).map((a) => (a && a.kind === 'value' ? a : null));
    if (last - first + 1 === n && numbered.every((i) => byCell.has(i))) {
      cells = window(first);
      shape = { key, offset: first - labelCell };
    } else if (exact) {
      cells = window(labelCell + 1);
    } else if (shapes?.has(key) && numbered.every((i) => i >= labelCell + shapes.get(key)! && i < labelCell + shapes.get(key)! + n)) {
      cells = window(labelCell + shapes.get(key)!);
    } else if (values.length !== 1 || byCell.size > 1) {
      // One number among blank cells is one cell, never digits to split.
      return { error: `有空单元格，找到 ${values.length} 个数字，无法确定各数字所在的列（应有 ${n} 列）`, blanks: true };
    }
  } else if (values.length === n) {
    cells = values;
  }
  if (!cells) {
    // Digits run together: glued to words, or a run in text without cells. A delimited cell is one cell.
    if (content.length === 1 && n > 1 && /^\d{2,}$/.test(values[0].text) && (values[0].glued || !values[0].delimited)) return { glued: values[0] };
    return { error: `的数字无法逐格分辨：找到 ${values.length} 个（应有 ${n} 个）` };
  }
  const out: CellValue[] = [];
  const sources: RowReading['sources'] = [];
  for (const cell of cells) {
    if (!cell) {
      out.push(null);
      sources.push(null);
      continue;
    }
    const parsed = parseValue(cell.text);
    if (parsed instanceof Refused) return { error: `的数字${parsed.reason}` };
    out.push(parsed);
    sources.push(cell);
  }
  return { values: out, sources, shape };
}

/**
 * Labels with the publisher's typos (「2.其他法律行政止公开」): words between two rows that were
 * found, where exactly one row of the schema is missing and the words read much like it.
 */
function matchMisspelled(atoms: Atom[], vocabulary: Vocabulary): void {
  const found = new Set(atoms.filter((a): a is RowAtom => a.kind === 'row').map((a) => a.row));
  const missing = vocabulary.rows.filter((r) => !found.has(r));
  if (missing.length === 0) return;
  // The row atoms before and after each position, found in one pass each way.
  const before: (RowAtom | undefined)[] = [];
  const after: (RowAtom | undefined)[] = [];
  for (let i = 0, last: RowAtom | undefined; i < atoms.length; i++) {
    before[i] = last;
    const a = atoms[i];
    if (a.kind === 'row') last = a;
  }
  for (let i = atoms.length - 1, last: RowAtom | undefined; i >= 0; i--) {
    after[i] = last;
    const a = atoms[i];
    if (a.kind === 'row') last = a;
  }
  atoms.forEach((atom, i) => {
    if (atom.kind !== 'text' || atom.text.length < 3 || !/[\u4e00-\u9fff]/.test(atom.text)) return;
    const prev = before[i];
    const next = after[i];
    const low = prev?.row.order ?? -1;
    const high = next?.row.order ?? vocabulary.rows.length;
    const between = missing.filter((r) => r.order > low && r.order < high && !found.has(r));
    const likely = between.filter((r) => resembles(atom, r));
    if (likely.length !== 1) return;
    const row = likely[0];
    found.add(row);
    atoms[i] = { kind: 'row', row, text: atom.text, line: atom.line, lastLine: atom.line, start: atom.start, end: atom.end, cell: atom.cell, lastCell: atom.cell, inside: [], fuzzy: true };
  });
}

function resembles(atom: TextAtom, row: RowEntry): boolean {
  const numbering = (s: string) => /^(\d+\.|（[一二三四五六七八九十]+）|[一二三四五六七八九十]+、)/.exec(s)?.[1] ?? '';
  const label = row.forms[row.key.path.length - 1];
  if (numbering(atom.text) !== numbering(label)) return false;
  const a = atom.text.slice(numbering(atom.text).length);
  const b = label.slice(numbering(label).length);
  return 2 * lcs(a, b) >= 0.6 * (a.length + b.length) && Math.abs(a.length - b.length) <= Math.max(3, b.length / 3);
}

function lcs(a: string, b: string): number {
  const prev = new Array(b.length + 1).fill(0);
  for (let i = 1; i <= a.length; i++) {
    let diagonal = 0;
    for (let j = 1; j <= b.length; j++) {
      const up = prev[j];
      prev[j] = a[i - 1] === b[j - 1] ? diagonal + 1 : Math.max(prev[j], prev[j - 1]);
      diagonal = up;
    }
  }
  return prev[b.length];
}
