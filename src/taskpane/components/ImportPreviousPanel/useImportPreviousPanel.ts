import { useRef, useState } from 'react';
import { formatOfData } from '../../../core';
import { useImportPrevious } from '../../hooks/useImportPrevious';

/** The state of 「上年报告」: the import, the pasted text, and how much of the report was recognised. */
export function useImportPreviousPanel() {
  const v = useImportPrevious();
  const [pasted, setPasted] = useState('');
  const fileInput = useRef<HTMLInputElement>(null);
  const result = v.imported?.result;
  const read = result ? Object.values(result.data.cells).filter((x) => x !== null).length : 0;
  const total = result ? formatOfData(result.data).cells.length : 0;
  return { v, pasted, setPasted, fileInput, result, read, total };
}
