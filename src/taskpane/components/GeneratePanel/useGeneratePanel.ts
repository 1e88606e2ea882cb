import { useEffect, useRef } from 'react';
import { useFocusRescue, useReturnFocus } from '../../hooks/useFocusRescue';
import { useFieldFocus } from '../../hooks/useFieldFocus';
import { useGenerateReport } from '../../hooks/useGenerateReport';
import { useNarrativeInputs } from '../../hooks/useNarrativeInputs';
import { useChartOutputs } from '../ChartOutputs';

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
  const charts = useChartOutputs();
  const g = useGenerateReport(charts.inDocx);
  const step = g.step;
  const busy = g.busy !== null || form.busy !== null || charts.busy !== null;

  // Each question gives the focus back to what asked it (「生成报告」, 「下载 Word 文档」) when it closes.
  const generateButton = useRef<HTMLButtonElement>(null);
  useReturnFocus(step.kind === 'confirmErrors', generateButton);
  useReturnFocus(step.kind === 'confirmEdits', generateButton);
  useReturnFocus(g.askDraft && step.kind === 'done', generateButton);
  useFocusRescue(generateButton, [g.busy, form.busy, charts.busy, step.kind]);
  return { form, navigation, g, charts, step, busy, generateButton };
}
