import * as fs from 'fs';
import * as path from 'path';
import { Document, ImageRun, Packer, Paragraph } from 'docx';
import { buildReportDocument, getFormat, SAMPLE_REPORT, type CellData, type ReportData } from '../../src/core';
import { reportDocx } from '../../src/docx';
import { pdfToText } from '../../src/pdf/layout';
import { closePdfReader, readPdfContent } from '../../src/pdf/node';
import { convertWithLibreOffice } from '../support/libreoffice';
import { importPdf, scannedPdf } from '../support/pdf';
import { loadCorpus, loadSeeds, ROOT, tempDir } from '../support/seeds';

/**
 * PDFs through pdf.js and the geometry of their text: the two real PDFs of the corpus, and PDFs
 * LibreOffice prints from reports of ours (so that blank cells, page breaks inside tables and
 * 2019 tables are there with known truth).
 */
afterAll(() => closePdfReader());

describe('the real PDFs of the corpus', () => {
  it.each(loadCorpus().map((c) => [c.name, c] as const))('%s: every cell of the ground truth, the year and the agency', async (_name, corpus) => {
    const { pdf, result } = await importPdf(corpus.pdf);
    expect(result.data.cells).toEqual(corpus.expected.cells);
    expect(result.data).toMatchObject({ year: corpus.expected.year, agency: corpus.expected.agency, format: '2021' });
    expect(result.sections.map((s) => s.number)).toEqual([1, 2, 3, 4, 5, 6]);
    expect(result.unreliableTables).toEqual([]);
    // Page numbers 「- 3 -」 are dropped, pages are form feeds, the vertical label is its own line.
    expect(pdf.text).not.toMatch(/^\s*-\s*\d+\s*-\s*$/m);
    expect(pdf.text.split('\f')).toHaveLength(5);
    expect(pdf.text).toMatch(/^三、本/m);
  });
});

describe('PDFs printed from reports of ours', () => {
  const dir = tempDir('pdf-import');
  async function printed(name: string, data: ReportData): Promise<string> {
    const docx = path.join(dir, `${name}.docx`);
    fs.writeFileSync(docx, await reportDocx(buildReportDocument(data)));
    return convertWithLibreOffice([docx], 'pdf', dir)[0];
  }
  const blankZeros = (cells: CellData) => Object.fromEntries(Object.entries(cells).map(([k, v]) => [k, v === 0 ? null : v]));

  it('reads every cell of the sample, across the page breaks inside its tables', async () => {
    const { result } = await importPdf(await printed('sample', SAMPLE_REPORT));
    expect(result.data.cells).toEqual(SAMPLE_REPORT.cells);
    expect(result.data).toMatchObject({ year: 2024, agency: SAMPLE_REPORT.agency });
  });

  it('keeps blank cells in their columns when every zero is left blank', async () => {
    const data = { ...SAMPLE_REPORT, cells: blankZeros(SAMPLE_REPORT.cells) };
    const { result } = await importPdf(await printed('blank-zeros', data));
    expect(result.data.cells).toEqual(data.cells);
  });

  it('reads a 2019 report', async () => {
    const seed = loadSeeds().find((s) => s.format === '2019')!;
    const { result } = await importPdf(await printed('seed-2019', { format: '2019', year: 2020, agency: '某某县某某局', cells: seed.cells }));
    expect(result.data.format).toBe('2019');
    expect(result.data.cells).toEqual(seed.cells);
  });
});

describe('PDFs without text', () => {
  it('reads the sections of a report whose tables are pictures, and says the tables are pictures', async () => {
    // A report as some offices publish it: the text typed, each table pasted as a screenshot.
    const picture = fs.readFileSync(path.join(ROOT, 'assets/icon-128.png'));
    const children = getFormat('2021').sections.flatMap((section) => [
      new Paragraph(section.title),
      section.table
        ? new Paragraph({ children: [new ImageRun({ type: 'png', data: picture, transformation: { width: 400, height: 300 } })] })
        : new Paragraph('本年度政府信息公开工作有序开展，主动公开、依申请公开、政府信息管理、平台建设、监督保障均按要求落实，未收取信息处理费。'),
    ]);
    const dir = tempDir('pdf-pictures');
    const docx = path.join(dir, 'pictures.docx');
    fs.writeFileSync(docx, await Packer.toBuffer(new Document({ sections: [{ children: [new Paragraph('某某县某某局2024年政府信息公开工作年度报告'), ...children] }] })));
    const { result } = await importPdf(convertWithLibreOffice([docx], 'pdf', dir)[0]);
    expect(result.sections.map((s) => s.number)).toEqual([1, 2, 3, 4, 5, 6]);
    expect(result.data).toMatchObject({ year: 2024, agency: '某某县某某局' });
    expect(Object.values(result.data.cells).every((v) => v === null)).toBe(true);
    for (const table of ['表二', '表三', '表四']) {
      expect(result.diagnostics).toContainEqual(expect.objectContaining({ severity: 'error', message: expect.stringContaining(`${table}的位置没有表格文字（表格可能是以图片形式发布的）`) }));
    }
  });

  it('says a scanned PDF has no text layer', async () => {
    const pdf = pdfToText(await readPdfContent(scannedPdf(), 300));
    expect(pdf.imagePages).toEqual([1]);
    expect(pdf.diagnostics).toEqual([expect.objectContaining({ severity: 'error', message: expect.stringContaining('没有文字层') })]);
  });
});
