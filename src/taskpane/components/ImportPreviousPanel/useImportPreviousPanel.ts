import { useRef, useState } from 'react';
import { formatOfData } from '../../../core';
import { useFocusRescue, useReturnFocus } from '../../hooks/useFocusRescue';
import { useImportPrevious } from '../../hooks/useImportPrevious';

/** The state of 「上年报告」: the import, the pasted text, and how much of the report was recognised. */
export function useImportPreviousPanel() {
  const v = useImportPrevious();
  const [pasted, setPasted] = useState('');
  const fileInput = useRef<HTMLInputElement>(null);
  const result = v.imported?.result;
  const read = result ? Object.values(result.data.cells).filter((x) => x !== null).length : 0;
  const total = result ? formatOfData(result.data).cells.length : 0;

  // The 上年结转 question gives the focus back to its button; after any action the focus stays in the panel.
  const fileButton = useRef<HTMLButtonElement>(null);
  useReturnFocus(Boolean(v.proposals && v.proposals.length > 0), fileButton);
  useFocusRescue(fileButton, [v.busy, v.imported, v.saved, v.mismatch]);

  return { v, pasted, setPasted, fileInput, result, read, total, fileButton };
}
