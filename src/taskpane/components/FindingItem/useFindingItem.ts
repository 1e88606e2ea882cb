import { useState } from 'react';
import { findingLabel, SEVERITY_LABEL, type Finding } from '../../../core';

/** One finding's own state: whether the clerk is writing a 上报说明, or confirming 「填 0」. */
export function useFindingItem(finding: Finding) {
  const [explaining, setExplaining] = useState(false);
  const [reason, setReason] = useState('');
  const [confirmFill, setConfirmFill] = useState(false);
  const severity = finding.status === 'notAssessable' ? '无法判断' : SEVERITY_LABEL[finding.severity];
  const label = findingLabel(finding);
  const fill = finding.fillZero ?? [];
  return { explaining, setExplaining, reason, setReason, confirmFill, setConfirmFill, severity, label, fill };
}
