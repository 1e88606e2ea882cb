import * as fs from 'fs';
import * as path from 'path';
import type { Page } from 'playwright-core';
import { buildWorkbookPlan, cellAddress, getFormat, SAMPLE_REPORT } from '../../src/core';
import { browserRig, routeOffice } from './harness';
import { ROOT, tempDir } from '../support/seeds';

const rig = browserRig();
const shots = tempDir('browser-validate');

/** The sample's inputs by sheet and address, with 结转下年度（自然人）one too low, as typed by a clerk. */
function typedInputs(): Record<string, Record<string, number | string>> {
  const plan = buildWorkbookPlan({ year: 2024 });
  const format = getFormat('2021');
  const bySheet: Record<string, Record<string, number | string>> = {};
  for (const [id, value] of Object.entries(SAMPLE_REPORT.cells)) {
    if (format.cellById.get(id)!.sumOf) continue;
    const at = plan.addressOf.get(id)!;
    (bySheet[at.sheet] ??= {})[cellAddress(at.row, at.col)] = id === 'applications.carriedForward.naturalPerson' ? 6 : (value as number);
  }
  return bySheet;
}

async function typeIntoWorkbook(page: Page, inputs: Record<string, Record<string, number | string>>) {
  await page.evaluate(async (bySheet) => {
    const excel = (window as unknown as { Excel: typeof Excel }).Excel;
    await excel.run(async (context) => {
      for (const [sheet, cells] of Object.entries(bySheet)) {
        for (const [address, value] of Object.entries(cells)) context.workbook.worksheets.getItem(sheet).getRange(address).values = [[value]];
      }
      await context.sync();
    });
  }, inputs);
}

describe('校验 in the task pane', () => {
  it('lists the finding with its numbers and takes the clerk to the cell', async () => {
    const { page, errors } = await freshPane();
    await typeIntoWorkbook(page, typedInputs());

    await page.getByRole('tab', { name: '校验' }).click();
    await page.getByRole('button', { name: '校验', exact: true }).click();
    // What a clerk recognises and the place first; the rule ID small, after.
    const finding = page.getByRole('button', { name: /^错误 勾稽关系 表三 D31：表三 自然人列：新收 117 \+ 上年结转 11 = 128，但办理结果总计 121 \+ 结转下年度 6 = 127，相差 1。（规则 T3-1/ });
    await finding.waitFor();
    await page.getByText('若其他数字无误，结转下年度应为 7。').first().waitFor();
    await expect(page.getByText('错误 2').count()).resolves.toBe(1);
    await page.screenshot({ path: path.join(shots, 'taskpane-validate.png'), fullPage: true });
    if (process.env.UPDATE_DOCS) fs.copyFileSync(path.join(shots, 'taskpane-validate.png'), path.join(ROOT, 'docs/images/taskpane-validate.png'));

    await finding.click();
    await page.waitForFunction(() => (window as unknown as { __excelDouble: { selection: { address: string } | null } }).__excelDouble.selection?.address === 'D31');
    const selection = await page.evaluate(() => (window as unknown as { __excelDouble: { selection: unknown; activeSheet: string } }).__excelDouble);
    expect(selection).toMatchObject({ activeSheet: '表三 依申请公开', selection: { sheet: '表三 依申请公开', address: 'D31' } });

    await page.getByRole('button', { name: '标记', exact: true }).click();
    await page.getByText(/已标记 \d+ 个单元格/).waitFor();
    await page.getByRole('button', { name: '清除标记' }).click();
    await page.getByText(/已清除 \d+ 处标记/).waitFor();

    // With 编辑后自动校验 on, correcting the cell is enough: no button press.
    await page.getByRole('switch').check();
    await typeIntoWorkbook(page, { '表三 依申请公开': { D31: 7 } });
    await page.getByText('全部规则通过').waitFor({ timeout: 10000 });
    expect(errors).toEqual([]);
    await page.close();
  });
});

/** The pane at a width, with the sheets inserted for 2024; page errors collected. */
async function freshPane(width = 320): Promise<{ page: Page; errors: string[] }> {
  const page = await rig.browser.newPage({ viewport: { width, height: 900 }, locale: 'zh-CN' });
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(String(e)));
  await routeOffice(page, rig.doubleBundle);
  await page.goto(`${rig.server.url}/taskpane.html`);
  await page.getByLabel('报告年度').fill('2024');
  await page.getByRole('button', { name: '插入年报工作表' }).click();
  await page.getByText('已插入 5 张工作表').waitFor();
  return { page, errors };
}

const doubleOf = (page: Page) =>
  page.evaluate(() => {
    const d = (window as unknown as { __excelDouble: { snapshot(): { sheets: { name: string; cells: Record<string, { value: unknown; formula?: string }> }[] }; selection: unknown } }).__excelDouble;
    return { ...d.snapshot(), selection: d.selection };
  });

