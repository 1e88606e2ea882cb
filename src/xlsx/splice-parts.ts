/**
 * The parts of a workbook that the sheets added by splice.ts share with the source: the style
 * sheet and the shared strings. Ours are appended to the source's (which keep their indices, so
 * nothing of the source changes), and the indices in our sheets are shifted to match.
 */

export interface SheetRemap {
  /** Added to every cell style index (`s`) and column style. */
  xf: number;
  /** Added to every conditional format's differential style (`dxfId`). */
  dxf: number;
  /** Added to every shared string index. */
  sharedString: number;
  /** Our custom number formats' new IDs. */
  numFmts?: Map<number, number>;
}

/** The order of the style sheet's sections (ECMA-376 CT_Stylesheet). */
const STYLE_SECTIONS = ['numFmts', 'fonts', 'fills', 'borders', 'cellStyleXfs', 'cellXfs', 'cellStyles', 'dxfs', 'tableStyles', 'colors', 'extLst'];

interface Section {
  /** The whole section, from its opening to its closing tag (or the self-closed tag). */
  start: number;
  end: number;
  items: string[];
}

/** A section and its items (`<font>…</font>` in `<fonts>`); items of one kind never nest. */
function section(xml: string, p: string, name: string, item: string): Section | null {
  const open = new RegExp(`<${p}${name}\\b[^>]*?(/?)>`).exec(xml);
  if (!open) return null;
  if (open[1] === '/') return { start: open.index, end: open.index + open[0].length, items: [] };
  const closeTag = `</${p}${name}>`;
  const close = xml.indexOf(closeTag, open.index);
  if (close < 0) throw new Error(`<${name}> not closed`);
  const inner = xml.slice(open.index + open[0].length, close);
  const items = [...inner.matchAll(new RegExp(`<${p}${item}(?=[\\s/>])(?:[^>]*/>|[\\s\\S]*?</${p}${item}>)`, 'g'))].map((m) => m[0]);
  return { start: open.index, end: close + closeTag.length, items };
}

/** Writes a section back with its items and count, or inserts it where the schema wants it. */
function withItems(xml: string, p: string, name: string, found: Section | null, items: string[]): string {
  if (found) {
    const open = new RegExp(`<${p}${name}\\b([^>]*?)/?>`).exec(xml.slice(found.start))!;
    const attributes = /\bcount="/.test(open[1]) ? open[1].replace(/\bcount="\d*"/, `count="${items.length}"`) : `${open[1]} count="${items.length}"`;
    return `${xml.slice(0, found.start)}<${p}${name}${attributes}>${items.join('')}</${p}${name}>${xml.slice(found.end)}`;
  }
  const block = `<${p}${name} count="${items.length}">${items.join('')}</${p}${name}>`;
  for (const next of STYLE_SECTIONS.slice(STYLE_SECTIONS.indexOf(name) + 1)) {
    const at = new RegExp(`<${p}${next}\\b`).exec(xml);
    if (at) return xml.slice(0, at.index) + block + xml.slice(at.index);
  }
  const close = xml.lastIndexOf(`</${p}styleSheet>`);
  return xml.slice(0, close) + block + xml.slice(close);
}

/** Our elements in the source's namespace prefix (a source may write `<x:font>`). */
function prefixed(item: string, p: string): string {
  return p ? item.replace(/<(\/?)(?![\w-]+:)([A-Za-z])/g, `<$1${p}$2`) : item;
}

/** The namespace prefix of an element as a part writes it: '' or 'x:'. */
export function prefixOf(xml: string, element: string): string {
  return new RegExp(`<(\\w+:)?${element}[\\s>]`).exec(xml)?.[1] ?? '';
}

