import { execFileSync } from 'child_process';
import * as fs from 'fs';
import * as path from 'path';
import JSZip from 'jszip';
import { buildReportDocument, getFormat, importReportText, SAMPLE_REPORT, type ReportData, type ReportDocument } from '../../src/core';
import { docxToText, reportDocx } from '../../src/docx';
import { convertWithLibreOffice, hasLibreOffice } from '../support/libreoffice';
import { loadSeeds, ROOT, tempDir } from '../support/seeds';

/**
 * The .docx writer: the XML it writes (page, margins, fonts, merged table headers, page numbers), a
 * round trip through our own .docx importer, and the pages LibreOffice prints from it, measured with
 * poppler (pdfinfo, pdftotext -bbox-layout). `UPDATE_DOCS=1` copies the pages to docs/images.
 */
const seeds = loadSeeds();
const dataOf = (s: (typeof seeds)[number]): ReportData => ({ format: s.format, year: s.year ?? 2020, agency: s.agency, cells: s.cells });
const MM = 56.7;
const PT_PER_MM = 72 / 25.4;

async function parts(doc: ReportDocument) {
  const zip = await JSZip.loadAsync(await reportDocx(doc));
  const read = async (name: string) => {
    const file = zip.file(name);
    if (!file) throw new Error(`${name} is missing from the .docx`);
    return file.async('string');
  };
  const footers = await Promise.all(Object.keys(zip.files).filter((n) => /^word\/footer\d+\.xml$/.test(n)).map(read));
  return {
    document: await read('word/document.xml'),
    styles: await read('word/styles.xml'),
    settings: await read('word/settings.xml'),
    core: await read('docProps/core.xml'),
    fonts: await read('word/fontTable.xml'),
    rels: await read('word/_rels/document.xml.rels'),
    footers,
  };
}

/** The paragraphs of a part with their style and the run properties of their first run. */
function paragraphs(xml: string) {
  return [...xml.matchAll(/<w:p>([\s\S]*?)<\/w:p>/g)].map((m) => ({
    style: /<w:pStyle w:val="([^"]+)"/.exec(m[1])?.[1],
    text: [...m[1].matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((t) => t[1]).join(''),
    eastAsia: /<w:rFonts [^>]*w:eastAsia="([^"]+)"/.exec(m[1])?.[1],
    size: /<w:sz w:val="(\d+)"/.exec(m[1])?.[1],
    bold: /<w:b\/>|<w:b w:val="(true|1|on)"\/>/.test(m[1]),
    xml: m[1],
  }));
}

