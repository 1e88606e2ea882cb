import { useState } from 'react';
import type { DocumentFinding, Finding, InputGap } from '../../../core';

/** Whether the general paragraphs are shown, and how many things there are to handle. */
export function usePublishChecklist({ errors, findings, gaps }: { errors: Finding[]; findings: DocumentFinding[]; gaps: InputGap[] }) {
  // The general paragraphs are hints beside errors: folded when there are errors to fix first.
  const [gapsShown, setGapsShown] = useState(false);
  const showGaps = gapsShown || (errors.length === 0 && findings.length === 0);
  const total = errors.length + findings.length + gaps.length;
  return { showGaps, setGapsShown, total };
}
