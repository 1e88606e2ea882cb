import {
  AlignmentType,
  BorderStyle,
  Document,
  DocumentGridType,
  Footer,
  HeadingLevel,
  ImageRun,
  LineRuleType,
  Packer,
  PageNumber,
  PageOrientation,
  Paragraph,
  Table,
  TableCell,
  TableLayoutType,
  TableRow,
  TextRun,
  VerticalAlignTable,
  WidthType,
  type IRunOptions,
} from 'docx';
import { matrixRows, type ReportDocument, type Signature, type TableCell as MatrixCell, type TableMatrix } from '../core';

/**
 * The report as a .docx in 公文 layout after GB/T 9704-2012 (党政机关公文格式), rendered from the same
 * ReportDocument as the Markdown and text outputs. Built with the `docx` library and packed with
 * `Packer.toArrayBuffer`, so this module has no Node built-ins: the CLI and the task pane (through a
 * dynamic `import()`) run the same code.
 *
 * Page: A4, margins 37 / 28 / 26 / 35 mm (top / left / right / bottom), a type area of 156 × 225 mm.
 * Body: 3号 (16 pt) 仿宋_GB2312, 22 lines of 28 characters (exact line spacing, slightly condensed text),
 * first-line indent of two characters. Title 2号 方正小标宋简体; 一级标题 3号 黑体, 二级标题 3号 楷体_GB2312.
 * Page numbers 「— 1 —」 in 4号 宋体, odd pages right and even pages left, one character in.
 */

/** 1 mm in twentieths of a point (1 pt = 0.3528 mm). */
const MM = 56.7;
const twips = (mm: number) => Math.round(mm * MM);

const PAGE = { width: 11906, height: 16838 };
const MARGIN = { top: twips(37), left: twips(28), right: twips(26), bottom: twips(35) };
/** The type area (版心): 156 mm wide. */
const TYPE_WIDTH = PAGE.width - MARGIN.left - MARGIN.right;
const TYPE_HEIGHT = PAGE.height - MARGIN.top - MARGIN.bottom;
const LINES_PER_PAGE = 22;
const CHARS_PER_LINE = 28;
/** Exact line spacing: the largest whole twip value that fits 22 lines into 225 mm (579 = 28.95 pt). */
const LINE = Math.floor(TYPE_HEIGHT / LINES_PER_PAGE);
/** Font sizes in half-points (w:sz): 2号 22 pt, 3号 16 pt, 4号 14 pt, 五号 10.5 pt. */
const SIZE = { title: 44, body: 32, pageNumber: 28, table: 21 };
/**
 * 28 characters of 3号 to a line: 156 mm / 28 is a pitch of 15.79 pt, a little under the 16 pt of the
 * font. Word templates get there with a character grid (`docGrid linesAndChars`, charSpace −849), but
 * LibreOffice lays each 16 pt character over two 15.79 pt grid cells and sets 14 characters a line.
 * So there is no character grid: 3号 text is condensed by 0.25 pt (w:spacing −5 twips), which gives 28
 * characters a line in Word, WPS and LibreOffice alike.
 */
const CONDENSED = -Math.ceil((SIZE.body / 2 - TYPE_WIDTH / CHARS_PER_LINE / 20) * 20);
/** Two characters of 3号, for the first-line indent (also in characters, so Word follows the font size). */
const INDENT = { firstLine: SIZE.body * 20, firstLineChars: 200 };

/**
 * Fonts. Each run names its East Asian font (the 公文 fonts, as the standard names them) and Times New
 * Roman for Latin letters and digits, with `hint="eastAsia"` so that ambiguous characters (“”、—、…)
 * are set in the Chinese font. Machines without the GB2312 fonts (Windows 10/11 ship 仿宋 and 楷体, not
 * 仿宋_GB2312 and 楷体_GB2312; 方正小标宋简体 is a separate purchase): the font table gives each an
 * `altName` (仿宋, 楷体, 宋体), its GB2312 charset and PANOSE class: what Word has for picking a
 * substitute, so that the text falls back to the matching system face rather than the default font.
 * LibreOffice ignores altName and asks fontconfig (Noto Sans CJK in CI). We do not embed fonts: the
 * GB2312 fonts are licensed, and the files would be megabytes.
 */
