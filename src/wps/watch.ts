import type { Watch } from '../port';
import type { WpsApplication } from './types';

/**
 * 编辑后自动校验 on WPS: `Application.ApiEvent.AddApiEventListener('SheetChange', fn)` calls back with
 * the changed sheet and range; edits on our sheets re-validate once the clerk pauses (debounced),
 * so a paste of many cells is one validation.
 */
export function watchSheets(app: WpsApplication, sheetNames: string[], onEdit: () => void, delayMs = 800): Watch {
  const watched = new Set(sheetNames);
  let timer: ReturnType<typeof setTimeout> | undefined;
  const listener = (sheet: unknown) => {
    const name = (sheet as { Name?: string } | null)?.Name;
    if (name !== undefined && !watched.has(name)) return;
    if (timer) clearTimeout(timer);
    timer = setTimeout(onEdit, delayMs);
  };
  app.ApiEvent.AddApiEventListener('SheetChange', listener);
  return {
    stop: async () => {
      if (timer) clearTimeout(timer);
      app.ApiEvent.RemoveApiEventListener('SheetChange', listener);
    },
  };
}
