import { useCallback, useEffect, useMemo, useState } from 'react';
import { placeOf } from '../place';
import { useAction } from './useAction';
import { useReportSheetWritten } from '../events';
import { getFormat, isTextRule, type CellLocation, type Finding, type TableId } from '../../core';
import {
  auditEntries,
  canDismiss,
  dismiss,
  dismissalKey,
  findingLocations,
  isNoReportSheets,
  tableSheets,
  undismiss,
  type Dismissal,
  type SpreadsheetPort,
  type WorkbookValidation,
} from '../../port';
import { useSpreadsheet } from '../spreadsheet';

export type GroupKey = TableId | 'text' | 'inputs' | 'other';
export const GROUP_TITLES: Record<GroupKey, string> = {
  active: '表二 主动公开',
  applications: '表三 依申请公开',
  review: '表四 复议诉讼',
  text: '报告正文',
  inputs: '正文素材',
  other: '格式、基本信息与上年报告',
};

export interface FindingGroup {
  key: GroupKey;
  title: string;
  /** Failures: what to fix. */
  findings: Finding[];
  /** 无法判断: checks waiting for a cell to be filled in, shown on request. */
  open: Finding[];
}

export interface ValidationCounts {
  error: number;
  warning: number;
  info: number;
  open: number;
}

/**
 * Validates the workbook with last year's report, when one was imported (the cross-year rules X-1,
 * T2-2, T2-3); one the clerk confirmed as theirs despite another year or name raises no X-6.
 */
function validateCurrent(spreadsheet: SpreadsheetPort) {
  const previous = spreadsheet.loadPreviousReport();
  return spreadsheet.validateWorkbook(previous?.data, { previousConfirmed: previous?.confirmed });
}

/**
 * State of 「校验」: the last result, the clerk's explanations (dismissals), marking. Every call to
 * the workbook goes through the spreadsheet port (in Excel, round trips are fixed: 1 to validate, 1
 * to go to a cell, 1 to mark, 3 to clear, 2 to fill blanks with 0).
 */
