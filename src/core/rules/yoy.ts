import { numberAt, sumAt, type CellData } from '../cells';
import { fail, lineAt, perSection, type Result, type TextRule } from './text-rule';

/**
 * a 同比 statement (「新收申请122件，较上年增加15件，增长14.0%」, 「行政复议同比下降25%」,
 * 「与上年持平」) checked against this year's and last year's tables. A wrong direction, difference
 * or percentage is an error: readers and evaluators recompute them. The figure a statement is about
 * is the nearest figure named before it in its sentence; figures that only 正文素材 knows (主动公开
 * items) and statements whose figure is not named are not checked.
 */

interface Subject {
  what: string;
  pattern: RegExp;
  cells: string[];
  value(c: CellData): number | null;
}

/** Names of the figures the tables hold, most specific first (「现行有效…规范性文件」 before 「规范性文件」). */
const SUBJECTS: Subject[] = [
  { what: '现行有效的行政规范性文件', pattern: /现行有效(?:的)?(?:行政)?规范性文件|(?:行政)?规范性文件现行有效/g, cells: ['active.normativeDocuments.inForce'], value: (c) => numberAt(c, 'active.normativeDocuments.inForce') },
  { what: '制发的行政规范性文件', pattern: /(?:制发|印发|出台)(?:的)?(?:行政)?规范性文件/g, cells: ['active.normativeDocuments.issued'], value: (c) => numberAt(c, 'active.normativeDocuments.issued') },
  { what: '新收申请', pattern: /(?:新收|收到|受理|接收)(?:到)?(?:[^，。；\d]{0,8}?)申请|申请(?:数量|量)/g, cells: ['applications.newReceived.total'], value: (c) => numberAt(c, 'applications.newReceived.total') },
  { what: '办结的申请', pattern: /办结(?:申请)?/g, cells: ['applications.total.total'], value: (c) => numberAt(c, 'applications.total.total') },
  { what: '行政复议', pattern: /行政复议|复议案件/g, cells: ['review.total'], value: (c) => numberAt(c, 'review.total') },
  {
    what: '行政诉讼',
    pattern: /行政诉讼|诉讼案件/g,
    cells: ['litigationDirect.total', 'litigationAfterReview.total'],
    value: (c) => sumAt(c, ['litigationDirect.total', 'litigationAfterReview.total']),
  },
  // Named so that a statement about them is not taken for the figure before them; not checked.
  { what: '', pattern: /主动公开|政府网站|政务新媒体|政策解读|回应|信息处理费|收费|予以公开的?占|占比|比例|公开率/g, cells: [], value: () => null },
];

/** 「较上年增加15件」「同比增长14.0%」「比去年减少2件，下降12.5%」「与上年持平」. */
const STATEMENT =
  /(?:较|比|相比|同比|与)(?:上年|去年|上一年|上年度|上一年度|(?:19|20)\d{2}\s*年)?(?:同期)?(?:相比)?[，,]?\s*(?:(持平|增加|增长|上升|提高|减少|下降|降低)了?\s*(\d+(?:\.\d+)?)\s*(个百分点|件|条|个|起|%|％)?(?:[，,、]\s*(增长|上升|提高|下降|降低|减少)了?\s*(\d+(?:\.\d+)?)\s*(?:%|％))?|持平)/g;

const UP = /增加|增长|上升|提高/;