const FONT = {
  fangsong: '仿宋_GB2312',
  kaiti: '楷体_GB2312',
  heiti: '黑体',
  title: '方正小标宋简体',
  song: '宋体',
  latin: 'Times New Roman',
};

interface FontEntry {
  name: string;
  altName?: string;
  panose: string;
  charset: string;
  family: 'roman' | 'modern' | 'swiss' | 'script' | 'auto';
  pitch: 'fixed' | 'variable';
}

const FONT_TABLE: FontEntry[] = [
  { name: FONT.fangsong, altName: '仿宋', panose: '02010609030101010101', charset: '86', family: 'modern', pitch: 'fixed' },
  { name: FONT.kaiti, altName: '楷体', panose: '02010609030101010101', charset: '86', family: 'modern', pitch: 'fixed' },
  { name: FONT.title, altName: '宋体', panose: '02000000000000000000', charset: '86', family: 'auto', pitch: 'variable' },
  { name: FONT.heiti, altName: 'SimHei', panose: '02010609060101010101', charset: '86', family: 'modern', pitch: 'fixed' },
  { name: FONT.song, altName: 'SimSun', panose: '02010600030101010101', charset: '86', family: 'auto', pitch: 'variable' },
  { name: '仿宋', altName: 'FangSong', panose: '02010609060101010101', charset: '86', family: 'modern', pitch: 'fixed' },
  { name: '楷体', altName: 'KaiTi', panose: '02010609060101010101', charset: '86', family: 'modern', pitch: 'fixed' },
  { name: FONT.latin, panose: '02020603050405020304', charset: '00', family: 'roman', pitch: 'variable' },
];

function fontTableXml(): string {
  const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');
  const fonts = FONT_TABLE.map(
    (f) =>
      `<w:font w:name="${esc(f.name)}">${f.altName ? `<w:altName w:val="${esc(f.altName)}"/>` : ''}` +
      `<w:panose1 w:val="${f.panose}"/><w:charset w:val="${f.charset}"/><w:family w:val="${f.family}"/><w:pitch w:val="${f.pitch}"/></w:font>`,
  );
  return (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>' +
    '<w:fonts xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">' +
    fonts.join('') +
    '</w:fonts>'
  );
}

const font = (eastAsia: string, latin = FONT.latin) => ({ eastAsia, ascii: latin, hAnsi: latin, cs: latin, hint: 'eastAsia' });
const exactLine = { line: LINE, lineRule: LineRuleType.EXACT, before: 0, after: 0 };

/**
 * Run formatting, given both in the styles (so a clerk who edits the document in Word keeps the
 * layout) and on each run (so that an editor that ignores a style still shows the right face and size).
 */
const RUN = {
  title: { font: font(FONT.title), size: SIZE.title, bold: false },
  body: { font: font(FONT.fangsong), size: SIZE.body, characterSpacing: CONDENSED },
  heading1: { font: font(FONT.heiti), size: SIZE.body, characterSpacing: CONDENSED, bold: false, italics: false },
  heading2: { font: font(FONT.kaiti), size: SIZE.body, characterSpacing: CONDENSED, bold: false, italics: false },
  table: { font: font(FONT.song), size: SIZE.table, snapToGrid: false },
} satisfies Record<string, IRunOptions>;

/** A chart placed at the end of its report section (二, 三 or 四), under its caption. */
export interface DocxChart {
  section: number;
  title: string;
  png: Uint8Array;
  /** Size of the PNG in pixels; it is printed 15 cm wide (the type area is 15.6 cm). */
  width: number;
  height: number;
}

