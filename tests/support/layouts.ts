import { getFormat, matrixRows, mixedFormat, tableMatrix, type CellData, type ReportData, type ReportFormat, type TableCell } from '../../src/core';

/**
 * The layouts every cell of which the importer reads (blank zeros: those its delimiters place), named as
 * the tests and docs/import-accuracy.md list them.
 */
export const READABLE_LAYOUTS: [string, LayoutOptions][] = [
  ['Word text, one cell per line', { tables: 'word' }],
  ['tab-separated rows (web copy)', { tables: 'tabs' }],
  ['pipe rows with leading and trailing pipes', { tables: 'pipes' }],
  ['pipe rows without end pipes', { tables: 'pipesBare' }],
  ['converter Markdown with 「数据1」 headers', { tables: 'converter' }],
  ['pdftotext -layout columns', { tables: 'pdfLayout' }],
  ['-layout, long labels wrapped, numbers on the first line', { tables: 'pdfLayout', wrap: 'first' }],
  ['-layout, long labels wrapped, numbers on the middle line', { tables: 'pdfLayout', wrap: 'middle' }],
  ['-layout, long labels wrapped, numbers on the last line', { tables: 'pdfLayout', wrap: 'last' }],
  ['-layout, 「三、本年度办理结果」 one character per line between the rows', { tables: 'pdfLayout', vertical: 'perChar' }],
  ['-layout, 「三 、本 年 度办 理 结果」 spaced out on its own line', { tables: 'pdfLayout', vertical: 'spaced' }],
  ['-layout with page numbers, form feeds and the header repeated between rows', { tables: 'pdfLayout', furniture: true, wrap: 'middle', vertical: 'perChar' }],
  ['tab rows with every zero left blank', { tables: 'tabs', zerosBlank: true }],
  ['pipe rows with every zero left blank', { tables: 'pipes', zerosBlank: true }],
  ['Word text with every zero left blank', { tables: 'word', zerosBlank: true }],
  ['Markdown captions 「## 表三：…」 repeated before each row', { tables: 'tabs', captions: true }],
  ['总体情况 without a number, the tables numbered 一、二、三', { tables: 'tabs', headings: 'unnumberedOverview' }],
  ['headings with half-width 「三.」 and 「三. 」', { tables: 'pipes', headings: 'halfWidth' }],
  ['Markdown headings at mixed levels', { tables: 'converter', headings: 'markdown' }],
  ['renamed sections (…改进计划, 因政府信息公开被申请行政复议…)', { tables: 'word', headings: 'renamed' }],
];

/**
 * A 2021 report as some print it, table 三's （六）其他处理 as 2019's single row (the sum of the three
 * 2021 rows); and what reading it must give: that row, and the 2021 sub-rows empty.
 */
export function withSingleRowOther(report: ReportData): { published: ReportData; truth: CellData } {
  const cells: CellData = { ...report.cells };
  for (const v of mixedFormat('2021', 'applications', '2019').cells.filter((c) => c.id.startsWith('applications.other.'))) {
    const column = v.id.split('.').pop()!;
    cells[v.id] = ['noCorrection', 'feeUnpaid', 'other'].reduce((n, row) => n + (report.cells[`applications.other.${row}.${column}`] as number), 0);
  }
  const truth = Object.fromEntries(Object.entries(cells).map(([id, v]) => [id, /^applications\.other\.\w+\.\w+$/.test(id) ? null : v]));
  return { published: { ...report, cells }, truth };
}

/**
 * Reports laid out as real ones are, built from the official structure (the schema's grids), not
 * copied from any report: the forms text comes in (Word extraction, web tabs and pipes, converters'
 * Markdown, `pdftotext -layout`, text flattened onto one line, plain PDF text with the numbers first)
 * and the traits of real reports (title forms, headings by words, blank cells, wrapped and vertical
 * labels, page furniture, 2019's single-row （六） in a 2021 report).
 */
export type TableLayout = 'word' | 'tabs' | 'pipes' | 'pipesBare' | 'converter' | 'pdfLayout' | 'oneLine' | 'numbersFirst';

