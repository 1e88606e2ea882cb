import * as fs from 'fs';
import * as path from 'path';
import { buildWorkbookPlan, SAMPLE_REPORT } from '../../src/core';
import { LIMITS } from '../../src/core/limits';
import { renderPlan } from '../../src/xlsx';
import { loadSeeds, SEEDS_DIR, tempDir } from '../support/seeds';
import { nianbao } from '../support/cli';
import { buildZip, partsOf, withPart } from '../support/zip';

/**
 * Hostile and oversized inputs are refused before they are read, with a message that names the
 * limit and why (src/core/limits.ts). Just over each limit here; ten times over, with timings and
 * memory, in `npm run bench` (docs/reliability.md).
 */
const out = tempDir('cli-limits');
const MB = 1024 * 1024;

async function sampleWorkbook(): Promise<Buffer> {
  return Buffer.from((await (await renderPlan(buildWorkbookPlan({ ...SAMPLE_REPORT }))).xlsx.writeBuffer()) as ArrayBuffer);
}

function seedText(): string {
  const seed = loadSeeds().find((s) => s.name.startsWith('000'))!;
  return fs.readFileSync(path.join(SEEDS_DIR, seed.file), 'utf8');
}

/** A .docx whose word/document.xml holds the given paragraphs. */
function docx(document: Parameters<typeof buildZip>[0][number]): Buffer {
  return buildZip([{ name: '[Content_Types].xml', data: '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>' }, document]);
}

const paragraph = `<w:p><w:r><w:t>${'公开'.repeat(500)}</w:t></w:r></w:p>`;

describe('size limits, checked before reading', () => {
  it('refuses a workbook file over the size limit without reading it', async () => {
    const file = path.join(out, 'huge.xlsx');
    fs.writeFileSync(file, await sampleWorkbook());
    fs.truncateSync(file, 30 * MB); // sparse: nothing to read is written
    const result = await nianbao('validate', file);
    expect(result.code).toBe(2);
    expect(result.stdout).toContain('超过了工作簿文件大小的上限（30 MB，上限 20 MB）');
    expect(result.stdout).toContain('年报工作簿约 25 KB');
  });

  it('refuses a workbook whose parts declare more than the inflated limit, before inflating them', async () => {
    const bomb = await withPart(await sampleWorkbook(), {
      name: 'xl/media/padding.bin',
      repeat: { chunk: Buffer.alloc(MB), times: LIMITS.zipInflatedBytes.value / MB + 1 },
    });
    const file = path.join(out, 'bomb-declared.xlsx');
    fs.writeFileSync(file, bomb);
    expect(bomb.length).toBeLessThan(2 * MB);
    const result = await nianbao('export', file);
    expect(result).toMatchObject({ code: 2, stderr: expect.stringContaining('超过了解压后总大小的上限') });
    expect(result.stderr).toContain('压缩炸弹');
  });

  it('stops inflating a part that is larger than it declares', async () => {
    const bomb = await withPart(await sampleWorkbook(), {
      name: 'xl/media/padding.bin',
      repeat: { chunk: Buffer.alloc(MB), times: 300 },
      declaredSize: 1000,
    });
    const file = path.join(out, 'bomb-lying.xlsx');
    fs.writeFileSync(file, bomb);
    const result = await nianbao('export', file);
    expect(result).toMatchObject({ code: 2, stderr: expect.stringContaining('其中的部件“xl/media/padding.bin”解压后的实际大小与文件中声明的不符') });
    expect(result.stderr).not.toMatch(/\n\s+at /);
  });

  it('refuses a workbook with more cells than the limit, before a spreadsheet library builds them', async () => {
    const cells = LIMITS.workbookCells.value + 1000;
    const sheet = {
      name: 'xl/worksheets/sheet1.xml',
      repeat: {
        head: '<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>',
        chunk: `<row r="1">${'<c r="A1"><v>1</v></c>'.repeat(1000)}</row>`,
        times: cells / 1000,
        tail: '</sheetData></worksheet>',
      },
    };
    const file = path.join(out, 'many-cells.xlsx');
    fs.writeFileSync(file, await withPart(await sampleWorkbook(), sheet));
    const result = await nianbao('validate', file);
    expect(result.code).toBe(2);
    expect(result.stdout).toContain('超过了工作簿的单元格数的上限（超过 1,000,000 个）');
  });

  it('refuses a package with more parts than the limit', async () => {
    const parts = Array.from({ length: LIMITS.zipEntries.value }, (_, i) => ({ name: `customXml/item${i}.xml`, data: '<a/>' }));
    const file = path.join(out, 'many-parts.docx');
    fs.writeFileSync(file, buildZip([{ name: 'word/document.xml', data: `<w:document><w:body>${paragraph}</w:body></w:document>` }, ...parts]));
    const result = await nianbao('import', file);
    expect(result).toMatchObject({ code: 2, stderr: expect.stringContaining('超过了文件包内的部件数的上限（5,001 个，上限 5,000 个）') });
  });

  it('refuses a .docx whose text part inflates past its limit, declared or not', async () => {
    const times = Math.ceil(LIMITS.docxDocumentBytes.value / Buffer.byteLength(paragraph)) + 10;
    const honest = path.join(out, 'big-document.docx');
    fs.writeFileSync(honest, docx({ name: 'word/document.xml', repeat: { head: '<w:document><w:body>', chunk: paragraph, times, tail: '</w:body></w:document>' } }));
    expect(await nianbao('import', honest)).toMatchObject({ code: 2, stderr: expect.stringContaining('超过了正文部件（word/document.xml）解压后大小的上限') });
    const lying = path.join(out, 'lying-document.docx');
    fs.writeFileSync(lying, docx({ name: 'word/document.xml', repeat: { head: '<w:document><w:body>', chunk: paragraph, times }, declaredSize: 5000 }));
    expect(await nianbao('import', lying)).toMatchObject({ code: 2, stderr: expect.stringContaining('“压缩炸弹”') });
  });

  it('refuses a text file over the size limit, and an endless device, after reading no more than the limit', async () => {
    const file = path.join(out, 'huge.txt');
    fs.writeFileSync(file, seedText());
    fs.truncateSync(file, LIMITS.textFileBytes.value + 1);
    expect(await nianbao('check', file)).toMatchObject({ code: 2, stdout: expect.stringContaining('超过了文本或网页文件大小的上限') });
    if (fs.existsSync('/dev/zero')) {
      expect(await nianbao('import', '/dev/zero')).toMatchObject({ code: 2, stderr: expect.stringContaining('“/dev/zero”超过了文本或网页文件大小的上限（超过 10 MB）') });
    }
  });

  it('refuses a report whose text is longer than any report, though its file is small enough', async () => {
    const text = seedText();
    const file = path.join(out, 'long.txt');
    fs.writeFileSync(file, text + '\n' + '公开'.repeat(LIMITS.reportTextChars.value / 2));
    const result = await nianbao('import', file);
    expect(result).toMatchObject({ code: 2, stderr: expect.stringContaining('超过了报告文字长度的上限') });
    expect(result.stderr).toContain('年报全文一般只有几千字');
  });
});

