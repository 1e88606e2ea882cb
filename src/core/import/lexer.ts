import { isSpace, normalizeMapped } from './normalize';
import type { SourceLine } from './source';
import { looksLikeValue } from './tokens';
import type { Entry, RowEntry, Vocabulary } from './vocabulary';

/**
 * A table's part of the report as a stream of atoms, whatever its layout: one cell per line (Word),
 * tab or pipe rows (web pages, converters), space-aligned columns (`pdftotext -layout`), or no
 * separators at all (web text flattened). Labels are found in the words with their line breaks and
 * spaces removed, so a label wrapped over lines, spaced out (「三 、本 年 度办 理 结果」) or glued to
 * its digits (「规章000」) is found all the same. A label wrapped around the numbers of its row (the
 * numbers on its middle line) carries those numbers inside it.
 */
export type Atom =
  | ValueAtom
  | { kind: 'blank'; line: SourceLine; cell: number }
  | RowAtom
  | { kind: 'structure'; text: string; line: SourceLine }
  | TextAtom
  | { kind: 'vertical'; text: string; line: SourceLine }
  /** An empty line: between rows in Word's text, never inside one. */
  | { kind: 'break'; line: SourceLine };

export interface ValueAtom {
  kind: 'value';
  text: string;
  line: SourceLine;
  /** Offsets in the original text. */
  start: number;
  end: number;
  /** Cell index in a delimited line; -1 otherwise. */
  cell: number;
  delimited: boolean;
  /** One of several numbers in one delimited cell (「1 17」): a damaged number, never two cells. */
  split: boolean;
  /** Digits glued to words (「规章000」): may be several cells run together. */
  glued?: boolean;
}

export interface RowAtom {
  kind: 'row';
  row: RowEntry;
  text: string;
  line: SourceLine;
  lastLine: SourceLine;
  start: number;
  end: number;
  /** Cell of the label's first piece, and of its last (a parent label may stand in a cell of its own before it). */
  cell: number;
  lastCell: number;
  /** Numbers printed between the lines of a wrapped label. */
  inside: (ValueAtom | { kind: 'blank'; line: SourceLine; cell: number })[];
  fuzzy?: boolean;
}

export interface TextAtom {
  kind: 'text';
  text: string;
  line: SourceLine;
  start: number;
  end: number;
  cell: number;
}

type Piece = { kind: 'piece'; raw: string; start: number; line: SourceLine; cell: number; header: boolean };
type Item = Piece | ValueAtom | { kind: 'blank'; line: SourceLine; cell: number } | { kind: 'structure'; text: string; line: SourceLine } | { kind: 'break'; line: SourceLine };

