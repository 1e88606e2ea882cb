import { useRef, useState } from 'react';
import { useFocusRescue } from '../../hooks/useFocusRescue';
import { useValidation } from '../../hooks/useValidation';

type Busy = ReturnType<typeof useValidation>['busy'];

/** What the spinner and the live region say while an action runs. */
export function busyLabel(busy: Busy): string {
  return busy === 'validate'
    ? '正在校验…'
    : busy === 'mark'
      ? '正在标记…'
      : busy === 'clear'
        ? '正在清除标记…'
        : busy === 'export'
          ? '正在导出审核报告…'
          : busy === 'fill'
            ? '正在填写 0…'
            : '正在处理…';
}

/** The state of 「校验」: the validation itself, and which groups show their 无法判断 items. */
export function useValidationPanel() {
  const v = useValidation();
  const total = v.counts.error + v.counts.warning + v.counts.info + v.counts.open;
  // 无法判断 waits for cells to be filled in: folded away until asked for, per group.
  const [openShown, setOpenShown] = useState<ReadonlySet<string>>(() => new Set());
  const toggleOpen = (key: string) => setOpenShown((shown) => (shown.has(key) ? new Set([...shown].filter((k) => k !== key)) : new Set([...shown, key])));

  // A finding explained away, or one filled in, leaves the list: the focus goes to the explanations'
  // heading, or back to 「校验」, never to the page body.
  const validateButton = useRef<HTMLButtonElement>(null);
  const dismissedHeading = useRef<HTMLHeadingElement>(null);
  useFocusRescue(dismissedHeading, [v.dismissals.length]);
  useFocusRescue(validateButton, [v.busy, v.result, v.dismissals.length]);

  return { v, total, openShown, toggleOpen, validateButton, dismissedHeading, busy: v.busy !== null };
}