export const X_9: TextRule = {
  kind: 'text',
  id: 'X-9',
  severity: 'error',
  title: '同比的增减和百分比应与本年、上年的表格一致',
  label: '同比与表格不符',
  check({ data, sections, previous }) {
    if (!previous || data.year === null || (previous.year !== null && previous.year !== data.year - 1)) return [];
    return perSection(sections, (section) => {
      const results: Result[] = [];
      const text = section.text;
      for (const m of text.matchAll(STATEMENT)) {
        // 「与上年持平」 needs its 上年; a bare 「与…」 or 「比…」 is not a comparison with last year.
        if (!/上年|去年|上一年|同比|\d{4}\s*年/.test(m[0]) && !/^(?:较|比)(?:增加|增长|上升|减少|下降)/.test(m[0])) continue;
        const at = m.index!;
        const sentenceStart = Math.max(text.lastIndexOf('。', at), text.lastIndexOf('；', at), text.lastIndexOf('\n', at)) + 1;
        // A share's change in percentage points (「予以公开率提高2.1个百分点」) is about no single figure.
        if (m[3] === '个百分点') continue;
        const subject = nearestSubject(text.slice(sentenceStart, at));
        if (!subject?.what) continue;
        const [now, before] = [subject.value(data.cells), subject.value(previous.cells)];
        const quote = text.slice(Math.max(sentenceStart, at - 16), at + m[0].length);
        const where = { line: lineAt(section, at), quote, cells: subject.cells };
        if (now === null || before === null) {
          results.push({ status: 'notAssessable', ...where, message: `正文对${subject.what}作了同比（“${quote}”），但${now === null ? '本年' : '上年'}表格中没有这个数，无法核对。` });
          continue;
        }
        const problem = statementProblem(m, now, before);
        if (problem) {
          results.push(
            fail(`${subject.what}：正文写“${m[0].replace(/^[，,]/, '')}”，但本年 ${now} 件、上年 ${before} 件，${problem}`, {
              ...where,
              values: { now, before },
              expected: now - before,
            }),
          );
        } else results.push({ status: 'pass', ...where, message: '' });
      }
      return results;
    });
  },
};

/** The figure named last before the statement in its sentence. */
function nearestSubject(before: string): Subject | null {
  let best: Subject | null = null;
  let bestAt = -1;
  for (const subject of SUBJECTS) {
    for (const m of before.matchAll(subject.pattern)) {
      // Ties: the longer (more specific) name wins, as listed first.
      if (m.index! > bestAt) {
        best = subject;
        bestAt = m.index!;
      }
    }
  }
  return best;
}

/** What is wrong with a statement, or null when it fits. */
function statementProblem(m: RegExpMatchArray, now: number, before: number): string | null {
  const [, verb, amount, unit, verb2, amount2] = m;
  const diff = now - before;
  const actual = diff === 0 ? '持平' : diff > 0 ? `增加 ${diff}` : `减少 ${-diff}`;
  const percent = before === 0 ? null : (Math.abs(diff) * 100) / before;
  const percentShown = percent === null ? '' : `（${percent.toFixed(1)}%）`;
  if (!verb || verb === '持平') return diff === 0 ? null : `实为${actual}${percentShown}，不是持平。`;
  const up = UP.test(verb);
  if (diff === 0) return `实为持平，不是${verb}。`;
  if (up !== diff > 0) return `实为${actual}${percentShown}，方向写反了。`;
  const check = (value: string, isPercent: boolean): string | null => {
    const stated = Number(value);
    if (!isPercent) return stated === Math.abs(diff) ? null : `相差应为 ${Math.abs(diff)}，不是 ${value}。`;
    if (percent === null) return `上年为 0，没有百分比可言（不应写“${value}%”）。`;
    return percentFits(value, percent) ? null : `${up ? '增长' : '下降'}应为 ${percent.toFixed(1)}%，不是 ${value}%。`;
  };
  const first = check(amount, /%|％/.test(unit ?? ''));
  if (first) return first;
  if (verb2) {
    if (UP.test(verb2) !== up) return `百分比的方向与增减不一致：实为${actual}。`;
    return check(amount2, true);
  }
  return null;
}

/** A stated percentage fits when it is the true one rounded or cut to the decimals written. */
function percentFits(stated: string, percent: number): boolean {
  const decimals = stated.includes('.') ? stated.split('.')[1].length : 0;
  const step = 10 ** -decimals;
  const value = Number(stated);
  return Math.abs(value - percent) <= step / 2 + 1e-9 || (percent - value >= -1e-9 && percent - value < step);
}
