import { getFormat } from '../format';
import { normalizeLabel } from '../labels';
import { bigrams, repeatedSentences, type Bigrams } from './similarity';
import { fail, lineAt, perSection, lineOfText, NARRATIVE, shownLine, type Result, type TextRule, type TextSection } from './text-rule';

/** Editorial lint (E-1 … E-5): numbering, punctuation, quotation marks, digits, text left to fill. */

// ---------------------------------------------------------------- editorial lint

const ORDINALS = '一二三四五六七八九十';

export const E_1: TextRule = {
  kind: 'text',
  id: 'E-1',
  severity: 'warning',
  title: '小标题序号连续',
  label: '序号不连续',
  check({ sections }) {
    // Narrative only: the tables' own row labels 「（一）予以公开」… are not headings.
    return perSection(sections, (section) => {
      const results: Result[] = [];
      let previous = 0;
      for (const m of section.text.matchAll(/^[\s\u3000#]*[（(]([一二三四五六七八九十])[）)]/gm)) {
        const ordinal = ORDINALS.indexOf(m[1]) + 1;
        if (previous && ordinal > previous + 1) {
          const skipped = ORDINALS.slice(previous, ordinal - 1).split('').map((c) => `（${c}）`).join('');
          results.push(fail(`第${ORDINALS[section.number - 1]}部分的小标题从（${ORDINALS[previous - 1]}）跳到（${m[1]}），缺少${skipped}。`, { line: lineAt(section, m.index!) }));
        }
        if (ordinal === 1 || ordinal > previous) previous = ordinal;
      }
      return results;
    });
  },
};

export const E_2: TextRule = {
  kind: 'text',
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

export const E_3: TextRule = {
  kind: 'text',
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
        results.push(fail(`有${kind}残留（第 ${list.slice(0, 5).map((line) => shownLine(input, line)).join('、')}${list.length > 5 ? ' 等' : ''} 行），发布前应删除。`, { line: list[0], quote: kind }));
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

export const E_4: TextRule = {
  kind: 'text',
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
    const levels = new Set(sections.map((s) => /^(#+)/.exec(s.heading)?.[1].length).filter((level): level is number => level !== undefined));
    if (levels.size > 1) results.push(fail(`六个部分的标题级别不一致（${[...levels].sort().map((level) => '#'.repeat(level)).join('、')}）。`));
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
export const E_5: TextRule = {
  kind: 'text',
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

/** The text before the first section (title, preamble), as a pseudo-section 0. */
function preamble(text: string, sections: TextSection[]): TextSection {
  const first = sections[0]?.line ?? 1;
  return { number: 0, heading: '', line: 0, text: text.split('\n').slice(0, first - 1).join('\n') };
}
