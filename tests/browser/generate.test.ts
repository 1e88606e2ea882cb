import * as fs from 'fs';
import * as path from 'path';
import JSZip from 'jszip';
import type { Page } from 'playwright-core';
import { buildWorkbookPlan, cellAddress, getFormat, INPUT_ROWS, INPUTS_TOP, REPORT_SHEET_TITLE, SAMPLE_REPORT } from '../../src/core';
import { browserRig, routeOffice } from './harness';
import { ROOT, tempDir } from '../support/seeds';

/** 生成报告 as a clerk uses it: fill the form, generate, preview, download, keep an edit, meet the gate. */
const rig = browserRig();
const shots = tempDir('browser-generate');

type Snapshot = { sheets: { name: string; cells: Record<string, { value: unknown }> }[]; syncCount: number };

async function typeTables(page: Page, overrides: Record<string, number> = {}) {
  const plan = buildWorkbookPlan({ year: 2024 });
  const format = getFormat('2021');
  const bySheet: Record<string, Record<string, number>> = {};
  for (const [id, value] of Object.entries({ ...SAMPLE_REPORT.cells, ...overrides })) {
    if (format.cellById.get(id)!.sumOf) continue;
    const at = plan.addressOf.get(id)!;
    (bySheet[at.sheet] ??= {})[cellAddress(at.row, at.col)] = value as number;
  }
  await page.evaluate(async (cells) => {
    await (window as unknown as { Excel: typeof Excel }).Excel.run(async (context) => {
      for (const [sheet, byAddress] of Object.entries(cells))
        for (const [address, value] of Object.entries(byAddress)) context.workbook.worksheets.getItem(sheet).getRange(address).values = [[value]];
      await context.sync();
    });
  }, bySheet);
}

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
async function paneWithTables(options: { width?: number; agency?: string; overrides?: Record<string, number> } = {}): Promise<{ page: Page; errors: string[] }> {
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
    await page.getByText('有 7 处内容空泛或缺项').waitFor();
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
    // Kept as asked, and listed among what to change before publishing.
    await page.getByText('发布前应处理 1 处').waitFor();
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
    await gate.getByText(/T3-1/).first().waitFor();
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
    await page.getByText(/发布前应处理 \d 处/).waitFor();
    await expect(page.getByText(/五、存在的主要问题及改进情况 · （一）上年度问题整改情况：有未填写的内容“【请填写整改措施和成效】”/).count()).resolves.toBe(2);
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
