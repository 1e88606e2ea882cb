/** @jest-environment jsdom */
import { act, fireEvent, screen } from '@testing-library/react';
import { SAMPLE_INPUTS, SAMPLE_REPORT } from '../../src/core';
import { ChartSheetCard } from '../../src/taskpane/components/ChartSheetCard';
import { createWpsPort } from '../../src/wps';
import { sampleWps } from '../support/chart-workbooks';
import { MemorySpreadsheet } from '../support/memory-spreadsheet';
import { renderPane } from '../support/render-pane';

const insert = () => fireEvent.click(screen.getByRole('button', { name: '插入统计图表' }));

describe('统计图表 in the 插入工作表 tab', () => {
  test('inserts the 图表 sheet, with the comparison when last year’s report is kept', async () => {
    const spreadsheet = new MemorySpreadsheet({ ...SAMPLE_REPORT, inputs: SAMPLE_INPUTS });
    spreadsheet.previous = { data: { ...SAMPLE_REPORT, year: SAMPLE_REPORT.year! - 1 }, source: '上年报告.pdf', importedAt: '2025-03-01T00:00:00.000Z' };
    const release = spreadsheet.hold('writeChartSheet');
    renderPane(<ChartSheetCard />, spreadsheet);
    insert();
    expect(await screen.findByText('正在插入统计图表…')).toBeTruthy();
    expect(screen.getByRole('button', { name: '插入统计图表' }).getAttribute('aria-disabled')).toBe('true');
    await act(async () => release());
    expect(await screen.findByText('已在“图表”工作表插入 5 幅统计图')).toBeTruthy();
    expect(spreadsheet.chartSheet).toContain(`${SAMPLE_REPORT.year}年与${SAMPLE_REPORT.year! - 1}年对比（件）`);
  });

  test('says which sheet was kept when the old 图表 sheet holds the clerk’s edits', async () => {
    const spreadsheet = new MemorySpreadsheet({ ...SAMPLE_REPORT });
    spreadsheet.writeChartSheet = async () => ({ sheet: '图表（2）', charts: 4, kept: '图表', edits: ['A40'] });
    renderPane(<ChartSheetCard />, spreadsheet);
    insert();
    expect(await screen.findByText(/原“图表”工作表中有您改动过的单元格（A40），已原样保留；新的统计图放在“图表（2）”/)).toBeTruthy();
  });

  test('no report sheets yet: the adapter’s message, nothing written', async () => {
    const spreadsheet = new MemorySpreadsheet(null);
    renderPane(<ChartSheetCard />, spreadsheet);
    insert();
    expect(await screen.findByText('工作簿中还没有年报工作表。')).toBeTruthy();
    expect(spreadsheet.chartSheet).toBeNull();
  });

  test('a host without charts shows no card', () => {
    const spreadsheet = new MemorySpreadsheet(null);
    Object.defineProperty(spreadsheet, 'writeChartSheet', { value: undefined });
    renderPane(<ChartSheetCard />, spreadsheet);
    expect(screen.queryByRole('button', { name: '插入统计图表' })).toBeNull();
  });

  test('in WPS 表格 the card is there and writes the sheet through the WPS port', async () => {
    const double = sampleWps();
    renderPane(<ChartSheetCard />, createWpsPort(double.application));
    insert();
    expect(await screen.findByText('已在“图表”工作表插入 4 幅统计图')).toBeTruthy();
    expect(double.snapshot().sheets.map((s) => s.name)).toContain('图表');
  });
});