describe('.docx in 公文 layout (GB/T 9704-2012)', () => {
  const sample = buildReportDocument(SAMPLE_REPORT);
  let p: Awaited<ReturnType<typeof parts>>;
  beforeAll(async () => {
    p = await parts(sample);
  });

  it('is A4 portrait with margins 37 / 28 / 26 / 35 mm and exact lines, 22 to the type area', () => {
    expect(p.document).toMatch(/<w:pgSz w:w="11906" w:h="16838" w:orient="portrait"\/>/);
    const margin = (side: string) => Number(new RegExp(`<w:pgMar [^>]*w:${side}="(\\d+)"`).exec(p.document)?.[1]) / MM;
    expect(margin('top')).toBeCloseTo(37, 1);
    expect(margin('left')).toBeCloseTo(28, 1);
    expect(margin('right')).toBeCloseTo(26, 1);
    expect(margin('bottom')).toBeCloseTo(35, 1);
    const line = Number(/<w:spacing [^>]*w:line="(\d+)" w:lineRule="exact"/.exec(p.styles)?.[1]);
    const typeArea = 16838 - Math.round(37 * MM) - Math.round(35 * MM);
    expect(22 * line).toBeLessThanOrEqual(typeArea);
    expect(23 * line).toBeGreaterThan(typeArea);
  });

  it('sets the title in 2号 方正小标宋简体, centred, with a blank line after it', () => {
    const paras = paragraphs(p.document);
    const titles = paras.filter((x) => x.style === 'Title');
    expect(titles.map((t) => t.text).join('')).toBe(sample.title);
    for (const t of titles) expect(t).toMatchObject({ eastAsia: '方正小标宋简体', size: '44', bold: false });
    expect(p.styles).toMatch(/w:styleId="Title">[\s\S]*?<w:jc w:val="center"\/>[\s\S]*?<\/w:style>/);
    expect(paras[titles.length].text).toBe('');
  });

  it('sets the text in 3号 仿宋_GB2312 with a two-character indent, 一级标题 in 黑体 and 二级标题 in 楷体_GB2312, none bold', () => {
    const paras = paragraphs(p.document);
    const body = paras.filter((x) => x.style === 'Body' && x.text);
    expect(body.length).toBeGreaterThan(5);
    for (const b of body) expect(b).toMatchObject({ eastAsia: '仿宋_GB2312', size: '32', bold: false });
    const h1 = paras.filter((x) => x.style === 'Heading1');
    expect(h1.map((h) => h.text)).toEqual(getFormat('2021').sections.map((s) => s.title));
    for (const h of h1) expect(h).toMatchObject({ eastAsia: '黑体', size: '32', bold: false });
    const h2 = paras.filter((x) => x.style === 'Heading2');
    expect(h2.map((h) => h.text)).toContain('（一）主动公开');
    for (const h of h2) expect(h).toMatchObject({ eastAsia: '楷体_GB2312', size: '32', bold: false });
    for (const id of ['Body', 'Heading1', 'Heading2']) {
      expect(p.styles).toMatch(new RegExp(`w:styleId="${id}">[\\s\\S]*?<w:ind w:firstLine="640" w:firstLineChars="200"/>`));
    }
    // Latin letters and digits in Times New Roman; ambiguous punctuation in the Chinese font.
    expect(p.styles).toMatch(/<w:rFonts w:ascii="Times New Roman" [^>]*w:eastAsia="仿宋_GB2312" [^>]*w:hint="eastAsia"\/>/);
  });

  it('names fallbacks for the GB2312 fonts in the font table', () => {
    expect(p.fonts).toContain('<w:font w:name="仿宋_GB2312"><w:altName w:val="仿宋"/>');
    expect(p.fonts).toContain('<w:font w:name="楷体_GB2312"><w:altName w:val="楷体"/>');
    expect(p.fonts).toContain('<w:font w:name="方正小标宋简体"><w:altName w:val="宋体"/>');
    expect(p.rels).toContain('Target="fontTable.xml"');
  });

  it('writes tables 二, 三 and 四 with merged headers, header rows repeated and rows kept whole', () => {
    const tables = [...p.document.matchAll(/<w:tbl>([\s\S]*?)<\/w:tbl>/g)].map((m) => m[1]);
    expect(tables).toHaveLength(3);
    const [active, applications, review] = tables;
    const count = (xml: string, re: RegExp) => (xml.match(re) ?? []).length;
    // Table 二: each block heading spans the four columns.
    expect(count(active, /<w:gridSpan w:val="4"\/>/g)).toBe(4);
    expect(count(active, /<w:tblHeader/g)).toBe(0);
    // Table 三: 10 grid columns, the three header rows repeat, 「三、本年度办理结果」 spans 22 rows.
    expect(count(applications, /<w:gridCol /g)).toBe(10);
    expect(count(applications, /<w:tblHeader\/>/g)).toBe(3);
    expect(applications).toMatch(/<w:gridSpan w:val="3"\/><w:vMerge w:val="restart"\/>/);
    expect(count(applications, /<w:vMerge w:val="continue"\/>/g)).toBeGreaterThanOrEqual(21 + 7 + 3 + 4 + 2 + 2);
    // Table 四: 15 columns under 行政复议 (5) and 行政诉讼 (10).
    expect(count(review, /<w:gridCol /g)).toBe(15);
    expect(count(review, /<w:tblHeader\/>/g)).toBe(3);
    expect(review).toMatch(/<w:gridSpan w:val="10"\/>/);
    for (const t of tables) {
      expect(count(t, /<w:tr>/g)).toBe(count(t, /<w:cantSplit\/>/g));
      const widths = [...t.matchAll(/<w:gridCol w:w="(\d+)"\/>/g)].reduce((n, m) => n + Number(m[1]), 0);
      expect(widths / MM).toBeCloseTo(156, 0);
      expect(t).toMatch(/<w:tblLayout w:type="fixed"\/>/);
      expect(t).toMatch(/<w:insideV w:val="single"/);
    }
  });

  it('numbers the pages 「— 1 —」 in 4号 宋体, odd pages right and even pages left', () => {
    expect(p.settings).toContain('<w:evenAndOddHeaders/>');
    expect(p.document).toMatch(/<w:footerReference w:type="default" r:id="\w+"\/><w:footerReference w:type="even" r:id="\w+"\/>/);
    expect(p.footers).toHaveLength(2);
    const sides = p.footers.map((f) => /<w:jc w:val="(\w+)"\/>/.exec(f)?.[1]).sort();
    expect(sides).toEqual(['left', 'right']);
    for (const f of p.footers) {
      expect(f).toMatch(/<w:t xml:space="preserve">— <\/w:t>[\s\S]*<w:instrText xml:space="preserve">PAGE<\/w:instrText>[\s\S]*<w:t xml:space="preserve"> —<\/w:t>/);
      expect(f).toMatch(/w:eastAsia="宋体"/);
      expect(f).toMatch(/<w:sz w:val="28"\/>/);
    }
  });

  it('carries the title and 「年报助手」 as document properties', () => {
    expect(p.core).toContain(`<dc:title>${sample.title}</dc:title>`);
    expect(p.core).toContain('<dc:creator>年报助手</dc:creator>');
  });

  it('reads back through our .docx importer to the same year, agency and every cell, for the sample and each seed', async () => {
    const reports: [string, ReportData][] = [['sample', SAMPLE_REPORT], ...seeds.map((s) => [s.name, dataOf(s)] as [string, ReportData])];
    for (const [name, data] of reports) {
      const bytes = await reportDocx(buildReportDocument(data));
      const result = importReportText(await docxToText(Buffer.from(bytes)));
      expect({ name, year: result.data.year, agency: result.data.agency, format: result.data.format }).toEqual({
        name,
        year: data.year,
        agency: data.agency,
        format: data.format,
      });
      const wrong = Object.keys(data.cells).filter((id) => result.data.cells[id] !== data.cells[id]);
      expect({ name, wrong }).toEqual({ name, wrong: [] });
    }
  });

  it('writes an empty report without failing', async () => {
    const empty = await reportDocx(buildReportDocument({ format: '2019', year: 2020, agency: null, cells: {} }));
    expect(empty.byteLength).toBeGreaterThan(5000);
  });

  it('breaks a title longer than a line after the agency name', async () => {
    // 20 characters of 2号 to a line: 「…人民政府办公室」 (13) + 「2024年政府信息公开工作年度报告」 (17) wraps.
    const titles = async (agency: string) =>
      paragraphs((await parts(buildReportDocument({ ...SAMPLE_REPORT, agency }))).document)
        .filter((x) => x.style === 'Title')
        .map((x) => x.text);
    expect(await titles('某某市某某区人民政府办公室')).toEqual(['某某市某某区人民政府办公室', '2024年政府信息公开工作年度报告']);
    // A name longer than a line is not broken by us (Word wraps it): one title paragraph, whole.
    const long = '某某省某某市某某区人民政府某某街道办事处综合行政执法队';
    expect(await titles(long)).toEqual([`${long}2024年政府信息公开工作年度报告`]);
    // A title that fits (20 characters) stays on one line.
    expect(await titles('某某局')).toEqual(['某某局2024年政府信息公开工作年度报告']);
  });
});

