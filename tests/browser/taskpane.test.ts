import * as fs from 'fs';
import * as path from 'path';
import type { Page } from 'playwright-core';
import { browserRig, routeOffice } from './harness';
import { ROOT, tempDir } from '../support/seeds';
import type { SeedSheet } from '../doubles/excel-double';

/**
 * The task pane as a clerk meets it: the production build, in Chromium at 320 px, with real
 * office.js and the Excel double in place of Excel.
 */
const rig = browserRig();
const shots = tempDir('browser');


/** Uncaught errors of the pages opened by the running test: none may occur, whatever the test does. */
let errors: string[] = [];
beforeEach(() => {
  errors = [];
});
afterEach(() => expect(errors).toEqual([]));

async function openTaskpane(seed?: SeedSheet[], withDouble = true): Promise<Page> {
  const page = await rig.browser.newPage({ viewport: { width: 320, height: 760 }, locale: 'zh-CN' });
  page.on('pageerror', (e) => errors.push(String(e)));
  if (seed) await page.addInitScript((s) => ((window as unknown as { __doubleSeed: unknown }).__doubleSeed = s), seed);
  await routeOffice(page, withDouble ? rig.doubleBundle : '');
  if (!withDouble) {
    await page.goto(`${rig.server.url}/taskpane.html`);
    return page;
  }
  await page.goto(`${rig.server.url}/taskpane.html`);
  await page.getByRole('button', { name: '插入年报工作表' }).waitFor();
  return page;
}

async function snapshot(page: Page) {
  return page.evaluate(() => {
    const d = (window as unknown as { __excelDouble: { snapshot(): unknown; syncCount: number } }).__excelDouble;
    return { ...(d.snapshot() as object), syncCount: d.syncCount } as {
      sheets: { name: string; cells: Record<string, { value: unknown; formula?: string }> }[];
      names: Record<string, string>;
      syncCount: number;
    };
  });
}

function keep(page: Page, name: string) {
  return page.screenshot({ path: path.join(shots, name), fullPage: true }).then(() => {
    if (process.env.UPDATE_DOCS) fs.copyFileSync(path.join(shots, name), path.join(ROOT, 'docs/images', name));
  });
}

