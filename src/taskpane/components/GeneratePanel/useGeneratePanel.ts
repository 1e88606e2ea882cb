import { useEffect, useRef } from 'react';
import { useFocusRescue, useReturnFocus } from '../../hooks/useFocusRescue';
import { useBusyAnnouncements } from '../LiveRegion';
import { useFieldFocus } from '../../hooks/useFieldFocus';
import { useGenerateReport } from '../../hooks/useGenerateReport';
import { useNarrativeInputs } from '../../hooks/useNarrativeInputs';

/** The state of 「生成报告」: the 正文素材 form, the way to its fields, and generating. */
export function useGeneratePanel(active: boolean) {
  const form = useNarrativeInputs();
  const navigation = useFieldFocus();
  // Coming back to the tab: the sheet may have changed meanwhile (edited, or a new set inserted).
  // Without unsaved changes the form reads it again; with them, it keeps what the clerk typed.
  const { dirty, load } = form;
  const wasActive = useRef(active);
  useEffect(() => {
    if (active && !wasActive.current && !dirty) void load();
    wasActive.current = active;
  }, [active, dirty, load]);
  const g = useGenerateReport();
  const step = g.step;
  const busy = g.busy !== null || form.busy !== null;

  // Starts and ends said in the panel's live region (going to a cell needs no words).
  const busyLabel = g.busy === 'generate' ? '正在生成报告…' : g.busy === 'docx' ? '正在生成 Word 文档…' : g.busy === 'copy' ? '正在复制全文…' : null;
  const announcement = useBusyAnnouncements(busyLabel, () => {
    const error = g.error ?? form.error;
    if (error) return error;
    const draft = step.kind === 'done' && step.doc.draft ? `已生成草稿，写入工作表“${step.sheet}”：表格尚有 ${step.doc.draft.errors.length} 处错误。` : null;
    // A question (errors open, edits kept) opens its dialog, which says it.
    return [draft, g.notice].filter(Boolean).join('') || null;
  });

  // Each question gives the focus back to what asked it (「生成报告」, 「下载 Word 文档」) when it closes.
  const generateButton = useRef<HTMLButtonElement>(null);
  useReturnFocus(step.kind === 'confirmErrors', generateButton);
  useReturnFocus(step.kind === 'confirmEdits', generateButton);
  useReturnFocus(g.askDraft && step.kind === 'done', generateButton);
  useFocusRescue(generateButton, [g.busy, form.busy, step.kind]);
  return { form, navigation, g, step, busy, announcement, generateButton };
}
