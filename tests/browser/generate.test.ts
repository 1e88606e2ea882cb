import * as fs from 'fs';
import * as path from 'path';
import JSZip from 'jszip';
import type { Page } from 'playwright-core';
import { INPUT_ROWS, INPUTS_TOP, REPORT_SHEET_TITLE, SAMPLE_REPORT } from '../../src/core';
import { typeTables, type Typed } from './a11y';
import { browserRig, routeOffice } from './harness';
import { ROOT, tempDir } from '../support/seeds';

/** 生成报告 as a clerk uses it: fill the form, generate, preview, download, keep an edit, meet the gate. */
const rig = browserRig();
const shots = tempDir('browser-generate');

type Snapshot = { sheets: { name: string; cells: Record<string, { value: unknown }> }[]; syncCount: number };


async function snapshot(page: Page): Promise<Snapshot> {
  return page.evaluate(() => {
    const d = (window as unknown as { __excelDouble: { snapshot(): unknown; syncCount: number } }).__excelDouble;
    return { ...(d.snapshot() as object), syncCount: d.syncCount } as Snapshot;
  });
}

/** Types over a paragraph of 报告正文, found by its hidden paragraph ID. */
async function editParagraph(page: Page, id: string, text: string) {
  await page.evaluate(
    async ([sheetName, paragraphId, newText]) => {
      await (window as unknown as { Excel: typeof Excel }).Excel.run(async (context) => {
        const used = context.workbook.worksheets.getItem(sheetName).getUsedRange(true).load('values');
        await context.sync();
        const row = used.values.findIndex((r) => r.includes(paragraphId));
        context.workbook.worksheets.getItem(sheetName).getRangeByIndexes(row, 0, 1, 1).values = [[newText]];
        await context.sync();
      });
    },
    [REPORT_SHEET_TITLE, id, text] as const,
  );
}

/**
 * The task pane on a new workbook with the sheets inserted and the sample tables typed in (changed
 * by `overrides`); page errors are collected. Each test goes on from here.
 */
async function paneWithTables(options: { width?: number; agency?: string; overrides?: Record<string, Typed> } = {}): Promise<{ page: Page; errors: string[] }> {
  const page = await rig.browser.newPage({ viewport: { width: options.width ?? 320, height: 900 }, locale: 'zh-CN', acceptDownloads: true });
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(String(e)));
  await routeOffice(page, rig.doubleBundle);
  await page.goto(`${rig.server.url}/taskpane.html`);
  await page.getByLabel('报告年度').fill('2024');
  if (options.agency) await page.getByLabel('机关名称').fill(options.agency);
  await page.getByRole('button', { name: '插入年报工作表' }).click();
  await page.getByText(/已插入 \d 张工作表/).waitFor();
  await typeTables(page, options.overrides);
  return { page, errors };
}

/** What a clerk in a hurry leaves: a unit typed into a cell, a blank, a 结转下年度 one too low. */
const MISTAKES: Record<string, Typed> = { 'applications.newReceived.naturalPerson': '117件', 'review.pending': null, 'applications.carriedForward.naturalPerson': 6 };

