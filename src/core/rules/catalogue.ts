import { spreadsheetSum, type CellValue } from '../cells';
import { balanceOf, formatForYear, type GridValue, type ReportFormat } from '../format';
import { cellLabel, rowName, countDefect, describeDefect, formatNumber, isUsableNumber, TABLE_LABEL, ERROR_VALUE, type CellDefect } from './cells';
import { blockedCheck, placeOf, unreadableInputs } from './dependencies';
import { N_1 } from './inputs';
import type { CheckResult, RuleContext, TableRule } from './types';

/**
 * The rule catalogue. Table rules are derived from the schema: every computed cell (`sumOf`) is an
 * equation, and table 三's header note is the balance T3-1. Adding a rule is adding an entry here.
 * IDs follow docs/report-format.md; S-* are the workbook's own (structure) rules.
 */

const valueOf = (ctx: RuleContext, id: string): CellValue => ctx.input.data.cells[id] ?? null;

/** `total = Σ parts`, for the computed cells a selector picks. */
function sumRule(
  id: string,
  label: string,
  title: string,
  select: (cell: GridValue, format: ReportFormat) => boolean,
  describe: (cell: GridValue) => string,
  scope: string,
): TableRule {
  return {
    kind: 'table',
    id,
    severity: 'error',
    title,
    label,
    check(ctx) {
      return ctx.format.cells
        .filter((cell) => cell.sumOf && select(cell, ctx.format))
        .map((cell) => equation(ctx, cell.id, cell.sumOf!, describe(cell), scope));
    },
  };
}

function equation(ctx: RuleContext, totalId: string, partIds: string[], where: string, scope: string): CheckResult {
  const cells = [totalId, ...partIds];
  const blockers = unreadableInputs(ctx, cells);
  if (blockers.length) return blockedCheck(ctx, where, scope, blockers, cells);
  const total = valueOf(ctx, totalId) as number;
  const parts = partIds.map((p) => valueOf(ctx, p));
  const values = Object.fromEntries(cells.map((c) => [c, valueOf(ctx, c)]));
  const sum = spreadsheetSum(parts);
  if (sum === total) return { status: 'pass', cells };
  const nonZero = partIds.filter((p) => valueOf(ctx, p) !== 0);
  const shown = nonZero.length <= 6 ? nonZero.map((p) => formatNumber(valueOf(ctx, p) as number)).join(' + ') || '0' : `${nonZero.length} 项`;
  return {
    status: 'fail',
    cells,
    values,
    expected: sum,
    actual: total,
    difference: spreadsheetSum([total, -sum]),
    message: `${where}：各项之和 ${shown} = ${formatNumber(sum)}，但总计为 ${formatNumber(total)}，相差 ${formatNumber(Math.abs(total - sum))}。`,
    // A total computed by its formula is never to be typed over: the formula takes in something else.
    suggestion: ctx.input.formulaCells?.has(totalId)
      ? '总计由公式算出，请勿改写：检查表中是否插入了行，或公式的范围是否被改动。'
      : `若各项无误，总计应为 ${formatNumber(sum)}。`,
  };
}

function listed(items: string[]): string {
  return items.length <= 3 ? items.join('、') : `${items.slice(0, 3).join('、')} 等 ${items.length} 个单元格`;
}

const T3_1: TableRule = {
  kind: 'table',
  id: 'T3-1',
  severity: 'error',
  title: '表三每列：新收 + 上年结转 = 办理结果总计 + 结转下年度',
  label: '勾稽关系',
  check(ctx) {
    return balanceOf(ctx.format).map(({ received: a, carriedOver: b, resolved: t, carriedForward: f, columnLabel: columnName }) => {
      const cells = [f, a, b, t];
      const values = Object.fromEntries(cells.map((c) => [c, valueOf(ctx, c)]));
      const blockers = unreadableInputs(ctx, cells);
      if (blockers.length) return blockedCheck(ctx, `表三 ${columnName}列`, '本列的勾稽关系', blockers, cells);
      const [va, vb, vt, vf] = [a, b, t, f].map((c) => valueOf(ctx, c) as number);
      const left = spreadsheetSum([va, vb]);
      const right = spreadsheetSum([vt, vf]);
      if (left === right) return { status: 'pass' as const, cells };
      const forward = spreadsheetSum([left, -(vt as number)]);
      return {
        status: 'fail' as const,
        cells,
        values,
        expected: left,
        actual: right,
        difference: spreadsheetSum([right, -left]),
        message: `表三 ${columnName}列：新收 ${va} + 上年结转 ${vb} = ${left}，但办理结果总计 ${vt} + 结转下年度 ${vf} = ${right}，相差 ${Math.abs(left - right)}。`,
        suggestion: forward >= 0 && !ctx.input.formulaCells?.has(f) ? `若其他数字无误，结转下年度应为 ${forward}。` : undefined,
      };
    });
  },
};

