import * as fs from 'fs';
import { importReportText, type ImportResult } from '../../src/core';
import { pdfToText, type PdfText } from '../../src/pdf/layout';
import { readPdfContent } from '../../src/pdf/node';

/** A PDF file through the PDF edge and the importer, as `nianbao import` reads it. */
export async function importPdf(file: string): Promise<{ pdf: PdfText; result: ImportResult }> {
  const pdf = pdfToText(await readPdfContent(fs.readFileSync(file), 300));
  return { pdf, result: importReportText(pdf.text) };
}

/**
 * A PDF as a scanner makes it: one page that is only a picture (a grey square), no text layer.
 * Written by hand (header, objects, cross-reference table) so that no tool adds text to it.
 */
export function scannedPdf(): Buffer {
  const pixels = Buffer.alloc(64 * 64, 0x80);
  const objects = [
    '<< /Type /Catalog /Pages 2 0 R >>',
    '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
    '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /XObject << /Im1 4 0 R >> >> /Contents 5 0 R >>',
    `<< /Type /XObject /Subtype /Image /Width 64 /Height 64 /ColorSpace /DeviceGray /BitsPerComponent 8 /Length ${pixels.length} >>\nstream\n${pixels.toString('latin1')}\nendstream`,
  ];
  const content = 'q 500 0 0 700 47 71 cm /Im1 Do Q';
  objects.push(`<< /Length ${content.length} >>\nstream\n${content}\nendstream`);
  let out = '%PDF-1.4\n';
  const offsets: number[] = [];
  objects.forEach((body, i) => {
    offsets.push(Buffer.byteLength(out, 'latin1'));
    out += `${i + 1} 0 obj\n${body}\nendobj\n`;
  });
  const xref = Buffer.byteLength(out, 'latin1');
  out += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n${offsets.map((o) => `${String(o).padStart(10, '0')} 00000 n \n`).join('')}`;
  out += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
  return Buffer.from(out, 'latin1');
}
