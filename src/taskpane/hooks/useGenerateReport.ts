import { useCallback, useState } from 'react';
import {
  buildReportDocument,
  checkReportDocument,
  reportPlainText,
  reportSheetState,
  tableErrors,
  type DocumentFinding,
  type Finding,
  type NarrativeInputs,
  type ClerkParagraphs,
  type ReadResult,
  type ReportData,
  type ReportDocument,
} from '../../core';
import { findingLocations, type SpreadsheetPort } from '../../port';
import { notifyReportSheetWritten } from '../events';
import { useSpreadsheet } from '../spreadsheet';
import type { ChartSource } from '../output/chart-images';
import { canDownload, canOpenBrowser, copyText, downloadFile, downloadInBrowser, DOCX_MIME } from '../output/deliver';
import { useAction } from './useAction';

/** A paragraph the clerk changed in 报告正文, shown before regenerating. */
export interface EditedParagraph {
  id: string;
  heading: string;
  text: string;
  /** What the text rules find in it (a stale year, a number the tables contradict), to weigh before keeping it. */
  problems: string[];
}

/** What is read before generating: read again after every question, since Excel stays editable meanwhile. */
interface Snapshot {
  /** The workbook as read, for the cells of the table errors. */
  read: ReadResult;
  /** Everything validation found: the table errors among them make the report a draft. */
  validation: Finding[];
  data: ReportData;
  inputs: NarrativeInputs;
  /** The inputs the form gave (none: the workbook's own), to read with again after a question. */
  given?: NarrativeInputs;
  /** Table and cross-year errors; text findings on 报告正文 are not a reason to stop, regenerating replaces that text. */
  errors: Finding[];
  edits: EditedParagraph[];
  otherChanges: boolean;
  /** Last year's tables as kept in the workbook (上年报告), for the 同比 sentences. */
  previous?: ReportData;
}

export type GenerateStep =
  | { kind: 'idle' }
  /** An answer is being carried out: the dialogs are closed, so nothing can be answered twice. */
  | { kind: 'working' }
  | { kind: 'confirmErrors'; snapshot: Snapshot }
  | { kind: 'confirmEdits'; snapshot: Snapshot; changedMeanwhile: boolean }
  /**
   * `findings`: what should change in the text before the report is published (kept edits, gaps left
   * to fill); the table errors that make it a draft are in `doc.draft`, their cells in `read`.
   */
  | { kind: 'done'; doc: ReportDocument; sheet: string; findings: DocumentFinding[]; read: ReadResult; charts: ChartSource };

/** One round trip: the tables, 正文素材 and 报告正文 are read (and validated) together. */
async function gather(spreadsheet: SpreadsheetPort, given?: NarrativeInputs): Promise<Snapshot> {
  const previous = spreadsheet.loadPreviousReport();
  const { read, report } = await spreadsheet.validateWorkbook(previous?.data, { previousConfirmed: previous?.confirmed });
  if (read.data.year === null) throw new Error('请先在“基本信息”工作表中填写报告年度，再生成报告。');
  const inputs = given ?? read.inputs;
  const existing = reportSheetState(read.reportSheet);
  if (existing.foreign) {
    throw new Error(`工作簿中已有名为“${read.reportSheet!.sheet}”的工作表，但不是年报助手生成的。为免覆盖它的内容，请先把它改名，再生成报告。`);
  }
  // Each edited paragraph named by its heading, as the document with the edits kept would number it,
  // and checked as it would stand there.
  const kept = buildReportDocument(read.data, inputs, existing.clerkParagraphs);
  const headings = new Map<string, string>();
  for (const section of kept.narrative) for (const p of section.paragraphs) headings.set(p.id, p.heading ?? section.title);
  const problems = new Map<string, string[]>();
  for (const f of checkReportDocument(read.data, kept))
    if (f.status === 'fail' && f.paragraph?.source === 'clerk') problems.set(f.paragraph.id, [...(problems.get(f.paragraph.id) ?? []), f.message]);
  return {
    read,
    validation: report.findings,
    data: read.data,
    inputs,
    given,
    errors: tableErrors(report.findings),
    edits: Object.entries(existing.clerkParagraphs).map(([id, text]) => ({ id, heading: headings.get(id) ?? id, text, problems: problems.get(id) ?? [] })),
    otherChanges: existing.otherChanges,
    previous: previous?.data,
  };
}

