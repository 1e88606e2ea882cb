import * as path from 'node:path';
import { decodeTextBytes, htmlToText, importReportText, limitMessage, LIMITS, LimitExceededError, looksLikeHtml, type ImportResult, type NarrativeInputs, type ReportData } from '../core';
import { readFileWithin, readReportFile, XlsxInputError } from '../xlsx';
import { docxToText } from '../docx/read';
import { pdfToText } from '../pdf/layout';
import { readPdfContent } from '../pdf/node';
import { PdfReadError } from '../pdf/types';
import { ZipDamagedError } from '../zip/package';
import { UsageError } from './errors';

type ReportText = { text: string; result: ImportResult; where: (line?: number) => string | null };

/**
 * Reads a published report in any of the forms it comes in (.pdf, .docx, .html, .md, .txt) into the
 * importer's text, and imports it. GBK and GB18030 pages, common on government sites, are decoded.
 */
export async function importReportFile(file: string): Promise<ImportResult> {
  return (await readReportText(file)).result;
}

/** The report's text as the importer saw it, with the import; `where` names a line as the clerk finds it (a PDF's page). */
export async function readReportText(file: string): Promise<ReportText> {
  const ext = path.extname(file).toLowerCase();
  if (ext === '.doc' || ext === '.xlsx' || ext === '.xls') {
    throw new UsageError(`“${file}”是 ${ext} 文件：请提供 PDF、.docx、网页（.html）或文本（.txt、.md）。.doc 请先另存为 .docx。`);
  }
  const bytes = readWithin(file, ext === '.pdf' ? 'pdfFileBytes' : ext === '.docx' ? 'reportFileBytes' : 'textFileBytes');
  if (ext === '.pdf' || isPdf(bytes)) {
    return readPdf(file, bytes);
  }
  let text: string;
  if (ext === '.docx') {
    try {
      text = await docxToText(bytes);
    } catch (error) {
      if (error instanceof LimitExceededError) throw new UsageError(`Word 文件“${file}”${error.message}`);
      if (error instanceof ZipDamagedError && error.detail) throw new UsageError(`无法读取 Word 文件“${file}”：${error.detail}。`);
      throw new UsageError(`无法读取 Word 文件“${file}”：文件可能已损坏，或是旧版 .doc（请另存为 .docx）。`);
    }
  } else {
    text = decodeTextBytes(bytes);
    if (ext === '.html' || ext === '.htm' || looksLikeHtml(text)) text = htmlToText(text);
  }
  if (!text.trim()) throw new UsageError(`报告文件“${file}”是空的。`);
  return { text, result: imported(file, text), where: (line) => (line ? `第 ${line} 行` : null) };
}

function imported(file: string, text: string): ImportResult {
  if (text.length > LIMITS.reportTextChars.value) throw new UsageError(`报告文件“${file}”${limitMessage('reportTextChars', text.length)}`);
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
async function readPdf(file: string, bytes: Buffer): Promise<ReportText> {
  let content;
  try {
    content = await readPdfContent(bytes, LIMITS.pdfPages.value);
  } catch (error) {
    if (error instanceof PdfReadError && error.reason === 'password') throw new UsageError(`“${file}”有密码保护，无法读取：请提供没有密码的 PDF。`);
    if (error instanceof PdfReadError && error.reason === 'invalid') throw new UsageError(`“${file}”不是有效的 PDF 文件，或文件已损坏。`);
    if (error instanceof PdfReadError && error.reason === 'pages') throw new UsageError(`“${file}”${limitMessage('pdfPages', error.pages ?? 0)}`);
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

/** The file's bytes within its size limit; problems as a UsageError naming the file. */
function readWithin(file: string, limit: 'reportFileBytes' | 'textFileBytes' | 'pdfFileBytes'): Buffer {
  try {
    return readFileWithin(file, limit);
  } catch (error) {
    if (error instanceof XlsxInputError) throw new UsageError(error.message);
    throw error;
  }
}

/** Last year's report for cross-year rules: a workbook, or a published report in any form. */
export async function readPrevious(file: string): Promise<{ data: ReportData; narrative?: string; inputs?: NarrativeInputs }> {
  if (file.toLowerCase().endsWith('.xlsx')) {
    try {
      // A workbook's 正文素材 gives figures the tables do not hold (主动公开 items), for 同比.
      const read = await readReportFile(file);
      return { data: read.data, inputs: read.inputs };
    } catch (error) {
      if (error instanceof XlsxInputError) throw new UsageError(`上年文件：${error.message}`);
      throw error;
    }
  }
  const { result } = await readReportText(file);
  return { data: result.data, narrative: result.sections.filter((s) => [1, 5, 6].includes(s.number)).map((s) => s.text).join('\n') };
}
