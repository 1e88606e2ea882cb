import { DEFAULT_FORMAT, formatForYear, SPECS } from './specs';
import type { FormatVersion } from './types';

/**
 * The one format detector: each table's version from its own words, matched against each spec's
 * `markers` (words in normal form). Real reports print 2021's table 二 with 2019's table 三, so the two
 * are told apart. Used by the importer (text) and the workbook readers (labels of the sheets).
 *
 * Table 二: the spec with the most markers wins; a tie (no words either way) goes by the year, else the
 * default. Table 三: the newest spec whose markers appear (older formats' markers may be part of newer
 * tables), else table 二's version.
 */
export function detectTableVersions(words: { active: string; applications: string }, year: number | null = null): { active: FormatVersion; applications: FormatVersion } {
  const counts = SPECS.map((spec) => ({ version: spec.version, count: spec.markers.active.reduce((n, m) => n + occurrences(words.active, m), 0) }));
  const best = Math.max(...counts.map((c) => c.count));
  const leaders = counts.filter((c) => c.count === best);
  const active = leaders.length === 1 ? leaders[0].version : year !== null ? formatForYear(year) : DEFAULT_FORMAT;
  const applications = SPECS.find((spec) => spec.markers.applications.some((m) => words.applications.includes(m)))?.version ?? active;
  return { active, applications };
}

/** A workbook's format from its tables' labels (in normal form, joined): the version of its table 二. */
export function detectFormat(words: string, year: number | null = null): FormatVersion {
  return detectTableVersions({ active: words, applications: '' }, year).active;
}

function occurrences(text: string, word: string): number {
  let count = 0;
  for (let at = text.indexOf(word); at >= 0; at = text.indexOf(word, at + word.length)) count++;
  return count;
}
