import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { getInput, INPUT_FIELDS, inputCellValue, inputConsistency, inputsFromRaw, parseInput, type NarrativeInputs } from '../../core';
import { isNoReportSheets, SpreadsheetError } from '../../port';
import { useSpreadsheet } from '../spreadsheet';
import { useAction } from './useAction';

export const LAST_YEAR_FIXES = 'problems.lastYearFixes';

/** The form's text per field key, as the clerk typed it. */
export type FormValues = Record<string, string>;

function toForm(inputs: NarrativeInputs): FormValues {
  const values: FormValues = {};
  for (const field of INPUT_FIELDS) {
    const v = inputCellValue(getInput(inputs, field.key));
    values[field.key] = v === null ? '' : String(v);
  }
  return values;
}

/**
 * The 正文素材 form: read from the sheet when opened, edited here, and written back field by field as
 * the clerk leaves each one (and on 保存, and before generating), so that nothing typed is lost when
 * the pane closes. The sheet is the one source: only what the form changed is written, never a cell
 * changed in the sheet meanwhile, and a reload while there are unsaved changes is labelled as
 * discarding them.
 */
export function useNarrativeInputs() {
  const spreadsheet = useSpreadsheet();
  const [values, setValues] = useState<FormValues>(() => toForm({}));
  const [saved, setSavedState] = useState<FormValues>(values);
  // The latest values and what the sheet holds, for saves that run after the render that started them.
  const valuesRef = useRef(values);
  valuesRef.current = values;
  const savedRef = useRef(saved);
  const setSaved = useCallback((next: FormValues) => {
    savedRef.current = next;
    setSavedState(next);
  }, []);
  const [sheetMissing, setSheetMissing] = useState(false);
  // No report sheets at all yet: the panel shows its empty state instead of the form.
  const [noSheets, setNoSheets] = useState(false);
  // Saves as the clerk leaves a field run one after another, outside the busy state (which would
  // disable 生成报告 between the clerk's mouse-down and click).
  const saving = useRef<Promise<void>>(Promise.resolve());
  const [autoSaved, setAutoSaved] = useState<string | null>(null);
  // Saved in the workbook by 上年报告; read again with the sheet, as another tab may have imported it since.
  const [lastYearProblems, setLastYearProblems] = useState<string[]>(() => spreadsheet.loadPreviousReport()?.problems ?? []);
  const [sheetProblems, setSheetProblems] = useState<Record<string, string>>({});
  const { busy, error, notice, setError, setNotice, run } = useAction<'load' | 'save' | 'addSheet'>('没有读取或保存正文素材，请稍后重试。');

  const load = useCallback(
    () =>
      run('load', async () => {
        let read;
        try {
          read = await spreadsheet.readReport();
        } catch (error) {
          if (!isNoReportSheets(error)) throw error;
          setNoSheets(true);
          return;
        }
        setNoSheets(false);
        setLastYearProblems(spreadsheet.loadPreviousReport()?.problems ?? []);
        setSheetMissing(!read.inputsFound);
        const form = toForm(read.inputs);
        setValues(form);
        setSaved(form);
        // Values the reader could not take (「约30条」) are not in the form: say where they are. Values
        // that were taken but disagree (a channel above the total) are checked live, below.
        const fromSheet: Record<string, string> = {};
        for (const d of read.diagnostics) if (d.inputKey && !d.disagrees) fromSheet[d.inputKey] = `工作表中${d.address ? ` ${d.address} ` : ''}的内容无法识别：${d.message}`;
        setSheetProblems(fromSheet);
        const count = Object.keys(fromSheet).length;
        if (count) setNotice(`正文素材中有 ${count} 处内容无法识别，已在表单中标出；请重新填写。`);
      }),
    [run, spreadsheet, setNotice, setSaved],
  );

  useEffect(() => {
    void load();
  }, [load]);

  const setField = useCallback((key: string, text: string) => setValues((v) => ({ ...v, [key]: text })), []);

  const problems = useMemo(() => {
    const out: Record<string, string> = {};
    for (const field of INPUT_FIELDS) {
      const problem = parseInput(field, values[field.key]).problem;
      if (problem) out[field.key] = problem;
    }
    return out;
  }, [values]);

  /**
   * Problems of the sheet's own cells, shown until the clerk types something new there; and values
   * that do not fit together (a channel above the total, a fee without its amount).
   */
  const warnings = useMemo(() => {
    const out: Record<string, string> = {};
    for (const d of inputConsistency(inputsFromRaw(values).inputs)) out[d.key] = d.message;
    for (const [key, message] of Object.entries(sheetProblems)) if ((values[key] ?? '') === (saved[key] ?? '')) out[key] = message;
    return out;
  }, [sheetProblems, values, saved]);

  const dirty = useMemo(() => INPUT_FIELDS.some((f) => (values[f.key] ?? '') !== (saved[f.key] ?? '')), [values, saved]);

  /** The form as inputs; a value that does not fit its field stops here, with the field named. */
  const formInputs = useCallback((): NarrativeInputs => {
    if (Object.keys(problems).length) throw new Error(`正文素材有 ${Object.keys(problems).length} 处需要修改：${Object.values(problems)[0]}`);
    return inputsFromRaw(values).inputs;
  }, [values, problems]);

  /** The inputs as the sheet had them when last read or saved: what a save compares against. */
  const baseline = useMemo(() => inputsFromRaw(saved).inputs, [saved]);

  /** Writes the form into the sheet; returns what was written, for generating right after. */
  const saveToSheet = useCallback(async (): Promise<NarrativeInputs> => {
    const inputs = formInputs();
    // Only what the form changed is written; a cell changed in the sheet meanwhile is not overwritten.
    await spreadsheet.writeNarrativeInputs(inputs, { baseline });
    setSaved(values);
    return inputs;
  }, [spreadsheet, values, formInputs, baseline, setSaved]);

  /**
   * What generating uses: unsaved changes are saved to 正文素材 first; without changes, nothing is
   * written and the sheet as it is now is used (so what the clerk typed there since stands). In a
   * workbook without that sheet (inserted by an older version), the form as typed.
   */
  const inputsForGenerating = useCallback(async (): Promise<NarrativeInputs | undefined> => {
    if (sheetMissing) return formInputs();
    await saving.current;
    // After saving, the sheet is read like any other time: fields changed there meanwhile stand.
    if (INPUT_FIELDS.some((f) => (valuesRef.current[f.key] ?? '') !== (savedRef.current[f.key] ?? ''))) await saveToSheet();
    return undefined;
  }, [sheetMissing, formInputs, saveToSheet]);

  const save = useCallback(
    () =>
      run('save', async () => {
        await saving.current;
        await saveToSheet();
        setNotice('已保存到“正文素材”工作表。');
      }),
    [run, saveToSheet, setNotice],
  );

  /**
   * Saves what changed as the clerk leaves a field: every field that reads well, in one write (two
   * round trips, or one when nothing changed). A field that does not (「约30条」) keeps its message
   * and is saved once corrected; the others are not held back by it.
   */
  const saveOnLeave = useCallback(() => {
    if (sheetMissing || noSheets) return;
    saving.current = saving.current.then(async () => {
      const typed = valuesRef.current;
      const readable: FormValues = { ...typed };
      for (const field of INPUT_FIELDS) if (parseInput(field, typed[field.key]).problem) readable[field.key] = savedRef.current[field.key] ?? '';
      if (INPUT_FIELDS.every((f) => (readable[f.key] ?? '') === (savedRef.current[f.key] ?? ''))) return;
      try {
        await spreadsheet.writeNarrativeInputs(inputsFromRaw(readable).inputs, { baseline: inputsFromRaw(savedRef.current).inputs });
        setSaved(readable);
        setAutoSaved(`已自动保存到“正文素材”（${new Date().toLocaleTimeString('zh-CN', { hour: '2-digit', minute: '2-digit' })}）`);
      } catch (e) {
        setError(e instanceof SpreadsheetError ? e.userMessage : '正文素材没有保存，请稍后重试或点击「保存到工作表」。');
      }
    });
  }, [spreadsheet, sheetMissing, noSheets, setSaved, setError]);

  const addSheet = useCallback(
    () =>
      run('addSheet', async () => {
        await spreadsheet.insertInputsSheet();
        setSheetMissing(false);
        setNotice('已添加“正文素材”工作表。');
      }),
    [run, spreadsheet, setNotice],
  );

  /**
   * Last year's problems (from the imported 上年报告), offered for 上年度问题整改情况 while that field is
   * empty: one line per problem, with a bracketed gap for what was done about it.
   */
  const bringInLastYearProblems = useCallback(() => {
    if (!lastYearProblems.length) return;
    setField(LAST_YEAR_FIXES, lastYearProblems.map((p) => `针对“${p}”的问题，【请填写整改措施和成效】`).join('\n'));
  }, [lastYearProblems, setField]);

  return {
    values,
    setField,
    lastYearProblems,
    bringInLastYearProblems,
    problems,
    warnings,
    dirty,
    sheetMissing,
    noSheets,
    autoSaved,
    loading: busy === 'load',
    busy,
    error,
    notice,
    load,
    save,
    saveOnLeave,
    saveToSheet,
    inputsForGenerating,
    addSheet,
  };
}
