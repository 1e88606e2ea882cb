import * as fs from 'fs';
import * as path from 'path';
import type { Page } from 'playwright-core';
import { buildWorkbookPlan, cellAddress, getFormat, SAMPLE_REPORT } from '../../src/core';
import { browserRig, routeOffice } from './harness';
import { ROOT, tempDir } from '../support/seeds';

const rig = browserRig();
const shots = tempDir('browser-validate');

/** The sample's inputs by sheet and address, with 结转下年度（自然人）one too low, as typed by a clerk. */
function typedInputs(): Record<string, Record<string, number>> {
  const plan = buildWorkbookPlan({ year: 2024 });
  const format = getFormat('2021');
  const bySheet: Record<string, Record<string, number>> = {};
  for (const [id, value] of Object.entries(SAMPLE_REPORT.cells)) {
    if (format.cellById.get(id)!.sumOf) continue;
    const at = plan.addressOf.get(id)!;
    (bySheet[at.sheet] ??= {})[cellAddress(at.row, at.col)] = id === 'applications.carriedForward.naturalPerson' ? 6 : (value as number);
  }
  return bySheet;
}

async function typeIntoWorkbook(page: Page, inputs: Record<string, Record<string, number>>) {
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
    const page = await rig.browser.newPage({ viewport: { width: 320, height: 900 }, locale: 'zh-CN' });
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(String(e)));
    await routeOffice(page, rig.doubleBundle);
    await page.goto(`${rig.server.url}/taskpane.html`);
    await page.getByLabel('报告年度').fill('2024');
    await page.getByRole('button', { name: '插入年报工作表' }).click();
    await page.getByText('已插入 5 张工作表').waitFor();
    await typeIntoWorkbook(page, typedInputs());

    await page.getByRole('tab', { name: '校验' }).click();
    await page.getByRole('button', { name: '校验', exact: true }).click();
    const finding = page.getByRole('button', { name: /T3-1：表三 自然人列：新收 117 \+ 上年结转 11 = 128，但办理结果总计 121 \+ 结转下年度 6 = 127，相差 1/ });
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
