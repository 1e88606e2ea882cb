import { getFormat } from '../format';
import { normalizeLabel } from '../labels';
import type { ImportDiagnostic } from './diagnostics';
import type { SourceLine } from './source';

/**
 * The six sections, found by their words, not their numbers: real reports leave 总体情况 without a
 * number (so that 主动公开 is 「一、」), rename sections (「存在的主要问题及改进计划」,
 * 「因政府信息公开被申请行政复议、提起行政诉讼情况」), mix 「三、」 and 「三.」, and add Markdown marks.
 * A heading is a line of its own (or opens one, numbered, before 「：」); sub-headings 「（一）」 and
 * 「1.」 never start a section. Of several candidates for a table's section, the one followed by the
 * table wins.
 */
export interface FoundSection {
  number: number;
  /** The heading as written. */
  heading: string;
  /** Index into the lines. */
  index: number;
}

const WORDS: { number: number; test: RegExp }[] = [
  { number: 1, test: /^(?:政府信息公开工作)?(?:总体情况|总体概述|概述|工作概述|基本情况|总体工作情况)$/ },
  { number: 2, test: /^主动公开(?:政府信息)?(?:的)?(?:工作)?(?:情况)?$/ },
  { number: 3, test: /^(?:收到和处理|收到及处理|受理和处理|收到、处理)(?:政府信息公开)?申请(?:的)?情况$|^(?:依申请公开|政府信息公开申请)(?:政府信息)?(?:的)?(?:办理|处理|受理)?(?:工作)?情况$/ },
  { number: 4, test: /(?:行政复议|复议).{0,8}(?:行政诉讼|诉讼)(?:的)?(?:情况|统计)?$/ },
  { number: 5, test: /问题.{0,8}(?:改进|整改|措施|计划|打算|方向|对策)|^(?:存在|主要)的?(?:主要)?(?:问题|不足)/ },
  { number: 6, test: /^其他(?:需要|应当|需)?(?:报告|说明)的?(?:事项|情况)$|^其他事项$/ },
];

/** Content a table's section holds: words only its table has. */
const TABLE_WORDS: Record<number, RegExp> = {
  2: /第二十条|信息内容|本年制发件数|本年新制作数量|行政许可/,
  3: /申请人情况|本年新收|自然人|予以公开/,
  4: /结果维持|尚未审结|复议后起诉|直接起诉/,
};

const NUMBER_PREFIX = /^(?:第[一二三四五六七八九十]部分[、.．：:\s]*|[一二三四五六七八九十]{1,2}[、.．，,\s]+)/;
const SUB_HEADING = /^(?:[（(][一二三四五六七八九十\d]{1,3}[）)]|\d{1,2}[、.．)）]|[①-⑩])/;

/** The section a line heads, if it is a heading. */
export function headingNumber(raw: string): { number: number; numbered: boolean } | null {
  // Every heading's words hold one of these characters: most lines are spared the rest.
  if (raw.length > 90 || !/[况述题项诉施划公开措足]/.test(raw)) return null;
  let text = normalizeLabel(raw).replace(/^[#>*]+/, '').replace(/\*+$/, '');
  if (!text || SUB_HEADING.test(text) || /^表[一二三四]/.test(text)) return null;
  const numbered = NUMBER_PREFIX.exec(text);
  if (numbered) text = text.slice(numbered[0].length);
  // A numbered heading may open its paragraph: 「六、其他需要报告的事项：本年度未收取…」.
  const runIn = numbered ? /^([^：:。]{2,40})[：:。]/.exec(text) : null;
  const cores = runIn ? [text.replace(/[：:。]$/, ''), runIn[1]] : [text.replace(/[：:。]$/, '')];
  for (const core of cores) {
    // A heading is not a sentence.
    if (core.length > 40 || core.length < 2 || /[。，；,;！？]/.test(core)) continue;
    const hit = WORDS.find((w) => w.test.test(core));
    // 「行政复议 行政诉讼」 heads table 四's columns; the section says 情况, or has its number.
    if (hit && (numbered || hit.number !== 4 || /情况$/.test(core))) return { number: hit.number, numbered: !!numbered };
  }
  return null;
}

export function findSections(lines: SourceLine[], diagnostics: ImportDiagnostic[]): FoundSection[] {
  const candidates: FoundSection[] = [];
  lines.forEach((line, index) => {
    if (line.furniture || line.text.includes('\t') || line.text.includes('|')) return;
    const found = headingNumber(line.text.trim());
    if (found) candidates.push({ number: found.number, heading: line.text.trim(), index });
  });
  const chosen: FoundSection[] = [];
  candidates.forEach((candidate, k) => {
    const last = chosen[chosen.length - 1];
    if (last && last.number === candidate.number) {
      diagnostics.push({
        severity: 'warning',
        message: `标题“${candidate.heading}”重复出现（第 ${lines[last.index].number} 行和第 ${lines[candidate.index].number} 行），按第一次出现处分节。`,
        line: lines[candidate.index].number,
      });
      return;
    }
    if (last && candidate.number < last.number) return;
    // A table's section is where its table is: skip a heading whose text lacks the table when a later one has it.
    const words = TABLE_WORDS[candidate.number];
    if (words) {
      const next = candidates.slice(k + 1).find((c) => c.number !== candidate.number);
      const later = candidates.slice(k + 1).find((c) => c.number === candidate.number);
      if (later && !holds(lines, words, candidate.index, next?.index ?? lines.length) && holds(lines, words, later.index, lines.length)) return;
    }
    chosen.push(candidate);
  });
  return chosen;
}

/** Whether the lines after a heading (up to the next) hold its table's words. */
function holds(lines: SourceLine[], words: RegExp, from: number, to: number): boolean {
  for (let i = from + 1; i < to && i < from + 400; i++) if (words.test(normalizeLabel(lines[i].text))) return true;
  return false;
}

// ------------------------------------------------------------------------------ flattened text

const TITLES = getFormat('2021').sections.flatMap((s) => [s.title, ...(s.variants ?? [])].map((t) => normalizeLabel(t).replace(/^[一二三四五六]、/, '')));
const TITLE_IN_LINE = new RegExp(`[一二三四五六][、.．](?:${TITLES.map(escape).join('|')})`, 'g');

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/**
 * Web text flattened onto one line (or a few): cut it before and after each numbered official section
 * heading it holds, so that headings are lines again. Lines that hold fewer than two headings stay whole.
 */
export function splitFlattened(lines: SourceLine[]): SourceLine[] {
  if (!lines.some((l) => l.text.length > 200)) return lines;
  const out: SourceLine[] = [];
  for (const line of lines) {
    if (line.text.length <= 200 || line.furniture) {
      out.push(line);
      continue;
    }
    const cuts = new Set<number>();
    for (const m of line.text.matchAll(TITLE_IN_LINE)) {
      cuts.add(m.index!);
      cuts.add(m.index! + m[0].length);
    }
    if (cuts.size < 4) {
      out.push(line);
      continue;
    }
    const points = [0, ...[...cuts].sort((a, b) => a - b), line.text.length];
    for (let i = 0; i < points.length - 1; i++) {
      if (points[i] === points[i + 1]) continue;
      out.push({ ...line, text: line.text.slice(points[i], points[i + 1]), offset: line.offset + points[i] });
    }
  }
  return out;
}
