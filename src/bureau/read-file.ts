import {
  agencyCounts,
  decodeTextBytes,
  htmlToText,
  importReportText,
  limitMessage,
  LIMITS,
  LimitExceededError,
  looksLikeHtml,
  reportFindings,
  workbookFindings,
  type ImportResult,
} from '../core';
import type { AgencyFile } from './types';

/**
 * One dropped file into one row of the page: a workbook is read and validated as `nianbao validate`
 * does, a published report (PDF, .docx, web page, text) imported and checked as `nianbao check` does.
 * The readers load on first use (exceljs, the Word reader, pdf.js are chunks of their own). Nothing
 * is sent anywhere: the bytes come from the File the user dropped.
 */

const WORKBOOK = /\.(xlsx|xlsm)$/i;
const REPORT = /\.(pdf|docx|html?|txt|md)$/i;

/** Whether the page reads files of this name at all (others are listed as not read, with why). */
export function isReadable(name: string): boolean {
  return WORKBOOK.test(name) || REPORT.test(name);
}

class Unusable extends Error {}

export async function readAgencyFile(file: File, id: number): Promise<AgencyFile> {
  const base = { id, file: file.name, kind: WORKBOOK.test(file.name) ? ('workbook' as const) : ('report' as const) };
  try {
    const read = WORKBOOK.test(file.name) ? await readWorkbook(file) : await readReport(file);
    return { ...base, ...read, counts: agencyCounts(read.findings), agency: read.data?.agency?.trim() || file.name };
  } catch (error) {
    if (!(error instanceof Unusable) && (error as Error)?.name !== 'XlsxInputError') throw error;
    return { ...base, agency: file.name, findings: [], counts: { errors: 0, warnings: 0, notAssessable: 0 }, error: (error as Error).message };
  }
}

async function readWorkbook(file: File): Promise<Omit<AgencyFile, 'id' | 'file' | 'kind' | 'agency' | 'counts'>> {
  if (file.size > LIMITS.workbookFileBytes.value) throw new Unusable(`“${file.name}”${limitMessage('workbookFileBytes', file.size)}`);
  const { loadWorkbook, readReportWorkbook } = await import(/* webpackChunkName: "xlsx" */ '../xlsx/read');
  const workbookRead = readReportWorkbook(await loadWorkbook(await file.arrayBuffer(), file.name), file.name);
  const { data, findings } = workbookFindings(workbookRead);
  return { data, findings, inputs: workbookRead.inputs };
}

async function readReport(file: File): Promise<Omit<AgencyFile, 'id' | 'file' | 'kind' | 'agency' | 'counts'>> {
  if (!REPORT.test(file.name)) {
    throw new Unusable(`“${file.name}”不是能读取的文件：请提供工作簿（.xlsx）或已发布的年报（PDF、.docx、网页、文本）。.doc、.xls 请先另存为 .docx、.xlsx。`);
  }
  const name = file.name.toLowerCase();
  const limit = name.endsWith('.pdf') ? 'pdfFileBytes' : name.endsWith('.docx') ? 'reportFileBytes' : 'textFileBytes';
  if (file.size > LIMITS[limit].value) throw new Unusable(`“${file.name}”${limitMessage(limit, file.size)}`);
  const bytes = new Uint8Array(await file.arrayBuffer());
  let text: string;
  let where = (line?: number): string | null => (line ? `第 ${line} 行` : null);
  let pdfDiagnostics: ImportResult['diagnostics'] = [];
  if (name.endsWith('.pdf')) {
    ({ text, where, diagnostics: pdfDiagnostics } = await pdfText(file.name, bytes));
  } else if (name.endsWith('.docx')) {
    const { docxToText, ZipDamagedError } = await import(/* webpackChunkName: "docx-read" */ '../docx/read');
    text = await docxToText(bytes.buffer).catch((error) => {
      if (error instanceof LimitExceededError) throw new Unusable(`Word 文件“${file.name}”${error.message}`);
      if (error instanceof ZipDamagedError && error.detail) throw new Unusable(`无法读取 Word 文件“${file.name}”：${error.detail}。`);
      throw new Unusable(`无法读取 Word 文件“${file.name}”：文件可能已损坏，或是旧版 .doc（请另存为 .docx）。`);
    });
  } else {
    // UTF-8, else GB18030 (government sites often serve GBK pages), as the command line decodes.
    text = decodeTextBytes(bytes);
    if (/\.html?$/.test(name) || looksLikeHtml(text)) text = htmlToText(text);
  }
  if (!text.trim()) throw new Unusable(`报告文件“${file.name}”是空的。`);
  if (text.length > LIMITS.reportTextChars.value) throw new Unusable(`报告文件“${file.name}”${limitMessage('reportTextChars', text.length)}`);
  const result = importReportText(text);
  if (result.sections.length === 0 && result.unreliableTables.length === 3) {
    throw new Unusable(`“${file.name}”中没有找到年报的章节标题和表格（如“二、主动公开政府信息情况”），看起来不是政府信息公开工作年度报告。`);
  }
  result.diagnostics.unshift(...pdfDiagnostics);
  return { data: result.data, findings: reportFindings(text, result, where) };
}

/** A PDF's text layer through pdf.js (its worker off the main thread); a line is named by its page. */
async function pdfText(fileName: string, bytes: Uint8Array) {
  const [{ readPdfContent }, { pdfToText }] = await Promise.all([
    import(/* webpackChunkName: "pdf-read" */ '../pdf/browser'),
    import(/* webpackChunkName: "pdf-read" */ '../pdf/layout'),
  ]);
  const content = await readPdfContent(bytes, LIMITS.pdfPages.value).catch((error: Error & { reason?: string; pages?: number }) => {
    if (error.reason === 'pages') throw new Unusable(`“${fileName}”${limitMessage('pdfPages', error.pages ?? 0)}`);
    throw new Unusable(error.reason === 'password' ? `“${fileName}”有密码保护，无法读取：请提供没有密码的 PDF。` : `“${fileName}”不是有效的 PDF 文件，或文件已损坏。`);
  });
  const pdf = pdfToText(content);
  if (!/[\u4e00-\u9fff]/.test(pdf.text)) {
    throw new Unusable(`“${fileName}”没有文字层（扫描件或图片），无法读取。请向发布机关索取 Word 版或可复制文字的 PDF，或先用 OCR 软件识别成文字。`);
  }
  let page = 1;
  const pages = pdf.text.split('\n').map((line) => (page += (line.match(/\f/g) ?? []).length));
  return { text: pdf.text, diagnostics: pdf.diagnostics, where: (line?: number) => (line ? `第 ${pages[line - 1] ?? 1} 页` : null) };
}
