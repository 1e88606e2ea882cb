import { isPageNumber, looksLikeValue, type ImportDiagnostic } from '../core';
import type { PdfContent, PdfPageContent, PdfTextItem } from './types';

/**
 * A PDF's text rebuilt from geometry into the text the importer reads. Items on one baseline make a
 * line; wide gaps part its cells. Table rows become tab-separated lines whose numbers stand in the
 * columns the table's numbers line up in (so a blank cell stays in its column); a label wrapped over
 * lines is joined to the numbers its box holds; text printed vertically is set apart on its own line;
 * page numbers and running headers are dropped. Pages are separated by form feeds, as pdftotext does.
 */
export interface PdfText {
  text: string;
  diagnostics: ImportDiagnostic[];
  pages: number;
  /** Pages without any text (scanned, or only pictures). */
  imagePages: number[];
}

interface Box {
  text: string;
  x0: number;
  x1: number;
  /** Baseline and extent, y down from the page top. */
  base: number;
  top: number;
  bottom: number;
  size: number;
  numeric: boolean;
}

interface Line {
  boxes: Box[];
  base: number;
  top: number;
  bottom: number;
  size: number;
  /** Cells: runs of boxes separated by wide gaps. */
  cells: Box[];
  vertical?: boolean;
}

export function pdfToText(content: PdfContent): PdfText {
  const diagnostics: ImportDiagnostic[] = [];
  const imagePages: number[] = [];
  const headers = runningHeaders(content.pages);
  const out: string[] = [];
  for (const page of content.pages) {
    const boxes = pageBoxes(page, headers);
    if (boxes.length === 0) {
      if (page.images > 0) imagePages.push(page.number);
    } else if (page.images > 0 && boxes.filter((b) => b.numeric).length < 3) {
      diagnostics.push({ severity: 'warning', message: `PDF 第 ${page.number} 页有图片而几乎没有可读的数字：若表格是以图片形式插入的，其中的数字无法读取。` });
    }
    const lines = pageLines(boxes);
    if (out.length) out.push('\f');
    out.push(...renderPage(lines));
  }
  if (imagePages.length) {
    diagnostics.push({
      severity: imagePages.length === content.pages.length ? 'error' : 'warning',
      message: `PDF 第 ${imagePages.join('、')} 页没有文字层（扫描件或图片），其中的内容无法读取。`,
    });
  }
  return { text: out.join('\n').replace(/\n\f\n/g, '\n\f'), diagnostics, pages: content.pages.length, imagePages };
}

// ------------------------------------------------------------------------------ boxes

function pageBoxes(page: PdfPageContent, headers: Set<string>): Box[] {
  const all = page.items.filter((i) => i.str.trim()).map((i) => toBox(i, page.height));
  return all.filter((box) => {
    // Page numbers and running headers live in the top and bottom margins, alone on their line:
    // table rows reach into the margins too, and their numbers are never dropped.
    const margin = box.top < page.height * 0.1 || box.bottom > page.height * 0.9;
    if (!margin) return true;
    const alone = !all.some((o) => o !== box && Math.abs(o.base - box.base) < box.size * 0.5);
    return !(alone && (isPageNumber(box.text) || box.text === String(page.number) || headers.has(headerKey(box.text))));
  });
}

function toBox(item: PdfTextItem, pageHeight: number): Box {
  const [a, b, c, d, e, f] = item.transform;
  const size = Math.hypot(c, d) || Math.hypot(a, b) || item.height || 10;
  const text = item.str.replace(/\s+/g, ' ').trim();
  const base = pageHeight - f;
  // Vertical writing: a narrow box as tall as several characters.
  if ([...text].length > 1 && item.height > item.width * 1.8 && item.width <= size * 1.3) {
    return { text, x0: e, x1: e + (item.width || size), base, top: base - size, bottom: base - size + item.height, size, numeric: false };
  }
  return { text, x0: e, x1: e + item.width, base, top: base - size * 0.85, bottom: base + size * 0.2, size, numeric: looksLikeValue(text) };
}

