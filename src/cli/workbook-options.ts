import type { ReadDiagnostic } from '../core';
import { UsageError } from './errors';
import type { Io } from './io';
import { MESSAGES } from './messages';

/** `--copy N`: which set of report sheets to use (1 = the first); absent means 1. */
export function parseCopy(text: string | undefined): number {
  const copy = text === undefined ? 1 : Number(text);
  if (!Number.isInteger(copy) || copy < 1) throw new UsageError(MESSAGES.badCopy(text ?? ''));
  return copy;
}

/** The reader's diagnostics on standard error, each with the file, sheet and cell it is about. */
export function printReadDiagnostics(io: Io, file: string, diagnostics: ReadDiagnostic[]): void {
  for (const d of diagnostics) io.err(`${file}${d.sheet ? `：${d.sheet}${d.address ? '!' + d.address : ''}` : ''}：${d.message}`);
}
