/** @jest-environment jsdom */
import { FluentProvider, webLightTheme } from '@fluentui/react-components';
import { fireEvent, render, screen, within } from '@testing-library/react';
import { buildReportDocument, cellPlaceNamer, getFormat, reportPlainText, SAMPLE_REPORT, type CellData, type ReportData } from '../../src/core';
import { BureauApp } from '../../src/bureau/components/BureauApp';
import './jsdom-files';
import { withSignature } from '../../src/bureau/outputs';
import { parentOpinionBlocks, parentState } from '../../src/bureau/parent';
import type { AgencyFile } from '../../src/bureau/types';

/**
 * 本级 against 下级 on the page: one file marked 本级 is compared, cell by cell, with the sum of the
 * others — equal, differs (both numbers and the difference), or 无法判断 naming the child — and the
 * 审核意见 gets a section for it, signed with the 政务公开办's name and the date.
 */


const NEW = 'applications.newReceived.naturalPerson';
const format = getFormat(SAMPLE_REPORT.format);
const place = cellPlaceNamer(SAMPLE_REPORT.format);
const inputs: CellData = Object.fromEntries(Object.entries(SAMPLE_REPORT.cells).filter(([id]) => !format.cellById.get(id)?.sumOf));
/** 本级 that 汇总s two children with the sample's numbers: every cell twice the sample's, 新收申请 five too many. */
const doubled: CellData = Object.fromEntries(Object.entries(SAMPLE_REPORT.cells).map(([id, v]) => [id, typeof v === 'number' ? v * 2 : v]));
const planted = (doubled[NEW] as number) + 5;

const data = (agency: string, cells: CellData): ReportData => ({ ...SAMPLE_REPORT, agency, cells });
const text = (d: ReportData, name: string) => new File([reportPlainText(buildReportDocument(d))], name, { type: 'text/plain' });

function renderPage() {
  return render(
    <FluentProvider theme={webLightTheme}>
      <BureauApp />
    </FluentProvider>,
  );
}

async function choose(n: number, ...files: File[]) {
  fireEvent.change(screen.getByTestId('file-input'), { target: { files } });
  await within(document.body).findByText(`分单位情况（${n}）`);
}