/** The source's style sheet with ours appended: fonts, fills, borders, number formats, cell formats, dxfs. */
export function addStyles(source: string, ours: string): { xml: string; xfOffset: number; dxfOffset: number; numFmts: Map<number, number> } {
  const p = prefixOf(source, 'styleSheet');
  const get = (xml: string, prefix: string, name: string, item: string) => section(xml, prefix, name, item);
  const theirs = {
    numFmts: get(source, p, 'numFmts', 'numFmt'),
    fonts: get(source, p, 'fonts', 'font'),
    fills: get(source, p, 'fills', 'fill'),
    borders: get(source, p, 'borders', 'border'),
    cellXfs: get(source, p, 'cellXfs', 'xf'),
    dxfs: get(source, p, 'dxfs', 'dxf'),
  };
  const mine = {
    numFmts: get(ours, '', 'numFmts', 'numFmt'),
    fonts: get(ours, '', 'fonts', 'font'),
    fills: get(ours, '', 'fills', 'fill'),
    borders: get(ours, '', 'borders', 'border'),
    cellXfs: get(ours, '', 'cellXfs', 'xf'),
    dxfs: get(ours, '', 'dxfs', 'dxf'),
  };
  const count = (s: Section | null) => s?.items.length ?? 0;
  const offsets = { font: count(theirs.fonts), fill: count(theirs.fills), border: count(theirs.borders) };

  // Custom number formats (IDs from 164) get IDs the source does not use.
  const numFmts = new Map<number, number>();
  const used = (theirs.numFmts?.items ?? []).map((f) => Number(/\bnumFmtId="(\d+)"/.exec(f)?.[1] ?? 0));
  let next = Math.max(163, ...used) + 1;
  const addedFormats = (mine.numFmts?.items ?? []).map((f) => {
    const id = Number(/\bnumFmtId="(\d+)"/.exec(f)?.[1] ?? 0);
    numFmts.set(id, next);
    return f.replace(/\bnumFmtId="\d+"/, `numFmtId="${next++}"`);
  });
  const shift = (xf: string, attribute: string, by: (n: number) => number) => xf.replace(new RegExp(`\\b${attribute}="(\\d+)"`), (_m, n: string) => `${attribute}="${by(Number(n))}"`);
  const addedXfs = (mine.cellXfs?.items ?? []).map((xf) => {
    let out = shift(xf, 'fontId', (n) => n + offsets.font);
    out = shift(out, 'fillId', (n) => n + offsets.fill);
    out = shift(out, 'borderId', (n) => n + offsets.border);
    out = shift(out, 'numFmtId', (n) => numFmts.get(n) ?? n);
    return shift(out, 'xfId', () => 0); // the source's first cell style, Normal
  });

  // From the last section to the first, so that earlier positions stay valid.
  let xml = source;
  const plan: [keyof typeof theirs, string, string[]][] = [
    ['dxfs', 'dxfs', mine.dxfs?.items ?? []],
    ['cellXfs', 'cellXfs', addedXfs],
    ['borders', 'borders', mine.borders?.items ?? []],
    ['fills', 'fills', mine.fills?.items ?? []],
    ['fonts', 'fonts', mine.fonts?.items ?? []],
    ['numFmts', 'numFmts', addedFormats],
  ];
  for (const [key, name, added] of plan) {
    if (added.length === 0) continue;
    const found = get(xml, p, name, { dxfs: 'dxf', cellXfs: 'xf', borders: 'border', fills: 'fill', fonts: 'font', numFmts: 'numFmt' }[key]);
    xml = withItems(xml, p, name, found, [...(found?.items ?? []), ...added.map((i) => prefixed(i, p))]);
  }
  return { xml, xfOffset: count(theirs.cellXfs), dxfOffset: count(theirs.dxfs), numFmts };
}

/** The source's shared strings with ours appended; `offset` is where ours begin. */
export function addSharedStrings(source: string, ours: string): { xml: string; offset: number } {
  const p = prefixOf(source, 'sst');
  const theirs = section(source, p, 'sst', 'si')!;
  const mine = section(ours, '', 'sst', 'si')?.items ?? [];
  const items = [...theirs.items, ...mine.map((i) => prefixed(i, p))];
  const open = new RegExp(`<${p}sst\\b([^>]*?)/?>`).exec(source.slice(theirs.start))!;
  const references = Number(/\bcount="(\d+)"/.exec(open[1])?.[1] ?? theirs.items.length) + mine.length;
  let attributes = open[1];
  attributes = /\buniqueCount="/.test(attributes) ? attributes.replace(/\buniqueCount="\d*"/, `uniqueCount="${items.length}"`) : `${attributes} uniqueCount="${items.length}"`;
  attributes = /\bcount="/.test(attributes) ? attributes.replace(/\bcount="\d*"/, `count="${references}"`) : attributes;
  return { xml: `${source.slice(0, theirs.start)}<${p}sst${attributes}>${items.join('')}</${p}sst>${source.slice(theirs.end)}`, offset: theirs.items.length };
}

/**
 * One of our sheets with its indices moved past the source's: cell, row and column styles,
 * conditional formats' dxfs, shared strings. Not the selected tab: the source's stays selected.
 */
export function remapSheet(xml: string, remap: SheetRemap): string {
  const add = (tag: string, attribute: string, by: number) => tag.replace(new RegExp(`\\s${attribute}="(\\d+)"`), (_m, n: string) => ` ${attribute}="${Number(n) + by}"`);
  return xml
    .replace(/<c\b[^>]*>(?:<f\b[^>]*\/>|<f\b[^>]*>[^<]*<\/f>)?(?:<v>[^<]*<\/v>)?/g, (cell) => {
      const open = /^<c\b[^>]*>/.exec(cell)![0];
      let out = add(open, 's', remap.xf) + cell.slice(open.length);
      if (/\bt="s"/.test(open)) out = out.replace(/<v>(\d+)<\/v>/, (_m, n: string) => `<v>${Number(n) + remap.sharedString}</v>`);
      return out;
    })
    .replace(/<row\b[^>]*>/g, (tag) => add(tag, 's', remap.xf))
    .replace(/<col\b[^>]*>/g, (tag) => add(tag, 'style', remap.xf))
    .replace(/<cfRule\b[^>]*>/g, (tag) => add(tag, 'dxfId', remap.dxf))
    .replace(/(<sheetView\b[^>]*?)\s+tabSelected="(?:1|true)"/g, '$1');
}
