import { dropFloatNoise, type ReportData } from '../cells';
import { getFormat } from '../format';
import { agenciesBehind, type Summary } from './sum';

/**
 * A parent report (本级) that 汇总s its area against the sum of its children, cell by cell. A cell is
 * 无法判断 when the parent's cell is not a number, when some child's is not, or when a child could not
 * be read at all (then every cell is, since any cell may hold its part); `missing` names them.
 */

export type ParentStatus = 'equal' | 'differs' | 'notAssessable';

export interface ParentCell {
  cell: string;
  status: ParentStatus;
  parent: number | null;
  children: number | null;
  /** parent − children, when both are numbers. */
  difference: number | null;
  /** For notAssessable: the children (or 本级 itself) whose cell is missing, blank, text or unread. */
  missing?: string[];
}

export function compareParent(parent: { file: string; data: ReportData }, summary: Summary, unreadableChildren: string[] = []): ParentCell[] {
  const format = getFormat(summary.format);
  return format.cells.map((cell): ParentCell => {
    const stated = parent.data.cells[cell.id];
    const parentValue = typeof stated === 'number' ? stated : null;
    if (unreadableChildren.length) {
      return { cell: cell.id, status: 'notAssessable', parent: parentValue, children: null, difference: null, missing: unreadableChildren };
    }
    const children = summary.cells[cell.id] ?? null;
    if (parentValue === null || children === null) {
      const missing = [...(parentValue === null ? [parent.data.agency?.trim() || parent.file] : []), ...(children === null ? agenciesBehind(summary, cell.id) : [])];
      return { cell: cell.id, status: 'notAssessable', parent: parentValue, children, difference: null, missing };
    }
    const difference = dropFloatNoise(parentValue - children);
    return { cell: cell.id, status: difference === 0 ? 'equal' : 'differs', parent: parentValue, children, difference };
  });
}
