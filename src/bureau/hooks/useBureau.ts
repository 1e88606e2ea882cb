import { useCallback, useMemo, useRef, useState } from 'react';
import { keyFigures, type LocatedFinding } from '../../core';
import { messageOf } from '../../taskpane/hooks/useAction';
import { DOCX_MIME, downloadFile } from '../../taskpane/output/deliver';
import { agencyReportDocx, opinionDocx, summaryState, summaryWorkbook, XLSX_MIME } from '../outputs';
import { parentOpinionBlocks, parentState } from '../parent';
import { readAgencyFile } from '../read-file';
import type { AgencyFile, SeverityFilter, SortKey } from '../types';
import type { ParentState } from '../parent';
import type { SummaryState } from '../outputs';

/** A rule's family: 「T3-1」 → 「T3」, 「X-2」 → 「X」. */
export function ruleFamily(rule: string): string {
  return rule.split('-')[0];
}

export const FAMILY_LABEL: Record<string, string> = {
  T2: '表二',
  T3: '表三',
  T4: '表四',
  F: '格式版本',
  S: '工作表与公式',
  N: '正文素材',
  X: '正文与跨年度',
  E: '编辑问题',
  I: '识别问题',
};

/** A finding counts for the filters when it is open: failed, or 无法判断. Hints (info) are shown but not filtered on. */
export function findingMatches(f: LocatedFinding, severity: SeverityFilter, family: string): boolean {
  if (family !== 'all' && ruleFamily(f.rule) !== family) return false;
  if (severity === 'notAssessable') return f.status === 'notAssessable';
  if (severity === 'error' || severity === 'warning') return f.status === 'fail' && f.severity === severity;
  return true;
}

function rowMatches(row: AgencyFile, severity: SeverityFilter, family: string): boolean {
  if (severity === 'clean') return !row.error && row.counts.errors + row.counts.warnings + row.counts.notAssessable === 0;
  if (severity === 'all' && family === 'all') return true;
  if (row.error) return severity === 'all' || severity === 'error';
  return row.findings.some((f) => !(f.status === 'fail' && f.severity === 'info') && findingMatches(f, severity, family));
}

function sortValue(row: AgencyFile, key: SortKey): number | string {
  if (key === 'agency') return row.agency;
  if (key === 'errors' || key === 'warnings' || key === 'notAssessable') return row.error ? Number.MAX_SAFE_INTEGER : row.counts[key];
  const figures = row.data ? keyFigures(row.data) : null;
  return figures?.[key] ?? -1;
}

/**
 * What the live region says once the files are read: how many, and whether the 汇总 (and the 本级
 * check) can be made. The refusals themselves are the message bars beside it.
 */
function newsOf(files: number, summary: SummaryState, parent: ParentState): string {
  if (!files) return '';
  const sum = summary.kind === 'ready' ? `可以汇总：${summary.rows.length} 个单位。` : summary.kind === 'none' ? '' : '暂不能汇总，原因见下。';
  const check =
    parent.kind === 'ready'
      ? `已设${parent.parent.agency}为本级：与下级之和一致 ${parent.counts.equal} 格，不一致 ${parent.counts.differs} 格，无法判断 ${parent.counts.notAssessable} 格。`
      : parent.kind === 'noChildren'
        ? `已设${parent.parent.agency}为本级，但还没有下级单位的文件。`
        : parent.kind === 'mixed'
          ? `已设${parent.parent.agency}为本级，但与下级的年度或格式版本不同，无法逐格核对。`
          : '';
  return `已读取 ${files} 个文件。${sum}${check}`;
}

