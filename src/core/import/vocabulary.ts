import type { CompiledTable, GridValue } from '../format';
import { normalizeLabel } from '../labels';

/**
 * The words of one table, from the schema: the row labels a row is named by (alone, after its
 * parents' labels, or without its own numbering where that is unambiguous), and the words that are
 * structure, never a row (headers, block headings, the note, the parents of rows).
 */
export interface RowEntry {
  /** Position in the schema's reading order. */
  order: number;
  key: CompiledTable['rowKeys'][number];
  /** The row's value cells, left to right. */
  values: GridValue[];
  /** Normalised forms that name it. */
  forms: string[];
}

export type Entry = { text: string; row: RowEntry } | { text: string; row: null };

export interface Vocabulary {
  table: CompiledTable;
  rows: RowEntry[];
  /** Every entry by its first two characters (every word has two), longest first. */
  byStart: Map<string, Entry[]>;
  /** Every word, for telling whether a text is one. */
  words: Set<string>;
  /** The words that are structure, never a row. */
  structure: string[];
}

const cache = new WeakMap<CompiledTable, Vocabulary>();
const ORDINAL = /^(?:[（(][一二三四五六七八九十]{1,2}[）)]|[一二三四五六七八九十]{1,2}、|\d{1,2}\.)/;

export function vocabularyOf(table: CompiledTable): Vocabulary {
  let vocabulary = cache.get(table);
  if (vocabulary) return vocabulary;
  const rows: RowEntry[] = table.rowKeys
    .filter((key) => key.path.length > 0)
    .map((key, order) => ({
      order,
      key,
      values: table.values.filter((v) => v.row === key.row).sort((a, b) => a.col - b.col),
      forms: key.path.map((_, k) => normalizeLabel(key.path.slice(k).join(''))),
    }));
  const leafLabels = new Set(rows.map((r) => normalizeLabel(r.key.label)));
  const structure = new Set<string>();
  for (const label of table.labels) {
    const text = normalizeLabel(label.text);
    if (label.role === 'rowLabel' && leafLabels.has(text)) continue;
    structure.add(text);
    // 「（本列数据的勾稽关系为：…）」 is printed with or without its brackets.
    if (label.role === 'note') structure.add(text.replace(/^（|）$/g, ''));
  }
  // Without its numbering a label still names its row when no other word of the table reads the same.
  const all = [...leafLabels, ...structure];
  for (const row of rows) {
    const bare = normalizeLabel(row.key.label).replace(ORDINAL, '');
    if (bare.length >= 2 && bare !== normalizeLabel(row.key.label) && !all.some((t) => t === bare || (t !== normalizeLabel(row.key.label) && t.replace(ORDINAL, '') === bare))) {
      row.forms.push(bare);
    }
  }
  const entries: Entry[] = [...rows.flatMap((row) => row.forms.map((text) => ({ text, row }))), ...[...structure].map((text) => ({ text, row: null }))];
  const byStart = new Map<string, Entry[]>();
  for (const entry of entries.filter((e) => e.text.length >= 2)) byStart.set(entry.text.slice(0, 2), [...(byStart.get(entry.text.slice(0, 2)) ?? []), entry]);
  for (const list of byStart.values()) list.sort((a, b) => b.text.length - a.text.length);
  vocabulary = { table, rows, byStart, words: new Set(entries.map((e) => e.text)), structure: [...structure] };
  cache.set(table, vocabulary);
  return vocabulary;
}
