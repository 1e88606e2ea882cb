import { useEffect, useRef, useState } from 'react';
import { findingLabel, SEVERITY_LABEL, type Finding } from '../../../core';
import { useReturnFocus } from '../../hooks/useFocusRescue';

/** One finding's own state: whether the clerk is writing a 上报说明, or confirming 「填 0」. */
export function useFindingItem(finding: Finding) {
  const [explaining, setExplaining] = useState(false);
  const [reason, setReason] = useState('');
  const [confirmFill, setConfirmFill] = useState(false);
  const severity = finding.status === 'notAssessable' ? '无法判断' : SEVERITY_LABEL[finding.severity];
  const label = findingLabel(finding);
  const fill = finding.fillZero ?? [];
  // The 「填 0」 question takes the focus when asked, and gives it back when answered or dismissed.
  const confirmRef = useRef<HTMLDivElement>(null);
  useReturnFocus(confirmFill);
  useEffect(() => {
    if (confirmFill) confirmRef.current?.focus();
  }, [confirmFill]);
  return { explaining, setExplaining, reason, setReason, confirmFill, setConfirmFill, severity, label, fill, confirmRef };
}
