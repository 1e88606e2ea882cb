import { execFileSync } from 'child_process';
import * as fs from 'fs';
import * as path from 'path';
import JSZip from 'jszip';
import { buildReportDocument, SAMPLE_REPORT, validateReport } from '../../src/core';
import { reportDocx } from '../../src/docx';
import { convertWithLibreOffice } from '../support/libreoffice';
import { ROOT, tempDir } from '../support/seeds';

/**
 * A report made while its tables are wrong prints as a draft: the line under the title, in red, on
 * the first page, as LibreOffice prints it. `UPDATE_DOCS=1` copies the page to docs/images.
 */
describe('a draft .docx', () => {
  const out = tempDir('docx-draft');
  const data = { ...SAMPLE_REPORT, cells: { ...SAMPLE_REPORT.cells, 'applications.newReceived.naturalPerson': '117件', 'review.pending': null } };
  const doc = buildReportDocument(data, {}, {}, { validation: validateReport({ data }).findings });

  it('says 草稿 in red under the title, and prints it on the first page right below the title', async () => {
    const line = doc.draft!.line;
    const bytes = await reportDocx(doc);
    const xml = await (await JSZip.loadAsync(bytes)).file('word/document.xml')!.async('string');
    const paragraphs = [...xml.matchAll(/<w:p>([\s\S]*?)<\/w:p>/g)].map((m) => m[1]);
    const at = paragraphs.findIndex((p) => p.includes(line));
    expect(at).toBeGreaterThan(0);
    expect(paragraphs[at - 1]).toContain('w:val="Title"');
    expect(paragraphs[at]).toMatch(/<w:color w:val="C00000"\/>/);
    expect(paragraphs[at]).toMatch(/<w:jc w:val="center"\/>/);

    const file = path.join(out, 'draft.docx');
    fs.writeFileSync(file, bytes);
    const [pdf] = convertWithLibreOffice([file], 'pdf', path.join(out, 'pdf'));
    const first = execFileSync('pdftotext', ['-f', '1', '-l', '1', pdf, '-'], { encoding: 'utf8' })
      .split('\n')
      .map((l) => l.replace(/\s+/g, ''))
      .filter(Boolean);
    expect(first.slice(0, 3).join('')).toContain(doc.title);
    expect(first.slice(1, 4)).toContain(line.replace(/\s+/g, ''));
    execFileSync('pdftoppm', ['-r', '60', '-png', '-f', '1', '-l', '1', pdf, path.join(out, 'page')]);
    const png = fs.readdirSync(out).find((f) => f.startsWith('page') && f.endsWith('.png'))!;
    if (process.env.UPDATE_DOCS) fs.copyFileSync(path.join(out, png), path.join(ROOT, 'docs/images/report-docx-draft-p1.png'));
  });
});
