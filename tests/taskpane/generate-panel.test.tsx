/** @jest-environment jsdom */
import { act, fireEvent, screen, waitFor } from '@testing-library/react';
import { SAMPLE_INPUTS, SAMPLE_REPORT } from '../../src/core';
import { GeneratePanel } from '../../src/taskpane/components/GeneratePanel';
import { MemorySpreadsheet } from '../support/memory-spreadsheet';
import { renderPane } from '../support/render-pane';

/** A busy button stays focusable (disabledFocusable): it is unavailable by aria-disabled, not by `disabled`. */
const isUnavailable = (el: HTMLElement) => (el as HTMLButtonElement).disabled || el.getAttribute('aria-disabled') === 'true';

const sample = () => ({ format: SAMPLE_REPORT.format, year: SAMPLE_REPORT.year, agency: SAMPLE_REPORT.agency, cells: { ...SAMPLE_REPORT.cells }, inputs: JSON.parse(JSON.stringify(SAMPLE_INPUTS)) });
const generateButton = () => screen.getByRole('button', { name: /生成报告$/ });

describe('生成报告 and 正文素材 through the spreadsheet port', () => {
  test('empty: no report sheets, no form, the way to insert them', async () => {
    renderPane(<GeneratePanel active goTo={jest.fn()} />, new MemorySpreadsheet(null));
    expect(await screen.findByText('工作簿中还没有年报工作表')).toBeTruthy();
    expect(screen.queryByRole('region', { name: '正文素材' })).toBeNull();
  });

  test('正文素材: the form shows what the sheet holds, and 保存 writes what the clerk changed', async () => {
    const spreadsheet = new MemorySpreadsheet(sample());
    renderPane(<GeneratePanel active />, spreadsheet);
    await waitFor(() => expect(spreadsheet.calls).toContain('readReport'));
    const save = await screen.findByRole('button', { name: '保存到工作表' });
    expect((save as HTMLButtonElement).disabled).toBe(true);
    // A text field (a number field would refuse 「补充」), in the first part of the form.
    fireEvent.click(screen.getAllByRole('button', { expanded: false })[0]);
    const field = (await screen.findAllByRole('textbox')).find((f) => f.tagName === 'TEXTAREA') as HTMLTextAreaElement;
    await waitFor(() => expect(field.disabled).toBe(false));
    fireEvent.change(field, { target: { value: `${field.value}补充` } });
    expect((save as HTMLButtonElement).disabled).toBe(false);
    fireEvent.click(save);
    expect(await screen.findByText('已保存到“正文素材”工作表。')).toBeTruthy();
    expect(spreadsheet.calls).toContain('writeNarrativeInputs');
  });

  test('正文素材 in an older workbook: offers to add the sheet', async () => {
    const spreadsheet = new MemorySpreadsheet(sample());
    spreadsheet.inputsSheet = false;
    renderPane(<GeneratePanel active />, spreadsheet);
    fireEvent.click(await screen.findByRole('button', { name: '添加工作表' }));
    expect(await screen.findByText('已添加“正文素材”工作表。')).toBeTruthy();
    expect(spreadsheet.inputsSheet).toBe(true);
  });

  test('success: the report is written to 报告正文 and previewed', async () => {
    const spreadsheet = new MemorySpreadsheet(sample());
    renderPane(<GeneratePanel active />, spreadsheet);
    await waitFor(() => expect(spreadsheet.calls).toContain('readReport'));
    await waitFor(() => expect(isUnavailable(generateButton())).toBe(false));
    fireEvent.click(generateButton());
    expect(await screen.findByText(/报告已写入工作表“报告正文”/, undefined, { timeout: 10_000 })).toBeTruthy();
    expect(await screen.findByTestId('report-preview')).toBeTruthy();
    expect(spreadsheet.reportSheet).not.toBeNull();
  });

  test('table errors: asked first; 先去修改 writes nothing', async () => {
    const report = sample();
    report.cells['applications.newReceived.naturalPerson'] = (report.cells['applications.newReceived.naturalPerson'] as number) + 5;
    const spreadsheet = new MemorySpreadsheet(report);
    renderPane(<GeneratePanel active />, spreadsheet);
    await waitFor(() => expect(isUnavailable(generateButton())).toBe(false));
    fireEvent.click(generateButton());
    expect(await screen.findByText('表格中还有错误', undefined, { timeout: 10_000 })).toBeTruthy();
    // hidden: true — after an earlier test of this file jsdom leaves the dialog's buttons out of the
    // accessibility tree (Fluent's focus manager lives on the window; cause not pinned down). In Chromium the
    // journey and accessibility tests find and press them by role, with Escape too.
    fireEvent.click(screen.getByRole('button', { name: '先去修改', hidden: true }));
    await act(async () => undefined);
    expect(spreadsheet.calls).not.toContain('writeReportSheet');
  });

  test('busy, then an error from the workbook, shown as an alert', async () => {
    const spreadsheet = new MemorySpreadsheet(sample()).failWith('writeReportSheet', '写入报告正文失败：工作簿受保护或为只读。');
    renderPane(<GeneratePanel active />, spreadsheet);
    await waitFor(() => expect(isUnavailable(generateButton())).toBe(false));
    const release = spreadsheet.hold('validateWorkbook');
    fireEvent.click(generateButton());
    expect(await screen.findByText('正在生成报告…')).toBeTruthy();
    expect(isUnavailable(generateButton())).toBe(true);
    await act(async () => release());
    const alert = await screen.findByRole('alert', undefined, { timeout: 10_000 });
    expect(alert.textContent).toContain('写入报告正文失败');
  });
});
