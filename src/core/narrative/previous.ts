/**
 * Last year's problems, from the 五 section of last year's published report, so that this year's
 * 上年度问题整改情况 can answer each of them (evaluations check that it does). Real reports write
 * them in many ways: a （一）/（二） subsection, 「存在几点问题：一是…二是…」 in running text, or plain
 * sentences; what is taken is each problem's first sentence, never a guess beyond the text.
 */

const MARKER = /[一二三四五六七八九十]是/g;
const SUBHEADING = /^\s*[（(][一二三四五六七八九十][）)]/;
const MAX_ITEMS = 6;
const MAX_LENGTH = 60;

export function previousProblems(section: string): string[] {
  const text = section.replace(/\[bookmark:[^\]]*\]/gi, '');
  const part = problemsPart(text);
  if (!part) return [];
  const items = MARKER.test(part) ? byMarkers(part) : bySentences(part);
  return items.map(headline).filter((s) => s.length >= 4).slice(0, MAX_ITEMS);
}

/** The text about this year's problems: their subsection, or the paragraph that names them. */
function problemsPart(text: string): string | null {
  const lines = text.split(/\r?\n/).map((l) => l.trim()).filter(Boolean);
  // A subsection: its heading speaks of problems, not of 整改 or 措施.
  const start = lines.findIndex((l) => SUBHEADING.test(l) && /问题/.test(l.slice(0, 24)) && !/整改|措施|改进/.test(l.slice(0, 24)));
  if (start >= 0) {
    const end = lines.findIndex((l, i) => i > start && SUBHEADING.test(l));
    const body = lines.slice(start, end < 0 ? undefined : end).join('');
    // 「（一）主要问题：一是…」: what follows the heading's colon; a heading alone: the lines under it.
    return body.replace(SUBHEADING, '').replace(/^[^：:]{0,24}[：:]/, '').replace(/^[^一-龥]*\d{4}年[^：:。]{0,16}问题/, '') || null;
  }
  // Running text: the first paragraph that speaks of shortcomings, before any measures.
  const body = lines.filter((l) => !SUBHEADING.test(l) && !/^#*\s*[一二三四五六]、/.test(l) && !/^(结合|针对|下一步|\d{4}年[，,]?将)/.test(l));
  const paragraph = body.find((l) => /问题|不足|差距|不够|有待|欠缺|薄弱/.test(l));
  if (!paragraph) return null;
  const colon = /(?:问题|不足|差距)[^：:。]{0,6}[:：]/.exec(paragraph);
  return colon ? paragraph.slice(colon.index + colon[0].length) : paragraph;
}

function byMarkers(part: string): string[] {
  MARKER.lastIndex = 0;
  return part
    .split(MARKER)
    .slice(1)
    .map((s) => s.trim());
}

function bySentences(part: string): string[] {
  return part
    .split(/(?<=[。！？])/)
    .map((s) => s.trim())
    .filter((s) => /问题|不足|差距|有待|不够|不高|不强|欠缺|薄弱|需要|仍需|还需/.test(s));
}

/** An item's first clause of substance, without closing punctuation, at most MAX_LENGTH characters. */
function headline(item: string): string {
  let first = item.split(/[。；;]/)[0].replace(/[，,、\s]+$/, '').trim();
  // A long first sentence is cut at its first comma: the problem is named there, the rest explains it.
  const comma = first.slice(8).search(/[，,]/);
  if (first.length > 40 && comma >= 0) first = first.slice(0, comma + 8);
  return first.length > MAX_LENGTH ? `${first.slice(0, MAX_LENGTH - 1)}…` : first;
}
