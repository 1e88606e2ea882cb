import { balanceTotals, getFormat } from '../format';
import { fail, lineAt, perSection, type Result, type TextInput, type TextRule } from './text-rule';

/**
 * Claims real reports make that the tables or the calendar contradict, and a slip of the pen:
 * X-7 「均已办结」 while applications are carried into next year; X-8 improvement plans dated the report
 * year itself (a plan copied from an earlier report); E-6 a doubled character (「我县县政府」).
 */

/** 「全部办结」「全部予以答复」: X-3 says those already. */
const SAID_BY_X3 = /全部(?:予以)?(?:答复|办结)/;
const COMPLETED = [
  // Completed: 办结, 办理完成/完毕, 处理完毕, 答复完毕 — all, or already all.
  /(?:所有|全部|各项)?(?:申请|依申请公开事项|事项)?(?:均|都|皆|已全部|全部|全数)(?:已经|已)?[^，。；,;\n]{0,12}?(?:办结|办理完(?:成|毕|结)|处理完(?:成|毕)|答复完毕)/g,
  // Answered, with 「已」: 「均已在法定期限内予以答复」 (「均在法定期限内答复」 says when, not that all were).
  /(?:均|都|皆)(?:已经|已)[^，。；,;\n]{0,12}?(?:予以|作出|给予)?答复/g,
];

const X_7: TextRule = {
  kind: 'text',
  id: 'X-7',
  severity: 'warning',
  title: '正文说申请均已办结，表三却有结转下年度的申请',
  label: '正文与表格不符',
  check({ data, sections }) {
    const forwardCell = balanceTotals(getFormat(data.format))?.carriedForward;
    const forward = forwardCell && data.cells[forwardCell];
    if (typeof forward !== 'number' || forward <= 0) return [];
    return perSection(sections, (section) => {
      const results: Result[] = [];
      const seen = new Set<number>();
      for (const pattern of COMPLETED) {
        for (const m of section.text.matchAll(pattern)) {
          const before = section.text.slice(Math.max(0, m.index! - 3), m.index!);
          if (SAID_BY_X3.test(m[0]) || /(?:未|没有|没|不|并非|非)$/.test(before) || seen.has(m.index!)) continue;
          seen.add(m.index!);
          results.push(
            fail(`正文说“${m[0]}”，但表三“四、结转下年度继续办理”为 ${forward} 件：还有申请没有办结。`, {
              line: lineAt(section, m.index!),
              quote: m[0],
              cells: [forwardCell!],
            }),
          );
        }
      }
      return results;
    });
  },
};

const PLAN_VERB = '(?:将|要|拟|计划|打算|准备|力争|继续)';
const WHO = '(?:我们|我局|我区|我县|我市|我镇|我乡|我办|我委|我院|我中心|我街道|本机关|本单位|我单位|全区|全县|全市|全镇|全街道|区政府|县政府|市政府)?';

const X_8: TextRule = {
  kind: 'text',
  id: 'X-8',
  severity: 'warning',
  title: '改进措施和下一步计划针对下一年，不是报告年度本身',
  label: '计划写成了当年',
  check({ data, sections }) {
    const year = data.year;
    if (year === null) return [];
    const y = `${year}\\s*年(?:度)?`;
    const patterns = [
      new RegExp(`${y}[，,]?\\s*${WHO}\\s*${PLAN_VERB}`, 'g'),
      new RegExp(`${y}(?:工作|的)?(?:计划|打算|安排|思路|重点工作|工作重点|目标)`, 'g'),
      new RegExp(`(?:下一步|下一阶段|今后|明年)[^。；\\n]{0,30}?${y}`, 'g'),
    ];
    return perSection(sections, (section) => {
      const results: Result[] = [];
      const seen = new Set<number>();
      for (const pattern of patterns) {
        for (const m of section.text.matchAll(pattern)) {
          if (seen.has(m.index!)) continue;
          seen.add(m.index!);
          const quote = m[0].replace(/\s+/g, ' ');
          results.push(
            fail(`第五部分的改进计划写的是 ${year} 年（报告年度本身）：“${quote}”。改进措施应是 ${year + 1} 年的打算，这段文字可能沿用了往年报告。`, {
              line: lineAt(section, m.index!),
              quote,
            }),
          );
        }
      }
      return results;
    }, [5]);
  },
};

/** 「我县县政府」「本区区政府」, and function words never written twice. */
const DOUBLED = [/(?:我|本)(县|区|市|镇|乡|省|州|旗)\1(?:人民)?政府/g, /(?:的的|在在|和和|与与|及及|是是|将将|对对|为为|把把|被被|从从|向向|并并|于于|按按|由由)/g];

const E_6: TextRule = {
  kind: 'text',
  id: 'E-6',
  severity: 'warning',
  title: '没有多打的重复字（“我县县政府”）',
  label: '多打的重复字',
  check(input: TextInput) {
    return perSection(input.sections, (section) => {
      const results: Result[] = [];
      for (const pattern of DOUBLED) {
        for (const m of section.text.matchAll(pattern)) {
          const doubled = m[1] ?? m[0][0];
          results.push(fail(`字词重复：“${m[0]}”，多了一个“${doubled}”。`, { line: lineAt(section, m.index!), quote: m[0] }));
        }
      }
      return results;
    });
  },
};

export const CLAIM_RULES: readonly TextRule[] = [X_7, X_8, E_6];
