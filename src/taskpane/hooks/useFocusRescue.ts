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

/** How long a closed dialog may take to leave the page (its fade-out) before we stop waiting for it. */
const DIALOG_EXIT_WAIT_MS = 3000;

/** The dialog around the focus, if the focus is in one. */
function dialogWithFocus(): Element | null {
  const el = document.activeElement;
  return el instanceof Element ? el.closest('[role="dialog"], [role="alertdialog"]') : null;
}

/**
 * A dialog (or an inline confirmation) gives the focus back to what opened it when it closes: the
 * element focused when it opened, or `fallback` when that is gone. Fluent returns focus only to a
 * DialogTrigger; our dialogs open from a state, so the focus would otherwise fall to the page body.
 * A Fluent dialog fades out after it is closed and keeps the focus until it leaves the page, so the
 * focus is given back when it falls, not when the dialog is told to close.
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
    const giveBack = () => {
      const target = opener.current?.isConnected ? opener.current : fallback?.current;
      target?.focus();
    };
    // Watches the page until the closing dialog has left it, taking the focus with it (or the focus
    // went elsewhere, e.g. into the next dialog).
    let closing: Element | null = null;
    const observer = new MutationObserver(() => {
      if (focusLost()) giveBack();
      if (!closing?.contains(document.activeElement)) stop();
    });
    const timer = setTimeout(() => {
      if (focusLost()) giveBack();
      closing = dialogWithFocus();
      if (closing) observer.observe(document.body, { childList: true, subtree: true });
    }, 0);
    const giveUp = setTimeout(() => stop(), DIALOG_EXIT_WAIT_MS);
    function stop() {
      observer.disconnect();
      clearTimeout(timer);
      clearTimeout(giveUp);
    }
    return stop;
  }, [open, fallback]);
}
