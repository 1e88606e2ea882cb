import { execFileSync } from 'child_process';
import * as fs from 'fs';
import * as path from 'path';
import ExcelJS from 'exceljs';
import { buildReportDocument, buildReportSheetPlan, buildWorkbookPlan, REPORT_SHEET_TITLE, reportSheetState, SAMPLE_INPUTS, SAMPLE_REPORT } from '../../src/core';
import { readReportFile, readReportWorkbook, renderPlan } from '../../src/xlsx';
import { convertWithLibreOffice } from '../support/libreoffice';
import { ROOT, tempDir } from '../support/seeds';

/**
 * The 报告正文 sheet through a real spreadsheet: LibreOffice opens it, keeps the clerk's edit and the
 * hidden metadata, and prints only the report (A4 portrait, one page wide, the hidden columns left out).
 */
const out = tempDir('report-sheet');
const EDIT = '本机关全面改版门户网站，开设政务公开专区，全年新增专栏12个。';
let book: string;
let roundTripped: string;
let pdf: string;

beforeAll(async () => {
  const plan = buildWorkbookPlan({ ...SAMPLE_REPORT, inputs: SAMPLE_INPUTS });
  const doc = buildReportDocument(SAMPLE_REPORT, SAMPLE_INPUTS);
  const reportSheet = buildReportSheetPlan(doc);
  const platforms = doc.narrative[0].paragraphs.find((p) => p.id === '1.platforms')!.text;
  reportSheet.cells.find((c) => c.value === platforms)!.value = EDIT;
  const workbook = await renderPlan({ ...plan, sheets: [...plan.sheets, reportSheet] });
  book = path.join(out, 'report.xlsx');
  await workbook.xlsx.writeFile(book);
  [roundTripped] = convertWithLibreOffice([book], 'xlsx', path.join(out, 'saved'));
  // Print the report sheet alone, as a clerk would print it from Excel.
  const alone = new ExcelJS.Workbook();
  await alone.xlsx.readFile(book);
  for (const sheet of [...alone.worksheets]) if (sheet.name !== REPORT_SHEET_TITLE) alone.removeWorksheet(sheet.id);
  const single = path.join(out, 'report-only.xlsx');
  await alone.xlsx.writeFile(single);
  [pdf] = convertWithLibreOffice([single], 'pdf', path.join(out, 'pdf'));
});

describe('报告正文 sheet through LibreOffice', () => {
  it('keeps the clerk’s edit, the generator’s own text and the hidden columns when saved again', async () => {
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(roundTripped);
    const state = reportSheetState(readReportWorkbook(workbook, roundTripped).reportSheet);
    expect(state.exists).toBe(true);
    expect(state.clerkParagraphs).toEqual({ '1.platforms': EDIT });
    expect(state.paragraphs.map((p) => p.id)).toEqual(expect.arrayContaining(['1.intro', '1.applications', '5.problems', '6.fees']));
    const sheet = workbook.getWorksheet(REPORT_SHEET_TITLE)!;
    const hidden = Array.from({ length: sheet.columnCount }, (_, i) => sheet.getColumn(i + 1)).filter((c) => c.hidden).length;
    expect(hidden).toBe(2);
    // The tables of the workbook still read, with the report sheet beside them.
    const back = await readReportFile(roundTripped);
    expect(back.data.cells['applications.total.total']).toBe(SAMPLE_REPORT.cells['applications.total.total']);
  });

  it('prints the report on A4 portrait pages one page wide, without the hidden IDs; picture in docs/images when UPDATE_DOCS=1', () => {
    const info = execFileSync('pdfinfo', ['-f', '1', '-l', '99', pdf], { encoding: 'utf8' });
    const sizes = [...info.matchAll(/Page\s+\d+ size:\s+([\d.]+) x ([\d.]+) pts/g)].map((m) => [Math.round(Number(m[1])), Math.round(Number(m[2]))]);
    expect(sizes.length).toBeGreaterThanOrEqual(2);
    for (const size of sizes) expect(size).toEqual([595, 842]);
    const text = execFileSync('pdftotext', [pdf, '-'], { encoding: 'utf8' }).replace(/\s+/g, '');
    expect(text).toContain('示例县人民政府办公室2024年政府信息公开工作年度报告');
    for (const heading of ['一、总体情况', '三、收到和处理政府信息公开申请情况', '六、其他需要报告的事项']) expect(text).toContain(heading);
    expect(text).toContain(EDIT);
    expect(text).not.toContain('1.intro');
    execFileSync('pdftoppm', ['-r', '60', '-png', '-f', '1', '-l', '2', pdf, path.join(out, 'page')]);
    const pages = fs.readdirSync(out).filter((f) => f.startsWith('page') && f.endsWith('.png')).sort();
    expect(pages.length).toBe(2);
    if (process.env.UPDATE_DOCS) fs.copyFileSync(path.join(out, pages[0]), path.join(ROOT, 'docs/images/print-report-sheet.png'));
  });
});
