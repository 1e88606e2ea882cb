import { promises as fs } from 'node:fs';
import * as path from 'node:path';
import { htmlToText, importReportText, looksLikeHtml, type ImportResult, type ReportData } from '../core';
import { readReportFile, XlsxInputError } from '../xlsx';
import { docxToText } from '../docx/read';
import { pdfToText } from '../pdf/layout';
import { readPdfContent } from '../pdf/node';
import { PdfReadError } from '../pdf/types';
import { UsageError } from './errors';

/**
 * Reads a published report in any of the forms it comes in (.pdf, .docx, .html, .md, .txt) into the
 * importer's text, and imports it. GBK-encoded pages, common on government sites, are decoded.
 */
export async function importReportFile(file: string): Promise<ImportResult> {
  return (await readReportText(file)).result;
}

/** The report's text as the importer saw it, with the import; `where` names a line as the clerk finds it (a PDF's page). */
export async function readReportText(file: string): Promise<{ text: string; result: ImportResult; where: (line?: number) => string | null }> {
  let bytes: Buffer;
  try {
    bytes = await fs.readFile(file);
  } catch {
    throw new UsageError(`找不到或无法读取报告文件“${file}”。`);
  }
  const ext = path.extname(file).toLowerCase();
  let text: string;
  if (ext === '.docx') {
    try {
      text = await docxToText(bytes);
    } catch {
      throw new UsageError(`无法读取 Word 文件“${file}”：文件可能已损坏，或是旧版 .doc（请另存为 .docx）。`);
    }
  } else if (ext === '.pdf' || isPdf(bytes)) {
    return readPdf(file, bytes);
  } else if (ext === '.doc' || ext === '.xlsx' || ext === '.xls') {
    throw new UsageError(`“${file}”是 ${ext} 文件：请提供 PDF、.docx、网页（.html）或文本（.txt、.md）。.doc 请先另存为 .docx。`);
  } else {
    text = decodeText(bytes);
    if (ext === '.html' || ext === '.htm' || looksLikeHtml(text)) text = htmlToText(text);
  }
  if (!text.trim()) throw new UsageError(`报告文件“${file}”是空的。`);
  return { text, result: imported(file, text), where: (line) => (line ? `第 ${line} 行` : null) };
}

function imported(file: string, text: string): ImportResult {
  const result = importReportText(text);
  if (result.sections.length === 0 && result.unreliableTables.length === 3) {
    throw new UsageError(`“${file}”中没有找到年报的章节标题和表格（如“二、主动公开政府信息情况”），看起来不是政府信息公开工作年度报告。`);
  }
  return result;
}

function isPdf(bytes: Buffer): boolean {
  return bytes.subarray(0, 5).toString('latin1') === '%PDF-';
}

/** A PDF through its text layer, rebuilt from the positions of its text; a line is named by its page. */
async function readPdf(file: string, bytes: Buffer): Promise<{ text: string; result: ImportResult; where: (line?: number) => string | null }> {
  let content;
  try {
    content = await readPdfContent(bytes);
  } catch (error) {
    if (error instanceof PdfReadError && error.reason === 'password') throw new UsageError(`“${file}”有密码保护，无法读取：请提供没有密码的 PDF。`);
    if (error instanceof PdfReadError && error.reason === 'invalid') throw new UsageError(`“${file}”不是有效的 PDF 文件，或文件已损坏。`);
    throw error;
  }
  const pdf = pdfToText(content);
  if (!/[\u4e00-\u9fff]/.test(pdf.text)) {
    throw new UsageError(
      `“${file}”没有文字层（${pdf.imagePages.length ? '扫描件或图片' : '没有可读取的文字'}），无法读取。请向发布机关索取 Word 版或可复制文字的 PDF，或先用 OCR 软件识别成文字后再导入。`,
    );
  }
  const result = imported(file, pdf.text);
  result.diagnostics.unshift(...pdf.diagnostics);
  const pages = pageOfLines(pdf.text);
  return { text: pdf.text, result, where: (line) => (line ? `第 ${pages[line - 1] ?? 1} 页` : null) };
}

/** The page (1-based) each line of the rebuilt text is on: pages are separated by form feeds. */
function pageOfLines(text: string): number[] {
  let page = 1;
  return text.split('\n').map((line) => (page += (line.match(/\f/g) ?? []).length));
}

/** UTF-8 (with or without BOM), UTF-16 with BOM, else GBK when UTF-8 does not fit. */
function decodeText(bytes: Buffer): string {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return new TextDecoder('utf-16le').decode(bytes);
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return new TextDecoder('utf-16be').decode(bytes);
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes).replace(/^\uFEFF/, '');
  } catch {
    return new TextDecoder('gbk').decode(bytes);
  }
}

/** Last year's report for cross-year rules: a workbook, or a published report in any form. */
export async function readPrevious(file: string): Promise<{ data: ReportData; narrative?: string }> {
  if (file.toLowerCase().endsWith('.xlsx')) {
    try {
      return { data: (await readReportFile(file)).data };
    } catch (error) {
      if (error instanceof XlsxInputError) throw new UsageError(`上年文件：${error.message}`);
      throw error;
    }
  }
  const { result } = await readReportText(file);
  return { data: result.data, narrative: result.sections.filter((s) => [1, 5, 6].includes(s.number)).map((s) => s.text).join('\n') };
}
