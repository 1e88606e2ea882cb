import { spreadsheetSum, type CellValue, type ReportData } from '../cells';
import { getFormat } from '../format';
import { normalizeLabel } from '../labels';
import { CLAIM_RULES } from './claims';
import { unwrapLines } from './paragraphs';
import { previousMismatchFinding, previousReportMismatch } from './previous';
import { bigrams, dice, repeatedSentences, type Bigrams } from './similarity';
import { fail, lineAt, lineOfText, NARRATIVE, restOfSentence, shownLine, type Result, type TextFinding, type TextInput, type TextRule, type TextSection } from './text-rule';
import type { Finding } from './types';
import { X_9 } from './yoy';

/**
 * Rules over a report's text (an imported report, or the narrative in the workbook) and across
 * years. Each finding names the line it is about; text findings carry no cells unless they
 * contradict a table. They run on paragraphs: hard-wrapped lines are joined first (paragraphs.ts).
 */
export type { TextFinding, TextInput, TextSection } from './text-rule';

// ---------------------------------------------------------------- X-2 stale years

const X_2: TextRule = {
  id: 'X-2',
  severity: 'warning',
  title: '正文中的年份应为报告年度、上一年（整改）或下一年（计划）',
  label: '年份可能沿用往年',
  check({ data, sections }) {
    const year = data.year;
    if (year === null) return [{ status: 'notAssessable', cells: [], message: '报告未写明年度，无法检查正文年份是否为上年遗留。' }];
    const results: Result[] = [];
    for (const section of sections.filter((s) => NARRATIVE.includes(s.number))) {
      for (const m of section.text.matchAll(/((?:19|20)\d{2})\s*年(?!\s*\d{1,2}\s*月\s*\d{1,2}\s*日起施行)/g)) {
        const mentioned = Number(m[1]);
        if (Math.abs(mentioned - year) <= 1) continue;
        // Dates of laws and documents quoted by name are history, not stale text.
        const before = section.text.slice(Math.max(0, m.index! - 12), m.index!);
        if (/[《〔]|自$|于$/.test(before)) continue;
        const quote = section.text.slice(Math.max(0, m.index! - 8), m.index! + 16).replace(/\s+/g, ' ');
        results.push(
          fail(`第${'一二三四五六'[section.number - 1]}部分出现 ${mentioned} 年（报告年度为 ${year} 年）：“…${quote}…”，可能是沿用往年文字。`, {
            line: lineAt(section, m.index!),
            quote,
          }),
        );
      }
    }
    return results;
  },
};

// ---------------------------------------------------------------- X-3 text against tables

interface Claim {
  pattern: RegExp;
  what: string;
  /** Values of the tables the stated number may equal. */
  accepted(cells: ReportData['cells']): (number | null)[];
  /** Cells the claim is about. */
  cells: string[];
}

const num = (v: CellValue | undefined) => (typeof v === 'number' ? v : null);
const sumOf = (cells: ReportData['cells'], ids: string[]) => {
  const values = ids.map((id) => cells[id]);
  return values.every((v) => typeof v === 'number') ? spreadsheetSum(values) : null;
};

