import * as fs from 'fs';
import * as path from 'path';
import type { Locator, Page } from 'playwright-core';
import { SAMPLE_REPORT } from '../../src/core';
import { announcements, danglingReferences, focused, settle, MISTAKES, recordAnnouncements, rewriteParagraph, runAxe, typeTables, type AxeViolation } from './a11y';
import { browserRig, routeOffice } from './harness';
import { loadSeeds, SEEDS_DIR, tempDir } from '../support/seeds';

/**
 * The task pane for a clerk who works with the keyboard, a screen reader or a large zoom: axe-core
 * over every state, focus after each action, Escape in each dialog, announcements, reflow at 160 px.
 */
const rig = browserRig();
const shots = tempDir('browser-accessibility');

async function openPane(width: number, scale = 1): Promise<{ page: Page; errors: string[] }> {
  const page = await rig.browser.newPage({ viewport: { width, height: 900 }, deviceScaleFactor: scale, locale: 'zh-CN', acceptDownloads: true });
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(String(e)));
  await routeOffice(page, rig.doubleBundle);
  await page.goto(`${rig.server.url}/taskpane.html`);
  await page.getByLabel('报告年度').waitFor();
  return { page, errors };
}

async function insertSheets(page: Page): Promise<void> {
  await page.getByLabel('报告年度').fill('2024');
  await page.getByLabel('机关名称').fill(SAMPLE_REPORT.agency!);
  await page.getByRole('button', { name: '插入年报工作表' }).click();
  await page.getByText(/已插入 \d 张工作表/).waitFor();
}

const lastYearsText = () => {
  const seed = loadSeeds().find((s) => s.name.startsWith('002'))!;
  return fs.readFileSync(path.join(SEEDS_DIR, seed.file), 'utf8');
};

/**
 * Every state of the pane a clerk meets, in the order a clerk meets them; `visit` is called in each.
 * Dialogs are visited open; the walk then answers them as a clerk would.
 */
async function walkStates(page: Page, visit: (state: string) => Promise<void>): Promise<void> {
  await visit('插入工作表');
  await page.getByRole('tab', { name: '校验' }).click();
  await page.getByRole('button', { name: '校验', exact: true }).click();
  await page.getByRole('status', { name: '还没有年报工作表' }).waitFor();
  await visit('校验：还没有工作表');
  await page.getByRole('tab', { name: '插入工作表' }).click();
  await insertSheets(page);
  await visit('插入工作表：已插入');
  await page.getByRole('button', { name: '插入年报工作表' }).click();
  const conflict = page.getByRole('alertdialog', { name: '工作簿中已有年报工作表' });
  await conflict.waitFor();
  await visit('对话框：已有年报工作表');
  await conflict.getByRole('button', { name: '取消' }).click();
  await conflict.waitFor({ state: 'detached' });

  await typeTables(page, MISTAKES);
  await page.getByRole('tab', { name: '校验' }).click();
  await page.getByRole('button', { name: '校验', exact: true }).click();
  await page.getByRole('button', { name: /^错误 空白或非数字 表三 D7/ }).waitFor();
  await page.getByRole('button', { name: /展开无法判断的/ }).first().click();
  await page.getByRole('button', { name: '填写上报说明' }).first().click();
  await visit('校验：结果（展开无法判断、填写上报说明）');
  await page.getByRole('button', { name: '空白的都填 0…' }).first().click();
  await page.getByRole('alertdialog', { name: '确认填 0' }).waitFor();
  await visit('对话框：确认填 0');

  await page.getByRole('tab', { name: '生成报告' }).click();
  await page.getByRole('button', { name: '生成报告', exact: true }).waitFor();
  await visit('生成报告：表单');
  await page.getByRole('button', { name: '生成报告', exact: true }).click();
  const gate = page.getByRole('alertdialog', { name: '表格中还有错误' });
  await gate.waitFor();
  await visit('对话框：表格中还有错误');
  await gate.getByRole('button', { name: '仍然生成（标为草稿）' }).click();
  await page.getByTestId('report-preview').waitFor();
  await visit('生成报告：草稿与预览');
  await page.getByRole('button', { name: '下载 Word 文档（草稿）' }).click();
  const draft = page.getByRole('alertdialog', { name: '这是一份草稿' });
  await draft.waitFor();
  await visit('对话框：这是一份草稿');
  await draft.getByRole('button', { name: '不下载，先去修改' }).click();
  await draft.waitFor({ state: 'detached' });
  await rewriteParagraph(page, '1.platforms', '本机关全面改版门户网站，开设政务公开专区。');
  await page.getByRole('button', { name: '生成报告', exact: true }).click();
  await page.getByRole('alertdialog', { name: '表格中还有错误' }).getByRole('button', { name: '仍然生成（标为草稿）' }).click();
  const edits = page.getByRole('alertdialog', { name: '“报告正文”中有您修改过的段落' });
  await edits.waitFor();
  await visit('对话框：修改过的段落');
  await edits.getByRole('button', { name: '保留我的修改' }).click();
  await edits.waitFor({ state: 'detached' });
  await page.getByTestId('report-preview').getByText('本机关全面改版门户网站，开设政务公开专区。').waitFor();

  await page.getByRole('tab', { name: '上年报告' }).click();
  await page.getByLabel('或粘贴上年年报全文').fill(lastYearsText());
  await visit('上年报告');
  await page.getByRole('button', { name: '识别', exact: true }).click();
  // The sample is of 2024, as this workbook: the pane says it may not be last year's.
  const warning = page.getByRole('alert', { name: '这可能不是本机关上一年度的报告' });
  await warning.waitFor();
  await visit('上年报告：识别结果与提醒');
  await warning.getByRole('button', { name: '确是本机关上年报告，保存' }).click();
  await page.getByText(/已保存为上年数据/).waitFor();
  await page.getByRole('button', { name: '用上年数据填写本年“上年结转”' }).click();
  await page.getByRole('alertdialog', { name: '确认填写上年结转' }).waitFor();
  await visit('对话框：确认填写上年结转');
}