describe('task pane in Chromium', () => {
  it('inserts the five sheets with the year and agency typed, in at most two syncs', async () => {
    const page = await openTaskpane();
    const year = String(new Date().getFullYear() - 1);
    await expect(page.getByLabel('报告年度').inputValue()).resolves.toBe(year);
    await page.getByLabel('机关名称').fill('某某县人民政府办公室');
    await page.getByRole('button', { name: '插入年报工作表' }).click();
    await page.getByText('已插入 5 张工作表').waitFor();

    const snap = await snapshot(page);
    expect(snap.sheets.map((s) => s.name)).toEqual(['Sheet1', '基本信息', '表二 主动公开', '表三 依申请公开', '表四 复议诉讼', '正文素材']);
    const info = snap.sheets.find((s) => s.name === '基本信息')!;
    expect(info.cells.B4.value).toBe('某某县人民政府办公室');
    expect(info.cells.B5.value).toBe(Number(year));
    expect(info.cells.B6.value).toBe(2021);
    expect(snap.names.NB_T3).toBe("'表三 依申请公开'!A4:J31");
    expect(snap.syncCount).toBeLessThanOrEqual(2);
    // Usable at 320 px: nothing wider than the pane.
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
    await keep(page, 'taskpane-320.png');
    await page.close();
  });

  it('asks before inserting beside existing sheets, and keeps the originals', async () => {
    const page = await openTaskpane([{ name: '表三 依申请公开', cells: { A1: '去年手工做的表', D7: 17 } }]);
    await page.getByLabel('报告年度').fill('2020');
    expect(await page.getByRole('radio', { name: /2019 版/ }).isChecked()).toBe(true); // the format follows the year
    await page.getByRole('button', { name: '插入年报工作表' }).click();
    const dialog = page.getByRole('alertdialog');
    await dialog.getByText('工作簿中已有年报工作表').waitFor();
    await dialog.getByText(/另建的一套工作表名为“基本信息 \(2\)”“表二 主动公开 \(2\)”等/).waitFor();
    await expect(dialog.getByText('表三 依申请公开', { exact: true }).count()).resolves.toBe(1);
    // Fluent fades the dialog in: wait for the end of the animation before the picture.
    await page.waitForFunction(() => {
      const surface = document.querySelector('.fui-DialogSurface');
      return !!surface && getComputedStyle(surface).opacity === '1';
    });
    await keep(page, 'taskpane-conflict.png');
    await dialog.getByRole('button', { name: '保留原表，另建一套' }).click();
    await page.getByText('已插入 5 张工作表').waitFor();
    await page.getByText('原有工作表保持不变。').waitFor();
    await page.getByText('请从“基本信息 (2)”开始填写', { exact: false }).waitFor();

    const snap = await snapshot(page);
    const original = snap.sheets.find((s) => s.name === '表三 依申请公开')!;
    expect(original.cells).toEqual({ A1: expect.objectContaining({ value: '去年手工做的表' }), D7: expect.objectContaining({ value: 17 }) });
    expect(snap.sheets.map((s) => s.name)).toContain('表三 依申请公开 (2)');
    expect(snap.sheets.find((s) => s.name === '基本信息 (2)')!.cells.B6.value).toBe(2019);
    await page.close();
  });

  it('can cancel, and then nothing changes', async () => {
    const page = await openTaskpane([{ name: '基本信息', cells: { A1: '我的表' } }]);
    await page.getByRole('button', { name: '插入年报工作表' }).click();
    await page.getByRole('alertdialog').getByRole('button', { name: '取消' }).click();
    await page.getByText('已取消，工作簿没有任何改动。').waitFor();
    expect((await snapshot(page)).sheets.map((s) => s.name)).toEqual(['基本信息']);
    await page.close();
  });

  it('works from the keyboard alone and shows a field error in Chinese', async () => {
    const page = await openTaskpane();
    await page.getByLabel('报告年度').focus();
    await page.keyboard.press('Control+A');
    await page.keyboard.type('20');
    await page.getByText('请填写四位数的报告年度').waitFor();
    expect(await page.getByRole('button', { name: '插入年报工作表' }).isDisabled()).toBe(true);
    await page.keyboard.type('25');
    await page.keyboard.press('Tab'); // to 机关名称
    await page.keyboard.type('某某街道办事处');
    await page.keyboard.press('Enter'); // submits the form
    await page.getByText('已插入 5 张工作表').waitFor();
    const info = (await snapshot(page)).sheets.find((s) => s.name === '基本信息')!;
    expect(info.cells.B4.value).toBe('某某街道办事处');
    expect(info.cells.B5.value).toBe(2025);
    await page.close();
  });

  it('shows the adapter\'s Chinese message when Excel refuses, never a stack trace', async () => {
    const page = await openTaskpane();
    // Excel in cell-edit mode rejects the batch at sync: make the double's next new sheet fail so.
    await page.evaluate(() => {
      const d = (window as unknown as { __excelDouble: { addSheet(name: string): unknown } }).__excelDouble;
      d.addSheet = () => {
        throw Object.assign(new Error('RichApi.Error: The operation is not allowed in cell edit mode.'), { code: 'InvalidOperationInCellEditMode' });
      };
    });
    await page.getByRole('button', { name: '插入年报工作表' }).click();
    const alert = page.getByRole('alert');
    await alert.getByText('没有完成').waitFor();
    const text = await alert.innerText();
    expect(text).toContain('插入年报工作表失败：Excel 正处于单元格编辑状态，请先按 Enter 或 Esc 结束编辑，再重试。');
    expect(text).not.toMatch(/RichApi|Error|\bat\s|\.js:\d/);
    // The form stays usable: the clerk can fix the cause and press the button again.
    expect(await page.getByRole('button', { name: '插入年报工作表' }).isEnabled()).toBe(true);
    await page.close();
  });

  it('outside Excel, says the add-in must be opened in Excel', async () => {
    const page = await openTaskpane(undefined, false);
    await page.getByText('请在 Excel 中打开本加载项').waitFor();
    expect(await page.getByRole('button', { name: '插入年报工作表' }).count()).toBe(0);
    await page.close();
  });
});