const CLAIMS: Claim[] = [
  {
    // 「收到政府信息公开申请17件」: 新收, or 新收 + 上年结转 (both usages occur).
    pattern: /(?:共|累计|全年)?(?:收到|受理|接收|新收)(?:[^，。；,;\d]{0,16}?)?(?:政府信息公开)?申请(?:共|合计)?\s*(\d+)\s*件/g,
    what: '收到的申请',
    accepted: (c) => [num(c['applications.newReceived.total']), sumOf(c, ['applications.newReceived.total', 'applications.carriedOver.total'])],
    cells: ['applications.newReceived.total', 'applications.carriedOver.total'],
  },
  {
    pattern: /上年结转(?:政府信息公开申请)?\s*(\d+)\s*件/g,
    what: '上年结转的申请',
    accepted: (c) => [num(c['applications.carriedOver.total'])],
    cells: ['applications.carriedOver.total'],
  },
  {
    pattern: /(?:共|累计|全部|已)(?:答复|办结|回复)\s*(\d+)\s*件/g,
    what: '办结的申请',
    accepted: (c) => [num(c['applications.total.total'])],
    cells: ['applications.total.total'],
  },
  {
    pattern: /(?:结转(?:至)?下(?:一)?年度(?:继续办理)?|正在办理中?)\s*(\d+)\s*件|(\d+)\s*件(?:申请)?(?:正在办理|结转(?:至)?下(?:一)?年度)/g,
    what: '结转下年度的申请',
    accepted: (c) => [num(c['applications.carriedForward.total'])],
    cells: ['applications.carriedForward.total'],
  },
  {
    pattern: /行政复议\s*(\d+)\s*(?:件|起)|(\d+)\s*(?:件|起)(?:[^，。；,;]{0,12})?行政复议/g,
    what: '行政复议',
    accepted: (c) => [num(c['review.total'])],
    cells: ['review.total'],
  },
  {
    pattern: /行政诉讼\s*(\d+)\s*(?:件|起)|(\d+)\s*(?:件|起)(?:[^，。；,;]{0,12})?行政诉讼/g,
    what: '行政诉讼',
    accepted: (c) => [sumOf(c, ['litigationDirect.total', 'litigationAfterReview.total'])],
    cells: ['litigationDirect.total', 'litigationAfterReview.total'],
  },
  {
    pattern: /制发(?:行政)?规范性文件\s*(\d+)\s*件/g,
    what: '制发的规范性文件',
    accepted: (c) => [num(c['active.normativeDocuments.issued'])],
    cells: ['active.normativeDocuments.issued'],
  },
];

const X_3: TextRule = {
  id: 'X-3',
  severity: 'warning',
  title: '正文中的数字与表格一致',
  label: '正文与表格不符',
  check({ data, sections }) {
    const results: Result[] = [];
    const cells = data.cells;
    for (const section of sections.filter((s) => NARRATIVE.includes(s.number))) {
      for (const claim of CLAIMS) {
        for (const m of section.text.matchAll(claim.pattern)) {
          // 「网上申请105件，快递17件，合计122件」: the sentence's total is what is claimed.
          const rest = restOfSentence(section.text, m.index! + m[0].length);
          const total = claim.what === '收到的申请' ? /(?:合计|共计|总计|共)\s*(\d+)\s*件/.exec(rest) : null;
          const stated = Number(total?.[1] ?? m[1] ?? m[2]);
          if (!Number.isSafeInteger(stated)) continue; // a run of digits no count has
          const accepted = claim.accepted(cells).filter((v): v is number => v !== null);
          if (accepted.length === 0 || accepted.includes(stated)) continue;
          const quote = m[0];
          results.push(
            fail(`正文说${claim.what}为 ${stated} 件（“${quote}”），表格中为 ${[...new Set(accepted)].join(' 或 ')} 件。`, {
              line: lineAt(section, m.index!),
              quote,
              cells: claim.cells,
            }),
          );
        }
      }
      // 「均获维持」 contradicts corrected or pending cases in table 四.
      for (const m of section.text.matchAll(/(?:均|全部)(?:获|被|予以)?维持/g)) {
        const ids = ['review', 'litigationDirect', 'litigationAfterReview'].flatMap((g) => [`${g}.corrected`, `${g}.pending`]);
        const open = ids.filter((id) => typeof cells[id] === 'number' && (cells[id] as number) > 0);
        if (open.length === 0) continue;
        results.push(
          fail(`正文说“${m[0]}”，但表四有结果纠正或尚未审结的案件（${open.map((id) => `${id}=${cells[id]}`).join('，')}）。`, {
            line: lineAt(section, m.index!),
            quote: m[0],
            cells: open,
          }),
        );
      }
      // 「全部予以答复/全部办结」 contradicts applications carried forward.
      for (const m of section.text.matchAll(/全部(?:予以)?(?:答复|办结)/g)) {
        const forward = cells['applications.carriedForward.total'];
        if (typeof forward !== 'number' || forward === 0) continue;
        results.push(
          fail(`正文说“${m[0]}”，但表三结转下年度继续办理 ${forward} 件。`, { line: lineAt(section, m.index!), quote: m[0], cells: ['applications.carriedForward.total'] }),
        );
      }
    }
    return results;
  },
};

// ---------------------------------------------------------------- X-4 sections

const FIVE_ASPECTS = [
  { name: '主动公开', words: ['主动公开'] },
  { name: '依申请公开', words: ['依申请公开', '政府信息公开申请'] },
  { name: '政府信息管理', words: ['政府信息管理', '信息管理'] },
  { name: '政府信息公开平台建设', words: ['平台建设', '公开平台', '政府网站', '政务新媒体'] },
  { name: '监督保障', words: ['监督保障', '监督', '考核', '培训'] },
];

