/** @jest-environment jsdom */
import { act, fireEvent, screen, within } from '@testing-library/react';
import { SAMPLE_REPORT } from '../../src/core';
import { ValidationPanel } from '../../src/taskpane/components/ValidationPanel';
import { MemorySpreadsheet } from '../support/memory-spreadsheet';
import { renderPane } from '../support/render-pane';

const sample = () => ({ format: SAMPLE_REPORT.format, year: SAMPLE_REPORT.year, agency: SAMPLE_REPORT.agency, cells: { ...SAMPLE_REPORT.cells } });
const validate = () => fireEvent.click(screen.getByRole('button', { name: '校验' }));

describe('校验 through the spreadsheet port', () => {
  test('empty: no report sheets yet, the way to insert them instead of an error', async () => {
    const goTo = jest.fn();
    renderPane(<ValidationPanel active goTo={goTo} />, new MemorySpreadsheet(null));
    validate();
    expect(await screen.findByText('工作簿中还没有年报工作表')).toBeTruthy();
    expect(screen.queryByRole('alert')).toBeNull();
    fireEvent.click(screen.getByRole('button', { name: '插入年报工作表' }));
    expect(goTo).toHaveBeenCalledWith('sheets');
  });

  test('success: the sample passes every rule', async () => {
    renderPane(<ValidationPanel active />, new MemorySpreadsheet(sample()));
    validate();
    expect(await screen.findByText(/全部规则通过/)).toBeTruthy();
    const counts = screen.getByRole('status', { name: '校验结果' });
    expect(within(counts).getByText('错误 0')).toBeTruthy();
  });

  test('findings: a broken balance is listed under 表三 and takes the clerk to its cells', async () => {
    const report = sample();
    report.cells['applications.newReceived.naturalPerson'] = (report.cells['applications.newReceived.naturalPerson'] as number) + 5;
    const spreadsheet = new MemorySpreadsheet(report);
    renderPane(<ValidationPanel active />, spreadsheet);
    validate();
    expect(await screen.findByRole('heading', { name: /表三 依申请公开/ })).toBeTruthy();
    expect(screen.queryByText(/全部规则通过/)).toBeNull();
    const errors = screen.getByRole('status', { name: '校验结果' });
    expect(within(errors).queryByText('错误 0')).toBeNull();
    const finding = screen.getAllByRole('button', { name: /点击定位到单元格/ })[0];
    fireEvent.click(finding);
    await act(async () => undefined);
    expect(spreadsheet.calls).toContain('goToCells');
    expect(spreadsheet.selected.length).toBeGreaterThan(0);
    expect(spreadsheet.selected[0].sheet).toMatch(/依申请公开/);
  });

  test('names: each finding button is named by its visible text in the order shown (WCAG 2.5.3), then what a click does', async () => {
    const report = sample();
    report.cells['applications.newReceived.naturalPerson'] = (report.cells['applications.newReceived.naturalPerson'] as number) + 5;
    report.cells['active.fees.amount'] = 350000; // fees in 元: a warning with a fix line
    renderPane(<ValidationPanel active />, new MemorySpreadsheet(report));
    validate();
    await screen.findByRole('heading', { name: /表三 依申请公开/ });
    // As axe's label-content-name-mismatch compares them: letters and digits, without spaces and punctuation.
    const bare = (text: string) => text.replace(/[\s\p{P}\p{S}]/gu, '');
    const findings = screen.getAllByRole('button', { name: /点击定位到单元格$/ });
    expect(findings.some((b) => /规则 T3-1/.test(b.textContent ?? ''))).toBe(true);
    expect(findings.some((b) => /万元/.test(b.textContent ?? ''))).toBe(true);
    for (const button of findings) {
      const name = bare(button.getAttribute('aria-label') ?? '');
      expect(name).toBe(`${bare(button.textContent ?? '')}点击定位到单元格`);
    }
  });

  test('busy: a spinner while validating, the buttons unavailable but focusable', async () => {
    const spreadsheet = new MemorySpreadsheet(sample());
    const release = spreadsheet.hold('validateWorkbook');
    renderPane(<ValidationPanel active />, spreadsheet);
    validate();
    expect(await screen.findByText('正在校验…')).toBeTruthy();
    // Busy, the button stays focusable (disabledFocusable) and says it is unavailable.
    expect(screen.getByRole('button', { name: '校验' }).getAttribute('aria-disabled')).toBe('true');
    await act(async () => release());
    expect(await screen.findByText(/全部规则通过/)).toBeTruthy();
    expect(screen.queryByText('正在校验…')).toBeNull();
  });

  test('errors: the adapter\'s message as an alert', async () => {
    const spreadsheet = new MemorySpreadsheet(sample()).failWith('validateWorkbook', '读取工作表失败：Excel 正处于单元格编辑状态，请先按 Enter 或 Esc 结束编辑，再重试。');
    renderPane(<ValidationPanel active />, spreadsheet);
    validate();
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain('Excel 正处于单元格编辑状态');
    expect(screen.queryByRole('status', { name: '校验结果' })).toBeNull();
  });
});