describe('a report made while the tables are wrong', () => {
  it.each([320, 450])('at %i px: 校验, 仍然生成 → a draft everywhere, its errors listed with their cells, table 三 visible in the preview', async (width) => {
    const { page, errors } = await paneWithTables({ width, agency: SAMPLE_REPORT.agency!, overrides: MISTAKES });
    await page.getByRole('tab', { name: '校验' }).click();
    await page.getByRole('button', { name: '校验', exact: true }).click();
    await page.getByRole('button', { name: /^错误 空白或非数字 表三 D7：.*“117件”/ }).waitFor();

    await page.getByRole('tab', { name: '生成报告' }).click();
    await page.getByRole('button', { name: '生成报告', exact: true }).click();
    const gate = page.getByRole('alertdialog');
    await gate.getByText('表格中还有错误').waitFor();
    await gate.getByRole('button', { name: '仍然生成（标为草稿）' }).click();

    const preview = page.getByTestId('report-preview');
    await preview.waitFor();
    // The draft mark: in the pane, under the title of the preview, and in 报告正文.
    const mark = preview.getByRole('note');
    await expect(mark.innerText()).resolves.toMatch(/^草稿：表格尚有 \d+ 处错误，未经校验通过$/);
    const line = await mark.innerText();
    await page.getByRole('status', { name: /^已生成草稿/ }).getByText(/已生成草稿，写入工作表“报告正文”/).waitFor();
    await expect(page.getByText(/^报告已写入工作表/).count()).resolves.toBe(0);
    const sheet = (await snapshot(page)).sheets.find((s) => s.name === REPORT_SHEET_TITLE)!;
    expect(sheet.cells.A2.value).toBe(line);

    // Every open table error is listed, each with a way to its cell.
    const checklist = page.getByLabel('发布前应处理');
    const count = Number(/(\d+) 处错误/.exec(line)![1]);
    await checklist.getByText(`表格错误 ${count} 处（改正后重新生成，报告才不再是草稿）`).waitFor();
    await checklist.getByText(/空白或非数字 · 表三 D7：/).waitFor();
    await checklist.getByText(/空白或非数字 · 表四 D7：/).waitFor();
    // The general paragraphs are there too, folded while there are errors to fix first.
    await checklist.getByText(/内容空泛或缺项 \d+ 处/).waitFor();
    await checklist.getByRole('button', { name: '定位到表三 D7' }).click();
    await page.waitForFunction(() => (window as unknown as { __excelDouble: { selection: { address: string } | null } }).__excelDouble.selection?.address === 'D7');

    // Table 三 in the preview has its height, and a known value shows where it should.
    const tables = preview.locator('table');
    await expect(tables.count()).resolves.toBe(3);
    for (let i = 0; i < 3; i++) {
      const wrap = (await tables.nth(i).locator('xpath=..').boundingBox())!;
      const table = (await tables.nth(i).boundingBox())!;
      expect(table.height).toBeGreaterThan(60);
      expect(wrap.height).toBeGreaterThanOrEqual(table.height - 1); // not clipped to nothing
    }
    const disclosed = tables.nth(1).getByRole('cell', { name: '（一）予以公开', exact: true }).locator('xpath=following-sibling::td[1]');
    await disclosed.scrollIntoViewIfNeeded();
    await expect(disclosed.innerText()).resolves.toBe('67');
    const shown = await disclosed.evaluate((cell) => {
      const box = cell.getBoundingClientRect();
      return document.elementFromPoint(box.left + box.width / 2, box.top + box.height / 2) === cell;
    });
    expect(shown).toBe(true);

    // The title breaks between its parts, never inside 「2024年」.
    const year = preview.getByRole('heading', { level: 2 }).locator('span', { hasText: /^2024年$/ });
    const lineHeight = await year.evaluate((el) => parseFloat(getComputedStyle(el).lineHeight) || parseFloat(getComputedStyle(el).fontSize) * 1.4);
    expect((await year.boundingBox())!.height).toBeLessThan(lineHeight * 1.5);

    if (width === 320) {
      await preview.evaluate((el) => (el.scrollTop = 0));
      await page.getByRole('status', { name: /^已生成草稿/ }).evaluate((h) => h.scrollIntoView({ block: 'start' }));
      await page.screenshot({ path: path.join(shots, 'taskpane-draft.png'), animations: 'disabled' });
      await tables.nth(1).evaluate((t) => {
        t.parentElement!.scrollLeft = 0;
        t.scrollIntoView({ block: 'start' });
      });
      await page.screenshot({ path: path.join(shots, 'taskpane-preview-tables.png'), animations: 'disabled' });
      if (process.env.UPDATE_DOCS) {
        for (const name of ['taskpane-draft.png', 'taskpane-preview-tables.png']) fs.copyFileSync(path.join(shots, name), path.join(ROOT, 'docs/images', name));
      }
    }

    // Downloading a draft asks first; the .docx says 草稿 under its title.
    await page.getByRole('button', { name: '下载 Word 文档（草稿）' }).click();
    const ask = page.getByRole('alertdialog');
    await ask.getByText('这是一份草稿').waitFor();
    const [download] = await Promise.all([page.waitForEvent('download'), ask.getByRole('button', { name: '下载草稿' }).click()]);
    const saved = path.join(shots, `draft-${width}.docx`);
    await download.saveAs(saved);
    const xml = await (await JSZip.loadAsync(fs.readFileSync(saved))).file('word/document.xml')!.async('string');
    expect(xml).toContain(line);
    expect(errors).toEqual([]);
    await page.close();
  });
});

