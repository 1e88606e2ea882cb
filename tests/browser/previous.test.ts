import * as fs from 'fs';
import * as path from 'path';
import { browserRig, routeOffice } from './harness';
import { loadSeeds, ROOT, SEEDS_DIR, tempDir } from '../support/seeds';

const rig = browserRig();
const shots = tempDir('browser-previous');


describe('上年报告 in the task pane', () => {
  it('recognises a pasted report, keeps it, and fills 上年结转 after asking', async () => {
    const seed = loadSeeds().find((s) => s.name.startsWith('002'))!;
    const text = fs.readFileSync(path.join(SEEDS_DIR, seed.file), 'utf8');
    const page = await rig.browser.newPage({ viewport: { width: 320, height: 1000 }, locale: 'zh-CN' });
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(String(e)));
    await routeOffice(page, rig.doubleBundle);
    await page.goto(`${rig.server.url}/taskpane.html`);
    await page.getByRole('button', { name: '插入年报工作表' }).click();
    await page.getByText('已插入 5 张工作表').waitFor();

    await page.getByRole('tab', { name: '上年报告' }).click();
    await page.getByLabel('或粘贴上年年报全文').fill(text);
    await page.getByRole('button', { name: '识别', exact: true }).click();
    await page.getByText('机关：秦都区').waitFor();
    await page.getByText('年度：2024').waitFor();
    await page.getByText('章节 6/6；读出 200/200 个单元格').waitFor();
    await page.getByRole('button', { name: '保存为上年数据' }).click();
    await page.getByText(/已保存为上年数据/).waitFor();

    await page.getByRole('button', { name: '用上年数据填写本年“上年结转”' }).click();
    const confirm = page.getByRole('alertdialog', { name: '确认填写上年结转' });
    await confirm.getByText(/自然人（D8）：空白 → 7/).waitFor();
    await page.screenshot({ path: path.join(shots, 'taskpane-previous.png'), fullPage: true });
    if (process.env.UPDATE_DOCS) fs.copyFileSync(path.join(shots, 'taskpane-previous.png'), path.join(ROOT, 'docs/images/taskpane-previous.png'));
    // Nothing is written before the clerk confirms.
    const before = await page.evaluate(() => (window as unknown as { __excelDouble: { snapshot(): { sheets: { name: string; cells: Record<string, { value: unknown }> }[] } } }).__excelDouble.snapshot());
    expect(before.sheets.find((s) => s.name === '表三 依申请公开')!.cells.D8.value).toBeNull();
    await confirm.getByRole('button', { name: '确认填写' }).click();
    await page.getByText(/已填写 \d+ 个“上年结转”单元格/).waitFor();
    const after = await page.evaluate(() => (window as unknown as { __excelDouble: { snapshot(): { sheets: { name: string; cells: Record<string, { value: unknown }> }[]; settings: Record<string, unknown> } } }).__excelDouble.snapshot());
    const t3 = after.sheets.find((s) => s.name === '表三 依申请公开')!;
    expect(t3.cells.D8.value).toBe(seed.cells['applications.carriedForward.naturalPerson']);
    expect(t3.cells.E8.value).toBe(seed.cells['applications.carriedForward.commercial']);
    expect(after.settings['nianbao.previous']).toMatchObject({
      source: '粘贴的文字',
      data: { year: 2024, agency: '秦都区' },
      // Its section 五's problems, offered next year for 上年度问题整改情况.
      problems: ['信息公开领域还有待进一步加强', '信息公开的时效性有待加强,不断增强信息及时性'],
    });
    expect(errors).toEqual([]);
    await page.close();
  });

  it('says plainly when it is of this year or another agency, and offers nothing to fill until the clerk confirms', async () => {
    const seed = loadSeeds().find((s) => s.name.startsWith('002'))!; // 秦都区, 2024
    const text = fs.readFileSync(path.join(SEEDS_DIR, seed.file), 'utf8');
    const page = await rig.browser.newPage({ viewport: { width: 320, height: 1000 }, locale: 'zh-CN' });
    await routeOffice(page, rig.doubleBundle);
    await page.goto(`${rig.server.url}/taskpane.html`);
    await page.getByLabel('报告年度').fill('2024');
    await page.getByLabel('机关名称').fill('某某县人民政府办公室');
    await page.getByRole('button', { name: '插入年报工作表' }).click();
    await page.getByText('已插入 5 张工作表').waitFor();

    await page.getByRole('tab', { name: '上年报告' }).click();
    await page.getByLabel('或粘贴上年年报全文').fill(text);
    await page.getByRole('button', { name: '识别', exact: true }).click();
    const warning = page.getByRole('alert', { name: '这可能不是本机关上一年度的报告' });
    await warning.getByText('这可能不是本机关上一年度的报告').waitFor();
    await warning.getByText('上年报告是 2024 年度的，本报告为 2024 年度，上年报告应为 2023 年度。').waitFor();
    await warning.getByText('上年报告的机关是“秦都区”，本报告的机关是“某某县人民政府办公室”。').waitFor();
    await page.screenshot({ path: path.join(shots, 'taskpane-previous-mismatch.png'), fullPage: true });
    // Nothing to save as it is, nothing to fill.
    await expect(page.getByRole('button', { name: '保存为上年数据' }).count()).resolves.toBe(0);
    await expect(page.getByRole('button', { name: '用上年数据填写本年“上年结转”' }).count()).resolves.toBe(0);
    const settings = () => page.evaluate(() => (window as unknown as { __excelDouble: { snapshot(): { settings: Record<string, unknown> } } }).__excelDouble.snapshot().settings);
    expect((await settings())['nianbao.previous']).toBeUndefined();

    // The clerk knows better (say, the office was renamed): confirmed, it is kept so and offered.
    await warning.getByRole('button', { name: '确是本机关上年报告，保存' }).click();
    await page.getByText(/已保存为上年数据/).waitFor();
    expect((await settings())['nianbao.previous']).toMatchObject({ confirmed: true, data: { year: 2024 } });
    await page.getByRole('button', { name: '用上年数据填写本年“上年结转”' }).click();
    await page.getByRole('alertdialog', { name: '确认填写上年结转' }).waitFor();
    await page.close();
  });
});