export async function reportDocx(doc: ReportDocument, options: { charts?: readonly DocxChart[] } = {}): Promise<Uint8Array> {
  const children: (Paragraph | Table)[] = [];
  let section = 0;
  let figure = 0;
  const chartsOf = (number: number) => {
    for (const chart of options.charts?.filter((c) => c.section === number) ?? []) children.push(...chartParagraphs(chart, ++figure));
  };
  for (const line of splitTitle(doc.title)) {
    children.push(new Paragraph({ heading: HeadingLevel.TITLE, children: [new TextRun({ ...RUN.title, text: line })] }));
  }
  // A report made while its tables were wrong says so under its title, in red, on the first page.
  if (doc.draft) {
    children.push(new Paragraph({ alignment: AlignmentType.CENTER, spacing: exactLine, children: [new TextRun({ ...RUN.heading1, color: 'C00000', text: doc.draft.line })] }));
  }
  // One blank line between the title and the text.
  children.push(new Paragraph({ style: 'Body', children: [] }));
  for (const block of doc.blocks) {
    if (block.kind === 'heading' && block.level === 1) chartsOf(section++);
    if (block.kind === 'heading') {
      const level = block.level === 1 ? 'heading1' : 'heading2';
      children.push(new Paragraph({ heading: block.level === 1 ? HeadingLevel.HEADING_1 : HeadingLevel.HEADING_2, children: [new TextRun({ ...RUN[level], text: block.text })] }));
    } else if (block.kind === 'paragraph') {
      for (const text of block.text.split(/\n+/).filter((t) => t.trim())) children.push(new Paragraph({ style: 'Body', children: [new TextRun({ ...RUN.body, text })] }));
    } else {
      children.push(reportTable(block.matrix));
    }
  }
  chartsOf(section);
  if (doc.signature) children.push(...signatureParagraphs(doc.signature));
  const heading = { indent: INDENT, spacing: exactLine, keepNext: true, keepLines: true, alignment: AlignmentType.JUSTIFIED };
  const document = new Document({
    title: doc.title,
    creator: '年报助手',
    lastModifiedBy: '年报助手',
    subject: '政府信息公开工作年度报告',
    evenAndOddHeaderAndFooters: true,
    styles: {
      default: {
        document: {
          run: { font: font(FONT.fangsong), size: SIZE.body, language: { value: 'en-US', eastAsia: 'zh-CN' } },
          paragraph: { spacing: exactLine, alignment: AlignmentType.JUSTIFIED },
        },
        title: {
          run: { ...RUN.title, color: '000000' },
          paragraph: { alignment: AlignmentType.CENTER, spacing: exactLine, keepNext: true, keepLines: true },
        },
        heading1: { run: { ...RUN.heading1, color: '000000' }, paragraph: { ...heading, outlineLevel: 0 } },
        heading2: { run: { ...RUN.heading2, color: '000000' }, paragraph: { ...heading, outlineLevel: 1 } },
      },
      paragraphStyles: [
        {
          // Normal states 3号 itself, not only through the document defaults, for editors that read it here.
          id: 'Normal',
          name: 'Normal',
          quickFormat: true,
          run: { font: font(FONT.fangsong), size: SIZE.body },
          paragraph: { spacing: exactLine, alignment: AlignmentType.JUSTIFIED },
        },
        {
          id: 'Body',
          name: '公文正文',
          basedOn: 'Normal',
          quickFormat: true,
          run: RUN.body,
          paragraph: { indent: INDENT, spacing: exactLine, alignment: AlignmentType.JUSTIFIED },
        },
        {
          // Single spacing: the line grid does not apply inside table cells.
          id: 'TableText',
          name: '表格文字',
          basedOn: 'Normal',
          run: RUN.table,
          paragraph: { spacing: { line: 240, lineRule: LineRuleType.AUTO, before: 0, after: 0 }, alignment: AlignmentType.CENTER },
        },
      ],
    },
    sections: [
      {
        properties: {
          page: {
            size: { width: PAGE.width, height: PAGE.height, orientation: PageOrientation.PORTRAIT },
            margin: { ...MARGIN, header: twips(15), footer: twips(25), gutter: 0 },
          },
          // The pitch is recorded but the grid left off: exact line spacing already gives 22 lines, and
          // LibreOffice, with a grid on, sets the 2号 title and every table line two grid lines high.
          grid: { type: DocumentGridType.DEFAULT, linePitch: LINE },
        },
        footers: { default: pageNumberFooter('odd'), even: pageNumberFooter('even') },
        children,
      },
    ],
  });
  const bytes = await Packer.toArrayBuffer(document, false, [{ path: 'word/fontTable.xml', data: fontTableXml() }]);
  return new Uint8Array(bytes);
}