describe('生成报告 in the task pane', () => {
  it('fills the form, generates, previews, downloads the .docx and keeps the clerk’s edit', async () => {
    const { page, errors } = await paneWithTables({ agency: SAMPLE_REPORT.agency! });

    await page.getByRole('tab', { name: '生成报告' }).click();
    await page.getByLabel('主动公开政府信息总数（条）').fill('1200');
    // Switching tabs keeps what was typed (the panel stays mounted).
    await page.getByRole('tab', { name: '校验' }).click();
    await page.getByRole('tab', { name: '生成报告' }).click();
    await expect(page.getByLabel('主动公开政府信息总数（条）').inputValue()).resolves.toBe('1200');
    await page.getByLabel('其中：政府网站（条）').fill('800');
    await page.getByRole('button', { name: /五、存在的主要问题/ }).click();
    await page.getByLabel('本年度存在的问题').fill('政策解读形式较为单一\n基层公开标准化有待加强');
    await page.getByRole('button', { name: '保存并生成报告' }).click();

    const preview = page.getByTestId('report-preview');
    await preview.waitFor();
    await preview.getByText(/全年主动公开政府信息1200条，其中通过政府网站发布800条/).waitFor();
    await preview.getByText(/本年度新收政府信息公开申请122件|全年共新收政府信息公开申请122件|本年度共新收政府信息公开申请122件/).waitFor();
    await preview.getByText('一是政策解读形式较为单一；二是基层公开标准化有待加强。').waitFor();
    const snap = await snapshot(page);
    expect(snap.sheets.map((s) => s.name)).toContain(REPORT_SHEET_TITLE);
    const inputs = snap.sheets.find((s) => s.name === '正文素材')!;
    expect(Object.values(inputs.cells).map((c) => c.value)).toContain(1200);
    // Usable at 320 px: the form and the preview fit; wide tables scroll inside their own box.
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
    await page.getByRole('heading', { name: '预览' }).evaluate((h) => h.scrollIntoView({ block: 'start' }));
    await page.screenshot({ path: path.join(shots, 'taskpane-generate.png'), animations: 'disabled' });
    if (process.env.UPDATE_DOCS) fs.copyFileSync(path.join(shots, 'taskpane-generate.png'), path.join(ROOT, 'docs/images/taskpane-generate.png'));

    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: '下载 Word 文档' }).click()]);
    expect(download.suggestedFilename()).toBe(`${SAMPLE_REPORT.agency}2024年政府信息公开工作年度报告.docx`);
    const saved = path.join(shots, 'downloaded.docx');
    await download.saveAs(saved);
    const xml = await (await JSZip.loadAsync(fs.readFileSync(saved))).file('word/document.xml')!.async('string');
    expect(xml).toContain('全年主动公开政府信息1200条');

    // Paragraphs left general are listed; 去填写 opens the field's closed group and puts the cursor in it.
    await page.getByText(/内容空泛或缺项 7 处/).waitFor();
    const platformsGroup = page.getByRole('button', { name: /（四）政府信息公开平台建设/ });
    await expect(platformsGroup.getAttribute('aria-expanded')).resolves.toBe('false');
    await page.getByRole('button', { name: '去填写“政府信息公开平台建设”' }).click();
    await page.waitForFunction(() => document.activeElement?.getAttribute('data-input-key') === 'platforms');
    await expect(platformsGroup.getAttribute('aria-expanded')).resolves.toBe('true');
    await expect(page.getByLabel('平台建设情况').evaluate((el) => el === document.activeElement)).resolves.toBe(true);

    // The clerk rewrites a paragraph in 报告正文; generating again asks, and keeps it.
    await editParagraph(page, '1.platforms', '本机关全面改版门户网站，开设政务公开专区。');
    await page.getByRole('button', { name: '生成报告' }).click();
    const ask = page.getByRole('alertdialog');
    await ask.getByText('“报告正文”中有您修改过的段落').waitFor();
    await ask.getByText('本机关全面改版门户网站，开设政务公开专区。').waitFor();
    // While the question is open, the grid is still editable: a second paragraph is rewritten.
    // It keeps a year from an older report: the dialog says so before the clerk decides.
    await editParagraph(page, '1.supervision', '2022年起，本机关配备专职人员负责政务公开。');
    await ask.getByRole('button', { name: '保留我的修改' }).click();
    await ask.getByText('“报告正文”在此期间又有修改，请再确认一次。').waitFor();
    await ask.getByText('2022年起，本机关配备专职人员负责政务公开。').waitFor();
    await ask.getByText(/此段有问题：第一部分出现 2022 年/).waitFor();
    await expect(ask.getByText(/此段有问题/).count()).resolves.toBe(1);
    await ask.getByRole('button', { name: '保留我的修改' }).click();
    await page.getByText(/保留了您修改过的 2 段/).waitFor();
    await preview.getByText('本机关全面改版门户网站，开设政务公开专区。').waitFor();
    await preview.getByText('2022年起，本机关配备专职人员负责政务公开。').waitFor();
    // Kept as asked, and listed among what to change before publishing (with the 7 general paragraphs).
    const checklist = page.getByLabel('发布前应处理');
    await checklist.getByText(/正文 1 处/).waitFor();
    await checklist.getByText(/内容空泛或缺项 \d+ 处/).waitFor();
    const parts = await checklist.innerText();
    const gaps = Number(/内容空泛或缺项 (\d+) 处/.exec(parts)![1]);
    expect(parts).toContain(`发布前应处理 ${1 + gaps} 处`);
    await page.getByText(/一、总体情况 · （五）监督保障（您保留的修改）：第一部分出现 2022 年/).waitFor();
    expect(errors).toEqual([]);
    await page.close();
  });

  it('never replaces a 报告正文 sheet it did not write, and says how to go on', async () => {
    const { page, errors } = await paneWithTables();
    await page.evaluate(async (name) => {
      await (window as unknown as { Excel: typeof Excel }).Excel.run(async (context) => {
        context.workbook.worksheets.add(name).getRange('C5').values = [['科室自己写的报告草稿']];
        await context.sync();
      });
    }, REPORT_SHEET_TITLE);
    await page.getByRole('tab', { name: '生成报告' }).click();
    await page.getByRole('button', { name: '生成报告', exact: true }).click();
    await page.getByText(/不是年报助手生成的/).waitFor();
    const sheet = (await snapshot(page)).sheets.find((s) => s.name === REPORT_SHEET_TITLE)!;
    expect(Object.fromEntries(Object.entries(sheet.cells).map(([a, c]) => [a, c.value]))).toEqual({ C5: '科室自己写的报告草稿' });
    expect(errors).toEqual([]);
    await page.close();
  });

  it('lists open table errors before generating, and writes nothing when the clerk goes back', async () => {
    const { page, errors } = await paneWithTables({ width: 360, overrides: { 'applications.carriedForward.naturalPerson': 6 } });

    await page.getByRole('tab', { name: '生成报告' }).click();
    const inputsBefore = (await snapshot(page)).sheets.find((s) => s.name === '正文素材');
    await page.getByRole('button', { name: '生成报告', exact: true }).click();
    const gate = page.getByRole('alertdialog');
    await gate.getByText('表格中还有错误').waitFor();
    await gate.getByText(/勾稽关系/).first().waitFor();
    await page.screenshot({ path: path.join(shots, 'taskpane-generate-gate.png'), animations: 'disabled' });
    if (process.env.UPDATE_DOCS) fs.copyFileSync(path.join(shots, 'taskpane-generate-gate.png'), path.join(ROOT, 'docs/images/taskpane-generate-gate.png'));
    await gate.getByRole('button', { name: '先去修改' }).click();
    await gate.waitFor({ state: 'hidden' });
    const after = await snapshot(page);
    expect(after.sheets.map((s) => s.name)).not.toContain(REPORT_SHEET_TITLE);
    expect(after.sheets.find((s) => s.name === '正文素材')).toEqual(inputsBefore); // the unchanged form wrote nothing
    expect(errors).toEqual([]);
    await page.close();
  });

  it('offers last year’s problems, from the imported 上年报告, for 上年度问题整改情况', async () => {
    const { page, errors } = await paneWithTables();
    // In the sheet: 信息处理费 charged on 1 application, no amount. Read, but not fitting together.
    const feeRow = INPUTS_TOP + INPUT_ROWS.findIndex((r) => r.kind === 'field' && r.field.key === 'other.feeApplications') + 1;
    await page.evaluate(async (address) => {
      await (window as unknown as { Excel: typeof Excel }).Excel.run(async (context) => {
        context.workbook.worksheets.getItem('正文素材').getRange(address).values = [[1]];
        await context.sync();
      });
    }, `B${feeRow}`);
    // As 上年报告 leaves it in the document settings after an import.
    await page.evaluate(() =>
      Office.context.document.settings.set('nianbao.previous', {
        data: { format: '2021', year: 2023, agency: null, cells: {} },
        source: '2023年报.docx',
        importedAt: '2026-01-05',
        problems: ['信息公开内容形式有待丰富', '人员工作衔接不顺畅'],
      }),
    );

    await page.getByRole('tab', { name: '生成报告' }).click();
    // The form says what is missing, not that the sheet could not be read.
    await page.getByRole('button', { name: /六、其他需要报告的事项/ }).click();
    await page.getByText('收取信息处理费的申请为 1 件，请填写收取的金额（元）。').waitFor();
    await expect(page.getByText(/无法识别/).count()).resolves.toBe(0);
    await page.getByRole('button', { name: /五、存在的主要问题/ }).click();
    await page.getByRole('button', { name: '带入上年报告所列的 2 个问题' }).click();
    await expect(page.getByLabel('上年度问题整改情况').inputValue()).resolves.toBe(
      '针对“信息公开内容形式有待丰富”的问题，【请填写整改措施和成效】\n针对“人员工作衔接不顺畅”的问题，【请填写整改措施和成效】',
    );
    await page.getByRole('button', { name: '保存并生成报告' }).click();
    await page
      .getByTestId('report-preview')
      .getByText('对2023年度报告所列问题逐项整改：一是针对“信息公开内容形式有待丰富”的问题，【请填写整改措施和成效】；二是针对“人员工作衔接不顺畅”的问题，【请填写整改措施和成效】。')
      .waitFor();
    // The gaps left for what was done are not forgotten: they are listed until filled.
    await page.getByText(/发布前应处理 \d+ 处/).waitFor();
    // Two of them in one paragraph: one line that counts them (E-5 once per placeholder).
    await expect(page.getByText(/五、存在的主要问题及改进情况 · （一）上年度问题整改情况：有 2 处未填写的内容“【请填写整改措施和成效】”/).count()).resolves.toBe(1);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('before the sheets exist shows an empty state, not the form; then saves each field as the clerk leaves it', async () => {
    const page = await rig.browser.newPage({ viewport: { width: 320, height: 900 }, locale: 'zh-CN' });
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(String(e)));
    await routeOffice(page, rig.doubleBundle);
    await page.goto(`${rig.server.url}/taskpane.html`);
    await page.getByRole('tab', { name: '生成报告' }).click();
    const empty = page.getByRole('status', { name: '还没有年报工作表' });
    await empty.waitFor();
    await expect(page.getByLabel('主动公开政府信息总数（条）').count()).resolves.toBe(0);
    await expect(page.getByRole('alert').count()).resolves.toBe(0);
    expect(await page.evaluate(() => document.querySelector('main')!.getBoundingClientRect().height)).toBeLessThan(800);
    await empty.getByRole('button', { name: '插入年报工作表' }).click();
    await page.getByLabel('报告年度').fill('2024');
    await page.getByRole('button', { name: '插入年报工作表' }).click();
    await page.getByText('已插入 5 张工作表').waitFor();

    await page.getByRole('tab', { name: '生成报告' }).click();
    const total = page.getByLabel('主动公开政府信息总数（条）');
    await total.fill('1856');
    await page.getByLabel('其中：政府网站（条）').fill('1420'); // leaving 总数 saves it
    await page.getByLabel('其中：政务新媒体（条）').fill('380');
    await page.getByLabel('其中：其他渠道（条）').fill('100');
    await page.keyboard.press('Tab');
    // Parts that add up to more than the whole are warned of as they are typed.
    await page.getByText('各渠道合计 1420 + 380 + 100 = 1900 条，多于“主动公开政府信息总数” 1856 条：报告中写作“其中”，分项之和不应超过总数，请核对。').waitFor();
    await page.getByText(/已自动保存到“正文素材”/).waitFor();
    // In the sheet without a click on 保存: nothing typed is lost when the pane closes.
    await page.waitForFunction(() => {
      const d = (window as unknown as { __excelDouble: { snapshot(): { sheets: { name: string; cells: Record<string, { value: unknown }> }[] } } }).__excelDouble;
      const values = Object.values(d.snapshot().sheets.find((s) => s.name === '正文素材')!.cells).map((c) => c.value);
      return [1856, 1420, 380, 100].every((v) => values.includes(v));
    });
    expect(errors).toEqual([]);
    await page.close();
  });

  it('on Excel for Mac, saves the .docx through a download page in the system browser', async () => {
    const { page, errors } = await paneWithTables({ agency: SAMPLE_REPORT.agency! });
    // Excel on Mac: the pane's web view drops downloads, but OpenBrowserWindowApi 1.1 is there.
    await page.evaluate(() => {
      const d = (window as unknown as { __excelDouble: { platform: string; requirementSets: Record<string, string> } }).__excelDouble;
      d.platform = 'Mac';
      d.requirementSets.OpenBrowserWindowApi = '1.1';
    });
    await page.getByRole('tab', { name: '生成报告' }).click();
    await page.getByRole('button', { name: '生成报告', exact: true }).click();
    await page.getByTestId('report-preview').waitFor();
    await page.getByText('Word 文档将在浏览器中打开下载页面保存').waitFor();
    await page.getByRole('button', { name: '下载 Word 文档' }).click();
    const fileName = `${SAMPLE_REPORT.agency}2024年政府信息公开工作年度报告.docx`;
    await page.getByText(`已在浏览器中打开下载页面，请在浏览器中保存“${fileName}”。`).waitFor();
    const opened = await page.evaluate(() => (window as unknown as { __excelDouble: { openedBrowserWindows: string[] } }).__excelDouble.openedBrowserWindows);
    expect(opened).toHaveLength(1);
    const address = new URL(opened[0]);
    expect(`${address.origin}${address.pathname}`).toBe(`${rig.server.url}/download.html`);

    // The system browser: the page saves the file from its address alone, and nothing goes to the server.
    const browserPage = await rig.browser.newPage({ locale: 'zh-CN', acceptDownloads: true });
    const requested: string[] = [];
    browserPage.on('request', (r) => requested.push(r.url()));
    await browserPage.goto(opened[0]);
    const [download] = await Promise.all([browserPage.waitForEvent('download'), browserPage.getByRole('button', { name: '保存 Word 文档' }).click()]);
    expect(download.suggestedFilename()).toBe(fileName);
    const saved = path.join(shots, 'from-download-page.docx');
    await download.saveAs(saved);
    const xml = await (await JSZip.loadAsync(fs.readFileSync(saved))).file('word/document.xml')!.async('string');
    expect(xml).toContain('三、收到和处理政府信息公开申请情况');
    expect(requested.every((url) => !url.includes('data='))).toBe(true);
    await browserPage.getByRole('button', { name: '保存 Word 文档' }).waitFor();
    await browserPage.screenshot({ path: path.join(shots, 'download-page.png') });
    await browserPage.close();
    // A damaged address says what to do instead of saving a broken file.
    const damaged = await rig.browser.newPage({ locale: 'zh-CN', acceptDownloads: true });
    await damaged.goto(`${rig.server.url}/download.html#name=x.docx&data=%%%`);
    await damaged.getByText('下载链接不完整、已损坏').waitFor();
    await expect(damaged.getByRole('button', { name: '保存 Word 文档' }).isVisible()).resolves.toBe(false);
    await damaged.close();
    expect(errors).toEqual([]);
    await page.close();
  });
});