const X_4: TextRule = {
  id: 'X-4',
  severity: 'error',
  title: '六个部分齐全、顺序正确，第六部分说明信息处理费',
  label: '缺少章节或说明',
  check({ sections }) {
    const results: Result[] = [];
    const numbers = sections.map((s) => s.number);
    const titles = getFormat('2021').sections;
    for (const s of titles) {
      if (!numbers.includes(s.number)) results.push(fail(`缺少“${s.title}”部分。`));
    }
    const six = sections.find((s) => s.number === 6);
    if (six && !/信息处理费|处理费|收取(?:任何)?费用|收费/.test(six.text)) {
      results.push(fail('第六部分没有说明信息处理费的收取情况（国办函〔2020〕109号要求即使未收取也应说明）。', { severity: 'warning', line: six.line }));
    }
    const one = sections.find((s) => s.number === 1);
    if (one) {
      const missing = FIVE_ASPECTS.filter((a) => !a.words.some((w) => one.text.includes(w))).map((a) => a.name);
      if (missing.length) {
        results.push(fail(`“一、总体情况”没有写到：${missing.join('、')}（应涵盖主动公开、依申请公开、政府信息管理、平台建设、监督保障五个方面）。`, { severity: 'warning', line: one.line }));
      }
    }
    return results;
  },
};

// ---------------------------------------------------------------- X-5 similarity

/** Dice coefficient over character bigrams of two texts (0 … 1). */
export function textSimilarity(a: string, b: string): number {
  return dice(bigrams(a), bigrams(b));
}

const X_5: TextRule = {
  id: 'X-5',
  severity: 'warning',
  title: '正文与上年报告高度雷同',
  label: '与上年文字雷同',
  check({ sections, previousText }) {
    if (previousText === undefined) return [];
    const narrative = sections.filter((s) => NARRATIVE.includes(s.number)).map((s) => s.text).join('\n');
    const similarity = textSimilarity(narrative, previousText);
    const percent = Math.round(similarity * 100);
    return similarity > 0.5
      ? [fail(`正文（第一、五、六部分）与上年报告的相似度为 ${percent}%，超过 50%：可能照搬了上年文字。`)]
      : [{ status: 'pass', cells: [], message: '' }];
  },
};

/** The text before the first section (title, preamble), as a pseudo-section 0. */
function preamble(text: string, sections: TextSection[]): TextSection {
  const first = sections[0]?.line ?? 1;
  return { number: 0, heading: '', line: 0, text: text.split('\n').slice(0, first - 1).join('\n') };
}

// ---------------------------------------------------------------- editorial lint

const ORDINALS = '一二三四五六七八九十';