export interface LayoutOptions {
  tables: TableLayout;
  title?: 'agencyYear' | 'yearAgency' | 'yearDu' | 'broken' | 'brokenThree' | 'metadata' | 'none';
  /** Where the year is when there is no title. */
  yearIn?: 'period' | 'periodWrapped' | 'opening' | 'nowhere';
  headings?: 'standard' | 'unnumberedOverview' | 'halfWidth' | 'markdown' | 'renamed';
  zerosBlank?: boolean;
  /** pdfLayout: long labels wrapped, the numbers on the label's first, middle or last line. */
  wrap?: 'none' | 'first' | 'middle' | 'last';
  /** pdfLayout: 「三、本年度办理结果」 one character per line between the rows, or spaced out on one line. */
  vertical?: 'none' | 'perChar' | 'spaced';
  /** Page numbers, form feeds and a repeated header between rows. */
  furniture?: boolean;
  /** 「## 表三：…」 before every row of a table, as some converters write. */
  captions?: boolean;
  /** Table 三 with 2019's single-row （六）其他处理 (the cells must hold `applications.other.*`). */
  singleRowOther?: boolean;
}

const AGENCY = '某某市某某区人民政府办公室';

export function layoutReport(data: ReportData, options: LayoutOptions): string {
  const year = data.year ?? 2024;
  const format = options.singleRowOther ? mixedFormat('2021', 'applications', '2019') : getFormat(data.format);
  const out: string[] = [...titleLines(year, options)];
  const period = `本报告中所列数据的统计期限自${year}年1月1日起至${year}年12月31日止。`;
  const yearIn = options.title === 'none' ? (options.yearIn ?? 'period') : 'period';
  if (options.title !== 'none') out.push(`本报告根据《中华人民共和国政府信息公开条例》编制。${period}`);
  for (const section of format.sections) {
    out.push(heading(section.number, section.title, options));
    if (section.number === 1) {
      if (yearIn === 'period') out.push(`本区全面推进政府信息公开工作。${period}`);
      if (yearIn === 'periodWrapped') out.push('本区全面推进政府信息公开工作，报告中所列数据统计期限自', `${year} 年 1 月 1 日起至 ${year} 年 12 月 31 日止。`);
      if (yearIn === 'opening') out.push(`${year}年，本区全面推进政府信息公开工作，主动公开、依申请公开、政府信息管理、平台建设、监督保障各项工作有序开展。`);
      if (yearIn === 'nowhere') out.push('本区全面推进政府信息公开工作。');
      continue;
    }
    const table = section.table ? format.tables.find((t) => t.id === section.table) : undefined;
    if (table) {
      out.push(...tableLines(format, table.id, data.cells, options));
      continue;
    }
    out.push(section.number === 5 ? '存在的问题是公开质量有待提高。下一步将加强培训。' : '本年度未收取信息处理费。');
  }
  return options.tables === 'oneLine' ? out.join('') : out.join('\n');
}

function titleLines(year: number, options: LayoutOptions): string[] {
  switch (options.title ?? 'agencyYear') {
    case 'agencyYear':
      return [`${AGENCY}${year}年政府信息公开工作年度报告`];
    case 'yearAgency':
      return [`${year}年${AGENCY}政府信息公开工作年度报告`];
    case 'yearDu':
      return [`${AGENCY}${year}年度政府信息公开工作年度报告`];
    case 'broken':
      return [`   ${AGENCY}`, `  ${year} 年政府信息公开工作年度报告`];
    case 'brokenThree':
      return [AGENCY, `${year} 年政府信息公开工作`, '年度报告'];
    case 'metadata':
      return [`发布日期：${year + 1}/01/18`, '来源：区政府办公室', `索引号：11320000-${year + 1}-00012`, `${year}年${AGENCY}政府信息公开工作年度报告`];
    case 'none':
      return [];
  }
}

const RENAMED: Record<number, string> = { 4: '四、因政府信息公开被申请行政复议、提起行政诉讼情况', 5: '五、存在的主要问题及改进计划' };

function heading(number: number, title: string, options: LayoutOptions): string {
  switch (options.headings ?? 'standard') {
    case 'standard':
      return title;
    case 'unnumberedOverview':
      // 总体情况 without a number, so that 主动公开 is 「一、」 and the applications table 「二、」.
      return number === 1 ? '总体情况' : `${'一二三四五'[number - 2]}、${title.slice(2)}`;
    case 'halfWidth':
      return title.replace('、', number % 2 ? '.' : '. ');
    case 'markdown':
      return `${'#'.repeat(2 + (number % 2))} ${title}`;
    case 'renamed':
      return RENAMED[number] ?? title;
  }
}

// ------------------------------------------------------------------------------ tables

