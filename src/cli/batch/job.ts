import { readPrevious } from '../report-file';
import { UsageError } from '../errors';
import { checkFile } from '../commands/check';
import { validateFile, type FileFindings } from '../commands/validate';
import type { ReportData } from '../../core';

/** What one batch run does to each file: `validate` (workbooks) or `check` (published reports). */
export interface BatchJob {
  command: 'validate' | 'check';
  /** Last year's file (--prev), read once per worker. */
  prev?: string;
  copy?: number;
}

type Previous = { data: ReportData; narrative?: string };

/** Runs the job on one file; a file that cannot be used gives its message, never an exception. */
export async function runJob(job: BatchJob, file: string, previous: () => Promise<Previous | undefined>): Promise<FileFindings> {
  const prev = await previous();
  if (job.command === 'validate') return validateFile(file, prev?.data, job.copy);
  try {
    return await checkFile(file, prev);
  } catch (error) {
    if (error instanceof UsageError) return { file, error: error.message, findings: [] };
    throw error;
  }
}

/** --prev read at most once, on first use. */
export function previousOnce(job: BatchJob): () => Promise<Previous | undefined> {
  let read: Promise<Previous | undefined> | undefined;
  return () => (read ??= job.prev ? readPrevious(job.prev) : Promise.resolve(undefined));
}