describe('校验 points at the real cause', () => {
  it('「67件」 in 表三 D9: no 勾稽 failure and no fix; the finding names D9 and clicking selects D9', async () => {
    const { page, errors } = await freshPane();
    const inputs = typedInputs();
    inputs['表三 依申请公开'].D31 = 7; // the sample's own 结转下年度: the tables are right but for D9
    inputs['表三 依申请公开'].D9 = '67件';
    await typeIntoWorkbook(page, inputs);
    await page.getByRole('tab', { name: '校验' }).click();
    await page.getByRole('button', { name: '校验', exact: true }).click();
    await page.getByRole('status', { name: '校验结果' }).waitFor();

    // The cell's own finding, with its place first.
    await page.getByRole('button', { name: /^错误 空白或非数字 表三 D9：.*“67件”/ }).waitFor();
    // No 勾稽 or total failure, no "fix" for the column.
    await expect(page.getByRole('button', { name: /^错误 (勾稽关系|合计与各项不符)/ }).count()).resolves.toBe(0);
    await expect(page.getByText(/结转下年度应为|总计应为/).count()).resolves.toBe(0);
    // The checks it stops are 无法判断, folded away until asked for.
    const t31 = page.getByRole('button', { name: /^无法判断 勾稽关系 表三 D9：表三 自然人列：先把 D9（“67件”）改为数字，才能核对本列的勾稽关系。/ });
    await expect(t31.count()).resolves.toBe(0);
    await page.getByRole('button', { name: /展开无法判断的 \d+ 项/ }).click();
    await t31.click();
    await page.waitForFunction(() => (window as unknown as { __excelDouble: { selection: unknown } }).__excelDouble.selection !== null);
    expect((await doubleOf(page)).selection).toMatchObject({ sheet: '表三 依申请公开', address: 'D9' });
    expect(errors).toEqual([]);
    await page.close();
  });

  it('fresh sheets: one finding of blanks per table, 无法判断 folded, and 0 filled into blank input cells after asking', async () => {
    const { page, errors } = await freshPane();
    // A clerk has begun: one number, and a text in a cell (never to be overwritten).
    await typeIntoWorkbook(page, { '表三 依申请公开': { D7: 5, E7: '无' } });
    await page.getByRole('tab', { name: '校验' }).click();
    // Nothing marked yet: nothing to clear.
    await expect(page.getByRole('button', { name: '清除标记' }).isDisabled()).resolves.toBe(true);
    await page.getByRole('button', { name: '校验', exact: true }).click();
    const blanks = page.getByRole('button', { name: /^错误 空白或非数字 表三 F7：表三尚有 \d+ 个空白单元格/ });
    await blanks.waitFor();
    await expect(page.getByRole('button', { name: /^无法判断/ }).count()).resolves.toBe(0);
    // The list fits on a screen or two, not 7,000 px.
    expect(await page.evaluate(() => document.documentElement.scrollHeight)).toBeLessThan(2600);
    await page.screenshot({ path: path.join(shots, 'taskpane-findings.png'), fullPage: true });
    if (process.env.UPDATE_DOCS) fs.copyFileSync(path.join(shots, 'taskpane-findings.png'), path.join(ROOT, 'docs/images/taskpane-findings.png'));

    const table3 = page.locator('li').filter({ has: blanks });
    await table3.getByRole('button', { name: '空白的都填 0…' }).click();
    const ask = table3.getByRole('alertdialog', { name: '确认填 0' });
    await ask.getByText(/把这 \d+ 个空白的填写单元格都填为 0？/).waitFor();
    // Nothing is written before the clerk agrees.
    expect((await doubleOf(page)).sheets.find((s) => s.name === '表三 依申请公开')!.cells.D8.value).toBeNull();
    await ask.getByRole('button', { name: '填 0' }).click();
    await page.getByText(/已在 \d+ 个空白单元格中填入 0，并重新校验。/).waitFor();
    const t3 = (await doubleOf(page)).sheets.find((s) => s.name === '表三 依申请公开')!.cells;
    expect(t3.D8.value).toBe(0);
    expect(t3.D7.value).toBe(5);
    expect(t3.E7.value).toBe('无');
    expect(t3.J7.formula).toMatch(/^=SUM/);
    // 表三 is filled; its text cell remains, and so do the blanks of the other tables.
    await page.getByRole('button', { name: /^错误 空白或非数字 表三 E7：.*“无”/ }).waitFor();
    await expect(page.getByRole('button', { name: /表三尚有/ }).count()).resolves.toBe(0);
    await page.getByRole('button', { name: /^错误 空白或非数字 表四 A7：表四尚有 12 个空白单元格/ }).waitFor();

    await page.getByRole('button', { name: '标记', exact: true }).click();
    await page.getByText(/已标记 \d+ 个单元格/).waitFor();
    await expect(page.getByRole('button', { name: '清除标记' }).isEnabled()).resolves.toBe(true);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('before the sheets exist, says so and offers to insert them', async () => {
    const page = await rig.browser.newPage({ viewport: { width: 320, height: 900 }, locale: 'zh-CN' });
    await routeOffice(page, rig.doubleBundle);
    await page.goto(`${rig.server.url}/taskpane.html`);
    await page.getByRole('tab', { name: '校验' }).click();
    await page.getByRole('button', { name: '校验', exact: true }).click();
    const empty = page.getByRole('status', { name: '还没有年报工作表' });
    await empty.waitFor();
    await expect(page.getByRole('alert').count()).resolves.toBe(0);
    await empty.getByRole('button', { name: '插入年报工作表' }).click();
    await expect(page.getByRole('tab', { name: '插入工作表' }).getAttribute('aria-selected')).resolves.toBe('true');
    await page.close();
  });
});
