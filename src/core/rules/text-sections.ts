import { getFormat } from '../format';
import { fail, type Result, type TextRule } from './text-rule';

/** The report as a whole: its title and its six sections with the 信息处理费 statement. */

/** What the text does not state about itself: year and agency. */
export const X_0: TextRule = {
  kind: 'text',
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

// ---------------------------------------------------------------- X-4 sections

const FIVE_ASPECTS = [
  { name: '主动公开', words: ['主动公开'] },
  { name: '依申请公开', words: ['依申请公开', '政府信息公开申请'] },
  { name: '政府信息管理', words: ['政府信息管理', '信息管理'] },
  { name: '政府信息公开平台建设', words: ['平台建设', '公开平台', '政府网站', '政务新媒体'] },
  { name: '监督保障', words: ['监督保障', '监督', '考核', '培训'] },
];

export const X_4: TextRule = {
  kind: 'text',
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
