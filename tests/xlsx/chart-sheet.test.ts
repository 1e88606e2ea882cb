import { execFileSync } from 'child_process';
import * as fs from 'fs';
import * as path from 'path';
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { buildWorkbookPlan, chartDefinitions, SAMPLE_INPUTS, SAMPLE_REPORT, termValue } from '../../src/core';
import { shownValue } from '../../src/xlsx';
import { nianbao } from '../support/cli';
import { convertWithLibreOffice } from '../support/libreoffice';
import { ROOT, tempDir } from '../support/seeds';

/**
 * `nianbao init --charts`: the 图表 sheet with the charts as pictures (exceljs writes no native
 * charts) over data blocks whose formulas read the tables. Read as a package (pictures and their
 * anchors), recalculated by LibreOffice (the blocks show the tables' figures), and printed.
 */
const out = tempDir('chart-sheet');
const book = path.join(out, 'book.xlsx');
let recalculated: string;

beforeAll(async () => {
  const data = path.join(out, 'data.json');
  fs.writeFileSync(data, JSON.stringify({ format: SAMPLE_REPORT.format, year: SAMPLE_REPORT.year, agency: SAMPLE_REPORT.agency, cells: SAMPLE_REPORT.cells, inputs: SAMPLE_INPUTS }));
  const run = await nianbao('init', '--data', data, '--charts', '-o', book);
  expect(run).toMatchObject({ code: 0, stdout: expect.stringContaining('图表') });
  recalculated = convertWithLibreOffice([book], 'xlsx', path.join(out, 'recalculated'))[0];
});

describe('init --charts', () => {
  it('puts one picture per chart on 图表, each anchored beside its data block', async () => {
    const zip = await JSZip.loadAsync(fs.readFileSync(book));
    const media = Object.keys(zip.files).filter((f) => /^xl\/media\/.+\.png$/.test(f));
    expect(media).toHaveLength(4);
    for (const f of media) expect([...(await zip.file(f)!.async('uint8array')).slice(1, 4)]).toEqual([0x50, 0x4e, 0x47]);
    const drawings = Object.keys(zip.files).filter((f) => /^xl\/drawings\/drawing\d+\.xml$/.test(f));
    expect(drawings).toHaveLength(1);
    const xml = await zip.file(drawings[0])!.async('string');
    // Columns E:J (4..9), bands of 13 rows from row 4 (index 3).
    const anchors = [...xml.matchAll(/<xdr:from><xdr:col>(\d+)<\/xdr:col>.*?<xdr:row>(\d+)<\/xdr:row>.*?<xdr:to><xdr:col>(\d+)<\/xdr:col>.*?<xdr:row>(\d+)<\/xdr:row>/gs)].map((m) => m.slice(1).map(Number));
    expect(anchors).toEqual([0, 1, 2, 3].map((k) => [4, 3 + 13 * k, 10, 3 + 13 * k + 12]));
    // The drawing belongs to the 图表 sheet.
    const workbookXml = await zip.file('xl/workbook.xml')!.async('string');
    expect(workbookXml).toContain('name="图表"');
  });

  it('has data blocks that LibreOffice recalculates to the tables’ figures', async () => {
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(recalculated);
    const sheet = workbook.getWorksheet('图表')!;
    const definitions = chartDefinitions(SAMPLE_REPORT.format, { inputs: SAMPLE_INPUTS });
    expect(definitions.map((d) => d.id)).toEqual(['channels', 'applicants', 'results', 'appeals']);
    const plan = buildWorkbookPlan({ format: SAMPLE_REPORT.format });
    definitions.forEach((def, k) => {
      // 1-based: the band's first row (0-based 3 + 13k) holds its title, the next the headings.
      const head = 3 + 13 * k + 2;
      expect(sheet.getCell(head, 1).value).toBe(def.categoryHeading);
      def.categories.forEach((category, i) => {
        expect(sheet.getCell(head + 1 + i, 1).value).toBe(category);
        def.series.forEach((s, j) => {
          const cell = sheet.getCell(head + 1 + i, 2 + j);
          expect(shownValue(cell)).toBe(termValue(s.values[i], SAMPLE_REPORT.cells, SAMPLE_INPUTS));
          // A table cell is read where the plan put it.
          const first = 'cells' in s.values[i] ? (s.values[i] as { cells: string[] }).cells[0] : '';
          const at = plan.addressOf.get(first);
          if (at) expect(cell.formula).toContain(`'${at.sheet}'!`);
        });
      });
    });
  });

  it('prints 图表 on A4 portrait pages, three charts a page; picture in docs/images when UPDATE_DOCS=1', () => {
    const dir = path.join(out, 'pdf');
    const [pdf] = convertWithLibreOffice([recalculated], 'pdf', dir);
    const info = execFileSync('pdfinfo', ['-f', '1', '-l', '99', pdf], { encoding: 'utf8' });
    const count = Number(/Pages:\s+(\d+)/.exec(info)![1]);
    const pageText = (p: number) => execFileSync('pdftotext', ['-f', String(p), '-l', String(p), pdf, '-'], { encoding: 'utf8' }).replace(/\s+/g, '');
    const chartPages = Array.from({ length: count }, (_, i) => i + 1).filter((p) => pageText(p).includes('统计图表') || pageText(p).includes('图4'));
    expect(chartPages).toHaveLength(2);
    expect(pageText(chartPages[0])).toContain('图3');
    expect(pageText(chartPages[0])).not.toContain('图4');
    expect(pageText(chartPages[1])).toContain('图4');
    const sizes = [...info.matchAll(/Page\s+(\d+) size:\s+([\d.]+) x ([\d.]+) pts/g)].filter((m) => chartPages.includes(Number(m[1]))).map((m) => [Math.round(Number(m[2])), Math.round(Number(m[3]))]);
    expect(sizes).toEqual([
      [595, 842],
      [595, 842],
    ]);
    execFileSync('pdftoppm', ['-r', '70', '-png', '-f', String(chartPages[0]), '-l', String(chartPages[0]), pdf, path.join(dir, 'charts')]);
    const png = fs.readdirSync(dir).find((f) => f.startsWith('charts') && f.endsWith('.png'))!;
    if (process.env.UPDATE_DOCS) fs.copyFileSync(path.join(dir, png), path.join(ROOT, 'docs/images/print-charts.png'));
  });

  it('is refused with --into, saying what to do instead', async () => {
    const run = await nianbao('init', '--into', book, '--charts', '-o', path.join(out, 'into.xlsx'));
    expect(run).toMatchObject({ code: 2, stderr: expect.stringContaining('--charts 暂不能与 --into 同用') });
  });
});
