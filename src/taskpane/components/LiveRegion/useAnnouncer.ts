import { useCallback, useEffect, useRef, useState } from 'react';

/** What a panel's live region says; `id` tells a repeat of the same words from the words left standing. */
export interface Announcement {
  text: string;
  id: number;
}

/** The message of a panel's live region and the function that sets it (each call is a new announcement). */
export function useAnnouncer(): [Announcement | null, (text: string) => void] {
  const [message, setMessage] = useState<Announcement | null>(null);
  const announce = useCallback((text: string) => setMessage((last) => ({ text, id: (last?.id ?? 0) + 1 })), []);
  return [message, announce];
}

/**
 * Says when an action starts (its busy label: 「正在校验…」) and how it ended (`outcome`, read when
 * busy ends: 「校验完成：错误 5、警告 1、无法判断 4」), also when the outcome is the same as last time.
 */
export function useBusyAnnouncements(busyLabel: string | null, outcome: () => string | null): Announcement | null {
  const [message, announce] = useAnnouncer();
  const was = useRef<string | null>(null);
  const latestOutcome = useRef(outcome);
  latestOutcome.current = outcome;
  useEffect(() => {
    if (busyLabel && busyLabel !== was.current) announce(busyLabel);
    if (!busyLabel && was.current) {
      const said = latestOutcome.current();
      if (said) announce(said);
    }
    was.current = busyLabel;
  }, [busyLabel, announce]);
  return message;
}