describe('本级 against 下级 on the page', () => {
  test('a planted difference is shown with both numbers and the difference; the 汇总 leaves 本级 out', async () => {
    renderPage();
    await choose(3, text(data('甲镇人民政府', SAMPLE_REPORT.cells), '甲镇.txt'), text(data('乙乡人民政府', SAMPLE_REPORT.cells), '乙乡.txt'), text(data('某县人民政府', { ...doubled, [NEW]: planted }), '本级.txt'));
    expect((screen.getByRole('tab', { name: '本级与下级核对' }) as HTMLButtonElement).disabled).toBe(true);
    fireEvent.click(screen.getByRole('button', { name: '设为本级：某县人民政府' }));
    expect(screen.getByRole('button', { name: '设为本级：某县人民政府' }).getAttribute('aria-pressed')).toBe('true');
    expect(screen.getByTestId('news').textContent).toMatch(/可以汇总：2 个单位。已设某县人民政府为本级：与下级之和一致 \d+ 格，不一致 [1-9]\d* 格/);
    fireEvent.click(screen.getByRole('tab', { name: '本级与下级核对' }));
    const table = await screen.findByTestId('parent-comparison');
    const row = within(table)
      .getAllByTestId('parent-cell')
      .find((r) => r.textContent!.startsWith(place(NEW)))!;
    expect(row.textContent).toBe(`${place(NEW)}${planted}${planted - 5}+5不一致`);
    // Equal cells are counted, shown on request.
    const shown = within(table).getAllByTestId('parent-cell').length;
    fireEvent.click(within(table).getByRole('switch'));
    expect(within(table).getAllByTestId('parent-cell').length).toBeGreaterThan(shown);
    // The 汇总 tab is the children's: 2 units, without 本级.
    fireEvent.click(screen.getByRole('tab', { name: '汇总表（下级）' }));
    expect((await screen.findByTestId('summary-tables')).textContent).toContain('2 个单位');
    // Unmarked: the comparison is gone and all three are summed again.
    fireEvent.click(screen.getByRole('tab', { name: /分单位情况/ }));
    fireEvent.click(screen.getByRole('button', { name: '设为本级：某县人民政府' }));
    expect(screen.getByTestId('news').textContent).toBe('已读取 3 个文件。可以汇总：3 个单位。');
  });

  test('a child that cannot be read makes every cell 无法判断, naming it', async () => {
    renderPage();
    await choose(2, text(data('某县人民政府', SAMPLE_REPORT.cells), '本级.txt'), new File(['x'], '丙街道.doc'));
    fireEvent.click(screen.getByRole('button', { name: '设为本级：某县人民政府' }));
    fireEvent.click(screen.getByRole('tab', { name: '本级与下级核对' }));
    const rows = within(await screen.findByTestId('parent-comparison')).getAllByTestId('parent-cell');
    expect(rows.length).toBe(format.cells.length);
    for (const r of rows) expect(r.textContent).toMatch(/无法判断 下级文件未能读取：丙街道\.doc$/);
  });

  test('a child’s blank cell makes that cell 无法判断, naming the child', () => {
    const rows: AgencyFile[] = [
      { id: 1, file: '本级.txt', kind: 'report', agency: '某县', data: data('某县', SAMPLE_REPORT.cells), findings: [], counts: { errors: 0, warnings: 0, notAssessable: 0 } },
      { id: 2, file: '甲.txt', kind: 'report', agency: '甲镇', data: data('甲镇', { ...inputs, [NEW]: null }), findings: [], counts: { errors: 0, warnings: 0, notAssessable: 0 } },
    ];
    const state = parentState(rows, 1);
    if (state.kind !== 'ready') throw new Error(state.kind);
    const cell = state.cells.find((c) => c.cell === NEW)!;
    expect(cell).toMatchObject({ status: 'notAssessable', parent: SAMPLE_REPORT.cells[NEW], children: null, missing: ['甲镇'] });
    const opinion = parentOpinionBlocks(state, 3).map((b) => ('text' in b ? b.text : ''));
    expect(opinion[0]).toBe('三、本级报告与下级汇总核对');
    expect(opinion.join('\n')).toMatch(/无法判断的 \d+ 格：甲镇 该格为空白、文字或未能读出（\d+ 格）。/);
  });

  test('the 审核意见 section lists each differing cell with both numbers; its 落款 is the name typed and the date', () => {
    const rows: AgencyFile[] = [
      { id: 1, file: '本级.txt', kind: 'report', agency: '某县', data: data('某县', { ...SAMPLE_REPORT.cells, [NEW]: (SAMPLE_REPORT.cells[NEW] as number) + 5 }), findings: [], counts: { errors: 0, warnings: 0, notAssessable: 0 } },
      { id: 2, file: '甲.txt', kind: 'report', agency: '甲镇', data: data('甲镇', SAMPLE_REPORT.cells), findings: [], counts: { errors: 0, warnings: 0, notAssessable: 0 } },
    ];
    const state = parentState(rows, 1);
    if (state.kind !== 'ready') throw new Error(state.kind);
    expect(state.counts).toEqual({ equal: format.cells.length - 1, differs: 1, notAssessable: 0 });
    const opinion = parentOpinionBlocks(state, 2).map((b) => ('text' in b ? b.text : ''));
    expect(opinion).toEqual([
      '二、本级报告与下级汇总核对',
      `以某县的报告为本级，与其余 1 个单位之和逐格核对：一致 ${format.cells.length - 1} 格，不一致 1 格，无法判断 0 格。不一致的单元格如下，请本级核实后改正或说明口径。`,
      `1. ${place(NEW)}：本级 ${(SAMPLE_REPORT.cells[NEW] as number) + 5}，下级合计 ${SAMPLE_REPORT.cells[NEW]}，差额 +5。`,
    ]);
    const doc = { title: 't', year: 2024, agency: '', blocks: [], narrative: [] };
    expect(withSignature(doc, '  某县人民政府办公室 ', '2025-01-20').signature).toEqual({ agency: '某县人民政府办公室', date: '2025年1月20日' });
    expect(withSignature(doc, '  ').signature).toBeUndefined();
  });
});