const headerKey = (text: string) => text.replace(/\s+/g, '').replace(/\d+/g, '#');

/** Text in the top or bottom margin that repeats on two or more pages. */
function runningHeaders(pages: PdfPageContent[]): Set<string> {
  const seen = new Map<string, number>();
  for (const page of pages) {
    const keys = new Set(
      page.items
        .map((i) => ({ key: headerKey(i.str), box: toBox(i, page.height) }))
        .filter(({ key, box }) => key.length >= 2 && (box.top < page.height * 0.1 || box.bottom > page.height * 0.9))
        .map(({ key }) => key),
    );
    for (const key of keys) seen.set(key, (seen.get(key) ?? 0) + 1);
  }
  return new Set([...seen].filter(([, n]) => n >= 2 && pages.length >= 2).map(([key]) => key));
}

// ------------------------------------------------------------------------------ lines

function pageLines(boxes: Box[]): Line[] {
  const vertical = boxes.filter((b) => b.bottom - b.top > (b.x1 - b.x0) * 1.8 && [...b.text].length > 1);
  const flat = boxes.filter((b) => !vertical.includes(b)).sort((a, b) => a.base - b.base || a.x0 - b.x0);
  const lines: Line[] = [];
  for (const box of flat) {
    // Same line: baselines within a third of the smaller font (a row's numbers sit a little lower than its label).
    const line = lines.find((l) => Math.abs(l.base - box.base) <= 0.35 * Math.min(l.size, box.size) && !l.boxes.some((o) => overlapsMostly(o, box)));
    if (line) {
      line.boxes.push(box);
      line.top = Math.min(line.top, box.top);
      line.bottom = Math.max(line.bottom, box.bottom);
      line.size = Math.min(line.size, box.size);
    } else {
      lines.push({ boxes: [box], base: box.base, top: box.top, bottom: box.bottom, size: box.size, cells: [] });
    }
  }
  for (const line of lines) line.cells = cellsOf(line.boxes.sort((a, b) => a.x0 - b.x0));
  for (const v of vertical) lines.push({ boxes: [v], base: v.top, top: v.top, bottom: v.bottom, size: v.size, cells: [v], vertical: true });
  return lines.sort((a, b) => a.top - b.top || a.base - b.base);
}

/** Two boxes on one baseline that mostly cover each other are different lines printed over each other. */
function overlapsMostly(a: Box, b: Box): boolean {
  const shared = Math.min(a.x1, b.x1) - Math.max(a.x0, b.x0);
  return shared > 0.5 * Math.min(a.x1 - a.x0, b.x1 - b.x0);
}

/** Boxes close together are one cell's text; a gap of about a character or more parts cells. */
function cellsOf(boxes: Box[]): Box[] {
  const cells: Box[] = [];
  for (const box of boxes) {
    const last = cells[cells.length - 1];
    const gap = last ? box.x0 - last.x1 : Infinity;
    const size = Math.min(last?.size ?? box.size, box.size);
    if (last && gap < size * 0.9 && !(box.numeric && last.numeric)) {
      last.text += gap > size * 0.2 && /[\w.]$/.test(last.text) !== /^[\u4e00-\u9fff]/.test(box.text) ? ' ' : '';
      last.text += box.text;
      last.x1 = box.x1;
      last.numeric = looksLikeValue(last.text);
      continue;
    }
    cells.push({ ...box });
  }
  return cells;
}

// ------------------------------------------------------------------------------ tables

/**
 * A page's lines as text. Lines whose numbers stand apart in columns are table rows: the columns are
 * where the numbers of the rows around line up, and each row is written with one tab-separated cell
 * per column (blank where it has none). A wrapped label (lines of words only, next to a row that has
 * only numbers and whose box they share) is joined to that row.
 */
