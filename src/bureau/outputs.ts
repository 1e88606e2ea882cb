import {
  buildOpinion,
  buildReportDocument,
  buildSummaryPlan,
  duplicateAgencies,
  mixedParts,
  summarize,
  type DuplicateAgency,
  type MixedParts,
  signatureDate,
  type ReportBlock,
  type ReportDocument,
  type Summary,
} from '../core';
import type { AgencyFile } from './types';

/**
 * What the page makes from the rows: the 汇总 (refused, as by `nianbao summarize`, when a file could
 * not be read or the reports are of different years or formats), the 汇总 workbook, the 审核意见 and
 * a clerk's own report. The writers load on first use.
 */

export const XLSX_MIME = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

export type SummaryState =
  | { kind: 'none' }
  | { kind: 'unusable'; files: AgencyFile[] }
  | { kind: 'mixed'; mixed: MixedParts }
  | { kind: 'ready'; summary: Summary; rows: AgencyFile[]; duplicates: DuplicateAgency[] };

export function summaryState(rows: readonly AgencyFile[]): SummaryState {
  if (rows.length === 0) return { kind: 'none' };
  const unusable = rows.filter((r) => !r.data);
  if (unusable.length) return { kind: 'unusable', files: unusable };
  const parts = rows.map((r) => ({ file: r.file, data: r.data! }));
  const mixed = mixedParts(parts);
  if (mixed) return { kind: 'mixed', mixed };
  return { kind: 'ready', summary: summarize(parts), rows: [...rows], duplicates: duplicateAgencies(parts) };
}

/** The 汇总 workbook, the same as `nianbao summarize -o`. */
export async function summaryWorkbook(state: Extract<SummaryState, { kind: 'ready' }>): Promise<Uint8Array> {
  const { renderPlan } = await import(/* webpackChunkName: "xlsx" */ '../xlsx/write');
  const workbook = await renderPlan(buildSummaryPlan(state.summary, state.rows.map((r) => r.counts)));
  return new Uint8Array((await workbook.xlsx.writeBuffer()) as ArrayBuffer);
}

/** The 审核意见 in 公文 layout: per agency, what must be corrected. */
export async function opinionDocx(rows: readonly AgencyFile[], extra: (nextOrdinal: number) => ReportBlock[] = () => [], signer = ''): Promise<Uint8Array> {
  const { reportDocx } = await import(/* webpackChunkName: "docx-write" */ '../docx/write');
  const years = rows.map((r) => r.data?.year).filter((y): y is number => typeof y === 'number');
  const doc = buildOpinion({
    year: years.length && years.every((y) => y === years[0]) ? years[0] : null,
    agencies: rows.filter((r) => r.data).map((r) => ({ agency: r.agency, file: r.file, findings: r.findings })),
    unusable: rows.filter((r) => r.error).map((r) => ({ file: r.file, error: r.error! })),
  });
  const headings = doc.blocks.filter((b) => b.kind === 'heading' && b.level === 1).length;
  doc.blocks.push(...extra(headings + 1));
  return reportDocx(withSignature(doc, signer));
}

/**
 * 落款 of the 审核意见: the 政务公开办's name as typed on the page and the date (today unless given),
 * written as 公文 write dates. No name, no 落款.
 */
export function withSignature(doc: ReportDocument, signer: string, date = todayText()): ReportDocument {
  const agency = signer.trim();
  return agency ? { ...doc, signature: { agency, date: signatureDate(date) } } : doc;
}

function todayText(): string {
  const now = new Date();
  return `${now.getFullYear()}-${now.getMonth() + 1}-${now.getDate()}`;
}

/**
 * A clerk's own report from a dropped workbook (its tables and 正文素材), as 生成报告 makes it; with
 * table errors open it is a draft and says so under its title.
 */
export async function agencyReportDocx(row: AgencyFile): Promise<Uint8Array> {
  if (!row.data || row.data.year === null) throw new Error(`“${row.file}”没有填写报告年度，无法生成报告。请在“基本信息”中填写后重试。`);
  const { reportDocx } = await import(/* webpackChunkName: "docx-write" */ '../docx/write');
  const doc = buildReportDocument(row.data, row.inputs ?? {}, {}, { validation: row.findings });
  return reportDocx(doc);
}