/** Result rows of table 三: the parts of the （七）总计 row. */
function resultRows(format: ReportFormat): string[] {
  const first = format.cells.find((c) => c.id.startsWith('applications.total.') && c.sumOf && !c.id.endsWith('.total'))!;
  return first.sumOf!.map((id) => id.slice(0, id.lastIndexOf('.')));
}

const T3_2: TableRule = {
  kind: 'table',
  id: 'T3-2',
  severity: 'error',
  title: '表三每列：（七）总计 = 各项办理结果之和',
  label: '合计与各项不符',
  check(ctx) {
    const rows = resultRows(ctx.format);
    const table = ctx.format.tables.find((t) => t.id === 'applications')!;
    return table.values
      .filter((v) => v.id.startsWith('applications.total.'))
      .map((v) => {
        const column = v.id.split('.').pop()!;
        return equation(ctx, v.id, rows.map((r) => `${r}.${column}`), `表三 ${v.columnLabel}列 （七）总计`, '本列的合计');
      });
  },
};

const T3_3 = sumRule(
  'T3-3',
  '合计与各项不符',
  '表三每行：总计 = 自然人与各类法人或其他组织之和',
  (cell) => cell.id.startsWith('applications.') && cell.id.endsWith('.total'),
  (cell) => `表三 ${rowName(cell)}`,
  '本行的合计',
);

const T4 = (ruleNumber: number, group: string, name: string): TableRule =>
  sumRule(`T4-${ruleNumber}`, '合计与各项不符', `表四${name}：总计 = 维持 + 纠正 + 其他 + 尚未审结`, (cell) => cell.id === `${group}.total`, () => `表四 ${name}`, '这一项的合计');

/** Every cell of a set of tables a valid count (or amount): never blank, never text. */
function hygieneRule(id: string, title: string, tables: string[]): TableRule {
  return {
    kind: 'table',
    id,
    severity: 'error',
    title,
    label: '空白或非数字',
    check(ctx) {
      const results: CheckResult[] = [];
      const blanks = new Map<string, string[]>();
      for (const cell of ctx.format.cells) {
        const table = ctx.format.tableOf(cell.id)!;
        if (!tables.includes(table.id) || cell.kind === 'text') continue;
        const value = valueOf(ctx, cell.id);
        const defect = countDefect(value, cell.kind === 'signed', cell.kind === 'amount');
        if (!defect) {
          results.push({ status: 'pass', cells: [cell.id] });
          continue;
        }
        if (defect.kind === 'errorValue') continue; // S-2 reports error values
        if (defect.kind === 'blank') {
          blanks.set(table.id, [...(blanks.get(table.id) ?? []), cell.id]);
          continue;
        }
        results.push(defectResult(ctx, cell, defect));
      }
      // Blank cells are one finding per table: an unfilled table is one problem, not two hundred. The
      // blank input cells (never a total) can be filled with 0 at once, once the clerk agrees.
      for (const [table, ids] of blanks) {
        const inputs = ids.filter((c) => !ctx.format.cellById.get(c)!.sumOf);
        const totals = ids.length - inputs.length;
        results.push({
          status: 'fail',
          cells: ids,
          values: Object.fromEntries(ids.map((c) => [c, null])),
          message:
            `${TABLE_LABEL[table as keyof typeof TABLE_LABEL]}尚有 ${ids.length} 个空白单元格（${listed(ids.map((c) => placeOf(ctx, c)))}）：没有的填 0，不能留空。` +
            (totals ? `其中 ${totals} 个是合计单元格，应恢复求和公式。` : ''),
          ...(inputs.length ? { fillZero: inputs } : {}),
        });
      }
      return results;
    },
  };
}

function defectResult(ctx: RuleContext, cell: GridValue, defect: CellDefect): CheckResult {
  const suggestion =
    defect.kind === 'text' && defect.number !== undefined
      ? `应填 ${defect.number}。`
      : defect.kind === 'text'
        ? '没有的填 0。'
        : undefined;
  return {
    status: 'fail',
    cells: [cell.id],
    values: { [cell.id]: valueOf(ctx, cell.id) },
    message: `${cellLabel(ctx.format, cell.id)}${describeDefect(defect)}。`,
    suggestion,
  };
}

/** 万元 amounts: more than two decimals, a unit in the cell, or an implausibly large number suggest 元. */
const T2_1_FEES: TableRule = {
  kind: 'table',
  id: 'T2-1',
  severity: 'warning',
  title: '表二 行政事业性收费以万元为单位',
  label: '收费金额单位',
  formats: ['2021'],
  check(ctx) {
    const id = 'active.fees.amount';
    const value = valueOf(ctx, id);
    const label = cellLabel(ctx.format, id);
    if (typeof value === 'string' && /元/.test(value)) {
      return [{ status: 'fail', cells: [id], values: { [id]: value }, message: `${label}填的是“${value}”：只填以万元为单位的数字，不要带单位。` }];
    }
    if (!isUsableNumber(value)) return [{ status: 'pass', cells: [id] }]; // blanks, text, absurd sizes: the hygiene rule
    const decimals = (String(value).split('.')[1] ?? '').length;
    if (decimals > 2 || value >= 100000) {
      return [
        {
          status: 'fail',
          cells: [id],
          values: { [id]: value },
          message: `${label}为 ${value}：${decimals > 2 ? '小数超过两位' : '数额过大'}，可能按“元”填写了。单位为万元，如 3500 元应填 0.35。`,
          suggestion: value >= 100000 ? `若按元填写，应为 ${formatNumber(value / 10000)}。` : undefined,
        },
      ];
    }
    return [{ status: 'pass', cells: [id] }];
  },
};