const UNIT_AFTER = /^[件条个项次起人名家篇期份年月日号%％元万亿]/;
const RULE_LINE = /^\s*\|?\s*:?-{3,}/;
const CAPTION = /^[#\s]*表[一二三四][：:、.．\s]/;

export function lex(lines: SourceLine[], vocabulary: Vocabulary): Atom[] {
  const items: Item[] = [];
  lines.forEach((line, i) => {
    if (line.furniture || (line.text.includes('---') && RULE_LINE.test(line.text))) return;
    if (!/[^\s\u3000]/.test(line.text) && !/[\t|]/.test(line.text)) {
      items.push({ kind: 'break', line });
      return;
    }
    if (line.text.includes('表') && CAPTION.test(line.text)) {
      items.push({ kind: 'structure', text: line.text.trim(), line });
      return;
    }
    // A Markdown header row (the line above |---|) names columns, even as 「数据1」: never values.
    const header = line.text.includes('|') && lines[i + 1] !== undefined && lines[i + 1].text.includes('---') && RULE_LINE.test(lines[i + 1].text);
    lexLine(line, header, items);
  });
  return matchWords(items, vocabulary);
}

function lexLine(line: SourceLine, header: boolean, items: Item[]): void {
  const text = line.text;
  const delimited = /[\t|]/.test(text);
  if (!delimited) {
    lexCell(line, text, 0, -1, false, header, items);
    return;
  }
  const cells: { raw: string; start: number }[] = [];
  // Word's text puts each cell on a line of its own after a tab: that tab indents, it makes no cell.
  const indented = /^\t+[^\t|]*$/.exec(text);
  if (indented) {
    const from = text.lastIndexOf('\t') + 1;
    if (!/[^\s\u3000\u00a0]/.test(text.slice(from))) items.push({ kind: 'blank', line, cell: 0 });
    else lexCell(line, text.slice(from), from, 0, true, header, items);
    return;
  }
  let start = 0;
  for (let i = 0; i <= text.length; i++) {
    if (i === text.length || text[i] === '\t' || text[i] === '|') {
      cells.push({ raw: text.slice(start, i), start });
      start = i + 1;
    }
  }
  // 「| a | b |」: the pipes at the ends open and close the row; they make no cells.
  if (/^[ \u3000]*\|/.test(text) && cells[0]?.raw.trim() === '') cells.shift();
  if (/\|[ \u3000]*$/.test(text) && cells[cells.length - 1]?.raw.trim() === '') cells.pop();
  line.cells = cells.length;
  cells.forEach((cell, index) => {
    if (!/[^\s\u3000\u00a0]/.test(cell.raw)) items.push({ kind: 'blank', line, cell: index });
    else lexCell(line, cell.raw, cell.start, index, true, header, items);
  });
}

/** One cell (or a whole undelimited line): numbers as values, the words between them as pieces. */
function lexCell(line: SourceLine, raw: string, base: number, cell: number, delimited: boolean, header: boolean, items: Item[]): void {
  const tokens: { text: string; start: number; gapBefore: number }[] = [];
  let i = 0;
  while (i < raw.length) {
    let gap = 0;
    while (i < raw.length && isSpace(raw[i])) {
      gap += raw[i] === '\u3000' || raw[i] === '\t' ? 2 : 1;
      i++;
    }
    if (i >= raw.length) break;
    const from = i;
    while (i < raw.length && !isSpace(raw[i])) i++;
    tokens.push({ text: raw.slice(from, i), start: base + from, gapBefore: tokens.length ? gap : 2 });
  }
  const values = tokens.map((t, k) => {
    if (header || !looksLikeValue(t.text)) return false;
    // 「收到申请 17 件」: a number its unit follows is prose, not a cell.
    const next = tokens[k + 1];
    if (next && next.gapBefore <= 1 && UNIT_AFTER.test(next.text)) return false;
    if (/第$/.test(tokens[k - 1]?.text ?? '')) return false;
    return true;
  });
  const count = values.filter(Boolean).length;
  let piece: Piece | null = null;
  let pieceFrom = 0;
  tokens.forEach((t, k) => {
    if (values[k]) {
      piece = null;
      items.push({ kind: 'value', text: t.text, line, start: line.offset + t.start, end: line.offset + t.start + t.text.length, cell, delimited, split: delimited && count > 1 });
      return;
    }
    const from = t.start - base;
    // Words a single space apart are one piece (「只计这一情 形」); a wider gap parts columns.
    if (piece && (delimited || t.gapBefore <= 1)) {
      piece.raw = raw.slice(pieceFrom, from + t.text.length);
      return;
    }
    pieceFrom = from;
    piece = { kind: 'piece', raw: t.text, start: line.offset + t.start, line, cell, header };
    items.push(piece);
  });
}

// ------------------------------------------------------------------------------ words

interface Match {
  entry: Entry;
  /** Positions in the joined normalised text. */
  from: number;
  to: number;
}

/**
 * Labels in the words of the whole region, line breaks and spaces removed. A match must stand on its
 * own: at the edge of a piece, next to digits or another label, or next to punctuation; a label
 * inside a sentence is not a row.
 */
function matchWords(items: Item[], vocabulary: Vocabulary): Atom[] {
  const pieces = items.filter((i): i is Piece => i.kind === 'piece');
  // Normalising never lengthens a piece: the raw lengths bound the joined text.
  const capacity = pieces.reduce((n, p) => n + p.raw.length, 0);
  const pieceOf = new Int32Array(capacity);
  const rawOf = new Int32Array(capacity);
  const parts: string[] = [];
  const pieceStart: number[] = [];
  let length = 0;
  pieces.forEach((p, k) => {
    const mapped = normalizeMapped(p.raw, p.start);
    pieceStart.push(length);
    parts.push(mapped.text);
    for (let c = 0; c < mapped.text.length; c++, length++) {
      pieceOf[length] = k;
      rawOf[length] = mapped.map ? mapped.map[c] : p.start + c;
    }
  });
  const joined = parts.join('');
  const charPiece = pieceOf.subarray(0, length);
  const charRaw = rawOf.subarray(0, length);
  pieceStart.push(joined.length);
  // Whether numbers stand between a piece and the one before it.
  const numbersBefore: boolean[] = [];
  let seen = false;
  for (const item of items) {
    if (item.kind === 'piece') {
      numbersBefore.push(seen);
      seen = false;
    } else if (item.kind === 'value' || item.kind === 'blank') seen = true;
  }
  const matches = findMatches(joined, charPiece, pieceStart, vocabulary, numbersBefore);

  // Numbers between the pieces of a match: a label wrapped around its row's numbers.
  const itemIndex = new Map<Item, number>();
  items.forEach((item, i) => itemIndex.set(item, i));
  const matchAt = new Map<number, Match[]>();
  const runsInto = new Map<number, number>();
  const ends = new Set<number>();
  const starts = new Set<number>();
  for (const m of matches) {
    const first = charPiece[m.from];
    matchAt.set(first, [...(matchAt.get(first) ?? []), m]);
    for (let q = first + 1; q <= charPiece[m.to - 1]; q++) runsInto.set(q, Math.max(runsInto.get(q) ?? 0, m.to));
    ends.add(m.to);
    starts.add(m.from);
  }
  const atoms: Atom[] = [];
  const consumed = new Set<Item>();
  const pieceIndex = new Map(pieces.map((p, k) => [p, k]));
  for (const item of items) {
    if (consumed.has(item)) continue;
    if (item.kind !== 'piece') {
      atoms.push(item as Atom);
      continue;
    }
    const p = pieceIndex.get(item)!;
    const end = pieceStart[p + 1];
    // The start of a piece that a match from an earlier piece runs into is that match's.
    let at = pieceStart[p];
    const into = runsInto.get(p);
    if (into !== undefined) at = Math.max(at, Math.min(into, end));
    for (const m of (matchAt.get(p) ?? []).sort((a, b) => a.from - b.from)) {
      if (m.from > at) atoms.push(...leftover(joined, charRaw, at, m.from, item, starts, ends));
      const last = charPiece[m.to - 1];
      const inside: RowAtom['inside'] = [];
      for (let j = itemIndex.get(item)! + 1; last > p && j < itemIndex.get(pieces[last])!; j++) {
        const between = items[j];
        if (between.kind === 'value' || between.kind === 'blank') inside.push(between);
        consumed.add(between);
      }
      if (m.entry.row) {
        atoms.push({ kind: 'row', row: m.entry.row, text: m.entry.text, line: item.line, lastLine: pieces[last].line, start: charRaw[m.from], end: charRaw[m.to - 1] + 1, cell: item.cell, lastCell: pieces[last].cell, inside });
      } else {
        atoms.push(...inside);
        atoms.push({ kind: 'structure', text: m.entry.text, line: item.line });
      }
      at = m.to;
    }
    if (at < end) atoms.push(...leftover(joined, charRaw, at, end, item, starts, ends));
  }
  return markVertical(atoms, vocabulary);
}

function findMatches(joined: string, charPiece: Int32Array, pieceStart: number[], vocabulary: Vocabulary, numbersBefore: boolean[]): Match[] {
  const matches: Match[] = [];
  const longestAt = (i: number): Entry | undefined => vocabulary.byStart.get(joined.substr(i, 2))?.find((e) => joined.startsWith(e.text, i));
  const isEdge = (i: number) => i <= 0 || i >= joined.length || charPiece[i] !== charPiece[i - 1] || /[\d，。、；：,.;:）)】」”"]/.test(joined[i - 1]) || /[\d，。、；：,.;:（(【「“"]/.test(joined[i]);
  let i = 0;
  while (i < joined.length) {
    const entry = longestAt(i);
    if (!entry) {
      i++;
      continue;
    }
    const to = i + entry.text.length;
    const leftOk = isEdge(i) || matches[matches.length - 1]?.to === i;
    const rightOk = isEdge(to) || longestAt(to) !== undefined;
    if (!leftOk || !rightOk || !splitsWell(joined, charPiece, pieceStart, numbersBefore, i, to, entry, vocabulary)) {
      i++;
      continue;
    }
    matches.push({ entry, from: i, to });
    i = to;
  }
  return matches;
}

