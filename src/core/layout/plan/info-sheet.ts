import type { ReportFormat } from '../../format';
import { cellAddress } from '../a1';
import { put as putMerged } from './cells';
import { sheetNameFor } from './names';
import { PAGE_FOOTER, type AddName, type PlannedCell, type PlanOptions, type Rect, type SheetPlan } from './types';

/** 基本信息: agency, year, format version and the statistics period, each under its defined name. */
export function buildInfoSheet(format: ReportFormat, options: PlanOptions, copy: number, addName: AddName): SheetPlan {
  const sheet = sheetNameFor('info', copy);
  const width = 4;
  const cells: PlannedCell[] = [];
  const merges: Rect[] = [];
  const put = (cell: PlannedCell, colSpan = 1) => putMerged(cells, merges, cell, colSpan);
  put({ row: 0, col: 0, style: 'title', value: '政府信息公开工作年度报告 · 基本信息', locked: true }, width);
  put(
    {
      row: 1,
      col: 0,
      style: 'note',
      value: '黄色单元格由填报人填写，灰色单元格由公式自动计算。表二、表三、表四在各自的工作表中。',
      locked: true,
    },
    width,
  );
  const year = options.year ?? null;
  const agency = options.agency ?? null;
  const rows = { agency: 3, year: 4, format: 5, period: 6 };
  put({ row: rows.agency, col: 0, style: 'infoLabel', value: '机关名称', locked: true });
  put(
    {
      row: rows.agency,
      col: 1,
      style: 'input',
      value: agency,
      locked: false,
      validation: {
        kind: 'any',
        prompt: { title: '机关名称', message: '填写发布本报告的行政机关全称，如“××县人民政府办公室”。' },
      },
    },
    3,
  );
  put({ row: rows.year, col: 0, style: 'infoLabel', value: '报告年度', locked: true });
  put(
    {
      row: rows.year,
      col: 1,
      style: 'input',
      value: year,
      locked: false,
      validation: {
        kind: 'whole',
        min: 2008,
        max: 2100,
        prompt: { title: '报告年度', message: '填写四位数年份，如 2025。统计期限为该年1月1日至12月31日。' },
        error: { title: '年度有误', message: '报告年度应为四位数年份，如 2025。' },
      },
    },
    3,
  );
  put({ row: rows.format, col: 0, style: 'infoLabel', value: '格式版本', locked: true });
  put({ row: rows.format, col: 1, style: 'total', value: Number(format.version), locked: true });
  put({ row: rows.format, col: 2, style: 'note', value: `${format.issuedBy}；如需更换版本，请重新插入工作表。`, locked: true }, 2);
  put({ row: rows.period, col: 0, style: 'infoLabel', value: '统计期限', locked: true });
  const yearRef = cellAddress(rows.year, 1);
  put(
    {
      row: rows.period,
      col: 1,
      style: 'total',
      formula: `=IF(${yearRef}="","",${yearRef}&"年1月1日至"&${yearRef}&"年12月31日")`,
      result: year === null ? '' : `${year}年1月1日至${year}年12月31日`,
      locked: true,
    },
    3,
  );
  put({ row: 8, col: 0, style: 'note', value: '图例', locked: true });
  put({ row: 8, col: 1, style: 'legendInput', value: '填写', locked: true });
  put({ row: 8, col: 2, style: 'legendTotal', value: '自动计算', locked: true });

  addName('agency', sheet, { row: rows.agency, col: 1, rowSpan: 1, colSpan: 1 });
  addName('year', sheet, { row: rows.year, col: 1, rowSpan: 1, colSpan: 1 });
  addName('format', sheet, { row: rows.format, col: 1, rowSpan: 1, colSpan: 1 });
  addName('period', sheet, { row: rows.period, col: 1, rowSpan: 1, colSpan: 1 });

  return {
    key: 'info',
    name: sheet,
    columnWidths: [14, 24, 24, 24],
    rowHeights: { 0: 28, 1: 30 },
    cells,
    merges,
    conditionalFormats: [],
    print: { landscape: false, footer: PAGE_FOOTER },
    protect: true,
  };
}

/** What the subtitle formula shows, cached for readers that do not recalculate. */
export function subtitleText(agency: string | null, year: number | null): string {
  return `${agency ? `${agency}\u3000` : ''}${year === null ? '' : `${year}年度`}`;
}