interface Word {
  page: number;
  x0: number;
  y0: number;
  x1: number;
  y1: number;
  text: string;
}

/** Words (in mm from the page's top left) and the text of each block, from `pdftotext -bbox-layout`. */
function layout(pdf: string): { pages: { width: number; height: number }[]; words: Word[]; blocks: string[][] } {
  const html = execFileSync('pdftotext', ['-bbox-layout', pdf, '-'], { encoding: 'utf8' });
  const pages: { width: number; height: number }[] = [];
  const words: Word[] = [];
  const blocks: string[][] = [];
  for (const page of html.matchAll(/<page width="([\d.]+)" height="([\d.]+)">([\s\S]*?)<\/page>/g)) {
    const n = pages.length;
    pages.push({ width: Number(page[1]) / PT_PER_MM, height: Number(page[2]) / PT_PER_MM });
    blocks.push([]);
    for (const block of page[3].matchAll(/<block [^>]*>([\s\S]*?)<\/block>/g)) {
      const inBlock = [...block[1].matchAll(/<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">([^<]*)<\/word>/g)].map((w) => ({
        page: n,
        x0: Number(w[1]) / PT_PER_MM,
        y0: Number(w[2]) / PT_PER_MM,
        x1: Number(w[3]) / PT_PER_MM,
        y1: Number(w[4]) / PT_PER_MM,
        text: w[5].replace(/&amp;/g, '&').replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"'),
      }));
      words.push(...inBlock);
      blocks[n].push(inBlock.map((w) => w.text).join(''));
    }
  }
  return { pages, words, blocks };
}

