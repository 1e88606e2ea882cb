import { inputConsistency } from '../inputs/fields';
import { inputCellId } from '../layout/inputs';
import type { TableRule } from './types';

/**
 * N-1: the 正文素材 numbers that do not fit together — a channel of 主动公开 above the total, the
 * channels adding up to more than the total (the report says 「其中」), a 信息处理费 without its count
 * or amount. The form warns as the clerk types; 校验 says it again, with the cells.
 */
export const N_1: TableRule = {
  kind: 'table',
  id: 'N-1',
  severity: 'warning',
  title: '正文素材的数字前后一致：各渠道发布数不超过主动公开总数，信息处理费的件数和金额同时填写',
  label: '正文素材数字不一致',
  check(ctx) {
    const inputs = ctx.input.inputs;
    if (!inputs) return [];
    const found = inputConsistency(inputs);
    if (!found.length) return [{ status: 'pass', cells: [] }];
    return found.map((d) => ({ status: 'fail' as const, cells: (d.keys ?? [d.key]).map(inputCellId), message: `正文素材：${d.message}` }));
  },
};
