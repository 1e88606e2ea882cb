import { execFileSync } from 'child_process';
import * as fs from 'fs';
import * as path from 'path';
import JSZip from 'jszip';
import { getFormat, htmlToText, importReportText, SAMPLE_REPORT, type CellData } from '../../src/core';
import { docxToText } from '../../src/docx/read';
import { loadCorpus, loadSeeds, ROOT, SEEDS_DIR, tempDir } from '../support/seeds';
import { nianbao } from '../support/cli';
import { layoutReport } from '../support/layouts';
import { scannedPdf } from '../support/pdf';

const out = tempDir('cli-import');
const seeds = loadSeeds();

/** Rows of the official tables (labels then values), from the schema: the layout every channel shares. */
function tableRows(cells: CellData): { title: string; rows: string[][] }[] {
  return getFormat('2021').tables.map((table) => {
    const rows = new Map<number, string[]>();
    for (const l of table.labels) rows.set(l.row, [...(rows.get(l.row) ?? []), l.text]);
    for (const v of table.values) rows.set(v.row, [...(rows.get(v.row) ?? []), String(cells[v.id])]);
    return { title: table.section.title, rows: [...rows.keys()].sort((a, b) => a - b).map((r) => rows.get(r)!) };
  });
}

const escapeXml = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;');

describe('reading reports from web pages and Word', () => {
  it('reads an HTML page with its tables', () => {
    const html = [
      '<html><head><style>td{}</style></head><body><h1>某某县人民政府 2024年政府信息公开工作年度报告</h1><p>一、总体情况</p><p>略&nbsp;。</p>',
      ...tableRows(SAMPLE_REPORT.cells).map(
        (t) => `<p>${t.title}</p><table>${t.rows.map((r) => `<tr>${r.map((c) => `<td><p>${escapeXml(c)}</p></td>`).join('')}</tr>`).join('')}</table>`,
      ),
      '<p>五、存在的主要问题及改进情况</p><p>六、其他需要报告的事项</p><p>未收取信息处理费。</p></body></html>',
    ].join('\n');
    const result = importReportText(htmlToText(html));
    expect(result.data).toEqual({ format: '2021', year: 2024, agency: '某某县人民政府', cells: SAMPLE_REPORT.cells });
  });

  it('reads a .docx whose tables wrap labels over several paragraphs', async () => {
    const p = (text: string) => `<w:p><w:r><w:t xml:space="preserve">${escapeXml(text)}</w:t></w:r></w:p>`;
    // Word wraps long labels in narrow cells: split every label in two paragraphs.
    const cell = (text: string) => `<w:tc>${/^\d+$/.test(text) ? p(text) : p(text.slice(0, 3)) + p(text.slice(3))}</w:tc>`;
    const body = [
      p('某某县人民政府2024年政府信息公开工作年度报告'),
      p('一、总体情况'),
      ...tableRows(SAMPLE_REPORT.cells).map((t) => p(t.title) + `<w:tbl>${t.rows.map((r) => `<w:tr>${r.map(cell).join('')}</w:tr>`).join('')}</w:tbl>`),
      p('五、存在的主要问题及改进情况'),
      p('六、其他需要报告的事项'),
    ].join('');
    const zip = new JSZip();
    zip.file('[Content_Types].xml', '<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>');
    zip.file('word/document.xml', `<?xml version="1.0" encoding="UTF-8"?><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>${body}</w:body></w:document>`);
    const file = path.join(out, 'report.docx');
    fs.writeFileSync(file, await zip.generateAsync({ type: 'nodebuffer' }));
    const result = importReportText(await docxToText(fs.readFileSync(file)));
    expect(result.data.cells).toEqual(SAMPLE_REPORT.cells);
    const cli = await nianbao('import', file, '--json');
    expect(JSON.parse(cli.stdout).cells).toEqual(SAMPLE_REPORT.cells);
  });
});