describe('.docx printed by LibreOffice', () => {
  const out = tempDir('docx');
  const sample = buildReportDocument(SAMPLE_REPORT);
  let pdf: string;
  let printed: ReturnType<typeof layout>;
  const tableXml: Record<string, string> = {};

  beforeAll(async () => {
    if (!hasLibreOffice()) throw new Error('LibreOffice is not installed (soffice not found): apt-get install libreoffice-writer, or run bash .ci/run');
    const file = path.join(out, 'report.docx');
    const bytes = await reportDocx(sample);
    fs.writeFileSync(file, bytes);
    const xml = await (await JSZip.loadAsync(bytes)).file('word/document.xml')!.async('string');
    const tables = [...xml.matchAll(/<w:tbl>[\s\S]*?<\/w:tbl>/g)].map((m) => m[0]);
    ['active', 'applications', 'review'].forEach((id, i) => (tableXml[id] = tables[i]));
    [pdf] = convertWithLibreOffice([file], 'pdf', path.join(out, 'pdf'));
    printed = layout(pdf);
  });

  it('prints on A4 pages', () => {
    const info = execFileSync('pdfinfo', ['-f', '1', '-l', '99', pdf], { encoding: 'utf8' });
    const sizes = [...info.matchAll(/Page\s+\d+ size:\s+([\d.]+) x ([\d.]+) pts/g)].map((m) => [Math.round(Number(m[1])), Math.round(Number(m[2]))]);
    expect(sizes.length).toBeGreaterThanOrEqual(3);
    for (const size of sizes) expect(size).toEqual([595, 842]);
  });

  it('shows the title, the six section headings, and the labels of tables 三 and 四', () => {
    const text = printed.blocks.flat().join('').replace(/\s+/g, '');
    const headings = [sample.title, ...getFormat('2021').sections.map((s) => s.title)].filter((t) => !text.includes(t.replace(/\s+/g, '')));
    expect(headings).toEqual([]);
    // A label wrapped inside its cell reads on in the next line of the same columns: read the words
    // of those columns top to bottom. The tables fill the type area, which starts 28 mm from the left.
    const missing: string[] = [];
    for (const block of sample.blocks) {
      if (block.kind !== 'table' || block.matrix.table === 'active') continue;
      const widths = [...(tableXml[block.matrix.table] ?? '').matchAll(/<w:gridCol w:w="(\d+)"\/>/g)].map((m) => Number(m[1]) / MM);
      const edge = (col: number) => 28 + widths.slice(0, col).reduce((a, b) => a + b, 0);
      for (const cell of block.matrix.cells.filter((c) => c.role !== 'value')) {
        const [from, to] = [edge(cell.col) - 1, edge(cell.col + cell.colSpan) + 1];
        const column = printed.words
          .filter((w) => w.x0 >= from && w.x1 <= to)
          .sort((a, b) => a.page - b.page || a.y0 - b.y0 || a.x0 - b.x0)
          .map((w) => w.text)
          .join('');
        if (!column.includes(cell.text.replace(/\s+/g, ''))) missing.push(cell.text);
      }
    }
    expect(missing).toEqual([]);
  });

  it('keeps the text inside the type area: 37 mm from the top, 28 mm from the left, 26 mm from the right', () => {
    const { words, pages } = printed;
    const body = words.filter((w) => w.y1 < pages[w.page].height - 35 + 1);
    const left = Math.min(...body.map((w) => w.x0));
    const right = Math.max(...body.map((w) => pages[w.page].width - w.x1));
    const top = Math.min(...body.map((w) => w.y0));
    expect(left).toBeGreaterThan(26);
    expect(left).toBeLessThan(31);
    expect(right).toBeGreaterThan(24);
    expect(top).toBeGreaterThan(35);
    expect(top).toBeLessThan(42);
  });

  it('sets 22 lines a page at an exact pitch, 28 characters to a full line', () => {
    const first = printed.words.filter((w) => w.page === 0 && w.y1 < printed.pages[0].height - 35);
    const at = (w: Word) => Math.round(w.y0 * 10) / 10;
    // 3号 lines only (the 2号 title's glyph boxes are taller, so their tops sit elsewhere on the line).
    const body = first.filter((w) => w.y1 - w.y0 < 8.5);
    const lines = [...new Set(body.map(at))].sort((a, b) => a - b);
    const pitch = 225 / 22;
    for (const [i, y] of lines.slice(1).entries()) {
      const steps = (y - lines[i]) / pitch;
      expect(Math.abs(steps - Math.round(steps))).toBeLessThan(0.03);
    }
    const titleLines = new Set(first.filter((w) => w.y1 - w.y0 >= 8.5).map(at)).size;
    // Title, one blank line, then the text: the page is full at 22 lines, never more. It may end up to
    // four lines early: a heading is kept with the first two lines of its paragraph (no widows or orphans).
    const used = titleLines + 1 + Math.round((lines[lines.length - 1] - lines[0]) / pitch) + 1;
    expect(used).toBeGreaterThanOrEqual(18);
    expect(used).toBeLessThanOrEqual(22);
    // Lines all in Chinese (digits are half-width and spaced off): the full ones hold 28 characters,
    // not counting a comma or full stop hanging into the margin (w:overflowPunct).
    const texts = lines.map((y) => body.filter((w) => at(w) === y).map((w) => w.text).join('').replace(/[，。、；：]$/, ''));
    expect(Math.max(...texts.filter((t) => !/[\x21-\x7e]/.test(t)).map((t) => t.length))).toBe(28);
  });

  it('numbers the pages 「— 1 —」 below the type area, odd pages right and even pages left', () => {
    const text = execFileSync('pdftotext', ['-layout', pdf, '-'], { encoding: 'utf8' });
    expect(text).toMatch(/—\s*1\s*—/);
    expect(text).toMatch(/—\s*2\s*—/);
    for (const page of [0, 1]) {
      const digit = printed.words.find((w) => w.page === page && w.text.replace(/—/g, '') === String(page + 1) && w.y0 > printed.pages[page].height - 35);
      expect(digit).toBeDefined();
      const centre = (digit!.x0 + digit!.x1) / 2;
      if (page === 0) expect(centre).toBeGreaterThan(printed.pages[page].width / 2);
      else expect(centre).toBeLessThan(printed.pages[page].width / 2);
      // 一字线上距版心下边缘 7 mm: the number's line starts a few mm below the type area.
      expect(digit!.y0 - (printed.pages[page].height - 35)).toBeGreaterThan(3);
      expect(digit!.y0 - (printed.pages[page].height - 35)).toBeLessThan(12);
    }
  });

  it('renders the pages as pictures; docs/images/report-docx-p*.png when UPDATE_DOCS=1', () => {
    const dir = path.join(out, 'png');
    fs.mkdirSync(dir, { recursive: true });
    execFileSync('pdftoppm', ['-r', '60', '-png', pdf, path.join(dir, 'page')]);
    const pngs = fs.readdirSync(dir).filter((f) => f.endsWith('.png')).sort();
    expect(pngs.length).toBe(printed.pages.length);
    if (process.env.UPDATE_DOCS) {
      const images = path.join(ROOT, 'docs/images');
      fs.mkdirSync(images, { recursive: true });
      pngs.slice(0, 4).forEach((png, i) => fs.copyFileSync(path.join(dir, png), path.join(images, `report-docx-p${i + 1}.png`)));
    }
  });
});