describe('a PDF in the 上年报告 tab', () => {
  it('reads last year’s published PDF with pdf.js in the pane, fetched only then, its worker served by us', async () => {
    const pdf = path.join(ROOT, 'tests/fixtures/corpus/01_hongze_2023.pdf');
    const page = await rig.browser.newPage({ viewport: { width: 320, height: 1000 }, locale: 'zh-CN' });
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(String(e)));
    const fetched: string[] = [];
    page.on('request', (r) => fetched.push(new URL(r.url()).pathname));
    await routeOffice(page, rig.doubleBundle);
    await page.goto(`${rig.server.url}/taskpane.html`);
    // This workbook is 洪泽区's 2024 report: the 2023 PDF is its last year's (another year or agency is warned of, as for text).
    await page.getByLabel('报告年度').fill('2024');
    await page.getByLabel('机关名称').fill('洪泽区人民政府');
    await page.getByRole('button', { name: '插入年报工作表' }).click();
    await page.getByText('已插入 5 张工作表').waitFor();
    await page.getByRole('tab', { name: '上年报告' }).click();
    // Nothing of pdf.js before a PDF is chosen.
    expect(fetched.filter((f) => /pdfjs|pdf-read/.test(f))).toEqual([]);

    await page.getByLabel('选择上年年报文件').setInputFiles(pdf);
    await page.getByText('机关：洪泽区人民政府').waitFor({ timeout: 60000 });
    await page.getByText('年度：2023').waitFor();
    await page.getByText('章节 6/6；读出 186/186 个单元格').waitFor();
    await page.getByText(/“（六）其他处理”只有一行/).waitFor();
    await page.screenshot({ path: path.join(shots, 'taskpane-previous-pdf.png'), fullPage: true });
    expect(fetched.some((f) => /pdfjs\.[0-9a-f]+\.js$/.test(f))).toBe(true);
    // Every request went to our own server: no CDN.
    expect(fetched.every((f) => !/^https?:/.test(f))).toBe(true);
    expect(errors).toEqual([]);

    await page.getByRole('button', { name: '保存为上年数据' }).click();
    await page.getByText(/已保存为上年数据/).waitFor();
    const saved = await page.evaluate(() => (window as unknown as { __excelDouble: { snapshot(): { settings: Record<string, { data: { cells: Record<string, unknown> } }> } } }).__excelDouble.snapshot().settings['nianbao.previous']);
    expect(saved.data.cells['applications.carriedForward.total']).toBe(0);
    await page.close();
  });

  it('warns of a PDF of another agency as of pasted text, and saves nothing until the clerk confirms', async () => {
    const pdf = path.join(ROOT, 'tests/fixtures/corpus/01_hongze_2023.pdf');
    const page = await rig.browser.newPage({ viewport: { width: 320, height: 1000 }, locale: 'zh-CN' });
    await routeOffice(page, rig.doubleBundle);
    await page.goto(`${rig.server.url}/taskpane.html`);
    await page.getByLabel('报告年度').fill('2024');
    await page.getByLabel('机关名称').fill('某某县人民政府办公室');
    await page.getByRole('button', { name: '插入年报工作表' }).click();
    await page.getByText('已插入 5 张工作表').waitFor();
    await page.getByRole('tab', { name: '上年报告' }).click();
    await page.getByLabel('选择上年年报文件').setInputFiles(pdf);
    const warning = page.getByRole('alert', { name: '这可能不是本机关上一年度的报告' });
    await warning.getByText('上年报告的机关是“洪泽区人民政府”，本报告的机关是“某某县人民政府办公室”。').waitFor({ timeout: 60000 });
    await expect(page.getByRole('button', { name: '保存为上年数据' }).count()).resolves.toBe(0);
    await page.close();
  });
});
