import { createContext, useContext, type ReactNode } from 'react';
import type { SpreadsheetPort } from '../port';

/**
 * The spreadsheet the pane works on, given once at the top (index.tsx: Excel; the tests: an
 * in-memory workbook). Hooks reach the workbook only through `useSpreadsheet()`.
 */
const SpreadsheetContext = createContext<SpreadsheetPort | null>(null);

export function SpreadsheetProvider({ spreadsheet, children }: { spreadsheet: SpreadsheetPort; children: ReactNode }) {
  return <SpreadsheetContext.Provider value={spreadsheet}>{children}</SpreadsheetContext.Provider>;
}

export function useSpreadsheet(): SpreadsheetPort {
  const spreadsheet = useContext(SpreadsheetContext);
  if (!spreadsheet) throw new Error('useSpreadsheet() outside <SpreadsheetProvider>: the pane has no spreadsheet to work on.');
  return spreadsheet;
}
