import type { TableId } from './types';

export * from './types';
export { DEFAULT_FORMAT, formatForYear, getFormat, isFormatVersion, specOf, SPECS } from './specs';
export { detectFormat, detectTableVersions } from './detect';
export { describeCells } from './describe';
export { formatOfData, isMixedFormat, mixedFormat } from './variants';
export { equationsOf, type Equation } from './equations';
export { balanceOf, balanceTotals, carryOverPairs, type BalanceColumn } from './balance';
export { RESULT_GROUPS, resultGroupTotals } from './result-groups';

/** The tables' short Chinese names, as messages and the task pane say them. */
export const TABLE_LABEL: Record<TableId, string> = { active: '表二', applications: '表三', review: '表四' };
