import { auditMarkdown } from '../../core';
import { writeFileAtomically } from '../../xlsx';
import { describeFindings, summaryTable, toJson, type FileFindings } from '../commands/validate';
import { processIo, type Io } from '../io';
import { runBatch } from './pool';
import type { BatchJob } from './job';
import { progressLine } from './progress';
import { summaryRow, writeSummaryFile, type SummaryRow } from './summary-file';

export interface BatchOutput {
  json?: boolean;
  /** validate --report: the Markdown 审核报告. */
  report?: string;
  /** --summary: the per-agency table (.xlsx or .csv). */
  summary?: string;
}

/**
 * validate and check over many files: each file's result is printed as soon as it and the files
 * before it are done (text, or the `{ "files": [...] }` JSON written entry by entry), then dropped;
 * only a row of counts per file is kept, for the closing table and --summary. Exit codes as before:
 * 2 when a file could not be used, 1 when one has errors.
 */
export async function runBatchCommand(job: BatchJob, files: string[], io: Io, output: BatchOutput): Promise<number> {
  const rows: SummaryRow[] = [];
  const sections: string[] = [];
  const progress = progressLine(files.length, io === processIo && !!process.stderr.isTTY);
  let failed = false;
  let unusable = false;
  if (output.json) io.out(files.length ? '{\n  "files": [' : '{\n  "files": []\n}');
  let index = 0;
  try {
    for await (const r of runBatch(job, files)) {
      progress.tick();
      rows.push(summaryRow(r));
      unusable ||= !!r.error;
      failed ||= r.findings.some((f) => f.status === 'fail' && f.severity === 'error');
      if (output.report) sections.push(reportSection(r));
      if (output.json) {
        const entry = JSON.stringify(toJson(r), null, 2).replace(/^/gm, '    ');
        io.out(entry + (++index < files.length ? ',' : ''));
      } else io.out(describeFindings(r));
    }
  } finally {
    progress.end();
  }
  if (output.json && files.length) io.out('  ]\n}');
  if (output.report) {
    writeFileAtomically(output.report, sections.join('\n'));
    if (!output.json) io.out(`审核报告已写入 ${output.report}`);
  }
  if (output.summary) {
    await writeSummaryFile(output.summary, rows);
    if (!output.json) io.out(`分单位汇总表已写入 ${output.summary}`);
  }
  if (!output.json && rows.length > 1) io.out(summaryTable(rows));
  if (unusable) return 2;
  return failed ? 1 : 0;
}

function reportSection(r: FileFindings): string {
  const today = new Date().toISOString().slice(0, 10);
  return r.error ? `# ${r.file}\n\n无法校验：${r.error}\n` : auditMarkdown(r.data!, r.findings.map((f) => ({ finding: f, addresses: f.addresses })), today, r.file);
}