describe('accessibility of every pane state', () => {
  it('axe-core (WCAG 2.0/2.1 A and AA, best practice) finds no violation in any state', async () => {
    const { page, errors } = await openPane(320);
    const found: Record<string, AxeViolation[]> = {};
    const states: string[] = [];
    await walkStates(page, async (state) => {
      states.push(state);
      await settle(page);
      const violations = [...(await runAxe(page)), ...(await danglingReferences(page))];
      if (violations.length) found[state] = violations;
    });
    const figures = states.map((s) => `${s}: ${found[s]?.length ?? 0} rules, ${(found[s] ?? []).reduce((n, v) => n + v.targets.length, 0)} elements${found[s] ? ` (${found[s].map((v) => `${v.id}×${v.targets.length}`).join(', ')})` : ''}`);
    fs.writeFileSync(path.join(shots, 'axe.txt'), `${figures.join('\n')}\n\n${JSON.stringify(found, null, 2)}\n`);
    expect(states.length).toBeGreaterThanOrEqual(14);
    expect(found).toEqual({});
    expect(errors).toEqual([]);
    await page.close();
  });

  it('at 200 % zoom in a 320 px pane (160 CSS px) no state scrolls sideways', async () => {
    const { page } = await openPane(160, 2);
    const wide: Record<string, number> = {};
    let n = 0;
    await walkStates(page, async (state) => {
      await settle(page);
      const width = await page.evaluate(() => document.documentElement.scrollWidth);
      if (width > 160) wide[state] = width;
      await page.screenshot({ path: path.join(shots, `zoom-160-${String(++n).padStart(2, '0')}.png`), fullPage: true });
    });
    fs.writeFileSync(path.join(shots, 'zoom.txt'), `${JSON.stringify(wide, null, 2)}\n`);
    expect(wide).toEqual({});
    await page.close();
  });
});

/** Focuses `target` and presses a key on it, as a keyboard user does. */
async function press(target: Locator, key = 'Enter'): Promise<void> {
  await target.focus();
  await target.press(key);
}

const isFocused = (target: Locator) => target.evaluate((el) => el === document.activeElement || el.contains(document.activeElement));

