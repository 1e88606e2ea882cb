/**
 * Which set of report sheets this workbook works with, kept in the document's own settings so it
 * survives save and reopen. Settings are not part of the Excel batch, so no sync is spent.
 */
const COPY_KEY = 'nianbao.copy';

export function rememberCopy(copy: number): void {
  try {
    const settings = Office.context.document.settings;
    settings.set(COPY_KEY, copy);
    settings.saveAsync();
  } catch {
    // Hosts without document settings simply fall back to the first copy.
  }
}

export function recalledCopy(): number {
  try {
    const copy = Office.context.document.settings.get(COPY_KEY);
    return typeof copy === 'number' && copy >= 1 ? copy : 1;
  } catch {
    return 1;
  }
}

/**
 * Whether the workbook carries our marks (校验 → 标记): 「清除标记」 has something to clear only
 * then. Kept in the settings, so that marks made in an earlier session can still be cleared.
 */
const MARKS_KEY = 'nianbao.marked';

export function rememberMarks(present: boolean): void {
  try {
    const settings = Office.context.document.settings;
    if (present) settings.set(MARKS_KEY, true);
    else settings.remove(MARKS_KEY);
    settings.saveAsync();
  } catch {
    // Without settings the button simply stays enabled.
  }
}

export function marksPresent(): boolean {
  try {
    return Office.context.document.settings.get(MARKS_KEY) === true;
  } catch {
    return true;
  }
}
