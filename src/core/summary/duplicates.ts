import { sameAgency } from '../rules';
import type { SummaryPart } from './sum';

/**
 * Two files of one agency in a 汇总 count it twice: a report sent twice, a corrected version beside
 * the first, the 人民政府's and its 办公室's copies of one report. Names are compared as the 上年报告
 * check compares them (县政府办 = 县人民政府办公室, a name with its city in front = the name).
 */

export interface DuplicateAgency {
  /** The name as the first of its files gives it. */
  agency: string;
  files: string[];
}

/** Groups of two or more parts that very likely are one agency; parts whose report names no agency are left out. */
export function duplicateAgencies(parts: readonly SummaryPart[]): DuplicateAgency[] {
  const named = parts.map((p, i) => ({ i, name: p.data.agency?.trim() ?? '' })).filter((p) => p.name);
  const root = parts.map((_, i) => i);
  const find = (i: number): number => (root[i] === i ? i : (root[i] = find(root[i])));
  // One name ends with the other when they match: comparing within buckets of the last two characters
  // keeps this near-linear for a province's tens of thousands of reports.
  const buckets = new Map<string, typeof named>();
  for (const p of named) {
    const key = p.name.replace(/[\s\u3000()（）]/g, '').replace(/(?:人民)?政府(?:办公室|办公厅|办)?$/, '').slice(-2);
    buckets.set(key, [...(buckets.get(key) ?? []), p]);
  }
  for (const bucket of buckets.values()) {
    for (let a = 0; a < bucket.length; a++) {
      for (let b = a + 1; b < bucket.length; b++) {
        if (find(bucket[a].i) !== find(bucket[b].i) && sameAgency(bucket[a].name, bucket[b].name)) root[find(bucket[b].i)] = find(bucket[a].i);
      }
    }
  }
  const groups = new Map<number, number[]>();
  for (const p of named) groups.set(find(p.i), [...(groups.get(find(p.i)) ?? []), p.i]);
  return [...groups.values()].filter((g) => g.length > 1).map((g) => ({ agency: parts[g[0]].data.agency!.trim(), files: g.map((i) => parts[i].file) }));
}

/** 「同一单位有多个文件，汇总时会重复计算：…」, one line per agency. */
export function duplicateAgenciesMessage(duplicates: readonly DuplicateAgency[]): string {
  const lines = duplicates.map((d) => `  ${d.agency}：${d.files.join('、')}`);
  return `注意：下列单位各有多个文件，汇总时每个文件都计入，同一单位会被重复计算。请确认是否为同一单位的重复报送或修改稿，只保留一份：\n${lines.join('\n')}`;
}
