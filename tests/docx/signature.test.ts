import { execFileSync } from 'child_process';
import * as fs from 'fs';
import * as path from 'path';
import JSZip from 'jszip';
import { buildReportDocument, SAMPLE_INPUTS, SAMPLE_REPORT, signatureDate } from '../../src/core';
import { reportDocx } from '../../src/docx';
import { convertWithLibreOffice } from '../support/libreoffice';
import { ROOT, tempDir } from '../support/seeds';

/**
 * 落款: the agency (基本信息) and the date (正文素材 落款日期) at the end of the .docx, right-aligned
 * as GB/T 9704 sets a document without a seal; none when the date is left empty. Printed by
 * LibreOffice and measured on the page; `UPDATE_DOCS=1` copies the last page to docs/images.
 */
const paragraphsOf = async (bytes: Uint8Array) =>
  [...(await (await JSZip.loadAsync(bytes)).file('word/document.xml')!.async('string')).matchAll(/<w:p>([\s\S]*?)<\/w:p>/g)].map((m) => m[1]);
const textOf = (p: string) => [...p.matchAll(/<w:t[^>]*>([^<]*)<\/w:t>/g)].map((m) => m[1]).join('');

describe('落款 in the .docx', () => {
  it.each([
    ['2025年1月20日', '2025年1月20日'],
    ['2025-01-20', '2025年1月20日'],
    ['2025/1/5', '2025年1月5日'],
    ['2025.01.05', '2025年1月5日'],
    ['2025年01月05日', '2025年1月5日'],
    ['2025-01-20 00:00', '2025年1月20日'],
    ['45677', '2025年1月20日'],
    ['2025-02-30', '2025-02-30'],
    ['2025年1月', '2025年1月'],
  ])('writes the date %s as %s', (raw, shown) => {
    expect(signatureDate(raw)).toBe(shown);
  });

  it('is off when the date is left empty', async () => {
    const doc = buildReportDocument(SAMPLE_REPORT, SAMPLE_INPUTS);
    expect(doc.signature).toBeUndefined();
    const paragraphs = await paragraphsOf(await reportDocx(doc));
    expect(paragraphs.filter((p) => /<w:jc w:val="right"\/>/.test(p) && textOf(p) === SAMPLE_REPORT.agency)).toHaveLength(0);
    expect(buildReportDocument({ ...SAMPLE_REPORT, agency: null }, { signature: { date: '2025-01-20' } }).signature).toBeUndefined();
  });

  it('ends the document with the agency and the date, right-aligned, the date two characters further right', async () => {
    const doc = buildReportDocument(SAMPLE_REPORT, { ...SAMPLE_INPUTS, signature: { date: '2025-01-20' } });
    expect(doc.signature).toEqual({ agency: SAMPLE_REPORT.agency, date: '2025年1月20日' });
    const bytes = await reportDocx(doc);
    const paragraphs = (await paragraphsOf(bytes)).filter((p) => textOf(p) !== '' || !p.includes('w:jc'));
    const [agency, date] = paragraphs.slice(-2);
    expect(textOf(agency)).toBe(SAMPLE_REPORT.agency);
    expect(textOf(date)).toBe('2025年1月20日');
    for (const p of [agency, date]) expect(p).toMatch(/<w:jc w:val="right"\/>/);

    const out = tempDir('docx-signature');
    const file = path.join(out, 'signed.docx');
    fs.writeFileSync(file, bytes);
    const [pdf] = convertWithLibreOffice([file], 'pdf', path.join(out, 'pdf'));
    const pages = Number(/Pages:\s+(\d+)/.exec(execFileSync('pdfinfo', [pdf], { encoding: 'utf8' }))![1]);
    const html = execFileSync('pdftotext', ['-f', String(pages), '-l', String(pages), '-bbox', pdf, '-'], { encoding: 'utf8' });
    const words = [...html.matchAll(/<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="[\d.]+">([^<]*)<\/word>/g)].map((m) => ({ x0: Number(m[1]), y: Number(m[2]), x1: Number(m[3]), text: m[4] }));
    const lineOf = (text: string) => {
      const hit = words.filter((w) => text.startsWith(w.text) || text.includes(w.text)).filter((w) => w.text.length > 1);
      const y = hit.find((w) => text.startsWith(w.text))!.y;
      const on = words.filter((w) => Math.abs(w.y - y) < 2);
      return { y, x0: Math.min(...on.map((w) => w.x0)), x1: Math.max(...on.map((w) => w.x1)) };
    };
    const a = lineOf(SAMPLE_REPORT.agency!);
    const d = lineOf('2025年1月20日');
    // The type area ends 26 mm from the right edge of A4 (595.3 pt): 521.6 pt. A character of 3号 is about 16 pt.
    const right = 595.3 - (26 / 25.4) * 72;
    expect(d.y).toBeGreaterThan(a.y);
    expect(d.y - a.y).toBeLessThan(40);
    expect(right - a.x1).toBeGreaterThan(26);
    expect(right - a.x1).toBeLessThan(38);
    expect(d.x0 - a.x0).toBeGreaterThan(26);
    expect(d.x0 - a.x0).toBeLessThan(38);
    execFileSync('pdftoppm', ['-r', '60', '-png', '-f', String(pages), '-l', String(pages), pdf, path.join(out, 'page')]);
    const png = fs.readdirSync(out).find((f) => f.startsWith('page') && f.endsWith('.png'))!;
    if (process.env.UPDATE_DOCS) fs.copyFileSync(path.join(out, png), path.join(ROOT, 'docs/images/report-docx-signature.png'));
  });
});