function renderPage(lines: Line[]): string[] {
  const isRow = (l: Line) => !l.vertical && l.cells.some((c) => c.numeric) && l.cells.length > 1 || (l.cells.length > 0 && l.cells.every((c) => c.numeric) && l.cells.length > 1);
  const out: string[] = [];
  const used = new Set<Line>();
  const left = Math.min(...lines.filter((l) => !l.vertical).map((l) => l.boxes[0].x0));
  let block: Line[] = [];
  // The lines above a block: its header, whose words stand over its columns.
  let above: Line[] = [];
  let header: Line[] = [];
  const flush = () => {
    if (!block.length) return;
    out.push(...renderBlock(block, header, used));
    block = [];
    above = [];
  };
  for (const line of lines) {
    if (used.has(line)) continue;
    if (isRow(line)) {
      if (!block.some((l) => !l.vertical)) header = above.slice(-10);
      block.push(line);
      continue;
    }
    // Words between rows stay inside the block (a wrapped label, a parent label); anything wider ends it.
    if (block.length && !line.vertical && line.cells.every((c) => !c.numeric && c.x1 < firstNumberX(block))) {
      block.push(line);
      continue;
    }
    if (line.vertical) {
      block.push(line);
      continue;
    }
    flush();
    above.push(line);
    const indent = line.boxes[0].x0 - left > line.size * 1.5 ? '   ' : '';
    out.push(indent + line.cells.map((c) => c.text).join(line.cells.length > 1 ? '   ' : ''));
  }
  flush();
  return out;
}

function firstNumberX(block: Line[]): number {
  return Math.min(...block.flatMap((l) => l.cells.filter((c) => c.numeric).map((c) => c.x0)));
}

/**
 * A table block: each line with numbers is a row. Lines of words only (wrapped labels, parent labels,
 * a vertical label one character per line) go to the row whose middle is nearest theirs; a row's
 * words are then set out by column, top to bottom within a column, one tab-separated cell per column.
 */
function renderBlock(block: Line[], header: Line[], used: Set<Line>): string[] {
  const start = firstNumberX(block);
  const values = (l: Line) => l.cells.filter((c) => c.numeric && c.x1 >= start - 1);
  const columns = chooseColumns(columnsOf(block.flatMap(values)), headerColumns(header, start));
  const rows = block.filter((l) => !l.vertical && values(l).length > 0);
  const middle = (l: Line) => (l.top + l.bottom) / 2;
  const own = new Map<Line, Box[]>(rows.map((r) => [r, r.cells.filter((c) => !c.numeric || c.x1 < start - 1)]));
  const words = new Map<Line, Box[]>(rows.map((r) => [r, [...own.get(r)!]]));
  const loose: Line[] = [];
  for (const line of block) {
    if (rows.includes(line)) continue;
    if (line.vertical) {
      loose.push(line);
      continue;
    }
    const distances = rows.map((r) => Math.abs(middle(r) - middle(line))).sort((a, b) => a - b);
    const nearest = rows.find((r) => Math.abs(middle(r) - middle(line)) === distances[0]);
    // Halfway between two rows belongs to neither; far from every row (a block heading) neither.
    if (!nearest || distances[0] > line.size * 1.6 || (distances.length > 1 && distances[1] - distances[0] < line.size * 0.25)) {
      loose.push(line);
      continue;
    }
    // Under or over a row's own label, only a line close enough to be that label wrapped: a row of
    // blank cells has its own label there, and must not lend it to the numbers of the row beside it.
    const sameColumn = own.get(nearest)!.filter((o) => line.cells.some((c) => Math.min(o.x1, c.x1) - Math.max(o.x0, c.x0) > 0));
    const gap = sameColumn.length ? Math.min(...sameColumn.map((o) => Math.max(line.top - o.bottom, o.top - line.bottom))) : 0;
    if (gap > line.size * 0.6) {
      loose.push(line);
      continue;
    }
    words.get(nearest)!.push(...line.cells.map((c) => ({ ...c, base: line.base })));
    used.add(line);
  }
  const out: { y: number; text: string }[] = [];
  // Words on a line of their own in the label columns: a row whose cells are all blank (or a label's
  // part); its empty cells are written so that the importer sees a row that has cells, none filled.
  for (const line of loose) {
    const blanks = !line.vertical && columns ? '\t'.repeat(columns.length) : '';
    out.push({ y: line.top, text: line.cells.map((c) => c.text).join(blanks ? '\t' : '   ') + blanks });
  }
  for (const row of rows) {
    const cells = (columns && placeInColumns(values(row), columns)) ?? values(row).map((v) => v.text);
    out.push({ y: row.top, text: [...byColumn(words.get(row)!), ...cells].join('\t') });
  }
  return out.sort((a, b) => a.y - b.y).map((o) => o.text);
}