/** A valid PDF of `pages` empty pages: an object per page, and a cross-reference table with their offsets. */
function emptyPdf(pages: number): Buffer {
  const objects = [`<< /Type /Catalog /Pages 2 0 R >>`, `<< /Type /Pages /Count ${pages} /Kids [${Array.from({ length: pages }, (_, i) => `${i + 3} 0 R`).join(' ')}] >>`];
  for (let i = 0; i < pages; i++) objects.push(`<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] >>`);
  let body = '%PDF-1.4\n';
  const offsets: number[] = [];
  objects.forEach((o, i) => {
    offsets.push(body.length);
    body += `${i + 1} 0 obj\n${o}\nendobj\n`;
  });
  const xref = body.length;
  body += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n${offsets.map((o) => `${String(o).padStart(10, '0')} 00000 n \n`).join('')}`;
  body += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
  return Buffer.from(body, 'latin1');
}

describe('PDF limits', () => {
  it('refuses a PDF of more pages than any report before reading its pages, and reads one within the limit', async () => {
    const over = path.join(out, 'many-pages.pdf');
    fs.writeFileSync(over, emptyPdf(LIMITS.pdfPages.value + 1));
    const result = await nianbao('import', over);
    expect(result).toMatchObject({ code: 2, stderr: expect.stringContaining(`超过了PDF 页数的上限`) });
    expect(result.stderr).toContain('年报一般 5 到 20 页');
    // Within the limit the same file is read, and found to have no text.
    const within = path.join(out, 'few-pages.pdf');
    fs.writeFileSync(within, emptyPdf(3));
    expect(await nianbao('import', within)).toMatchObject({ code: 2, stderr: expect.stringContaining('没有文字层') });
  });

  it('refuses a PDF file over its size limit without reading it', async () => {
    const file = path.join(out, 'huge.pdf');
    fs.writeFileSync(file, emptyPdf(1));
    fs.truncateSync(file, LIMITS.pdfFileBytes.value + 1);
    expect(await nianbao('import', file)).toMatchObject({ code: 2, stderr: expect.stringContaining('超过了PDF 文件大小的上限') });
  });
});

describe('defined names, which a spreadsheet library expands cell by cell', () => {
  it('refuses a workbook with a name over a whole sheet, naming it, instead of running out of memory', async () => {
    const book = await sampleWorkbook();
    const parts = await partsOf(book);
    const workbookXml = Buffer.from(parts.find((p) => p.name === 'xl/workbook.xml')!.data as Uint8Array).toString('utf8');
    const stretched = workbookXml.replace(/(<definedName name="NB_T3"[^>]*>)[^<]*/, (_m, open: string) => `${open}'表三 依申请公开'!$A$1:$XFD$1048576`);
    expect(stretched).not.toBe(workbookXml);
    const file = path.join(out, 'stretched-name.xlsx');
    fs.writeFileSync(file, await withPart(book, { name: 'xl/workbook.xml', data: stretched }));
    const result = await nianbao('validate', file);
    expect(result.code).toBe(2);
    expect(result.stdout).toContain('中的名称“NB_T3”使名称（名称管理器中的名称）指向的单元格总数超过了上限');
  });
});
