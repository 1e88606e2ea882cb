import { useEffect, useLayoutEffect, useRef, type DependencyList, type RefObject } from 'react';

/** The focus fell to the page: the focused element was removed, disabled or hidden. */
function focusLost(): boolean {
  const el = document.activeElement;
  return document.hasFocus() && (!el || el === document.body || el === document.documentElement || !el.isConnected);
}

/**
 * After a change that may have removed or disabled the focused element (an action ended, a finding
 * was explained away, a dialog closed), puts the focus on `fallback` if it fell to the page body, so
 * that a keyboard or screen reader user is not sent back to the top. Nothing is moved otherwise.
 */
export function useFocusRescue(fallback: RefObject<HTMLElement | null>, deps: DependencyList): void {
  useEffect(() => {
    const timer = setTimeout(() => {
      if (focusLost()) fallback.current?.focus();
    }, 0);
    return () => clearTimeout(timer);
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, deps);
}

/**
 * A dialog (or an inline confirmation) gives the focus back to what opened it when it closes: the
 * element focused when it opened, or `fallback` when that is gone. Fluent returns focus only to a
 * DialogTrigger; our dialogs open from a state, so the focus would otherwise fall to the page body.
 */
export function useReturnFocus(open: boolean, fallback?: RefObject<HTMLElement | null>): void {
  const opener = useRef<HTMLElement | null>(null);
  const wasOpen = useRef(open);
  // A layout effect runs before the dialog's own effects move the focus into it.
  useLayoutEffect(() => {
    if (open && !wasOpen.current) opener.current = document.activeElement instanceof HTMLElement ? document.activeElement : null;
  }, [open]);
  useEffect(() => {
    const closed = wasOpen.current && !open;
    wasOpen.current = open;
    if (!closed) return;
    const timer = setTimeout(() => {
      if (!focusLost()) return;
      const target = opener.current?.isConnected ? opener.current : fallback?.current;
      target?.focus();
    }, 0);
    return () => clearTimeout(timer);
  }, [open, fallback]);
}