/**
 * A match over several pieces joins a wrapped label. It must not join a whole word to the next
 * (「（三）不予公开」 + 「5.属于…」 is a row only when nothing stands between them): where numbers lie
 * between two pieces, the first part must not itself be a word of the table.
 */
function splitsWell(joined: string, charPiece: Int32Array, pieceStart: number[], numbersBefore: boolean[], from: number, to: number, entry: Entry, vocabulary: Vocabulary): boolean {
  const first = charPiece[from];
  const last = charPiece[to - 1];
  if (first === last) return true;
  for (let p = first + 1; p <= last; p++) {
    if (!numbersBefore[p]) continue;
    const head = joined.slice(from, pieceStart[p]);
    if (vocabulary.words.has(head) && head !== entry.text) return false;
  }
  return true;
}

/** The unmatched part of a piece: digits glued to a label become a value, anything else stays words. */
function leftover(joined: string, charRaw: Int32Array, from: number, to: number, piece: Piece, starts: Set<number>, ends: Set<number>): Atom[] {
  const text = joined.slice(from, to);
  const leftOk = isPieceStart(charRaw, from, piece) || ends.has(from);
  const rightOk = isPieceEnd(charRaw, to, piece) || starts.has(to);
  if (/^\d+(?:\.\d+)?$/.test(text) && leftOk && rightOk) {
    // Digits with a space between them in the text (「数量1 17」) are a damaged number, not one.
    const split = charRaw[to - 1] - charRaw[from] + 1 !== text.length;
    return [{ kind: 'value', text, line: piece.line, start: charRaw[from], end: charRaw[to - 1] + 1, cell: piece.cell, delimited: piece.cell >= 0, split, glued: true }];
  }
  return [{ kind: 'text', text, line: piece.line, start: charRaw[from], end: charRaw[to - 1] + 1, cell: piece.cell }];
}

