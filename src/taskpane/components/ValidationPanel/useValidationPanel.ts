import { useState } from 'react';
import { useValidation } from '../../hooks/useValidation';

/** The state of 「校验」: the validation itself, and which groups show their 无法判断 items. */
export function useValidationPanel() {
  const v = useValidation();
  const total = v.counts.error + v.counts.warning + v.counts.info + v.counts.open;
  // 无法判断 waits for cells to be filled in: folded away until asked for, per group.
  const [openShown, setOpenShown] = useState<ReadonlySet<string>>(() => new Set());
  const toggleOpen = (key: string) => setOpenShown((shown) => (shown.has(key) ? new Set([...shown].filter((k) => k !== key)) : new Set([...shown, key])));
  return { v, total, openShown, toggleOpen };
}
