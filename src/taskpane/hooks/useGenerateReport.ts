import { useCallback, useState } from 'react';
import { buildReportDocument, reportPlainText, type Finding, type NarrativeInputs, type Overrides, type ReportData, type ReportDocument } from '../../core';
import { loadPreviousReport, readReportSheet, validateWorkbook, writeReportSheet } from '../../excel';
import { canDownload, copyText, downloadFile, DOCX_MIME } from '../output/deliver';
import { useAction } from './useAction';

/** A paragraph the clerk changed in 报告正文, shown before regenerating. */
export interface EditedParagraph {
  id: string;
  heading: string;
  text: string;
}

/** What is read before generating, carried through the confirmations. */
interface Pending {
  data: ReportData;
  inputs: NarrativeInputs;
  edits: EditedParagraph[];
}

export type GenerateStep =
  | { kind: 'idle' }
  | { kind: 'confirmErrors'; errors: Finding[]; pending: Pending }
  | { kind: 'confirmEdits'; pending: Pending }
  | { kind: 'done'; doc: ReportDocument; sheet: string };

/**
 * 「生成报告」: read the tables and the 正文素材 (one sync, with validation), look at the existing
 * 报告正文 (one sync), ask about open errors and about the clerk's edits, then write the sheet (two
 * syncs). Nothing the clerk wrote in 报告正文 is replaced without a yes.
 */
export function useGenerateReport() {
  const [step, setStep] = useState<GenerateStep>({ kind: 'idle' });
  const { busy, error, notice, setError, setNotice, run } = useAction<'generate' | 'docx' | 'copy'>('没有生成报告，请稍后重试。');

  /** Builds the document and writes 报告正文; runs inside an action. */
  const produce = useCallback(
    async (pending: Pending, keepEdits: boolean) => {
      const overrides: Overrides = keepEdits ? Object.fromEntries(pending.edits.map((e) => [e.id, e.text])) : {};
      const doc = buildReportDocument(pending.data, pending.inputs, overrides);
      const { sheet } = await writeReportSheet(doc);
      setStep({ kind: 'done', doc, sheet });
      const kept = keepEdits && pending.edits.length ? `，保留了您修改过的 ${pending.edits.length} 段` : '';
      setNotice(`报告已写入工作表“${sheet}”${kept}。`);
    },
    [setNotice],
  );
  const finish = useCallback((pending: Pending, keepEdits: boolean) => run('generate', () => produce(pending, keepEdits)), [run, produce]);

  /** `beforeGenerate` saves the form first, so the workbook stays the one source of the text. */
  const generate = useCallback(
    (beforeGenerate?: () => Promise<NarrativeInputs | void>) =>
      run('generate', async () => {
        const saved = await beforeGenerate?.();
        const { read, report } = await validateWorkbook(undefined, loadPreviousReport()?.data);
        if (read.data.year === null) throw new Error('请先在“基本信息”工作表中填写报告年度，再生成报告。');
        const inputs = saved ?? read.inputs;
        const existing = await readReportSheet();
        const headings = headingsOf(read.data, inputs);
        const edits = Object.entries(existing.edits).map(([id, text]) => ({ id, heading: headings.get(id) ?? id, text }));
        const pending: Pending = { data: read.data, inputs, edits };
        const errors = report.findings.filter((f) => f.status === 'fail' && f.severity === 'error');
        if (errors.length) setStep({ kind: 'confirmErrors', errors, pending });
        else if (edits.length) setStep({ kind: 'confirmEdits', pending });
        else await produce(pending, false);
      }),
    [run, produce],
  );

  /** After the error list: go on anyway, or stop and fix the tables first. */
  const answerErrors = useCallback(
    (goOn: boolean) => {
      if (step.kind !== 'confirmErrors') return;
      if (!goOn) {
        setStep({ kind: 'idle' });
        return;
      }
      if (step.pending.edits.length) setStep({ kind: 'confirmEdits', pending: step.pending });
      else void finish(step.pending, false);
    },
    [step, finish],
  );

  /** After the list of edited paragraphs: keep them (the default), regenerate all, or cancel. */
  const answerEdits = useCallback(
    (choice: 'keep' | 'discard' | 'cancel') => {
      if (step.kind !== 'confirmEdits') return;
      if (choice === 'cancel') setStep({ kind: 'idle' });
      else void finish(step.pending, choice === 'keep');
    },
    [step, finish],
  );

  const downloadDocx = useCallback(
    () =>
      run('docx', async () => {
        if (step.kind !== 'done') return;
        // The Word library is a chunk of its own, fetched on the first download.
        const { reportDocx } = await import(/* webpackChunkName: "docx-write" */ '../../docx/write');
        const bytes = await reportDocx(step.doc);
        if (!canDownload()) {
          setError('此版本的 Excel 不支持从加载项直接下载文件。请点击「复制全文」粘贴到 Word，或在 Excel 网页版中下载。');
          return;
        }
        downloadFile(bytes, `${step.doc.title}.docx`, DOCX_MIME);
        setNotice(`已开始下载“${step.doc.title}.docx”，请在浏览器的下载栏或下载文件夹中查看。`);
      }),
    [run, step, setError, setNotice],
  );

  const copyAll = useCallback(
    () =>
      run('copy', async () => {
        if (step.kind !== 'done') return;
        await copyText(reportPlainText(step.doc));
        setNotice('全文已复制，可粘贴到 Word 或 WPS 中。表格以制表符分隔，粘贴后可用“文本转换成表格”。');
      }),
    [run, step, setNotice],
  );

  return { step, busy, error, notice, generate, answerErrors, answerEdits, downloadDocx, copyAll, downloadAvailable: canDownload() };
}

/** Paragraph ID → its heading (or section title), to name edited paragraphs for the clerk. */
function headingsOf(data: ReportData, inputs: NarrativeInputs): Map<string, string> {
  const doc = buildReportDocument(data, inputs);
  const out = new Map<string, string>();
  for (const section of doc.narrative) for (const p of section.paragraphs) out.set(p.id, p.heading ?? section.title);
  return out;
}
