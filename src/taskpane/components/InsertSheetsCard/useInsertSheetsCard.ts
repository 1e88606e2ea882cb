import { useRef, type FormEvent } from 'react';
import { useReturnFocus } from '../../hooks/useFocusRescue';
import { useInsertSheets } from '../../hooks/useInsertSheets';
import { useReportForm } from '../../hooks/useReportForm';

/** The state of the insert form: its fields, and the insert flow they start. */
export function useInsertSheetsCard() {
  const form = useReportForm();
  const { state, start, keepBoth, cancel, busy } = useInsertSheets();

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (!form.isValid || busy) return;
    void start({ year: form.parsedYear, agency: form.values.agency.trim() || null, format: form.values.format });
  };

  // Closing the existing-sheets question (answered, or Escape) gives the focus back to the button.
  const submitButton = useRef<HTMLButtonElement>(null);
  useReturnFocus(state.phase === 'confirm', submitButton);

  return { form, state, keepBoth, cancel, busy, submit, submitButton };
}
