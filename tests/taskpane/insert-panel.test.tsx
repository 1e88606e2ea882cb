/** @jest-environment jsdom */
import { act, fireEvent, screen, waitFor } from '@testing-library/react';
import { InsertSheetsCard } from '../../src/taskpane/components/InsertSheetsCard';
import { MemorySpreadsheet } from '../support/memory-spreadsheet';
import { renderPane } from '../support/render-pane';

const submit = () => fireEvent.click(screen.getByRole('button', { name: '插入年报工作表' }));

describe('插入工作表 through the spreadsheet port', () => {
  test('an empty workbook: the sheets are inserted and named', async () => {
    const spreadsheet = new MemorySpreadsheet(null);
    renderPane(<InsertSheetsCard />, spreadsheet);
    submit();
    expect(await screen.findByText(/已插入 5 张工作表/)).toBeTruthy();
    expect(screen.getByText('表三 依申请公开')).toBeTruthy();
    expect(spreadsheet.calls).toEqual(['checkExistingSheets', 'insertReportSheets']);
    expect(spreadsheet.report?.format).toBe('2021');
  });

  test('busy while the workbook is checked: a spinner, and the button keeps its place', async () => {
    const spreadsheet = new MemorySpreadsheet(null);
    const release = spreadsheet.hold('checkExistingSheets');
    renderPane(<InsertSheetsCard />, spreadsheet);
    submit();
    expect(await screen.findByText('正在检查工作簿…')).toBeTruthy();
    expect(screen.getByRole('button', { name: '插入年报工作表' }).getAttribute('aria-disabled')).toBe('true');
    await act(async () => release());
    expect(await screen.findByText(/已插入 5 张工作表/)).toBeTruthy();
  });

  test('sheets already there: the clerk is asked, and 取消 changes nothing', async () => {
    const spreadsheet = new MemorySpreadsheet({});
    renderPane(<InsertSheetsCard />, spreadsheet);
    submit();
    // The dialog is a lazy chunk of its own: give it time to load.
    expect(await screen.findByText('工作簿中已有年报工作表', undefined, { timeout: 10_000 })).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: '取消' }));
    expect(await screen.findByText('已取消，工作簿没有任何改动。')).toBeTruthy();
    expect(spreadsheet.calls).toEqual(['checkExistingSheets']);
  });

  test('a failure: the adapter\'s Chinese message, nothing else', async () => {
    const spreadsheet = new MemorySpreadsheet(null).failWith('insertReportSheets', '插入工作表失败：工作簿受保护或为只读。');
    renderPane(<InsertSheetsCard />, spreadsheet);
    submit();
    expect(await screen.findByText('没有完成')).toBeTruthy();
    expect(screen.getByText('插入工作表失败：工作簿受保护或为只读。')).toBeTruthy();
    await waitFor(() => expect(screen.queryByText(/已插入/)).toBeNull());
  });
});
