import type { Watch } from '../port';
import { toAdapterError } from './errors';
import { supportsExcelApi } from './requirements';

export type { Watch } from '../port';

/**
 * Calls `onEdit` (debounced) after the clerk changes a cell of the report sheets: typing, and
 * pasting, which bypasses data validation. Needs ExcelApi 1.7 (worksheet onChanged); two round
 * trips to start (which of the sheets exist, then the handlers), one to stop. A sheet deleted
 * meanwhile (报告正文 is replaced when regenerated) is skipped, not an error.
 */
export async function watchReportSheets(sheetNames: string[], onEdit: () => void, delayMs = 800): Promise<Watch | null> {
  if (!supportsExcelApi('1.7')) return null;
  let timer: ReturnType<typeof setTimeout> | undefined;
  const fire = async () => {
    clearTimeout(timer);
    timer = setTimeout(onEdit, delayMs);
  };
  try {
    const handlers = await Excel.run(async (context) => {
      const sheets = sheetNames.map((name) => context.workbook.worksheets.getItemOrNullObject(name));
      await context.sync();
      const added = sheets.filter((sheet) => !sheet.isNullObject).map((sheet) => sheet.onChanged.add(fire));
      await context.sync();
      return added;
    });
    return {
      async stop() {
        clearTimeout(timer);
        if (handlers.length === 0) return;
        await Excel.run(handlers[0].context, async (context) => {
          for (const h of handlers) h.remove();
          await context.sync();
        });
      },
    };
  } catch (error) {
    throw toAdapterError(error, '开启自动校验');
  }
}
