import { useState } from 'react';
import type { ChartSheetResult } from '../../../port';
import { useAction } from '../../hooks/useAction';
import { useSpreadsheet } from '../../spreadsheet';

/**
 * 「插入统计图表」: the 图表 sheet with charts bound to the tables, with last year's figures when the
 * 上年报告 kept in the workbook is of the year before (the core decides from the years).
 */
export function useChartSheetCard() {
  const spreadsheet = useSpreadsheet();
  const action = useAction<'charts'>('插入统计图表失败，请稍后重试。');
  const [result, setResult] = useState<ChartSheetResult | null>(null);
  const available = typeof spreadsheet.writeChartSheet === 'function';
  const insert = () =>
    action.run('charts', async () => {
      setResult(null);
      const previous = spreadsheet.loadPreviousReport();
      setResult(await spreadsheet.writeChartSheet!(previous?.data ?? null));
    });
  return { available, busy: action.busy !== null, error: action.error, result, insert };
}
