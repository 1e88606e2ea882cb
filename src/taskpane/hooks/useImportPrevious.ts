import { useCallback, useState } from 'react';
import { useAction } from './useAction';
import { decodeTextBytes, htmlToText, importReportText, limitMessage, LIMITS, LimitExceededError, looksLikeHtml, previousProblems, previousReportMismatch, type ImportResult, type PreviousMismatch, type ReportData } from '../../core';
import { isNoReportSheets, type CarryOverProposal, type PreviousReport, type SpreadsheetPort } from '../../port';
import { useSpreadsheet } from '../spreadsheet';

function mismatchOf(of: 'imported' | 'saved', current: ReportData | null, previous: { data: ReportData }) {
  const what = current ? previousReportMismatch(current, previous.data) : null;
  return what ? { of, what } : null;
}

/** This workbook's year and agency (one round trip); null before the report sheets exist. */
async function thisReport(spreadsheet: SpreadsheetPort) {
  try {
    return (await spreadsheet.readReport()).data;
  } catch (error) {
    if (isNoReportSheets(error)) return null;
    throw error;
  }
}

/**
 * 「导入上年报告」: read last year's published report (pasted text, a web page, a .docx, a PDF), show what was
 * recognised, keep it in the workbook for the cross-year rules, and offer to prefill 上年结转.
 */
