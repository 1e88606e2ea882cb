import { useRef, type FormEvent } from 'react';
import { useReturnFocus } from '../../hooks/useFocusRescue';
import { useInsertSheets } from '../../hooks/useInsertSheets';
import { useReportForm } from '../../hooks/useReportForm';
import { useBusyAnnouncements } from '../LiveRegion';

/** The state of the insert form: its fields, and the insert flow they start. */
export function useInsertSheetsCard() {
  const form = useReportForm();
  const { state, start, keepBoth, cancel, busy } = useInsertSheets();

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (!form.isValid || busy) return;
    void start({ year: form.parsedYear, agency: form.values.agency.trim() || null, format: form.values.format });
  };

  // Starts and ends said in the form's live region; the existing-sheets question says itself.
  const busyLabel = state.phase === 'checking' ? '正在检查工作簿…' : state.phase === 'inserting' ? '正在插入工作表…' : null;
  const announcement = useBusyAnnouncements(busyLabel, () =>
    state.phase === 'done'
      ? `已插入 ${state.sheets.length} 张工作表：${state.sheets.join('、')}`
      : state.phase === 'cancelled'
        ? '已取消，工作簿没有任何改动。'
        : state.phase === 'error'
          ? `没有完成：${state.message}`
          : null,
  );
  // Closing the existing-sheets question (answered, or Escape) gives the focus back to the button.
  const submitButton = useRef<HTMLButtonElement>(null);
  useReturnFocus(state.phase === 'confirm', submitButton);

  return { form, state, keepBoth, cancel, busy, submit, announcement, submitButton };
}