describe('keyboard', () => {
  it('after 校验, 填写上报说明 and 保存说明 the focus stays where the clerk works, never on the page body', async () => {
    const { page } = await openPane(320);
    await insertSheets(page);
    await typeTables(page, MISTAKES);
    await press(page.getByRole('tab', { name: '校验' }));
    const validate = page.getByRole('button', { name: '校验', exact: true });
    await press(validate);
    await page.getByRole('status', { name: '校验结果' }).waitFor();
    await page.getByRole('button', { name: /^错误 空白或非数字 表三 D7/ }).waitFor();
    expect(await focused(page)).not.toBe('body');
    await expect(isFocused(validate)).resolves.toBe(true);

    // A new editor takes the focus.
    await press(page.getByRole('button', { name: '填写上报说明' }).first());
    const reason = page.getByRole('textbox', { name: /上报说明/ });
    await reason.waitFor();
    await expect(isFocused(reason)).resolves.toBe(true);
    await page.keyboard.type('本年度确无此类情况');
    await press(page.getByRole('button', { name: '保存说明' }));
    await page.getByRole('heading', { name: /已说明的警告/ }).waitFor();
    expect(await focused(page)).not.toBe('body');
    await page.close();
  });

  it('Escape closes every dialog, which is modal while open, and the focus returns to what opened it', async () => {
    const { page } = await openPane(320);
    const escapes: Record<string, { opened: string; closed: boolean; after: string }> = {};
    /** Opens a dialog from `opener` by keyboard; checks the focus is inside, Escape closes it, focus comes back. */
    const tryEscape = async (name: string, opener: Locator, dialog: Locator) => {
      await press(opener);
      await dialog.waitFor();
      const opened = await focused(page);
      const inside = await isFocused(dialog);
      await page.keyboard.press('Escape');
      const closed = await dialog.waitFor({ state: 'detached', timeout: 2000 }).then(
        () => true,
        () => false,
      );
      const back = closed && (await isFocused(opener));
      escapes[name] = { opened: inside ? 'inside' : opened, closed, after: back ? 'opener' : await focused(page) };
      if (!closed) await dialog.getByRole('button', { name: /取消|先去修改|不下载/ }).last().click();
    };

    await insertSheets(page);
    await tryEscape('已有年报工作表', page.getByRole('button', { name: '插入年报工作表' }), page.getByRole('alertdialog', { name: '工作簿中已有年报工作表' }));

    await typeTables(page, MISTAKES);
    await page.getByRole('tab', { name: '校验' }).click();
    await page.getByRole('button', { name: '校验', exact: true }).click();
    await page.getByRole('button', { name: /^错误 空白或非数字 表三 D7/ }).waitFor();
    await tryEscape('确认填 0', page.getByRole('button', { name: '空白的都填 0…' }).first(), page.getByRole('alertdialog', { name: '确认填 0' }));

    await page.getByRole('tab', { name: '生成报告' }).click();
    const generate = page.getByRole('button', { name: '生成报告', exact: true });
    await tryEscape('表格中还有错误', generate, page.getByRole('alertdialog', { name: '表格中还有错误' }));
    await generate.click();
    await page.getByRole('alertdialog', { name: '表格中还有错误' }).getByRole('button', { name: '仍然生成（标为草稿）' }).click();
    await page.getByTestId('report-preview').waitFor();
    await tryEscape('这是一份草稿', page.getByRole('button', { name: '下载 Word 文档（草稿）' }), page.getByRole('alertdialog', { name: '这是一份草稿' }));

    await rewriteParagraph(page, '1.platforms', '本机关全面改版门户网站，开设政务公开专区。');
    await generate.click();
    await page.getByRole('alertdialog', { name: '表格中还有错误' }).getByRole('button', { name: '仍然生成（标为草稿）' }).click();
    const edits = page.getByRole('alertdialog', { name: '“报告正文”中有您修改过的段落' });
    await edits.waitFor();
    await page.keyboard.press('Escape');
    const editsClosed = await edits.waitFor({ state: 'detached', timeout: 2000 }).then(() => true, () => false);
    escapes['修改过的段落'] = { opened: 'inside', closed: editsClosed, after: await focused(page) };
    if (!editsClosed) await edits.getByRole('button', { name: '取消' }).click();

    await page.getByRole('tab', { name: '上年报告' }).click();
    await page.getByLabel('或粘贴上年年报全文').fill(lastYearsText());
    await page.getByRole('button', { name: '识别', exact: true }).click();
    await page.getByRole('button', { name: '确是本机关上年报告，保存' }).click();
    await page.getByText(/已保存为上年数据/).waitFor();
    await tryEscape('确认填写上年结转', page.getByRole('button', { name: '用上年数据填写本年“上年结转”' }), page.getByRole('alertdialog', { name: '确认填写上年结转' }));

    // 取消 in a dialog returns the focus as Escape does.
    const fill = page.getByRole('button', { name: '用上年数据填写本年“上年结转”' });
    await press(fill);
    await page.getByRole('alertdialog', { name: '确认填写上年结转' }).getByRole('button', { name: '取消' }).click();
    await page.getByRole('alertdialog', { name: '确认填写上年结转' }).waitFor({ state: 'detached' });
    escapes['确认填写上年结转（取消）'] = { opened: 'inside', closed: true, after: (await isFocused(fill)) ? 'opener' : await focused(page) };

    const expected = Object.fromEntries(Object.keys(escapes).map((k) => [k, { opened: 'inside', closed: true, after: k === '修改过的段落' ? expect.not.stringMatching(/^body$/) : 'opener' }]));
    fs.writeFileSync(path.join(shots, 'escape.txt'), `${JSON.stringify(escapes, null, 2)}\n`);
    expect(escapes).toEqual(expected);
    await page.close();
  });
});