/**
 * 落款 as GB/T 9704-2012 7.3.5.3 sets it for a document without a seal (a published report has none):
 * one blank line after the text, the agency two characters in from the right, the date on the next
 * line starting two characters right of the agency's first; a date longer than that stays two
 * characters in from the right and the agency moves left. Widths in characters of 3号: CJK 1, digits ½.
 */
function signatureParagraphs(signature: Signature): Paragraph[] {
  // Word and LibreOffice put about a fifth of a character between Chinese and digits (autospace).
  const width = (text: string) => [...text].reduce((w, ch, i, all) => w + (ch.charCodeAt(0) < 0x2e80 ? 0.5 : 1) + (i > 0 && ch.charCodeAt(0) < 0x2e80 !== all[i - 1].charCodeAt(0) < 0x2e80 ? 0.2 : 0), 0);
  const [agency, date] = [width(signature.agency), width(signature.date)];
  const [agencyRight, dateRight] = agency - date >= 2 ? [2, agency - date] : [4 + date - agency, 2];
  const pitch = TYPE_WIDTH / CHARS_PER_LINE;
  const line = (text: string, right: number, keepNext: boolean) =>
    new Paragraph({ alignment: AlignmentType.RIGHT, spacing: exactLine, keepNext, indent: { right: Math.round(right * pitch), firstLine: 0 }, children: [new TextRun({ ...RUN.body, text })] });
  return [new Paragraph({ spacing: exactLine, keepNext: true, children: [] }), line(signature.agency, agencyRight, true), line(signature.date, dateRight, false)];
}

/** The picture centred, 15 cm wide, kept with its caption 「图1 申请人构成」 (the line grid would clip it). */
function chartParagraphs(chart: DocxChart, figure: number): Paragraph[] {
  const width = Math.round((150 / 25.4) * 96);
  const height = Math.round((width * chart.height) / chart.width);
  return [
    new Paragraph({
      alignment: AlignmentType.CENTER,
      keepNext: true,
      spacing: { line: 240, lineRule: LineRuleType.AUTO, before: 120, after: 0 },
      children: [new ImageRun({ type: 'png', data: chart.png, transformation: { width, height }, altText: { name: chart.title, title: chart.title, description: chart.title } })],
    }),
    new Paragraph({ alignment: AlignmentType.CENTER, spacing: exactLine, children: [new TextRun({ ...RUN.table, text: `图${figure}\u3000${chart.title}` })] }),
  ];
}

/**
 * 「— 1 —」: GB/T 9704 §7.5, 4号半角宋体阿拉伯数字 with a 一字线 on each side, odd pages right and even
 * pages left, each one character in from the edge of the type area.
 */
function pageNumberFooter(side: 'odd' | 'even'): Footer {
  const run: IRunOptions = { font: font(FONT.song, FONT.song), size: SIZE.pageNumber, snapToGrid: false };
  const oneChar = SIZE.pageNumber * 10;
  return new Footer({
    children: [
      new Paragraph({
        alignment: side === 'odd' ? AlignmentType.RIGHT : AlignmentType.LEFT,
        indent: side === 'odd' ? { right: oneChar, firstLine: 0, firstLineChars: 0 } : { left: oneChar, firstLine: 0, firstLineChars: 0 },
        spacing: { line: 240, lineRule: LineRuleType.AUTO, before: 0, after: 0 },
        children: [new TextRun({ ...run, text: '— ' }), new TextRun({ ...run, children: [PageNumber.CURRENT] }), new TextRun({ ...run, text: ' —' })],
      }),
    ],
  });
}