/**
 * Column centres from the header over the numbers: its words stacked in one column (「商业」「企业」)
 * make one centre; words that span several columns (「法人或其他组织」) are left out.
 */
function headerColumns(header: Line[], start: number): number[] | null {
  const boxes = header.flatMap((l) => l.cells).filter((c) => c.x1 > start - 2);
  if (boxes.length === 0) return null;
  const widths = boxes.map((b) => b.x1 - b.x0).sort((a, b) => a - b);
  const narrow = boxes.filter((b) => b.x1 - b.x0 <= widths[Math.floor(widths.length / 2)] * 1.8);
  return columnsOf(narrow);
}

/**
 * The header's columns where every column the numbers show is one of them and none is squeezed
 * between two others (a spanning heading off its columns); else the numbers' own columns.
 */
function chooseColumns(fromValues: number[] | null, fromHeader: number[] | null): number[] | null {
  if (!fromHeader || !fromValues || fromHeader.length <= fromValues.length) return fromValues;
  const pitch = fromHeader.slice(1).map((c, i) => c - fromHeader[i]);
  if (Math.min(...pitch) < Math.max(...pitch) * 0.45) return fromValues;
  const matched = fromValues.every((v) => fromHeader.some((h) => Math.abs(h - v) < Math.min(...pitch) * 0.3));
  return matched ? fromHeader : fromValues;
}

/** Words of one row, one text per column (boxes over each other, read top to bottom), columns left to right. */
function byColumn(boxes: Box[]): string[] {
  const columns: Box[][] = [];
  for (const box of [...boxes].sort((a, b) => a.x0 - b.x0)) {
    const column = columns.find((c) => c.some((o) => Math.min(o.x1, box.x1) - Math.max(o.x0, box.x0) > 0.3 * Math.min(o.x1 - o.x0, box.x1 - box.x0)));
    if (column) column.push(box);
    else columns.push([box]);
  }
  return columns
    .sort((a, b) => Math.min(...a.map((x) => x.x0)) - Math.min(...b.map((x) => x.x0)))
    .map((c) => c.sort((a, b) => a.base - b.base || a.x0 - b.x0).map((b) => b.text).join(''));
}

/** Column centres: where the numbers of the block line up. Null when they do not line up cleanly. */
function columnsOf(numbers: Box[]): number[] | null {
  if (numbers.length === 0) return null;
  const centres = numbers.map((n) => (n.x0 + n.x1) / 2).sort((a, b) => a - b);
  const size = Math.min(...numbers.map((n) => n.size));
  const groups: number[][] = [];
  for (const x of centres) {
    const last = groups[groups.length - 1];
    if (last && x - last[last.length - 1] < size * 0.8) last.push(x);
    else groups.push([x]);
  }
  const columns = groups.map((g) => g.reduce((n, x) => n + x, 0) / g.length);
  for (let i = 1; i < columns.length; i++) if (columns[i] - columns[i - 1] < size * 1.2) return null;
  return columns;
}

/** A row's numbers in their columns; null when two fall in one column or one falls between. */
function placeInColumns(values: Box[], columns: number[]): string[] | null {
  const slots: string[] = columns.map(() => '');
  const half = Math.min(...columns.slice(1).map((c, i) => c - columns[i]), Infinity) / 2;
  for (const v of values) {
    const centre = (v.x0 + v.x1) / 2;
    const k = columns.findIndex((c) => Math.abs(c - centre) < Math.min(half, v.size * 1.5));
    if (k < 0 || slots[k] !== '') return null;
    slots[k] = v.text;
  }
  return slots;
}