export function useBureau() {
  const [rows, setRows] = useState<AgencyFile[]>([]);
  const [reading, setReading] = useState<{ done: number; total: number } | null>(null);
  const [selected, setSelected] = useState<number | null>(null);
  const [parentId, setParentId] = useState<number | null>(null);
  const [signer, setSigner] = useState('');
  const [sort, setSort] = useState<{ key: SortKey; ascending: boolean }>({ key: 'errors', ascending: false });
  const [severity, setSeverity] = useState<SeverityFilter>('all');
  const [family, setFamily] = useState('all');
  const [busy, setBusy] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const nextId = useRef(1);
  const queue = useRef(Promise.resolve());

  /** Files are read one after another, in the order dropped; each row appears as soon as its file is read. */
  const addFiles = useCallback((files: readonly File[]) => {
    if (!files.length) return;
    setError(null);
    setReading((r) => ({ done: r?.done ?? 0, total: (r?.total ?? 0) + files.length }));
    for (const file of files) {
      const id = nextId.current++;
      queue.current = queue.current.then(async () => {
        const row = await readAgencyFile(file, id).catch((e: Error) => ({
          id,
          file: file.name,
          kind: 'report' as const,
          agency: file.name,
          findings: [],
          counts: { errors: 0, warnings: 0, notAssessable: 0 },
          error: `读取“${file.name}”时出错：${messageOf(e, '文件已损坏，或不是所支持的格式（.xlsx、.docx、.pdf、.html、.txt）。')}`,
        }));
        setRows((all) => [...all, row]);
        setReading((r) => (r && r.done + 1 < r.total ? { ...r, done: r.done + 1 } : null));
      });
    }
  }, []);

  const remove = useCallback((id: number) => {
    setRows((all) => all.filter((r) => r.id !== id));
    setSelected((s) => (s === id ? null : s));
    setParentId((p) => (p === id ? null : p));
  }, []);

  const clear = useCallback(() => {
    setRows([]);
    setSelected(null);
    setParentId(null);
  }, []);

  /** Marks a file as 本级 (a second press unmarks it): it leaves the 汇总 and is compared with it. */
  const toggleParent = useCallback((id: number) => setParentId((p) => (p === id ? null : id)), []);

  const toggleSort = useCallback((key: SortKey) => setSort((s) => (s.key === key ? { key, ascending: !s.ascending } : { key, ascending: key === 'agency' })), []);

  const visible = useMemo(() => {
    const shown = rows.filter((r) => rowMatches(r, severity, family));
    const direction = sort.ascending ? 1 : -1;
    return shown.sort((a, b) => {
      const x = sortValue(a, sort.key);
      const y = sortValue(b, sort.key);
      const order = typeof x === 'string' && typeof y === 'string' ? x.localeCompare(y, 'zh-CN') : Number(x) - Number(y);
      return order * direction || a.id - b.id;
    });
  }, [rows, severity, family, sort]);

  const families = useMemo(() => [...new Set(rows.flatMap((r) => r.findings.map((f) => ruleFamily(f.rule))))].sort(), [rows]);
  const children = useMemo(() => rows.filter((r) => r.id !== parentId), [rows, parentId]);
  const summary = useMemo(() => summaryState(children), [children]);
  const parent = useMemo(() => parentState(rows, parentId), [rows, parentId]);
  const news = useMemo(() => newsOf(rows.length, summary, parent), [rows.length, summary, parent]);
  const selectedRow = rows.find((r) => r.id === selected) ?? null;

  // A second click while a download is being made is ignored, not run alongside.
  const running = useRef(false);
  const act = useCallback(async (label: string, work: () => Promise<void>) => {
    if (running.current) return;
    running.current = true;
    setBusy(label);
    setError(null);
    try {
      await work();
    } catch (e) {
      setError(messageOf(e, '未能完成，请稍后重试；若一再出现，请把文件发给技术支持。'));
    } finally {
      running.current = false;
      setBusy(null);
    }
  }, []);

  const downloadSummary = useCallback(
    () =>
      act('正在生成汇总工作簿…', async () => {
        if (summary.kind !== 'ready') return;
        const year = summary.summary.year ? `${summary.summary.year}年` : '';
        downloadFile(await summaryWorkbook(summary), `${year}汇总（${summary.rows.length}个单位）.xlsx`, XLSX_MIME);
      }),
    [act, summary],
  );

  const downloadOpinion = useCallback(
    () =>
      act('正在生成审核意见…', async () => {
        const extra = (next: number) => (parent.kind === 'ready' ? parentOpinionBlocks(parent, next) : []);
        downloadFile(await opinionDocx(rows, extra, signer), '审核意见.docx', DOCX_MIME);
      }),
    [act, rows, parent, signer],
  );

  const downloadReport = useCallback(
    (row: AgencyFile) =>
      act('正在生成报告…', async () => {
        const name = `${row.agency}${row.data?.year ?? ''}年政府信息公开工作年度报告.docx`;
        downloadFile(await agencyReportDocx(row), name, DOCX_MIME);
      }),
    [act],
  );

  return {
    rows,
    visible,
    reading,
    selectedRow,
    setSelected,
    remove,
    clear,
    addFiles,
    sort,
    toggleSort,
    severity,
    setSeverity,
    family,
    setFamily,
    families,
    summary,
    parent,
    parentId,
    toggleParent,
    signer,
    setSigner,
    news,
    busy,
    error,
    downloadSummary,
    downloadOpinion,
    downloadReport,
  };
}

export type BureauState = ReturnType<typeof useBureau>;
