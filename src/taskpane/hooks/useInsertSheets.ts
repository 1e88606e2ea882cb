import { useCallback, useState } from 'react';
import { SpreadsheetError, type InsertOptions } from '../../port';
import { useSpreadsheet } from '../spreadsheet';

export type InsertState =
  | { phase: 'idle' }
  | { phase: 'checking' }
  | { phase: 'confirm'; conflicts: string[]; nextCopy: number; options: InsertOptions }
  | { phase: 'inserting' }
  | { phase: 'done'; sheets: string[]; copy: number }
  | { phase: 'cancelled' }
  | { phase: 'error'; message: string };

/**
 * Insert flow: look for our sheets first (one sync); if some exist, ask the clerk whether to keep
 * both or cancel; then insert (one sync). Nothing in the workbook is ever overwritten.
 */
export function useInsertSheets() {
  const spreadsheet = useSpreadsheet();
  const [state, setState] = useState<InsertState>({ phase: 'idle' });

  const insert = useCallback(async (options: InsertOptions, copy: number) => {
    setState({ phase: 'inserting' });
    try {
      const result = await spreadsheet.insertReportSheets({ ...options, copy });
      setState({ phase: 'done', sheets: result.sheets, copy });
    } catch (error) {
      setState({ phase: 'error', message: messageOf(error) });
    }
  }, [spreadsheet]);

  const start = useCallback(
    async (options: InsertOptions) => {
      setState({ phase: 'checking' });
      try {
        const existing = await spreadsheet.checkExistingSheets();
        if (existing.conflicts.length > 0) {
          setState({ phase: 'confirm', conflicts: existing.conflicts, nextCopy: existing.nextCopy, options });
          return;
        }
        await insert(options, existing.nextCopy);
      } catch (error) {
        setState({ phase: 'error', message: messageOf(error) });
      }
    },
    [spreadsheet, insert],
  );

  const keepBoth = useCallback(async () => {
    if (state.phase !== 'confirm') return;
    await insert(state.options, state.nextCopy);
  }, [state, insert]);

  const cancel = useCallback(() => setState({ phase: 'cancelled' }), []);

  return { state, start, keepBoth, cancel, busy: state.phase === 'checking' || state.phase === 'inserting' };
}

function messageOf(error: unknown): string {
  if (error instanceof SpreadsheetError) return error.userMessage;
  return '操作没有完成，请稍后重试。如果问题持续，请保存工作簿后重新打开加载项。';
}
