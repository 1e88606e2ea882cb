import * as path from 'node:path';
import { decodeTextBytes, htmlToText, importReportText, limitMessage, LIMITS, LimitExceededError, looksLikeHtml, type ImportResult, type ReportData } from '../core';
import { readFileWithin, readReportFile, XlsxInputError } from '../xlsx';
import { docxToText } from '../docx/read';
import { ZipDamagedError } from '../zip/package';
import { UsageError } from './errors';

/**
 * Reads a published report in any of the forms it comes in (.docx, .html, .md, .txt) into the
 * importer's text, and imports it. GBK and GB18030 pages, common on government sites, are decoded.
 */
export async function importReportFile(file: string): Promise<ImportResult> {
  return (await readReportText(file)).result;
}

/** The report's text as the importer saw it, with the import. */
export async function readReportText(file: string): Promise<{ text: string; result: ImportResult }> {
  const ext = path.extname(file).toLowerCase();
  if (ext === '.doc' || ext === '.pdf' || ext === '.xlsx' || ext === '.xls') {
    throw new UsageError(`“${file}”是 ${ext} 文件：请提供 .docx、网页（.html）或文本（.txt、.md）。PDF 可先用 pdftotext -layout 转为文本。`);
  }
  const bytes = readWithin(file, ext === '.docx' ? 'reportFileBytes' : 'textFileBytes');
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
  if (text.length > LIMITS.reportTextChars.value) throw new UsageError(`报告文件“${file}”${limitMessage('reportTextChars', text.length)}`);
  const result = importReportText(text);
  if (result.sections.length === 0 && result.unreliableTables.length === 3) {
    throw new UsageError(`“${file}”中没有找到年报的章节标题和表格（如“二、主动公开政府信息情况”），看起来不是政府信息公开工作年度报告。`);
  }
  return { text, result };
}

/** The file's bytes within its size limit; problems as a UsageError naming the file. */
function readWithin(file: string, limit: 'reportFileBytes' | 'textFileBytes'): Buffer {
  try {
    return readFileWithin(file, limit);
  } catch (error) {
    if (error instanceof XlsxInputError) throw new UsageError(error.message);
    throw error;
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
