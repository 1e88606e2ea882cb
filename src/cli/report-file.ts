import { promises as fs } from 'node:fs';
import * as path from 'node:path';
import { htmlToText, importReportText, looksLikeHtml, type ImportResult, type ReportData } from '../core';
import { readReportFile, XlsxInputError } from '../xlsx';
import { docxToText } from '../docx/read';
import { UsageError } from './errors';

/**
 * Reads a published report in any of the forms it comes in (.docx, .html, .md, .txt) into the
 * importer's text, and imports it. GBK-encoded pages, common on government sites, are decoded.
 */
export async function importReportFile(file: string): Promise<ImportResult> {
  return (await readReportText(file)).result;
}

/** The report's text as the importer saw it, with the import. */
export async function readReportText(file: string): Promise<{ text: string; result: ImportResult }> {
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
  } else if (ext === '.doc' || ext === '.pdf' || ext === '.xlsx' || ext === '.xls') {
    throw new UsageError(`“${file}”是 ${ext} 文件：请提供 .docx、网页（.html）或文本（.txt、.md）。PDF 可先用 pdftotext -layout 转为文本。`);
  } else {
    text = decodeText(bytes);
    if (ext === '.html' || ext === '.htm' || looksLikeHtml(text)) text = htmlToText(text);
  }
  if (!text.trim()) throw new UsageError(`报告文件“${file}”是空的。`);
  const result = importReportText(text);
  if (result.sections.length === 0 && result.unreliableTables.length === 3) {
    throw new UsageError(`“${file}”中没有找到年报的章节标题和表格（如“二、主动公开政府信息情况”），看起来不是政府信息公开工作年度报告。`);
  }
  return { text, result };
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