const E_1: TextRule = {
  id: 'E-1',
  severity: 'warning',
  title: '小标题序号连续',
  label: '序号不连续',
  check({ sections }) {
    const results: Result[] = [];
    // Narrative only: the tables' own row labels 「（一）予以公开」… are not headings.
    for (const section of sections.filter((s) => NARRATIVE.includes(s.number))) {
      let previous = 0;
      for (const m of section.text.matchAll(/^[\s\u3000#]*[（(]([一二三四五六七八九十])[）)]/gm)) {
        const n = ORDINALS.indexOf(m[1]) + 1;
        if (previous && n > previous + 1) {
          const skipped = ORDINALS.slice(previous, n - 1).split('').map((c) => `（${c}）`).join('');
          results.push(fail(`第${ORDINALS[section.number - 1]}部分的小标题从（${ORDINALS[previous - 1]}）跳到（${m[1]}），缺少${skipped}。`, { line: lineAt(section, m.index!) }));
        }
        if (n === 1 || n > previous) previous = n;
      }
    }
    return results;
  },
};

const E_2: TextRule = {
  id: 'E-2',
  severity: 'warning',
  title: '没有重复的句子或词语',
  label: '重复的句子或词语',
  check(input) {
    const { sections, text } = input;
    const results: Result[] = [];
    const narrative = sections.filter((s) => NARRATIVE.includes(s.number));
    for (const section of narrative) {
      for (const m of section.text.matchAll(/([\u4e00-\u9fff]{2,4})[，、,]?\1/g)) {
        if (/^(.)\1$/.test(m[1])) continue; // reduplicated words such as 常常
        results.push(fail(`词语重复：“${m[0]}”。`, { line: lineAt(section, m.index!), quote: m[0] }));
      }
    }
    // Sentences that say the same thing twice (the statistics period, typically), across the preamble and narrative.
    const sentences: { text: string; line: number; grams: Bigrams }[] = [];
    for (const section of [preamble(text, sections), ...narrative]) {
      let line = section.line + 1; // counted as we go: finding each sentence's line from the start is quadratic
      // Sentences end at full stops: clauses after 「；」 are parallel by design, not repeats.
      for (const part of section.text.split(/(?<=[。！？])/)) {
        const clean = part.replace(/\s+/g, '');
        const lead = part.length - part.trimStart().length;
        const startLine = line + (part.slice(0, lead).match(/\n/g)?.length ?? 0);
        if (clean.length >= 16) sentences.push({ text: clean, line: startLine, grams: bigrams(clean) });
        line += part.match(/\n/g)?.length ?? 0;
      }
    }
    for (const [i, j] of repeatedSentences(sentences, 0.65)) {
      const [first, second] = [shownLine(input, sentences[i].line), shownLine(input, sentences[j].line)];
      const where = first === second ? `第 ${second} 行中两句` : `第 ${first} 行与第 ${second} 行`;
      results.push(fail(`句子重复（${where}意思相同）：“${sentences[j].text.slice(0, 30)}…”。`, { line: sentences[j].line }));
    }
    return results;
  },
};

const E_3: TextRule = {
  id: 'E-3',
  severity: 'warning',
  title: '没有排版残留（书签标记、网站页脚、链接提示）',
  label: '排版残留',
  check(input) {
    const { text } = input;
    const results: Result[] = [];
    const patterns: [RegExp, string][] = [
      [/\[bookmark:[^\]]*\]/g, '书签标记'],
      [/(?:ICP备|公网安备|网站标识码|违法和不良信息举报|主办[:：]|版权所有)/g, '网站页脚'],
      [/图文解读链接|点击查看|附件下载/g, '网页链接提示'],
      [/&(?:nbsp|amp|lt|gt);/g, 'HTML 实体'],
    ];
    for (const [pattern, kind] of patterns) {
      const lines = new Set<number>();
      for (const m of text.matchAll(pattern)) lines.add(lineOfText(text, m.index!));
      if (lines.size) {
        const list = [...lines];
        results.push(fail(`有${kind}残留（第 ${list.slice(0, 5).map((n) => shownLine(input, n)).join('、')}${list.length > 5 ? ' 等' : ''} 行），发布前应删除。`, { line: list[0], quote: kind }));
      }
    }
    // Unbalanced Chinese quotation marks within a paragraph (the lines are paragraphs by now).
    text.split('\n').forEach((line, i) => {
      const open = (line.match(/“/g) ?? []).length;
      const close = (line.match(/”/g) ?? []).length;
      if (open !== close) results.push(fail(`引号不成对（“ ${open} 个，” ${close} 个）：“${line.trim().slice(0, 24)}…”。`, { line: i + 1 }));
    });
    return results;
  },
};

const E_4: TextRule = {
  id: 'E-4',
  severity: 'info',
  title: '章节标题与官方一致',
  label: '标题与官方不一致',
  check({ sections, text }) {
    const results: Result[] = [];
    const official = getFormat('2021').sections;
    for (const s of sections) {
      const title = official.find((o) => o.number === s.number)!;
      const written = normalizeLabel(s.heading.replace(/^#+/, ''));
      const accepted = [title.title, ...(title.variants ?? [])].map((t) => normalizeLabel(t));
      if (!accepted.includes(written)) results.push(fail(`标题“${s.heading.replace(/^#+\s*/, '')}”与官方标题“${title.title}”不同。`, { line: s.line }));
    }
    // Markdown headings of the six sections at different levels.
    const levels = new Set(sections.map((s) => /^(#+)/.exec(s.heading)?.[1].length).filter((n): n is number => n !== undefined));
    if (levels.size > 1) results.push(fail(`六个部分的标题级别不一致（${[...levels].sort().map((n) => '#'.repeat(n)).join('、')}）。`));
    // A number in a list of counts that lost its unit: 「发布711条，…2678，…77条」.
    let offset = 0;
    for (const sentence of text.split(/(?<=[。\n])/)) {
      if (sentence.includes('条') && /\d\s*条/.test(sentence)) {
        for (const bare of sentence.matchAll(/发布\s*(\d+)(?=[，,；;。])/g)) {
          results.push(fail(`数字缺少单位：“${bare[0]}”（同一句中其他数字带“条”）。`, { line: lineOfText(text, offset + bare.index!), quote: bare[0] }));
        }
      }
      offset += sentence.length;
    }
    return results;
  },
};

/**
 * Text left to be filled in: our own 【请填写…】 gaps (a 信息处理费 without its amount, last year's
 * problems brought in without what was done), 【表三数据不完整…】 where a table was incomplete, and
 * the 「XX件」「××年」 of a template. Published like that, the report is criticised at once.
 */
const E_5: TextRule = {
  id: 'E-5',
  severity: 'error',
  title: '没有未填写的占位内容（【请填写…】、XX件）',
  label: '尚未填写的内容',
  check({ text }) {
    const results: Result[] = [];
    const patterns = [/【[^】\n]*(?:请填写|请补充|待填写|待补充|请先补全|不完整)[^】\n]*】/g, /(?<![A-Za-z])(?:[XxＸｘ]{2,}|×{2,})(?=[年月日件条名次期篇个项元])/g];
    const found: { offset: number; end: number; quote: string }[] = [];
    for (const pattern of patterns) {
      for (const m of text.matchAll(pattern)) {
        // 「XX件」 inside 【请填写XX件】 is the same placeholder, said once.
        if (found.some((f) => m.index! >= f.offset && m.index! < f.end)) continue;
        found.push({ offset: m.index!, end: m.index! + m[0].length, quote: m[0] });
      }
    }
    found.sort((a, b) => a.offset - b.offset);
    // The same placeholder twice on one line (two of last year's problems without what was done) is
    // one finding that counts them, not two identical lines.
    const byLine = new Map<string, { line: number; quote: string; count: number }>();
    for (const { offset, quote } of found) {
      const line = lineOfText(text, offset);
      const key = `${line}\u0000${quote}`;
      const seen = byLine.get(key);
      if (seen) seen.count++;
      else byLine.set(key, { line, quote, count: 1 });
    }
    for (const { line, quote, count } of byLine.values()) {
      const shown = quote.length > 30 ? `${quote.slice(0, 30)}…` : quote;
      results.push(fail(`有${count > 1 ? ` ${count} 处` : ''}未填写的内容“${shown}”，发布前应补全。`, { line, quote }));
    }
    return results;
  },
};

/** What the text does not state about itself: year and agency. */
const X_0: TextRule = {
  id: 'X-0',
  severity: 'info',
  title: '报告有标题，写明机关名称和年度',
  label: '标题不完整',
  check({ data, text }) {
    const results: Result[] = [];
    const opening = text.split('\n').filter((l) => l.trim()).slice(0, 4).join('\n');
    if (!/政府信息公开(?:工作)?年度报告/.test(opening)) results.push(fail('报告开头没有标题（“××机关××年政府信息公开工作年度报告”）。', { line: 1 }));
    const missing = [data.agency === null ? '机关名称' : '', data.year === null ? '报告年度' : ''].filter(Boolean);
    if (missing.length) results.push(fail(`报告没有写明${missing.join('和')}（标题或统计期限中应写明）。`));
    return results;
  },
};

export const TEXT_RULES: readonly TextRule[] = [X_0, X_2, X_3, X_4, X_5, E_1, E_2, E_3, E_4, E_5, ...CLAIM_RULES, X_9];

const TEXT_RULE_IDS: ReadonlySet<string> = new Set(TEXT_RULES.map((r) => r.id));

/** Rules about the report's text (not its tables): the 报告正文 findings, which regenerating replaces. */
export function isTextRule(rule: string): boolean {
  return TEXT_RULE_IDS.has(rule);
}

export function checkText(input: TextInput): TextFinding[] {
  const view = paragraphView(input);
  const findings: TextFinding[] = [];
  for (const rule of TEXT_RULES) {
    for (const r of rule.check(view)) {
      if (r.status === 'pass') continue;
      const { severity, status, ...rest } = r;
      // Lines are named as in the text given: the line its paragraph starts on.
      const line = rest.line !== undefined ? shownLine(view, rest.line) : undefined;
      findings.push({ ...rest, ...(line !== undefined ? { line } : {}), status, rule: rule.id, label: rule.label, severity: severity ?? rule.severity });
    }
  }
  return findings;
}

/** The input with its hard-wrapped lines joined into paragraphs, and the way back to its own lines. */
function paragraphView(input: TextInput): TextInput {
  const unwrapped = unwrapLines(input.text);
  if (unwrapped.text === input.text) return input;
  const joined = unwrapped.text.split('\n');
  const at = (line: number) => unwrapped.joinedLine[line - 1] ?? line;
  const starts = input.sections.map((s) => at(s.line));
  const sections = input.sections.map((s, i) => ({
    ...s,
    line: starts[i],
    text: joined.slice(starts[i], (starts[i + 1] ?? joined.length + 1) - 1).join('\n').trim(),
  }));
  return { ...input, text: unwrapped.text, sections, origin: (line) => unwrapped.origin[line - 1] ?? line };
}

// ---------------------------------------------------------------- cross-year

export const CROSS_YEAR_LABEL = '与上年不衔接';

/**
 * X-1, T2-2, T2-3: this year's tables against last year's; first X-6, when the report given as last
 * year's is of another year (then nothing is compared) or of another agency. `confirmed`: the clerk
 * said it is theirs, e.g. after a renaming.
 */
export function checkAcrossYears(current: ReportData, previous: ReportData, options: { confirmed?: boolean } = {}): Finding[] {
  const findings: Finding[] = [];
  const mismatch = options.confirmed ? null : previousReportMismatch(current, previous);
  if (mismatch) findings.push(previousMismatchFinding(mismatch));
  if (mismatch?.year) return findings;
  const c = current.cells;
  const p = previous.cells;
  const columns = getFormat(current.format).tables[1].values.filter((v) => v.id.startsWith('applications.carriedOver.'));
  for (const column of columns) {
    const key = column.id.split('.').pop()!;
    const now = c[column.id];
    const before = p[`applications.carriedForward.${key}`];
    if (typeof now !== 'number' || typeof before !== 'number') continue;
    if (now !== before) {
      findings.push({
        rule: 'X-1',
        label: CROSS_YEAR_LABEL,
        severity: 'error',
        status: 'fail',
        cells: [column.id],
        values: { [column.id]: now },
        expected: before,
        actual: now,
        difference: now - before,
        message: `表三 ${column.columnLabel}列：本年“上年结转” ${now} 件，与上年报告“结转下年度继续办理” ${before} 件不一致，相差 ${Math.abs(now - before)}。`,
        suggestion: `上年结转应为 ${before}。`,
      });
    }
  }
  if (current.format === '2021' && previous.format === '2021') {
    for (const row of ['regulations', 'normativeDocuments']) {
      const label = row === 'regulations' ? '规章' : '行政规范性文件';
      const [inForce, issued, repealed, lastInForce] = [c[`active.${row}.inForce`], c[`active.${row}.issued`], c[`active.${row}.repealed`], p[`active.${row}.inForce`]];
      if (![inForce, issued, repealed, lastInForce].every((v) => typeof v === 'number')) continue;
      const expected = (lastInForce as number) + (issued as number) - (repealed as number);
      if (inForce !== expected) {
        findings.push({
          rule: 'T2-2',
          label: CROSS_YEAR_LABEL,
          severity: 'warning',
          status: 'fail',
          cells: [`active.${row}.inForce`, `active.${row}.issued`, `active.${row}.repealed`],
          expected,
          actual: inForce as number,
          difference: (inForce as number) - expected,
          message: `表二 ${label}：上年现行有效 ${lastInForce} + 本年制发 ${issued} − 本年废止 ${repealed} = ${expected}，但本年现行有效为 ${inForce}（修订、到期失效会造成差异，请核实）。`,
        });
      }
      if ((repealed as number) > (lastInForce as number) + (issued as number)) {
        findings.push({
          rule: 'T2-3',
          label: CROSS_YEAR_LABEL,
          severity: 'warning',
          status: 'fail',
          cells: [`active.${row}.repealed`],
          message: `表二 ${label}：本年废止 ${repealed} 件，多于上年现行有效 ${lastInForce} 件与本年制发 ${issued} 件之和。`,
        });
      }
    }
  }
  return findings;
}