/**
 * A title longer than one line (20 characters of 2号 fit in 156 mm) is broken after the agency's name,
 * where the sense allows, rather than wherever the line happens to end.
 */
function splitTitle(title: string): string[] {
  const perLine = Math.floor(TYPE_WIDTH / (SIZE.title * 10));
  if (title.length <= perLine) return [title];
  const at = title.search(/\d{4}年政府信息公开工作年度报告$/);
  if (at > 0 && at <= perLine && title.length - at <= perLine) return [title.slice(0, at), title.slice(at)];
  return [title];
}

/** Column widths in twips, summing to the type area's width. */
function columnWidths(matrix: TableMatrix): number[] {
  const spread = (total: number, n: number) => Array.from({ length: n }, (_, i) => Math.floor(total / n) + (i < total % n ? 1 : 0));
  switch (matrix.table) {
    case 'active': {
      const label = 2844;
      return [label, ...spread(TYPE_WIDTH - label, matrix.width - 1)];
    }
    case 'applications': {
      // 「三、本年度办理结果」 stands one character a line; the sub-labels get the most room.
      const labels = [440, 1160, 2680].slice(0, matrix.labelColumns);
      const used = labels.reduce((a, b) => a + b, 0);
      return [...labels, ...spread(TYPE_WIDTH - used, matrix.width - labels.length)];
    }
    default:
      return spread(TYPE_WIDTH, matrix.width);
  }
}

const BORDER = { style: BorderStyle.SINGLE, size: 4, color: '000000' };

function reportTable(matrix: TableMatrix): Table {
  const widths = columnWidths(matrix);
  const rows = matrixRows(matrix).map((cells, r) => {
    const header = r < matrix.headerRows;
    // Table 二 has no repeated header; its block headings stay with the rows under them. The header
    // of tables 三 and 四 stays with the first two rows under it, not alone at the foot of a page.
    const keepNext = matrix.table === 'active' ? cells.some((c) => c.role === 'header') : r < matrix.headerRows + 1;
    return new TableRow({
      tableHeader: header || undefined,
      cantSplit: true,
      height: { value: 397, rule: 'atLeast' },
      children: cells.map((cell) => tableCell(matrix, cell, widths, keepNext)),
    });
  });
  return new Table({
    rows,
    width: { size: TYPE_WIDTH, type: WidthType.DXA },
    columnWidths: widths,
    layout: TableLayoutType.FIXED,
    alignment: AlignmentType.CENTER,
    margins: { left: 57, right: 57, top: 28, bottom: 28 },
    borders: { top: BORDER, bottom: BORDER, left: BORDER, right: BORDER, insideHorizontal: BORDER, insideVertical: BORDER },
  });
}

function tableCell(matrix: TableMatrix, cell: MatrixCell, widths: number[], keepNext: boolean): TableCell {
  const width = widths.slice(cell.col, cell.col + cell.colSpan).reduce((a, b) => a + b, 0);
  // Values and headers are centred; table 三's row labels read from the left, except the tall group labels.
  const left = cell.role === 'label' && matrix.table === 'applications' && cell.rowSpan === 1;
  // A tall group label of table 三 breaks after its number: 「（三）」 over 「不予公开」.
  const text = matrix.table === 'applications' && cell.role === 'label' && cell.rowSpan > 1 ? cell.text.replace(/^(（[一二三四五六七八九十]+）)/, '$1\n') : cell.text;
  const lines = text.split(/\n/);
  return new TableCell({
    rowSpan: cell.rowSpan > 1 ? cell.rowSpan : undefined,
    columnSpan: cell.colSpan > 1 ? cell.colSpan : undefined,
    width: { size: width, type: WidthType.DXA },
    verticalAlign: VerticalAlignTable.CENTER,
    children: lines.map(
      (text) =>
        new Paragraph({
          style: 'TableText',
          alignment: left ? AlignmentType.JUSTIFIED : AlignmentType.CENTER,
          keepNext,
          children: [new TextRun({ ...RUN.table, text })],
        }),
    ),
  });
}
