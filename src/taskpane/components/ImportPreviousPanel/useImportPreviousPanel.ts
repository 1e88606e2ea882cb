import { useRef, useState } from 'react';
import { formatOfData } from '../../../core';
import { useFocusRescue, useReturnFocus } from '../../hooks/useFocusRescue';
import { useImportPrevious } from '../../hooks/useImportPrevious';
import { useBusyAnnouncements } from '../LiveRegion';

/** The state of 「上年报告」: the import, the pasted text, and how much of the report was recognised. */
export function useImportPreviousPanel() {
  const v = useImportPrevious();
  const [pasted, setPasted] = useState('');
  const fileInput = useRef<HTMLInputElement>(null);
  const result = v.imported?.result;
  const read = result ? Object.values(result.data.cells).filter((x) => x !== null).length : 0;
  const total = result ? formatOfData(result.data).cells.length : 0;

  // Starts and ends said in the panel's live region: what was recognised, saved or filled.
  const importedBefore = useRef(v.imported);
  if (!v.busy) importedBefore.current = v.imported;
  const announcement = useBusyAnnouncements(v.busy ? '正在处理…' : null, () => {
    if (v.error) return v.error;
    if (v.notice) return v.notice;
    if (result && v.imported !== importedBefore.current) {
      const warning = v.mismatch?.of === 'imported' ? '。这可能不是本机关上一年度的报告' : '';
      return `识别完成：机关 ${result.data.agency ?? '未写明'}，年度 ${result.data.year ?? '未写明'}，读出 ${read}/${total} 个单元格${warning}`;
    }
    return null;
  });

  // The 上年结转 question gives the focus back to its button; after any action the focus stays in the panel.
  const fileButton = useRef<HTMLButtonElement>(null);
  useReturnFocus(Boolean(v.proposals && v.proposals.length > 0), fileButton);
  useFocusRescue(fileButton, [v.busy, v.imported, v.saved, v.mismatch]);

  return { v, pasted, setPasted, fileInput, result, read, total, announcement, fileButton };
}