function tableLines(format: ReportFormat, id: string, cells: CellData, options: LayoutOptions): string[] {
  const table = format.tables.find((t) => t.id === id)!;
  const shown: CellData = Object.fromEntries(table.values.map((v) => [v.id, options.zerosBlank && cells[v.id] === 0 ? null : cells[v.id] ?? null]));
  const rows = matrixRows(tableMatrix(table, shown));
  const caption = `## 表${'二三四'[['active', 'applications', 'review'].indexOf(id)]}：${table.section.title.slice(2)}`;
  const text = (c: TableCell) => c.text;
  const lines: string[] = [];
  const push = (row: string[]) => {
    if (options.captions && rows.length) lines.push(caption);
    lines.push(...row);
  };
  switch (options.tables) {
    case 'word':
      for (const row of rows) push([...row.map((c) => `\t${text(c)}`), '']);
      return lines;
    case 'tabs':
      for (const row of rows) push([row.map(text).join('\t')]);
      return lines;
    case 'pipes':
      for (const row of rows) push([`| ${row.map(text).join(' | ')} |`]);
      return lines;
    case 'pipesBare':
      for (const row of rows) push([row.map(text).join(' | ')]);
      return lines;
    case 'converter': {
      // A converter's Markdown: generic headers with digits, every row padded to the full width.
      const width = Math.max(...rows.map((r) => r.length));
      lines.push(`| 类别 | ${Array.from({ length: width - 1 }, (_, i) => `数据${i + 1}`).join(' | ')} |`, `|${' --- |'.repeat(width)}`);
      for (const row of rows) push([`| ${[...row.map(text), ...Array(width - row.length).fill('')].join(' | ')} |`]);
      return lines;
    }
    case 'oneLine':
      return [rows.map((row) => row.map(text).join('')).join('')];
    case 'numbersFirst':
      for (const row of rows) push([...row.filter((c) => c.role === 'value').map(text), ...row.filter((c) => c.role !== 'value').map(text)]);
      return lines;
    case 'pdfLayout':
      return pdfLayoutLines(rows, table.headerRows, options);
  }
}

/** As `pdftotext -layout` prints a drawn table: columns by spaces, long labels wrapped, the vertical label broken up. */
function pdfLayoutLines(rows: TableCell[][], headerRows: number, options: LayoutOptions): string[] {
  const lines: string[] = [];
  const vertical = '三、本年度办理结果';
  const hasVertical = options.vertical && options.vertical !== 'none' && rows.some((r) => r.some((c) => c.text === vertical));
  const pending = hasVertical && options.vertical === 'perChar' ? [...vertical] : [];
  let feed = '';
  const push = (line: string) => {
    lines.push(feed + line);
    feed = '';
  };
  let body = 0;
  rows.forEach((row, r) => {
    const labels = row.filter((c) => c.role !== 'value').map((c) => c.text).filter((t) => !(hasVertical && t === vertical));
    const values = row.filter((c) => c.role === 'value').map((c) => c.text.padStart(5)).join(' ');
    if (r < headerRows || row.every((c) => c.role !== 'value')) {
      push(labels.join('   '));
      return;
    }
    body++;
    if (options.furniture && body % 9 === 0) {
      // A page break: the page number, a form feed, and the table's header printed again.
      lines.push('', `                                 — ${body / 9} —`, '');
      feed = '\f';
      if (headerRows > 0) push(rows[0].map((c) => c.text).join('   '));
    }
    const label = labels.join('   ');
    const wrapAt = 14;
    if (options.wrap && options.wrap !== 'none' && label.length > wrapAt) {
      const parts = label.length > 2 * wrapAt ? [label.slice(0, wrapAt), label.slice(wrapAt, 2 * wrapAt), label.slice(2 * wrapAt)] : [label.slice(0, wrapAt), label.slice(wrapAt)];
      const at = options.wrap === 'first' ? 0 : options.wrap === 'last' ? parts.length - 1 : Math.floor((parts.length - 1) / 2);
      parts.forEach((part, k) => push(k === at ? `${part.padEnd(40)}${values}` : part));
    } else {
      push(`${label.padEnd(40)}${values}`);
    }
    if (pending.length && label) push(`   ${pending.shift()}`);
    if (hasVertical && options.vertical === 'spaced' && body === 6) push(` ${[...vertical].join(' ')}`);
  });
  for (const c of pending) push(`   ${c}`);
  return lines;
}