describe('nianbao import', () => {
  beforeAll(() => execFileSync('npm', ['run', 'build:cli'], { cwd: ROOT, stdio: 'pipe' }));

  it.each(seeds.map((s) => [s.name, s] as const))('reproduces the ground truth of %s (compiled CLI)', (_name, seed) => {
    const stdout = execFileSync('node', [path.join(ROOT, 'bin/nianbao.js'), 'import', path.join(SEEDS_DIR, seed.file), '--json'], { encoding: 'utf8' });
    const json = JSON.parse(stdout);
    expect({ format: json.format, year: json.year, cells: json.cells }).toEqual({ format: seed.format, year: seed.year, cells: seed.cells });
    expect(Object.keys(json.sections)).toEqual(['1', '2', '3', '4', '5', '6']);
  });

  it('fills the standard workbook, which then validates without arithmetic errors', async () => {
    const book = path.join(out, 'imported.xlsx');
    fs.rmSync(book, { force: true });
    expect((await nianbao('import', path.join(SEEDS_DIR, seeds[0].file), '-o', book)).code).toBe(0);
    const checked = JSON.parse((await nianbao('validate', book, '--json')).stdout);
    expect(checked.files[0].findings.filter((f: { rule: string; status: string }) => /^T[34]-[1-3]$/.test(f.rule) && f.status === 'fail')).toEqual([]);
    expect(JSON.parse((await nianbao('export', book, '--json')).stdout).cells).toEqual(seeds[0].cells);
  });

  it('explains unusable input in Chinese with exit 2', async () => {
    expect(await nianbao('import', path.join(out, 'missing.txt'))).toMatchObject({ code: 2, stderr: expect.stringContaining('找不到') });
    const pdf = path.join(out, 'a.pdf');
    fs.writeFileSync(pdf, '%PDF-1.4');
    expect(await nianbao('import', pdf)).toMatchObject({ code: 2, stderr: expect.stringContaining('不是有效的 PDF 文件') });
    const scanned = path.join(out, 'scanned.pdf');
    fs.writeFileSync(scanned, scannedPdf());
    expect(await nianbao('import', scanned)).toMatchObject({ code: 2, stderr: expect.stringContaining('没有文字层（扫描件或图片）') });
    const note = path.join(out, 'note.txt');
    fs.writeFileSync(note, '会议通知\n请各单位准时参加。');
    expect(await nianbao('import', note)).toMatchObject({ code: 2, stderr: expect.stringContaining('不是政府信息公开工作年度报告') });
  });
});

describe('nianbao import of real published reports', () => {
  it.each(loadCorpus().map((c) => [c.name, c] as const))('reads %s.pdf: every cell of the ground truth, the 2019 single-row （六） included', async (_name, corpus) => {
    const cli = await nianbao('import', corpus.pdf, '--json');
    expect(cli.code).toBe(0);
    const json = JSON.parse(cli.stdout);
    expect(json.cells).toEqual(corpus.expected.cells);
    expect({ year: json.year, agency: json.agency, format: json.format }).toEqual({ year: corpus.expected.year, agency: corpus.expected.agency, format: '2021' });
    expect(json.arithmetic).toEqual([]);
    expect(json.diagnostics.filter((d: { severity: string }) => d.severity !== 'info')).toEqual([]);
    // The summary names the PDF's pages, not lines of text the clerk never saw.
    const summary = await nianbao('import', corpus.pdf);
    expect(summary.stdout).toContain('读出 186 / 186 个单元格');
    expect(summary.stdout).toMatch(/\[提示\] 第 3 页：表三“2\.其他法律行政止公开”/);
  });

  it('does not refuse a report flattened onto one line, and says which cells it read by arithmetic', async () => {
    const file = path.join(out, 'one-line.txt');
    fs.writeFileSync(file, layoutReport(SAMPLE_REPORT, { tables: 'oneLine' }));
    const cli = await nianbao('import', file, '--json');
    expect(cli.code).toBe(0);
    const json = JSON.parse(cli.stdout);
    expect(Object.keys(json.sections)).toEqual(['1', '2', '3', '4', '5', '6']);
    expect(json.cells).toEqual(SAMPLE_REPORT.cells);
    expect(json.arithmetic).toContain('applications.newReceived.total');
    expect((await nianbao('import', file)).stdout).toMatch(/其中 \d+ 个单元格的数字原文连在一起，按表格自身的勾稽关系读出/);
  });
});
