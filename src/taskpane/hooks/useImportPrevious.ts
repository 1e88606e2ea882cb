import { useCallback, useState } from 'react';
import { useAction } from './useAction';
import { decodeTextBytes, htmlToText, importReportText, limitMessage, LIMITS, LimitExceededError, looksLikeHtml, previousProblems, type ImportResult } from '../../core';
import {
  applyCarryOver,
  carryOverProposals,
  loadPreviousReport,
  readReport,
  savePreviousReport,
  type CarryOverProposal,
  type PreviousReport,
} from '../../excel';

/**
 * 「导入上年报告」: read last year's published report (pasted text, a web page, a .docx), show what was
 * recognised, keep it in the workbook for the cross-year rules, and offer to prefill 上年结转.
 */
export function useImportPrevious() {
  const [imported, setImported] = useState<{ result: ImportResult; source: string } | null>(null);
  const [saved, setSaved] = useState<PreviousReport | null>(() => loadPreviousReport());
  const [proposals, setProposals] = useState<CarryOverProposal[] | null>(null);
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
        setImported({ result, source });
        setProposals(null);
      }),
    [run],
  );

  const importFile = useCallback(
    async (file: File) => {
      const name = file.name.toLowerCase();
      if (/\.(doc|pdf|xls|xlsx)$/.test(name)) {
        setError(`“${file.name}”不能直接导入：请选择 .docx、网页（.html）或文本文件，或把年报全文复制粘贴到下面。`);
        return;
      }
      // The same limits as the command line, checked before the file is read into memory.
      const limit = name.endsWith('.docx') ? 'reportFileBytes' : 'textFileBytes';
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
          setImported({ result: importReportText(text), source: file.name });
          setProposals(null);
        });
        return;
      }
      // UTF-8, else GB18030 (government sites often serve GBK pages), as the command line decodes.
      await importText(decodeTextBytes(new Uint8Array(await file.arrayBuffer())), file.name);
    },
    [run, importText, setError],
  );

  const save = useCallback(
    () =>
      run(async () => {
        if (!imported) return;
        const five = imported.result.sections.find((s) => s.number === 5)?.text ?? '';
        const previous: PreviousReport = {
          data: imported.result.data,
          source: imported.source,
          importedAt: new Date().toISOString().slice(0, 10),
          problems: previousProblems(five),
        };
        await savePreviousReport(previous);
        setSaved(previous);
        setNotice('已保存为上年数据：校验时将检查上年结转（X-1）和规范性文件存量（T2-2、T2-3）。');
      }),
    [run, imported, setNotice],
  );

  const forget = useCallback(
    () =>
      run(async () => {
        await savePreviousReport(null);
        setSaved(null);
        setProposals(null);
      }),
    [run],
  );

  /** Reads this year's table 三 (one round trip) and lists what would be written: nothing is written yet. */
  const proposeCarryOver = useCallback(
    () =>
      run(async () => {
        const previous = saved ?? (imported ? { data: imported.result.data } : null);
        if (!previous) return;
        const list = carryOverProposals(previous.data, await readReport());
        setProposals(list);
        if (list.length === 0) setNotice('本年“上年结转”已与上年“结转下年度继续办理”一致，无需填写。');
      }),
    [run, saved, imported, setNotice],
  );

  const applyProposals = useCallback(
    () =>
      run(async () => {
        if (!proposals?.length) return;
        await applyCarryOver(proposals);
        setNotice(`已填写 ${proposals.length} 个“上年结转”单元格。`);
        setProposals(null);
      }),
    [run, proposals, setNotice],
  );

  return { imported, saved, proposals, busy, error, notice, importText, importFile, save, forget, proposeCarryOver, applyProposals, cancelProposals: () => setProposals(null) };
}