const S_1: TableRule = {
  kind: 'table',
  id: 'S-1',
  severity: 'warning',
  title: '合计单元格的公式被改成了固定数字',
  label: '合计公式被改',
  check(ctx) {
    const formulas = ctx.input.formulaCells;
    if (!formulas) return [];
    return ctx.format.cells
      .filter((cell) => cell.sumOf)
      .map((cell) =>
        formulas.has(cell.id)
          ? { status: 'pass' as const, cells: [cell.id] }
          : {
              status: 'fail' as const,
              cells: [cell.id],
              values: { [cell.id]: valueOf(ctx, cell.id) },
              message: `${cellLabel(ctx.format, cell.id)}原本是自动合计的公式，现在是固定数字 ${valueOf(ctx, cell.id) ?? '（空）'}：修改各项后它不会跟着变。`,
              suggestion: '请重新插入工作表，或把该单元格恢复为求和公式。',
            },
      );
  },
};

const S_2: TableRule = {
  kind: 'table',
  id: 'S-2',
  severity: 'error',
  title: '单元格显示错误值',
  label: '错误值',
  check(ctx) {
    return ctx.format.cells.map((cell) => {
      const value = valueOf(ctx, cell.id);
      return typeof value === 'string' && ERROR_VALUE.test(value.trim())
        ? {
            status: 'fail' as const,
            cells: [cell.id],
            values: { [cell.id]: value },
            message: `${cellLabel(ctx.format, cell.id)}显示错误值“${value}”：公式引用的单元格可能被删除或填了文字。`,
          }
        : { status: 'pass' as const, cells: [cell.id] };
    });
  },
};

const F_1: TableRule = {
  kind: 'table',
  id: 'F-1',
  severity: 'error',
  title: '2021 年度及以后的报告使用 2021 版表格',
  label: '表格版本与年度不符',
  check(ctx) {
    const year = ctx.input.data.year;
    const cells = [ctx.format.cells[0].id];
    // A 2021 report printing table 三's （六）其他处理 as 2019's single row: wrong whatever its year says.
    const mixed = ctx.format.tables.find((t) => ctx.format.tableVersions[t.id] !== ctx.format.version);
    if (mixed) {
      const printed = ctx.format.tableVersions[mixed.id];
      const detail = printed === '2019' ? '只有一行，2021 版分为“申请人无正当理由逾期不补正…”“申请人逾期未按收费通知要求缴纳费用…”“其他”三行' : '分为三行，而表二是 2019 版';
      return [
        {
          status: 'fail',
          cells: [mixed.values[0].id],
          message: `表格格式前后不一：${TABLE_LABEL.active}是 ${ctx.format.version} 版，${TABLE_LABEL[mixed.id]}“（六）其他处理”却是 ${printed} 版的样式（${detail}）。2021 年度起应统一使用 2021 版格式（国办公开办函〔2021〕30号）。`,
        },
      ];
    }
    if (year === null) {
      return [{ status: 'notAssessable', cells: [], message: '报告年度未填写，无法判断表格格式版本是否正确（2021 年度起应使用 2021 版）。' }];
    }
    // The year's format comes from the specs' `years`; an old format for a newer year is an error, the
    // reverse a warning (a newer table is more, not less).
    const expected = formatForYear(year);
    if (expected !== ctx.format.version && ctx.format.version === '2019') {
      return [{ status: 'fail', cells, message: `${year} 年度报告使用了 2019 版表格（国办公开办函〔2019〕60号）；2021 年度起应使用 2021 版格式（国办公开办函〔2021〕30号）。` }];
    }
    if (expected !== ctx.format.version && ctx.format.version === '2021') {
      return [{ status: 'fail', cells, severity: 'warning', message: `${year} 年度报告使用了 2021 版表格；2019、2020 年度的报告格式为 2019 版。` }];
    }
    return [{ status: 'pass', cells }];
  },
};

export const RULES: readonly TableRule[] = [
  T3_1,
  T3_2,
  T3_3,
  T4(1, 'review', '行政复议'),
  T4(2, 'litigationDirect', '行政诉讼（未经复议直接起诉）'),
  T4(3, 'litigationAfterReview', '行政诉讼（复议后起诉）'),
  hygieneRule('T3-4', '表三、表四每个单元格为非负整数，不能空白或填文字', ['applications', 'review']),
  hygieneRule('T2-1', '表二件数为非负整数、金额为非负数，不能空白或填文字', ['active']),
  T2_1_FEES,
  S_1,
  S_2,
  F_1,
  N_1,
];
