import { PDFDocument } from 'pdf-lib';
import { PAGE } from './graphic';

/**
 * The 图解 as a one-page A4 PDF: the page's PNG placed over the whole sheet with pdf-lib (pure
 * JavaScript, no Node built-ins, nothing downloaded at install). A picture rather than vectors, on
 * purpose: its Chinese text was drawn by the rasteriser with the system's CJK font, so the PDF needs
 * no embedded font (no font subsetting of CFF collections, no licence question about embedding a
 * desktop's 微软雅黑) and looks exactly as the PNG does. At `PDF_SCALE` 2 the page is 2480 × 3508
 * pixels, 300 dpi on A4: print quality.
 *
 * Deterministic: no creation or modification date, no producer stamp, no document ID (pdf-lib writes
 * none), so the same workbook gives the same bytes.
 */
export const PDF_SCALE = 2;

/** A4 in points (210 × 297 mm). */
const A4 = { width: (210 / 25.4) * 72, height: (297 / 25.4) * 72 };

export async function graphicPdf(png: Uint8Array, meta: { title: string; author: string }): Promise<Uint8Array> {
  const doc = await PDFDocument.create({ updateMetadata: false });
  doc.setTitle(meta.title, { showInWindowTitleBar: true });
  if (meta.author) doc.setAuthor(meta.author);
  doc.setSubject('政府信息公开工作年度报告图解');
  doc.setCreator('年报助手');
  doc.setLanguage('zh-CN');
  const page = doc.addPage([A4.width, A4.height]);
  const image = await doc.embedPng(png);
  // The page's proportions are A4's (1240 × 1754): the picture fills the sheet edge to edge.
  const height = (A4.width * PAGE.height) / PAGE.width;
  page.drawImage(image, { x: 0, y: A4.height - height, width: A4.width, height });
  return doc.save({ useObjectStreams: true });
}
