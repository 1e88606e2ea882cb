import type { SourceLine } from './source';
import type { FoundSection } from './sections';

/**
 * What a report states about itself: its year and its agency, only where the text states them. The
 * title comes in every order and shape (「2022年某某局政府信息公开工作年度报告」 as often as
 * 「某某局2022年…」, 「2022年度」, broken over two or three lines, 「2024 年」 with spaces); publication
 * metadata before it (发布日期, 来源, 索引号) is not the report's year. Without a title, the year is
 * in the statistics period (in many wordings) or opens 总体情况 (「2023年，某某街道…」).
 */
export interface Stated {
  year: number | null;
  evidence: string | null;
  agency: string | null;
}

const REPORT = /(?:政府信息公开|政务公开)(?:工作)?(?:年度)?报告/;
const METADATA = /^[\s\u3000【[]*(?:发布日期|发布时间|成文日期|日期|时间|来源|信息来源|索引号|发文机关|发布机构|文号|发文字号|主题分类|体裁分类|公开方式|公开范围|公开时限|浏览次数|访问量|点击数|字体|分享|打印|关闭|有效性)/;
const AGENCY_SUFFIX = /(?:人民政府办公室|人民政府办公厅|人民政府|政府办公室|办公室|办公厅|管理局|局|委员会|委|厅|中心|办事处|街道|镇|乡|区|县|市|州|旗|盟|院|署|所|站|办|会)$/;
const YEAR = /((?:19|20)\d{2})年度?/;

export function statedYearAndAgency(lines: SourceLine[], sections: FoundSection[]): Stated {
  const firstSection = sections[0]?.index ?? Math.min(lines.length, 12);
  const preamble = lines.slice(0, firstSection).filter((l) => !l.furniture && l.text.trim() && !METADATA.test(l.text));
  const title = findTitle(preamble);
  let year: number | null = null;
  let evidence: string | null = null;
  let agency: string | null = null;
  if (title) {
    const parsed = parseTitle(title.squashed);
    year = parsed.year;
    agency = parsed.agency;
    if (year !== null) evidence = title.written;
  }
  if (year === null) {
    const period = statisticsPeriod(lines, sections);
    if (period) ({ year, evidence } = period);
  }
  if (year === null) {
    const opening = openingYear(lines, sections);
    if (opening) ({ year, evidence } = opening);
  }
  if (agency === null || year === null) {
    // A title elsewhere: a web page's 「图文解读链接：某某区2024年政府信息公开工作年度报告」.
    for (const line of lines) {
      if (line.text.length > 120 || !REPORT.test(line.text)) continue;
      const parsed = parseTitle(squash(line.text).replace(/^.*[:：]/, ''));
      if (parsed.year === null) continue;
      if (year === null) {
        year = parsed.year;
        evidence = line.text.trim();
      }
      agency ??= parsed.agency;
      break;
    }
  }
  agency ??= quotedAgency(lines);
  return { year, evidence, agency };
}

/** The title: a short line (or two or three) holding 「…政府信息公开工作年度报告」, with the agency line above it. */
function findTitle(preamble: SourceLine[]): { squashed: string; written: string } | null {
  const short = (l: SourceLine) => squash(l.text).length <= 60 && !/[。；]/.test(l.text);
  for (let i = 0; i < preamble.length && i < 10; i++) {
    if (!short(preamble[i])) continue;
    for (let span = 1; span <= 3 && i + span <= preamble.length; span++) {
      const window = preamble.slice(i, i + span);
      if (!window.every(short)) break;
      const joined = window.map((l) => squash(l.text)).join('');
      if (!REPORT.test(joined)) continue;
      return { squashed: joined.replace(/^#+/, ''), written: window.map((l) => l.text.trim().replace(/^#+\s*/, '')).join(' ') };
    }
  }
  return null;
}

/** Year and agency from a title: the agency before the year, or after it (「2022年某某局…」). */
export function parseTitle(title: string): { year: number | null; agency: string | null } {
  const report = REPORT.exec(title);
  const head = (report ? title.slice(0, report.index) : title).replace(/^(?:标题|题目)[:：]/, '').replace(/[“”"《》]/g, '');
  const tail = report ? title.slice(report.index + report[0].length) : '';
  const inHead = YEAR.exec(head);
  const inTail = /[（(]((?:19|20)\d{2})年?度?[）)]/.exec(tail);
  const year = inHead ? Number(inHead[1]) : inTail ? Number(inTail[1]) : null;
  const candidates = inHead ? [head.slice(0, inHead.index), head.slice(inHead.index + inHead[0].length)] : [head];
  for (const candidate of candidates) {
    const agency = cleanAgency(candidate);
    if (agency) return { year, agency };
  }
  return { year, agency: null };
}

function cleanAgency(text: string): string | null {
  const agency = text.replace(/^[#\s]+/, '').replace(/(?:关于|的|发布|公布)+$/, '').replace(/^.*[:：]/, '');
  return agency.length >= 2 && agency.length <= 40 && AGENCY_SUFFIX.test(agency) ? agency : null;
}

/** 「本报告所列数据的统计期限自2023年1月1日起至2023年12月31日止」 and its many wordings, wrapped or not. */
function statisticsPeriod(lines: SourceLine[], sections: FoundSection[]): { year: number; evidence: string } | null {
  const until = sections.find((s) => s.number === 2)?.index ?? lines.length;
  const text = lines
    .slice(0, until)
    .filter((l) => !l.furniture)
    .map((l) => squash(l.text))
    .join('');
  const patterns = [
    /统计(?:期限|时限|时间|区间|周期|范围|期间|口径)[^。；]{0,16}?((?:19|20)\d{2})年(?:1月1日|度|全年|1月)[^。；]{0,30}/,
    /数据[^。；]{0,12}?(?:自|从|为|是)((?:19|20)\d{2})年1月1日(?:起)?(?:至|到|—|－|-|~|～)[^。；]{0,20}/,
  ];
  for (const pattern of patterns) {
    const m = pattern.exec(text);
    if (!m) continue;
    // A period that ends in another year than it starts is not one report year.
    const end = /至((?:19|20)\d{2})年12月31日/.exec(m[0]);
    if (end && end[1] !== m[1]) continue;
    return { year: Number(m[1]), evidence: m[0] };
  }
  return null;
}

/** 「2023年，某某街道…」: the first sentence of 总体情况, when it opens with the year. */
function openingYear(lines: SourceLine[], sections: FoundSection[]): { year: number; evidence: string } | null {
  const one = sections.find((s) => s.number === 1);
  if (!one) return null;
  const end = sections.find((s) => s.number > 1)?.index ?? lines.length;
  for (let i = one.index + 1; i < end && i <= one.index + 4; i++) {
    const text = lines[i].text.trim();
    if (!text || lines[i].furniture) continue;
    const m = /^((?:19|20)\d{2})\s*年度?\s*(?:[，,]|以来|来|是|我|全|本|共)/.exec(text);
    if (m) return { year: Number(m[1]), evidence: text.slice(0, 30) };
    if (text.length > 20) return null; // the first paragraph does not open with the year
  }
  return null;
}

/** No title: an agency quoted as the owner of its channels, e.g. 「“某某局”微信公众号」. */
function quotedAgency(lines: SourceLine[]): string | null {
  for (const line of lines) {
    const m = /“([^”]{2,30}?(?:局|委员会|办公室|人民政府|中心|厅))”(?:微信公众号|政务微博|网站|门户网站)/.exec(line.text);
    if (m) return m[1];
  }
  return null;
}

function squash(text: string): string {
  return text.replace(/[\s\u3000\u00a0\u2000-\u200b\u202f\u205f\ufeff]+/g, '');
}
