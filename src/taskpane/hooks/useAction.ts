import { useCallback, useRef, useState } from 'react';
import { SpreadsheetError } from '../../port';

/**
 * The state every task pane action shares: what is running, the last error (a Chinese message,
 * never a stack trace) and the last notice. `run` clears both before the action starts.
 */
export function useAction<Kind extends string>(fallbackMessage: string) {
  const [busy, setBusy] = useState<Kind | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [notice, setNotice] = useState<string | null>(null);

  // A second click while an action runs is ignored, not run alongside (two writes would race).
  const running = useRef(false);
  const run = useCallback(
    async (kind: Kind, action: () => Promise<void>) => {
      if (running.current) return;
      running.current = true;
      setBusy(kind);
      setError(null);
      setNotice(null);
      try {
        await action();
      } catch (e) {
        setError(messageOf(e, fallbackMessage));
      } finally {
        running.current = false;
        setBusy(null);
      }
    },
    [fallbackMessage],
  );

  return { busy, error, notice, setError, setNotice, run };
}

/**
 * The spreadsheet's errors carry a message for the clerk; our own errors are written in Chinese too.
 * Anything else (a library's English error) gives way to `fallback`.
 */
export function messageOf(error: unknown, fallback: string): string {
  if (error instanceof SpreadsheetError) return error.userMessage;
  if (error instanceof Error && /[\u4e00-\u9fff]/.test(error.message)) return error.message;
  return fallback;
}
