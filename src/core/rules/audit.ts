import type { ReportData } from '../cells';
import { findingLabel } from './labels';
import { SEVERITY_LABEL, type Finding } from './types';

/**
 * The 审核报告 a clerk attaches when submitting: every finding with where it is, what to do, and
 * the clerk's explanation for warnings that stand. One source for the Markdown and the worksheet.
 */
export interface AuditEntry {
  finding: Finding;
  addresses: string[];
  explanation?: string;
}

export const AUDIT_HEADER = ['序号', '级别', '规则', '位置', '问题', '建议', '上报说明'];

export function auditRows(entries: AuditEntry[]): string[][] {
  return entries.map((e, i) => [
    String(i + 1),
    e.finding.status === 'notAssessable' ? '无法判断' : SEVERITY_LABEL[e.finding.severity],
    // The rule in full: its ID (for whoever checks the report) and what a clerk calls it.
    `${e.finding.rule} ${findingLabel(e.finding)}`,
    e.addresses.join('、'),
    e.finding.message,
    e.finding.suggestion ?? '',
    e.explanation ?? '',
  ]);
}

export function auditSummary(entries: AuditEntry[]): string {
  const fails = entries.filter((e) => e.finding.status === 'fail');
  const count = (s: Finding['severity']) => fails.filter((e) => e.finding.severity === s && !e.explanation).length;
  const explained = entries.filter((e) => e.explanation).length;
  const open = entries.filter((e) => e.finding.status === 'notAssessable').length;
  return `错误 ${count('error')} 项，警告 ${count('warning')} 项，已说明 ${explained} 项，无法判断 ${open} 项`;
}

export function auditMarkdown(data: Pick<ReportData, 'agency' | 'year' | 'format'>, entries: AuditEntry[], date: string, file?: string): string {
  const title = `${data.agency ?? '（机关名称未填）'}${data.year ? ` ${data.year} 年度` : ''}政府信息公开工作年度报告 审核报告`;
  const lines = [
    `# ${title}`,
    '',
    `- 格式版本：${data.format} 版`,
    ...(file ? [`- 文件：${file}`] : []),
    `- 审核日期：${date}`,
    `- 结果：${auditSummary(entries)}`,
    '',
  ];
  if (entries.length === 0) return [...lines, '全部规则通过。', ''].join('\n');
  const cell = (text: string) => text.replace(/\|/g, '｜').replace(/\n/g, ' ');
  lines.push(`| ${AUDIT_HEADER.join(' | ')} |`, `|${AUDIT_HEADER.map(() => '---').join('|')}|`);
  for (const row of auditRows(entries)) lines.push(`| ${row.map(cell).join(' | ')} |`);
  return lines.join('\n') + '\n';
}
