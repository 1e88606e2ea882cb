/** @jest-environment jsdom */
import { FluentProvider, webLightTheme } from '@fluentui/react-components';
import { fireEvent, render, screen, within } from '@testing-library/react';
import * as fs from 'fs';
import * as path from 'path';
import { BureauApp } from '../../src/bureau/components/BureauApp';
import './jsdom-files';
import { SEEDS_DIR } from '../support/seeds';

/**
 * The page's states with text reports (jsdom has no pdf.js, and exceljs is slow here): empty, rows,
 * a file it cannot read (the 汇总 waits), different format versions (refused), one agency twice, filters.
 * Chromium (tests/browser/bureau.test.ts) keeps the whole journey with workbooks, Word and PDF.
 */


const seed = (name: string, as = name) => new File([fs.readFileSync(path.join(SEEDS_DIR, name))], as, { type: 'text/plain' });
const S000 = '000_08508a3c99ea3aa7.txt'; // 市中区人民政府办公室, 2024, 2021
const S001 = '001_3d92076ac9f1ca50.txt'; // 市中区综合行政执法局, 2019 format
const S002 = '002_073bf38150bd80e7.txt'; // 秦都区, 2024, 2021

function renderPage() {
  return render(
    <FluentProvider theme={webLightTheme}>
      <BureauApp />
    </FluentProvider>,
  );
}

function choose(...files: File[]) {
  fireEvent.change(screen.getByTestId('file-input'), { target: { files } });
}

async function rows(n: number): Promise<HTMLElement[]> {
  await screen.findAllByTestId('agency-row');
  await within(document.body).findByText(`分单位情况（${n}）`);
  return screen.getAllByTestId('agency-row');
}

describe('the 政务公开办 page in jsdom', () => {
  test('empty: only the drop zone, no table and nothing to download', () => {
    renderPage();
    expect(screen.getByText('把各单位的年报文件拖到这里')).toBeTruthy();
    expect(screen.queryByTestId('agency-table')).toBeNull();
    expect(screen.queryByRole('button', { name: '下载汇总工作簿（.xlsx）' })).toBeNull();
  });

  test('two reports of one year: a row each with their counts, and the 汇总 ready', async () => {
    renderPage();
    choose(seed(S000), seed(S002));
    const [a, b] = await rows(2);
    expect(a.textContent).toContain('市中区人民政府办公室');
    expect(b.textContent).toContain('秦都区');
    expect((screen.getByRole('button', { name: '下载汇总工作簿（.xlsx）' }) as HTMLButtonElement).disabled).toBe(false);
    expect(screen.queryByTestId('summary-blocked')).toBeNull();
    fireEvent.click(screen.getByRole('tab', { name: '汇总表' }));
    expect((await screen.findByTestId('not-summed')).textContent).toMatch(/未能汇总的单元格（\d+）/);
    expect(screen.getByTestId('summary-tables').textContent).toContain('2 个单位');
  });

  test('a file it cannot read is a row saying why; the 汇总 waits until it is removed', async () => {
    renderPage();
    choose(seed(S000), new File(['x'], '旧报告.doc'));
    const [first] = await rows(2);
    // A file that cannot be read comes first when sorted by errors, and says why.
    expect(first.textContent).toMatch(/旧报告\.doc无法读取：.*\.doc、\.xls 请先另存为 \.docx、\.xlsx/);
    expect(screen.getByTestId('summary-blocked').textContent).toContain('汇总不能缺单位');
    expect((screen.getByRole('button', { name: '下载汇总工作簿（.xlsx）' }) as HTMLButtonElement).disabled).toBe(true);
    fireEvent.click(screen.getByRole('button', { name: '移除 旧报告.doc' }));
    await rows(1);
    expect(screen.queryByTestId('summary-blocked')).toBeNull();
  });

  test('reports of different format versions are not summed, naming the files', async () => {
    renderPage();
    choose(seed(S000), seed(S001));
    await rows(2);
    expect(screen.getByTestId('summary-blocked').textContent).toMatch(/格式版本不同[\s\S]*001_3d92076ac9f1ca50\.txt/);
    expect((screen.getByRole('tab', { name: '汇总表' }) as HTMLButtonElement).disabled).toBe(true);
  });

  test('one agency in two files is warned about', async () => {
    renderPage();
    choose(seed(S002), seed(S002, '秦都区（重报）.txt'));
    await rows(2);
    expect(screen.getByTestId('duplicates').textContent).toContain(`秦都区：${S002}、秦都区（重报）.txt`);
  });

  test('查看 opens an agency’s findings; 关闭 closes them', async () => {
    renderPage();
    choose(seed(S000));
    await rows(1);
    fireEvent.click(screen.getByRole('button', { name: '查看 市中区人民政府办公室 的问题' }));
    const panel = await screen.findByTestId('agency-findings');
    expect(within(panel).getByText(/错误 \d+，警告 \d+，无法判断 \d+/)).toBeTruthy();
    expect(within(panel).queryAllByTestId('finding').length + (within(panel).queryByText('全部通过，没有发现问题。') ? 1 : 0)).toBeGreaterThan(0);
    fireEvent.click(within(panel).getByRole('button', { name: '关闭' }));
    expect(screen.queryByTestId('agency-findings')).toBeNull();
  });
});
