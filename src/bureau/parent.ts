import { cellPlaceNamer, chineseNumber, compareParent, mixedParts, summarize, type FormatVersion, type MixedParts, type ParentCell, type ReportBlock } from '../core';
import type { AgencyFile } from './types';

/**
 * 本级 against 下级 on the page, as `nianbao summarize --parent` does it: the file marked 本级 is
 * compared, cell by cell, with the sum of all the other files. A child that could not be read makes
 * every cell 无法判断 (any cell may hold its part), naming it; so does a child's blank or text cell.
 */

export type ParentState =
  | { kind: 'none' }
  | { kind: 'noChildren'; parent: AgencyFile }
  | { kind: 'mixed'; parent: AgencyFile; mixed: MixedParts }
  | { kind: 'ready'; parent: AgencyFile; format: FormatVersion; children: number; unreadable: string[]; cells: ParentCell[]; counts: Record<ParentCell['status'], number> };

export function parentState(rows: readonly AgencyFile[], parentId: number | null): ParentState {
  const parent = rows.find((r) => r.id === parentId && r.data);
  if (!parent) return { kind: 'none' };
  const children = rows.filter((r) => r !== parent);
  if (!children.length) return { kind: 'noChildren', parent };
  const readable = children.filter((r) => r.data).map((r) => ({ file: r.file, data: r.data! }));
  const mixed = mixedParts([...readable, { file: parent.file, data: parent.data! }]);
  if (mixed) return { kind: 'mixed', parent, mixed };
  const summary = summarize(readable.length ? readable : [{ file: parent.file, data: { ...parent.data!, cells: {} } }]);
  const unreadable = children.filter((r) => !r.data).map((r) => r.file);
  const cells = compareParent({ file: parent.file, data: parent.data! }, { ...summary, format: parent.data!.format }, unreadable);
  const counts = { equal: 0, differs: 0, notAssessable: 0 };
  for (const c of cells) counts[c.status]++;
  return { kind: 'ready', parent, format: parent.data!.format, children: children.length, unreadable, cells, counts };
}

export const PARENT_STATUS_LABEL: Record<ParentCell['status'], string> = { equal: '一致', differs: '不一致', notAssessable: '无法判断' };

/** 「+5」「−3」: the difference 本级 − 下级合计, signed so the direction is never guessed. */
export function signedDifference(d: number): string {
  return d > 0 ? `+${d}` : d < 0 ? `−${-d}` : '0';
}

/** Why a cell is 无法判断, naming whose cell it is. */
export function notAssessableReason(c: ParentCell, parentName: string, unreadable: boolean): string {
  if (unreadable) return `下级文件未能读取：${(c.missing ?? []).join('、')}`;
  const names = c.missing ?? [];
  const others = names.filter((n) => n !== parentName);
  return [
    ...(c.parent === null ? ['本级该格为空白或文字'] : []),
    ...(others.length ? [`${others.join('、')} 该格为空白、文字或未能读出`] : []),
  ].join('；');
}

/** The verdict of one cell in words, for the page and the 审核意见. */
export function parentCellText(c: ParentCell, place: string, parentName: string, unreadable: boolean): string {
  if (c.status === 'differs') return `${place}：本级 ${c.parent}，下级合计 ${c.children}，差额 ${signedDifference(c.difference!)}。`;
  if (c.status === 'notAssessable') return `${place}：无法判断（${notAssessableReason(c, parentName, unreadable)}）。`;
  return `${place}：一致（${c.parent}）。`;
}

const LISTED = 20;

/**
 * The 审核意见's short section on 本级 against 下级: the counts, every cell that differs (the first
 * twenty, then how many more) and what makes the rest 无法判断.
 */
export function parentOpinionBlocks(state: Extract<ParentState, { kind: 'ready' }>, ordinal: number): ReportBlock[] {
  const place = cellPlaceNamer(state.format);
  const name = state.parent.agency;
  const unreadable = state.unreadable.length > 0;
  const { equal, differs, notAssessable } = state.counts;
  const blocks: ReportBlock[] = [
    { kind: 'heading', level: 1, text: `${ordinal <= 99 ? `${chineseNumber(ordinal)}、` : `${ordinal}. `}本级报告与下级汇总核对` },
    {
      kind: 'paragraph',
      text: `以${name}的报告为本级，与其余 ${state.children} 个单位之和逐格核对：一致 ${equal} 格，不一致 ${differs} 格，无法判断 ${notAssessable} 格。${differs ? '不一致的单元格如下，请本级核实后改正或说明口径。' : ''}`,
    },
  ];
  const listed = (status: ParentCell['status']) => state.cells.filter((c) => c.status === status);
  listed('differs')
    .slice(0, LISTED)
    .forEach((c, i) => blocks.push({ kind: 'paragraph', text: `${i + 1}. ${parentCellText(c, place(c.cell), name, unreadable)}` }));
  if (differs > LISTED) blocks.push({ kind: 'paragraph', text: `另有 ${differs - LISTED} 格不一致，见页面“本级与下级核对”。` });
  if (notAssessable) {
    const reasons = new Map<string, number>();
    for (const c of listed('notAssessable')) {
      const why = notAssessableReason(c, name, unreadable);
      reasons.set(why, (reasons.get(why) ?? 0) + 1);
    }
    const text = [...reasons].map(([why, n]) => `${why}（${n} 格）`).join('；');
    blocks.push({ kind: 'paragraph', text: `无法判断的 ${notAssessable} 格：${text}。` });
  }
  return blocks;
}