export function useImportPrevious() {
  const spreadsheet = useSpreadsheet();
  const [imported, setImported] = useState<{ result: ImportResult; source: string } | null>(null);
  const [saved, setSaved] = useState<PreviousReport | null>(() => spreadsheet.loadPreviousReport());
  const [proposals, setProposals] = useState<CarryOverProposal[] | null>(null);
  /**
   * What does not fit between the report given as last year's and this workbook (another year,
   * another agency). Until the clerk confirms it, nothing is saved from it and nothing is filled.
   */
  const [mismatch, setMismatch] = useState<{ of: 'imported' | 'saved'; what: PreviousMismatch } | null>(null);
  const action = useAction<'work'>('没有完成，请检查文件后重试。');
  const { error, notice, setError, setNotice, run: runAction } = action;
  const busy = action.busy !== null;
  const run = useCallback((work: () => Promise<void>) => runAction('work', work), [runAction]);

  const importText = useCallback(
    (text: string, source: string) =>
      run(async () => {
        if (!text.trim()) throw new Error('没有内容：请粘贴年报全文，或选择文件。');
        const plain = looksLikeHtml(text) ? htmlToText(text) : text;
        if (plain.length > LIMITS.reportTextChars.value) throw new Error(`“${source}”${limitMessage('reportTextChars', plain.length)}`);
        const result = importReportText(plain);
        if (result.sections.length === 0 && result.unreliableTables.length === 3) {
          throw new Error('没有找到年报的章节标题和表格（如“二、主动公开政府信息情况”），这看起来不是政府信息公开工作年度报告。');
        }
        setMismatch(mismatchOf('imported', await thisReport(spreadsheet), result));
        setImported({ result, source });
        setProposals(null);
      }),
    [run, spreadsheet],
  );

  const importFile = useCallback(
    async (file: File) => {
      const name = file.name.toLowerCase();
      if (/\.(doc|xls|xlsx)$/.test(name)) {
        setError(`“${file.name}”不能直接导入：请选择 PDF、.docx、网页（.html）或文本文件，或把年报全文复制粘贴到下面。`);
        return;
      }
      // The same limits as the command line, checked before the file is read into memory.
      const limit = name.endsWith('.pdf') ? 'pdfFileBytes' : name.endsWith('.docx') ? 'reportFileBytes' : 'textFileBytes';
      if (file.size > LIMITS[limit].value) {
        setError(`“${file.name}”${limitMessage(limit, file.size)}`);
        return;
      }
      if (name.endsWith('.docx')) {
        await run(async () => {
          // The Word reader loads only when a .docx is chosen.
          const { docxToText, ZipDamagedError } = await import(/* webpackChunkName: "docx-read" */ '../../docx/read');
          const text = await docxToText(await file.arrayBuffer()).catch((error) => {
            if (error instanceof LimitExceededError) throw new Error(`“${file.name}”${error.message}`);
            if (error instanceof ZipDamagedError && error.detail) throw new Error(`无法读取“${file.name}”：${error.detail}。`);
            throw new Error(`无法读取“${file.name}”：文件可能已损坏，或是旧版 .doc（请另存为 .docx）。`);
          });
          if (text.length > LIMITS.reportTextChars.value) throw new Error(`“${file.name}”${limitMessage('reportTextChars', text.length)}`);
          const result = importReportText(text);
          setMismatch(mismatchOf('imported', await thisReport(spreadsheet), result));
          setImported({ result, source: file.name });
          setProposals(null);
        });
        return;
      }
      if (name.endsWith('.pdf')) {
        await run(async () => {
          // pdf.js (and its worker) load only when a PDF is chosen.
          const [{ readPdfContent }, { pdfToText }] = await Promise.all([
            import(/* webpackChunkName: "pdf-read" */ '../../pdf/browser'),
            import(/* webpackChunkName: "pdf-read" */ '../../pdf/layout'),
          ]);
          const content = await readPdfContent(new Uint8Array(await file.arrayBuffer()), LIMITS.pdfPages.value).catch((error: Error & { reason?: string; pages?: number }) => {
            if (error.reason === 'pages') throw new Error(`“${file.name}”${limitMessage('pdfPages', error.pages ?? 0)}`);
            throw new Error(
              error.reason === 'password' ? `“${file.name}”有密码保护，无法读取：请提供没有密码的 PDF。` : `无法读取“${file.name}”：文件可能不是有效的 PDF，或已损坏。`,
            );
          });
          const pdf = pdfToText(content);
          if (!/[\u4e00-\u9fff]/.test(pdf.text)) {
            throw new Error(`“${file.name}”没有文字层（扫描件或图片），无法读取。请向发布机关索取 Word 版或可复制文字的 PDF，或把年报全文复制粘贴到下面。`);
          }
          if (pdf.text.length > LIMITS.reportTextChars.value) throw new Error(`“${file.name}”${limitMessage('reportTextChars', pdf.text.length)}`);
          const result = importReportText(pdf.text);
          result.diagnostics.unshift(...pdf.diagnostics);
          setMismatch(mismatchOf('imported', await thisReport(spreadsheet), result));
          setImported({ result, source: file.name });
          setProposals(null);
        });
        return;
      }
      // UTF-8, else GB18030 (government sites often serve GBK pages), as the command line decodes.
      await importText(decodeTextBytes(new Uint8Array(await file.arrayBuffer())), file.name);
    },
    [run, spreadsheet, importText, setError],
  );

  /** `confirmed`: the clerk said it is theirs though its year or agency does not fit. */
  const save = useCallback(
    (confirmed = false) =>
      run(async () => {
        if (!imported || (mismatch?.of === 'imported' && !confirmed)) return;
        const five = imported.result.sections.find((s) => s.number === 5)?.text ?? '';
        const previous: PreviousReport = {
          data: imported.result.data,
          source: imported.source,
          importedAt: new Date().toISOString().slice(0, 10),
          problems: previousProblems(five),
          ...(mismatch?.of === 'imported' ? { confirmed: true } : {}),
        };
        await spreadsheet.savePreviousReport(previous);
        setSaved(previous);
        setMismatch(null);
        setNotice('已保存为上年数据：校验时将核对本年“上年结转”和规范性文件存量是否与上年衔接。');
      }),
    [run, spreadsheet, imported, mismatch, setNotice],
  );

  const discard = useCallback(() => {
    setImported(null);
    setMismatch(null);
  }, []);

  const forget = useCallback(
    () =>
      run(async () => {
        await spreadsheet.savePreviousReport(null);
        setSaved(null);
        setProposals(null);
        setMismatch(null);
      }),
    [run, spreadsheet],
  );

  /** Reads this year's table 三 (one round trip) and lists what would be written: nothing is written yet. */
  const proposeCarryOver = useCallback(
    () =>
      run(async () => {
        if (!saved) return;
        const read = await spreadsheet.readReport();
        // Saved before this workbook's year or agency changed, or never confirmed: ask first, fill nothing.
        const now = saved.confirmed ? null : previousReportMismatch(read.data, saved.data);
        if (now) {
          setMismatch({ of: 'saved', what: now });
          setProposals(null);
          return;
        }
        const list = spreadsheet.carryOverProposals(saved.data, read);
        setProposals(list);
        if (list.length === 0) setNotice('本年“上年结转”已与上年“结转下年度继续办理”一致，无需填写。');
      }),
    [run, spreadsheet, saved, setNotice],
  );

  /** The clerk confirms the saved report as theirs: kept so, and 上年结转 is offered. */
  const confirmSaved = useCallback(
    () =>
      run(async () => {
        if (!saved) return;
        const previous = { ...saved, confirmed: true };
        await spreadsheet.savePreviousReport(previous);
        setSaved(previous);
        setMismatch(null);
      }),
    [run, spreadsheet, saved],
  );

  const applyProposals = useCallback(
    () =>
      run(async () => {
        if (!proposals?.length) return;
        await spreadsheet.applyCarryOver(proposals);
        setNotice(`已填写 ${proposals.length} 个“上年结转”单元格。`);
        setProposals(null);
      }),
    [run, spreadsheet, proposals, setNotice],
  );

  return {
    imported,
    saved,
    proposals,
    mismatch,
    busy,
    error,
    notice,
    importText,
    importFile,
    save,
    discard,
    forget,
    confirmSaved,
    proposeCarryOver,
    applyProposals,
    cancelProposals: () => setProposals(null),
  };
}
