import { fail, lineAt, perSection, type Result, type TextRule } from './text-rule';

/** Stale years: a report that still speaks of the years of the report it was copied from. */

// ---------------------------------------------------------------- X-2 stale years

export const X_2: TextRule = {
  kind: 'text',
  id: 'X-2',
  severity: 'warning',
  title: '正文中的年份应为报告年度、上一年（整改）或下一年（计划）',
  label: '年份可能沿用往年',
  check({ data, sections }) {
    const year = data.year;
    if (year === null) return [{ status: 'notAssessable', cells: [], message: '报告未写明年度，无法检查正文年份是否为上年遗留。' }];
    return perSection(sections, (section) => {
      const results: Result[] = [];
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
      return results;
    });
  },
};
