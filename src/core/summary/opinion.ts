import { bracketOrdinal, chineseNumber } from '../chinese';
import type { ReportBlock, ReportDocument } from '../report';
import { findingLabel } from '../rules';
import type { LocatedFinding } from './agency-findings';

/**
 * The 审核意见 a 政务公开办 sends back after checking its agencies' reports: per agency, what must be
 * corrected (errors), what to verify (warnings) and which checks could not be made until a cell is a
 * number (无法判断). It is a ReportDocument, so the .docx writer sets it in the same 公文 layout as a report.
 */

export interface OpinionAgency {
  agency: string;
  file: string;
  findings: readonly LocatedFinding[];
}

export interface OpinionInput {
  year: number | null;
  agencies: readonly OpinionAgency[];
  /** Files that could not be read at all, with why. */
  unusable?: readonly { file: string; error: string }[];
}

export function opinionTitle(year: number | null): string {
  return `关于${year ? `${year}年度` : ''}政府信息公开工作年度报告的审核意见`;
}

function ordinal(n: number): string {
  return n <= 99 ? `${chineseNumber(n)}、` : `${n}. `;
}

function line(f: LocatedFinding, n: number): string {
  const where = f.addresses.length ? `（${f.addresses.slice(0, 3).join('、')}${f.addresses.length > 3 ? ' 等' : ''}）` : '';
  return `${n}. 【${findingLabel(f)}】${where}${f.message}${f.suggestion ? ` ${f.suggestion}` : ''}`;
}

export function buildOpinion(input: OpinionInput): ReportDocument {
  const open = (a: OpinionAgency) => a.findings.filter((f) => f.status === 'fail' && f.severity !== 'info');
  const withProblems = input.agencies.filter((a) => open(a).length || a.findings.some((f) => f.status === 'notAssessable'));
  const clean = input.agencies.filter((a) => !withProblems.includes(a));
  const errors = input.agencies.filter((a) => a.findings.some((f) => f.status === 'fail' && f.severity === 'error')).length;
  const blocks: ReportBlock[] = [
    {
      kind: 'paragraph',
      text:
        `本次共审核 ${input.agencies.length} 个单位的年度报告，其中 ${errors} 个单位的报告有须改正的错误，${withProblems.length - errors} 个单位有须核实的问题，${clean.length} 个单位未发现问题` +
        `${input.unusable?.length ? `，另有 ${input.unusable.length} 个文件无法读取` : ''}。现将审核意见反馈如下，请有关单位对照改正后重新报送。`,
    },
  ];
  withProblems.forEach((agency, i) => {
    blocks.push({ kind: 'heading', level: 1, text: `${ordinal(i + 1)}${agency.agency}` });
    const groups: [string, LocatedFinding[]][] = [
      ['须改正的问题', agency.findings.filter((f) => f.status === 'fail' && f.severity === 'error')],
      ['请核实的问题', agency.findings.filter((f) => f.status === 'fail' && f.severity === 'warning')],
      ['无法核对的项目（请先把有关单元格改为数字）', agency.findings.filter((f) => f.status === 'notAssessable')],
    ];
    let sub = 0;
    for (const [title, found] of groups) {
      if (!found.length) continue;
      blocks.push({ kind: 'heading', level: 2, text: `${bracketOrdinal(++sub)}${title}` });
      found.forEach((f, n) => blocks.push({ kind: 'paragraph', text: line(f, n + 1) }));
    }
  });
  let next = withProblems.length;
  if (clean.length) {
    blocks.push({ kind: 'heading', level: 1, text: `${ordinal(++next)}未发现问题的单位` });
    blocks.push({ kind: 'paragraph', text: `${clean.map((a) => a.agency).join('、')}。` });
  }
  if (input.unusable?.length) {
    blocks.push({ kind: 'heading', level: 1, text: `${ordinal(++next)}无法读取的文件` });
    input.unusable.forEach((u, n) => blocks.push({ kind: 'paragraph', text: `${n + 1}. ${u.file}：${u.error}` }));
  }
  return { title: opinionTitle(input.year), year: input.year ?? 0, agency: '', blocks, narrative: [] };
}
