import { getFormat } from './specs';
import type { FormatVersion } from './types';

/**
 * Table 三's results as a reader counts them: each group of result rows (all 不予公开 reasons are one
 * 不予公开), with the words the narrative and the charts use.
 */
export const RESULT_GROUPS: readonly (readonly [label: string, group: string])[] = [
  ['予以公开', 'disclosed'],
  ['部分公开', 'partiallyDisclosed'],
  ['不予公开', 'withheld'],
  ['无法提供', 'unavailable'],
  ['不予处理', 'notProcessed'],
  ['其他处理', 'other'],
];

/** The total-column cells of a group of result rows: the row's own total, or those of its reasons. */
export function resultGroupTotals(format: FormatVersion, group: string): string[] {
  const prefix = `applications.${group}.`;
  const own = `${prefix}total`;
  const ids = getFormat(format).cells.map((cell) => cell.id);
  if (ids.includes(own)) return [own];
  return ids.filter((id) => id.startsWith(prefix) && id.endsWith('.total'));
}
