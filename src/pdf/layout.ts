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
  const flush = () => {
    if (block.length) out.push(...renderBlock(block, lines, used));
    block = [];
  };
  for (const line of lines) {
    if (used.has(line)) continue;
    if (isRow(line)) {
      block.push(line);
      continue;
    }
    // Words between rows stay inside the block (a wrapped label, a parent label); anything wider ends it.
    if (block.length && !line.vertical && line.cells.length === 1 && !line.cells[0].numeric && line.cells[0].x1 < firstNumberX(block)) {
      block.push(line);
      continue;
    }
    if (line.vertical) {
      block.push(line);
      continue;
    }
    flush();
    const indent = line.boxes[0].x0 - left > line.size * 1.5 ? '   ' : '';
    out.push(indent + line.cells.map((c) => c.text).join(line.cells.length > 1 ? '   ' : ''));
  }
  flush();
  return out;
}

function firstNumberX(block: Line[]): number {
  return Math.min(...block.flatMap((l) => l.cells.filter((c) => c.numeric).map((c) => c.x0)));
}

function renderBlock(block: Line[], _all: Line[], used: Set<Line>): string[] {
  const numbers = block.flatMap((l) => l.cells.filter((c) => c.numeric));
  const columns = columnsOf(numbers);
  const start = firstNumberX(block);
  // A row of numbers only takes the wrapped label lines whose box holds it.
  const labelOnly = (l: Line) => !l.vertical && l.cells.every((c) => !c.numeric && c.x1 < start);
  const joined = new Map<Line, Line[]>();
  block.forEach((line, i) => {
    if (line.vertical || line.cells.some((c) => !c.numeric && c.x1 < start)) return;
    const middle = (line.top + line.bottom) / 2;
    const chain: Line[] = [];
    for (let j = i - 1; j >= 0 && labelOnly(block[j]) && !joined.has(block[j]); j--) chain.unshift(block[j]);
    for (let j = i + 1; j < block.length && labelOnly(block[j]); j++) chain.push(block[j]);
    if (chain.length === 0) return;
    const top = Math.min(...chain.map((l) => l.top));
    const bottom = Math.max(...chain.map((l) => l.bottom));
    const pitchOk = chain.every((l, k) => k === 0 || l.top - chain[k - 1].bottom < l.size * 0.9);
    if (pitchOk && middle >= top - line.size * 0.3 && middle <= bottom + line.size * 0.3) joined.set(line, chain);
  });
  for (const chain of joined.values()) for (const l of chain) used.add(l);
  const out: string[] = [];
  for (const line of block) {
    if (used.has(line) && !joined.has(line)) continue;
    if (line.vertical) {
      out.push(line.cells[0].text);
      continue;
    }
    const labels = [...(joined.get(line) ?? []).map((l) => l.cells.map((c) => c.text).join('')), ...line.cells.filter((c) => !c.numeric || c.x1 < start - 1).map((c) => c.text)];
    const values = line.cells.filter((c) => c.numeric && c.x1 >= start - 1);
    if (values.length === 0) {
      out.push(labels.join('   '));
      continue;
    }
    const slots = columns ? placeInColumns(values, columns) : null;
    const cells = slots ?? values.map((v) => v.text);
    out.push((labels.length ? [labels.join(''), ...cells] : cells).join('\t'));
  }
  return out;
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
