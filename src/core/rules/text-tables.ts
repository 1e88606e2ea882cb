import { numberAt, sumAt, type ReportData } from '../cells';
import { balanceTotals, getFormat, type BalanceColumn } from '../format';
import { fail, lineAt, perSection, restOfSentence, type Result, type TextRule } from './text-rule';

/** Numbers in the text against the tables (X-3): the claims a report makes, and what the tables say. */

// ---------------------------------------------------------------- X-3 text against tables

interface Claim {
  pattern: RegExp;
  what: string;
  /** Values of the tables the stated number may equal. */
  accepted(cells: ReportData['cells']): (number | null)[];
  /** Cells the claim is about. */
  cells: string[];
}


const claimsCache = new WeakMap<BalanceColumn, Claim[]>();

/** What a report's text states about its tables; the applications' four numbers are table 三's balance. */
function claimsOf(balance: BalanceColumn): Claim[] {
  let claims = claimsCache.get(balance);
  if (!claims) {
    claims = [...applicationClaims(balance), ...OTHER_CLAIMS];
    claimsCache.set(balance, claims);
  }
  return claims;
}

function applicationClaims({ received, carriedOver, resolved, carriedForward }: BalanceColumn): Claim[] {
  return [
    {
      // 「收到政府信息公开申请17件」: 新收, or 新收 + 上年结转 (both usages occur).
      pattern: /(?:共|累计|全年)?(?:收到|受理|接收|新收)(?:[^，。；,;\d]{0,16}?)?(?:政府信息公开)?申请(?:共|合计)?\s*(\d+)\s*件/g,
      what: '收到的申请',
      accepted: (c) => [numberAt(c, received), sumAt(c, [received, carriedOver])],
      cells: [received, carriedOver],
    },
    {
      pattern: /上年结转(?:政府信息公开申请)?\s*(\d+)\s*件/g,
      what: '上年结转的申请',
      accepted: (c) => [numberAt(c, carriedOver)],
      cells: [carriedOver],
    },
    {
      pattern: /(?:共|累计|全部|已)(?:答复|办结|回复)\s*(\d+)\s*件/g,
      what: '办结的申请',
      accepted: (c) => [numberAt(c, resolved)],
      cells: [resolved],
    },
    {
      pattern: /(?:结转(?:至)?下(?:一)?年度(?:继续办理)?|正在办理中?)\s*(\d+)\s*件|(\d+)\s*件(?:申请)?(?:正在办理|结转(?:至)?下(?:一)?年度)/g,
      what: '结转下年度的申请',
      accepted: (c) => [numberAt(c, carriedForward)],
      cells: [carriedForward],
    },
  ];
}

const OTHER_CLAIMS: Claim[] = [
  {
    pattern: /行政复议\s*(\d+)\s*(?:件|起)|(\d+)\s*(?:件|起)(?:[^，。；,;]{0,12})?行政复议/g,
    what: '行政复议',
    accepted: (c) => [numberAt(c, 'review.total')],
    cells: ['review.total'],
  },
  {
    pattern: /行政诉讼\s*(\d+)\s*(?:件|起)|(\d+)\s*(?:件|起)(?:[^，。；,;]{0,12})?行政诉讼/g,
    what: '行政诉讼',
    accepted: (c) => [sumAt(c, ['litigationDirect.total', 'litigationAfterReview.total'])],
    cells: ['litigationDirect.total', 'litigationAfterReview.total'],
  },
  {
    pattern: /制发(?:行政)?规范性文件\s*(\d+)\s*件/g,
    what: '制发的规范性文件',
    accepted: (c) => [numberAt(c, 'active.normativeDocuments.issued')],
    cells: ['active.normativeDocuments.issued'],
  },
];

export const X_3: TextRule = {
  kind: 'text',
  id: 'X-3',
  severity: 'warning',
  title: '正文中的数字与表格一致',
  label: '正文与表格不符',
  check({ data, sections }) {
    const cells = data.cells;
    const balance = balanceTotals(getFormat(data.format));
    if (!balance) return [];
    return perSection(sections, (section) => {
      const results: Result[] = [];
      for (const claim of claimsOf(balance)) {
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
        const forward = cells[balance.carriedForward];
        if (typeof forward !== 'number' || forward === 0) continue;
        results.push(
          fail(`正文说“${m[0]}”，但表三结转下年度继续办理 ${forward} 件。`, { line: lineAt(section, m.index!), quote: m[0], cells: [balance.carriedForward] }),
        );
      }
      return results;
    });
  },
};