/** How the .docx gets out: a download in the pane, a download page in the system browser (Mac, iPad), or not at all. */
export function downloadRoute(): 'direct' | 'browser' | 'none' {
  if (canDownload()) return 'direct';
  return canOpenBrowser() ? 'browser' : 'none';
}

const sameEdits = (a: EditedParagraph[], b: EditedParagraph[]) =>
  a.length === b.length && a.every((e, i) => e.id === b[i].id && e.text === b[i].text);

/**
 * 「生成报告」: read the tables, 正文素材 and the existing 报告正文, ask about open table errors and about
 * the clerk's edits in 报告正文, then write the sheet. After each answer everything is read again
 * (the grid stays editable while a dialog is open), and if 报告正文 changed meanwhile the question is
 * asked again: nothing the clerk wrote there is replaced without a yes.
 */
export function useGenerateReport(chartsInDocx = false) {
  const spreadsheet = useSpreadsheet();
  const [step, setStep] = useState<GenerateStep>({ kind: 'idle' });
  const { busy, error, notice, setError, setNotice, run } = useAction<'generate' | 'docx' | 'copy' | 'goto'>('没有生成报告，请稍后重试。');

  /** Builds the document and writes 报告正文; runs inside an action. */
  const produce = useCallback(
    async (snapshot: Snapshot, keepEdits: boolean) => {
      const clerkParagraphs: ClerkParagraphs = keepEdits ? Object.fromEntries(snapshot.edits.map((e) => [e.id, e.text])) : {};
      // Made while the tables are wrong (「仍然生成」), the report is a draft and says so everywhere.
      const doc = buildReportDocument(snapshot.data, snapshot.inputs, clerkParagraphs, {
        validation: snapshot.validation,
        previous: snapshot.previous && { data: snapshot.previous },
      });
      const { sheet } = await spreadsheet.writeReportSheet(doc);
      notifyReportSheetWritten();
      setStep({
        kind: 'done',
        doc,
        sheet,
        findings: checkReportDocument(snapshot.data, doc, snapshot.previous).filter((f) => f.status === 'fail'),
        read: snapshot.read,
        charts: { data: snapshot.data, inputs: snapshot.inputs, previous: snapshot.previous },
      });
      const kept = keepEdits && snapshot.edits.length ? `，保留了您修改过的 ${snapshot.edits.length} 段` : '';
      // A draft is announced by the panel as a warning, not as a success.
      setNotice(doc.draft ? null : `报告已写入工作表“${sheet}”${kept}。`);
    },
    [spreadsheet, setNotice],
  );

  /** After the errors (or with none): ask about the edits if there are any, else write. */
  const continueWith = useCallback(
    async (snapshot: Snapshot) => {
      if (snapshot.edits.length || snapshot.otherChanges) setStep({ kind: 'confirmEdits', snapshot, changedMeanwhile: false });
      else await produce(snapshot, false);
    },
    [produce],
  );

  /** `beforeGenerate` saves unsaved form changes first, so the workbook stays the one source of the text. */
  const generate = useCallback(
    (beforeGenerate?: () => Promise<NarrativeInputs | undefined>) =>
      run('generate', async () => {
        const snapshot = await gather(spreadsheet, await beforeGenerate?.());
        if (snapshot.errors.length) setStep({ kind: 'confirmErrors', snapshot });
        else await continueWith(snapshot);
      }),
    [run, spreadsheet, continueWith],
  );

  /** After the error list: go on anyway (with the tables as they are now), or stop and fix them first. */
  const answerErrors = useCallback(
    (goOn: boolean) => {
      if (step.kind !== 'confirmErrors') return;
      if (!goOn) {
        setStep({ kind: 'idle' });
        return;
      }
      const { given } = step.snapshot;
      setStep({ kind: 'working' });
      void run('generate', async () => continueWith(await gather(spreadsheet, given))).then(() => setStep((s) => (s.kind === 'working' ? { kind: 'idle' } : s)));
    },
    [step, run, spreadsheet, continueWith],
  );

  /** After the list of edited paragraphs: keep them (the default), regenerate all, or cancel. */
  const answerEdits = useCallback(
    (choice: 'keep' | 'discard' | 'cancel') => {
      if (step.kind !== 'confirmEdits') return;
      if (choice === 'cancel') {
        setStep({ kind: 'idle' });
        return;
      }
      const asked = step.snapshot;
      setStep({ kind: 'working' });
      void run('generate', async () => {
        const fresh = await gather(spreadsheet, asked.given);
        // Tables broken while the question was open: the errors come first, as for a new start.
        if (fresh.errors.length && !asked.errors.length) {
          setStep({ kind: 'confirmErrors', snapshot: fresh });
          return;
        }
        const nothingToAsk = fresh.edits.length === 0 && !fresh.otherChanges;
        if (!nothingToAsk && (!sameEdits(fresh.edits, asked.edits) || (fresh.otherChanges && !asked.otherChanges))) {
          setStep({ kind: 'confirmEdits', snapshot: fresh, changedMeanwhile: true });
          return;
        }
        await produce(fresh, choice === 'keep');
      }).then(() => setStep((s) => (s.kind === 'working' ? { kind: 'idle' } : s)));
    },
    [step, run, spreadsheet, produce],
  );

  /** A draft is downloaded only after the clerk said so again: it looks like a report, but is not one yet. */
  const [askDraft, setAskDraft] = useState(false);

  const downloadDocx = useCallback(
    (draftConfirmed = false) =>
      run('docx', async () => {
        if (step.kind !== 'done') return;
        setAskDraft(false);
        if (step.doc.draft && !draftConfirmed) {
          setAskDraft(true);
          return;
        }
        const route = downloadRoute();
        if (route === 'none') {
          setError('此版本的 Excel 不支持从加载项下载文件。请点击「复制全文」粘贴到 Word，或在 Excel 网页版中下载。');
          return;
        }
        // The Word library is a chunk of its own, fetched on the first download.
        const { reportDocx } = await import(/* webpackChunkName: "docx-write" */ '../../docx/write');
        // The charts (「在报告中插入图表」) as `generate --charts` draws them, rasterised by the browser.
        const charts = chartsInDocx ? await (await import(/* webpackChunkName: "charts" */ '../output/chart-images')).reportChartImages(step.charts) : [];
        const bytes = await reportDocx(step.doc, { charts });
        const name = `${step.doc.title}.docx`;
        if (route === 'browser') {
          downloadInBrowser(bytes, name, DOCX_MIME);
          setNotice(`已在浏览器中打开下载页面，请在浏览器中保存“${name}”。`);
          return;
        }
        downloadFile(bytes, name, DOCX_MIME);
        setNotice(`已开始下载“${name}”，请在浏览器的下载栏或下载文件夹中查看。`);
      }),
    [run, step, setError, setNotice, chartsInDocx],
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

  /** Takes the clerk to a table error's cells (one round trip). */
  const goToFinding = useCallback(
    (finding: Finding) =>
      run('goto', async () => {
        if (step.kind === 'done') await spreadsheet.goToCells(findingLocations(finding, step.read));
      }),
    [run, spreadsheet, step],
  );

  return {
    step,
    busy,
    error,
    notice,
    generate,
    answerErrors,
    answerEdits,
    downloadDocx,
    askDraft,
    cancelDraftDownload: () => setAskDraft(false),
    copyAll,
    goToFinding,
    downloadRoute: downloadRoute(),
  };
}