describe('live regions', () => {
  it('each start and end is said in a live region that was there before it, also when 校验 repeats the same counts', async () => {
    const { page } = await openPane(320);
    await recordAnnouncements(page);
    await page.getByLabel('报告年度').fill('2024');
    await page.getByRole('button', { name: '插入年报工作表' }).click();
    await page.getByText(/已插入 \d 张工作表/).waitFor();
    expect((await announcements(page)).join('\n')).toMatch(/已插入 5 张工作表/);

    await typeTables(page, MISTAKES);
    await page.getByRole('tab', { name: '校验' }).click();
    const validate = page.getByRole('button', { name: '校验', exact: true });
    for (const round of [1, 2]) {
      await validate.click();
      await page.getByRole('button', { name: /^错误 空白或非数字 表三 D7/ }).waitFor();
      await page.waitForTimeout(300);
      const said = (await announcements(page)).join('\n');
      expect({ round, said }).toEqual({ round, said: expect.stringMatching(/正在校验/) });
      expect({ round, said }).toEqual({ round, said: expect.stringMatching(/校验完成：错误 \d+、警告 \d+、无法判断 \d+/) });
    }

    await page.getByRole('tab', { name: '生成报告' }).click();
    await page.getByRole('button', { name: '生成报告', exact: true }).click();
    await page.getByRole('alertdialog', { name: '表格中还有错误' }).getByRole('button', { name: '仍然生成（标为草稿）' }).click();
    await page.getByTestId('report-preview').waitFor();
    await page.waitForTimeout(300);
    expect((await announcements(page)).join('\n')).toMatch(/已生成草稿/);

    await page.getByRole('tab', { name: '上年报告' }).click();
    await page.getByLabel('或粘贴上年年报全文').fill(lastYearsText());
    await page.getByRole('button', { name: '识别', exact: true }).click();
    await page.getByRole('button', { name: '确是本机关上年报告，保存' }).waitFor();
    await page.waitForTimeout(300);
    expect((await announcements(page)).join('\n')).toMatch(/识别/);
    await page.getByRole('button', { name: '确是本机关上年报告，保存' }).click();
    await page.getByText(/已保存为上年数据/).waitFor();
    await page.waitForTimeout(300);
    expect((await announcements(page)).join('\n')).toMatch(/已保存为上年数据/);
    await page.close();
  });
});