function isPieceStart(charRaw: Int32Array, i: number, piece: Piece): boolean {
  return i === 0 || charRaw[i - 1] < piece.start;
}

function isPieceEnd(charRaw: Int32Array, i: number, piece: Piece): boolean {
  return i >= charRaw.length || charRaw[i] >= piece.start + piece.raw.length;
}

/**
 * Vertical labels: 「本」「年」「度」… one or two characters per line, in front of, between or after
 * the rows. Short words that together spell a word of the table (in order, other atoms between)
 * are that word printed vertically, and nothing else.
 */
function markVertical(atoms: Atom[], vocabulary: Vocabulary): Atom[] {
  const words = vocabulary.structure;
  const short = (a: Atom): a is TextAtom => a.kind === 'text' && a.text.length <= 5 && !/\d/.test(a.text);
  for (let i = 0; i < atoms.length; i++) {
    const a = atoms[i];
    if (!short(a)) continue;
    let spelled = a.text;
    const used = [i];
    // Other short words (a parent label printed beside it) may come between its characters.
    for (let j = i + 1; j < atoms.length && j < i + 240 && used.length < 12; j++) {
      if (words.includes(spelled)) break;
      const b = atoms[j];
      if (!short(b) || !words.some((w) => w.startsWith(spelled + b.text))) continue;
      spelled += b.text;
      used.push(j);
    }
    if (used.length > 1 && words.includes(spelled)) {
      for (const j of used) atoms[j] = { kind: 'vertical', text: (atoms[j] as TextAtom).text, line: atoms[j].line };
    }
  }
  return atoms;
}
