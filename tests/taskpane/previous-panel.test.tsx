/** @jest-environment jsdom */
import { act, fireEvent, screen } from '@testing-library/react';
import * as fs from 'fs';
import * as path from 'path';
import { SAMPLE_REPORT } from '../../src/core';
import { ImportPreviousPanel } from '../../src/taskpane/components/ImportPreviousPanel';
import { MemorySpreadsheet } from '../support/memory-spreadsheet';
import { renderPane } from '../support/render-pane';
import { FIXTURES_DIR } from '../support/seeds';

const sample = () => ({ format: SAMPLE_REPORT.format, year: SAMPLE_REPORT.year, agency: SAMPLE_REPORT.agency, cells: { ...SAMPLE_REPORT.cells } });

/** A published report of the year before the sample's, of the same agency. */
function lastYearText(): string | undefined {
  const dir = path.join(FIXTURES_DIR, 'seeds');
  const file = fs.existsSync(dir) ? fs.readdirSync(dir).find((f) => f.endsWith('.txt')) : undefined;
  return file && fs.readFileSync(path.join(dir, file), 'utf8');
}

const paste = (text: string) => {
  fireEvent.change(screen.getByPlaceholderText('从网站或 Word 中复制全文粘贴到这里'), { target: { value: text } });
  fireEvent.click(screen.getByRole('button', { name: '识别' }));
};

describe('上年报告 through the spreadsheet port', () => {
  test('empty: nothing saved, nothing to fill; 识别 waits for text', () => {
    renderPane(<ImportPreviousPanel />, new MemorySpreadsheet(null));
    expect(screen.queryByText('已保存的上年数据')).toBeNull();
    expect((screen.getByRole('button', { name: '识别' }) as HTMLButtonElement).disabled).toBe(true);
  });

  test('errors: text that is no annual report is refused, saying why', async () => {
    const spreadsheet = new MemorySpreadsheet(sample());
    renderPane(<ImportPreviousPanel />, spreadsheet);
    paste('今天天气很好，我们去公园散步。');
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain('这看起来不是政府信息公开工作年度报告');
    expect(spreadsheet.calls).not.toContain('savePreviousReport');
  });

  test('findings, then success: a report is recognised, saved into the workbook, and shown as saved', async () => {
    const text = lastYearText();
    expect(text).toBeDefined();
    const spreadsheet = new MemorySpreadsheet(null);
    renderPane(<ImportPreviousPanel />, spreadsheet);
    paste(text!);
    expect(await screen.findByRole('status', { name: '识别结果' }, { timeout: 10_000 })).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: /保存/ }));
    expect(await screen.findByText('已保存的上年数据')).toBeTruthy();
    expect(spreadsheet.previous).not.toBeNull();
    expect(spreadsheet.calls).toContain('savePreviousReport');
  });

  test('busy while saving, and the adapter\'s message when saving fails', async () => {
    const text = lastYearText()!;
    const spreadsheet = new MemorySpreadsheet(null).failWith('savePreviousReport', '保存上年报告失败：工作簿受保护或为只读。');
    renderPane(<ImportPreviousPanel />, spreadsheet);
    paste(text);
    await screen.findByRole('status', { name: '识别结果' }, { timeout: 10_000 });
    const release = spreadsheet.hold('savePreviousReport');
    fireEvent.click(screen.getByRole('button', { name: /保存/ }));
    expect(await screen.findByText('正在处理…')).toBeTruthy();
    await act(async () => release());
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain('保存上年报告失败');
    expect(screen.queryByText('已保存的上年数据')).toBeNull();
  });
});