export function useValidation() {
  const spreadsheet = useSpreadsheet();
  const [result, setResult] = useState<WorkbookValidation | null>(null);
  const { busy, error, notice, setNotice, run: guard } = useAction<'validate' | 'mark' | 'clear' | 'export' | 'fill'>('操作没有完成，请稍后重试。');
  const [dismissals, setDismissals] = useState<Dismissal[]>(() => spreadsheet.loadDismissals());

  // No report sheets yet: the panel shows its empty state rather than an error.
  const [noSheets, setNoSheets] = useState(false);
  const validate = useCallback(
    () =>
      guard('validate', async () => {
        try {
          setResult(await validateCurrent(spreadsheet));
          setNoSheets(false);
        } catch (error) {
          if (!isNoReportSheets(error)) throw error;
          setResult(null);
          setNoSheets(true);
        }
      }),
    [guard, spreadsheet],
  );

  // Whether the workbook carries our marks: 「清除标记」 has something to clear only then.
  const [hasMarks, setHasMarks] = useState(() => spreadsheet.marksPresent());

  const dismissedKeys = useMemo(() => new Set(dismissals.map((d) => d.key)), [dismissals]);
  const active = useMemo(() => (result?.report.findings ?? []).filter((f) => !dismissedKeys.has(dismissalKey(f))), [result, dismissedKeys]);

  const groups = useMemo<FindingGroup[]>(() => {
    if (!result) return [];
    const format = getFormat(result.report.format);
    const byGroup = new Map<GroupKey, Finding[]>();
    for (const f of active) {
      const key: GroupKey = isTextRule(f.rule) ? 'text' : f.cells[0]?.startsWith('inputs.') ? 'inputs' : (f.cells[0] && format.tableOf(f.cells[0])?.id) || 'other';
      byGroup.set(key, [...(byGroup.get(key) ?? []), f]);
    }
    return (['applications', 'review', 'active', 'inputs', 'text', 'other'] as GroupKey[])
      .filter((k) => byGroup.has(k))
      .map((k) => ({
        key: k,
        title: GROUP_TITLES[k],
        findings: byGroup.get(k)!.filter((f) => f.status === 'fail'),
        open: byGroup.get(k)!.filter((f) => f.status === 'notAssessable'),
      }));
  }, [result, active]);

  const counts = useMemo<ValidationCounts>(() => {
    const fails = active.filter((f) => f.status === 'fail');
    return {
      error: fails.filter((f) => f.severity === 'error').length,
      warning: fails.filter((f) => f.severity === 'warning').length,
      info: fails.filter((f) => f.severity === 'info').length,
      open: active.filter((f) => f.status === 'notAssessable').length,
    };
  }, [active]);

  const goTo = useCallback(
    (finding: Finding) =>
      guard('validate', async () => {
        if (result) await spreadsheet.goToCells(findingLocations(finding, result.read));
      }),
    [guard, spreadsheet, result],
  );

  const mark = useCallback(
    () =>
      guard('mark', async () => {
        if (!result) return;
        const n = await spreadsheet.markFindings(active, result.read);
        if (n) setHasMarks(true);
        setNotice(`已标记 ${n} 个单元格（红色底纹），不影响原有格式。`);
      }),
    [guard, spreadsheet, result, active, setNotice],
  );

  const clear = useCallback(
    () =>
      guard('clear', async () => {
        const n = await spreadsheet.clearMarks(result ? tableSheets(result.read) : undefined);
        setHasMarks(false);
        setNotice(n ? `已清除 ${n} 处标记，单元格格式已恢复原样。` : '没有需要清除的标记。');
      }),
    [guard, spreadsheet, result, setNotice],
  );

  /** 「空白的都填 0」, after the clerk agreed: the finding's blank input cells, then 校验 again. */
  const fillZero = useCallback(
    (finding: Finding) =>
      guard('fill', async () => {
        if (!result || !finding.fillZero) return;
        const locations = finding.fillZero.map((id) => result.read.locations.get(id)).filter((l): l is CellLocation => !!l);
        const n = await spreadsheet.fillBlankCells(locations);
        setResult(await validateCurrent(spreadsheet));
        setNotice(n ? `已在 ${n} 个空白单元格中填入 0，并重新校验。` : '这些单元格已不再空白，没有改动。');
      }),
    [guard, spreadsheet, result, setNotice],
  );

  const explain = useCallback(
    async (finding: Finding, reason: string) => {
      if (!canDismiss(finding) || !reason.trim()) return;
      const next = dismiss(dismissals, finding, reason);
      await guard('validate', async () => {
        await spreadsheet.saveDismissals(next);
        setDismissals(next);
      });
    },
    [dismissals, guard, spreadsheet],
  );

  const restore = useCallback(
    async (key: string) => {
      const next = undismiss(dismissals, key);
      await guard('validate', async () => {
        await spreadsheet.saveDismissals(next);
        setDismissals(next);
      });
    },
    [dismissals, guard, spreadsheet],
  );

  // 编辑后自动校验: watch the report sheets while switched on; re-register only when they change.
  const [auto, setAuto] = useState(false);
  // 生成报告 replaces 报告正文 with a new sheet of the same name: watch again, and check the new text.
  const [sheetEpoch, setSheetEpoch] = useState(0);
  useReportSheetWritten(useCallback(() => setSheetEpoch((n) => n + 1), []));
  const [autoAvailable, setAutoAvailable] = useState(true);
  const watchedSheets = result ? tableSheets(result.read).join('\n') : '';
  useEffect(() => {
    if (!auto || !watchedSheets) return;
    let stopped = false;
    let stop: (() => Promise<void>) | undefined;
    spreadsheet
      .watchReportSheets(watchedSheets.split('\n'), () => void validateCurrent(spreadsheet).then(setResult).catch(() => undefined))
      .then((watch) => {
        if (!watch) setAutoAvailable(false);
        else if (stopped) void watch.stop().catch(() => undefined);
        else stop = () => watch.stop();
      })
      .catch(() => setAutoAvailable(false));
    // After 报告正文 was written anew, its text is checked at once, not at the next edit.
    if (sheetEpoch) void validateCurrent(spreadsheet).then(setResult).catch(() => undefined);
    return () => {
      stopped = true;
      // Removing a handler of a sheet deleted meanwhile fails; there is nothing left to stop then.
      void stop?.().catch(() => undefined);
    };
  }, [spreadsheet, auto, watchedSheets, sheetEpoch]);

  const exportAudit = useCallback(
    () =>
      guard('export', async () => {
        if (!result) return;
        const { agency, year } = result.read.data;
        const title = `${agency ?? '（机关名称未填）'}${year ? ` ${year} 年度` : ''}政府信息公开工作年度报告 审核报告`;
        const name = await spreadsheet.exportAuditSheet(auditEntries(result.report, result.read, dismissals), title, new Date().toISOString().slice(0, 10));
        setNotice(`审核报告已写入工作表“${name}”，可打印或随年报报送。`);
      }),
    [guard, spreadsheet, result, dismissals, setNotice],
  );

  const place = useCallback((finding: Finding) => (result ? placeOf(finding, result.read) : undefined), [result]);

  return { result, groups, counts, busy, error, notice, dismissals, noSheets, hasMarks, place, validate, goTo, mark, clear, fillZero, explain, restore, exportAudit, auto, setAuto, autoAvailable };
}
