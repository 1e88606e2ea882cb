import * as fs from 'fs';
import * as path from 'path';
import type { Browser, Page } from 'playwright-core';
import ExcelJS from 'exceljs';
import { buildReportDocument, buildWorkbookPlan, cellPlaceNamer, getFormat, SAMPLE_REPORT, type CellData } from '../../src/core';
import { docxToText } from '../../src/docx/read';
import { reportDocx } from '../../src/docx/write';
import { readReportFile, writeReportFile } from '../../src/xlsx';
import { nianbao } from '../support/cli';
import { ROOT, SEEDS_DIR, tempDir } from '../support/seeds';
import { ensureWebBuild, launchChromium, serveWeb } from './harness';

/**
 * The 政务公开办's page (bureau.html) in Chromium with the fixtures' real reports (four texts, one
 * PDF), workbooks of ours, a Word report and a workbook that is no report: rows, findings, filters,
 * and the downloaded 汇总 workbook against `nianbao summarize` on the same files.
 */

const out = tempDir('browser-bureau');
const files = path.join(out, 'files');
const CORPUS = path.join(ROOT, 'tests/fixtures/corpus');
const NEW = 'applications.newReceived.naturalPerson';
const DISCLOSED = 'applications.disclosed.naturalPerson';

const seeds = ['000_08508a3c99ea3aa7.txt', '002_073bf38150bd80e7.txt', '003_b87e4db93de93761.txt', '004_32c2d63033fa8ad9.txt'];
const workbook = path.join(files, '甲镇.xlsx');
const broken = path.join(files, '乙街道（有错）.xlsx');
const word = path.join(files, '丙乡.docx');
const pdf = path.join(files, '02_hongze_2024.pdf');
const ledger = path.join(files, 'ledger-chart-image-pivot.xlsx');
const county = path.join(files, '某县（本级）.xlsx');

let browser: Browser;
let server: { url: string; close(): Promise<void> };

beforeAll(async () => {
  ensureWebBuild();
  fs.mkdirSync(files, { recursive: true });
  for (const seed of seeds) fs.copyFileSync(path.join(SEEDS_DIR, seed), path.join(files, seed));
  fs.copyFileSync(path.join(CORPUS, '02_hongze_2024.pdf'), pdf);
  fs.copyFileSync(path.join(ROOT, 'tests/fixtures/workbooks/ledger-chart-image-pivot.xlsx'), ledger);
  // The sample's input cells: the workbooks' totals are their own formulas.
  const format = getFormat(SAMPLE_REPORT.format);
  const inputs: CellData = Object.fromEntries(Object.entries(SAMPLE_REPORT.cells).filter(([id]) => !format.cellById.get(id)?.sumOf));
  await writeReportFile(workbook, { ...SAMPLE_REPORT, agency: '甲镇人民政府', cells: inputs });
  // 乙街道: 5 more new applications than it concluded and carried: an error of table 三's balance.
  await writeReportFile(broken, { ...SAMPLE_REPORT, agency: '乙街道办事处', cells: { ...inputs, [NEW]: (inputs[NEW] as number) + 5 } });
  // 丙乡 publishes its report as Word: 2 more applications, both disclosed.
  const bing = path.join(out, '丙乡.xlsx');
  await writeReportFile(bing, { ...SAMPLE_REPORT, agency: '丙乡人民政府', cells: { ...inputs, [NEW]: (inputs[NEW] as number) + 2, [DISCLOSED]: (inputs[DISCLOSED] as number) + 2 } });
  fs.writeFileSync(word, await reportDocx(buildReportDocument((await readReportFile(bing)).data)));
  // 本级 that 汇总s 甲镇 and 乙街道, but states 3 more disclosed than they do.
  const twice = Object.fromEntries(Object.entries(inputs).map(([id, v]) => [id, typeof v === 'number' ? v * 2 : v]));
  await writeReportFile(county, { ...SAMPLE_REPORT, agency: '某县人民政府', cells: { ...twice, [NEW]: (twice[NEW] as number) + 5, [DISCLOSED]: (twice[DISCLOSED] as number) + 3 } });
  server = await serveWeb();
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

/** Drops files on the drop zone as the browser does: a DataTransfer with Files in a drop event. */
async function drop(page: Page, paths: string[]): Promise<void> {
  const payload = paths.map((p) => ({ name: path.basename(p), data: fs.readFileSync(p).toString('base64') }));
  const transfer = await page.evaluateHandle((list) => {
    const dt = new DataTransfer();
    for (const f of list) dt.items.add(new File([Uint8Array.from(atob(f.data), (c) => c.charCodeAt(0))], f.name));
    return dt;
  }, payload);
  await page.dispatchEvent('[data-testid=drop-zone]', 'drop', { dataTransfer: transfer });
}

async function openPage(): Promise<{ page: Page; errors: string[] }> {
  const page = await browser.newPage({ viewport: { width: 1280, height: 900 }, locale: 'zh-CN', acceptDownloads: true });
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(String(e)));
  // Nothing leaves the machine: any request to another host fails the test.
  await page.route(/^https?:\/\//, (route) => (new URL(route.request().url()).hostname === '127.0.0.1' ? route.continue() : (errors.push(`request to ${route.request().url()}`), route.abort())));
  await page.goto(`${server.url}/bureau.html`);
  return { page, errors };
}

/** A row's cells after the agency: 错误, 警告, 无法判断, 新收申请, 办结, 结转, 复议, 诉讼. */
function columns(row: string): string[] {
  const words = row.split(' ');
  const end = words.lastIndexOf('查看');
  return words.slice(end - 8, end);
}

async function rowsOf(page: Page): Promise<string[]> {
  return page.getByTestId('agency-row').evaluateAll((rows) => rows.map((r) => (r as HTMLElement).innerText.replace(/\s+/g, ' ')));
}

describe('the 政务公开办 page', () => {
  it('reads dropped workbooks and reports into one row each, shows findings, and downloads the 汇总 that nianbao summarize writes', async () => {
    const { page, errors } = await openPage();
    const all = [...seeds.map((s) => path.join(files, s)), pdf, workbook, broken, word, ledger];
    await drop(page, all);
    await page.getByTestId('agency-row').nth(all.length - 1).waitFor({ timeout: 60_000 });
    await page.getByText(/正在读取/).waitFor({ state: 'detached', timeout: 60_000 });
    const rows = await rowsOf(page);
    expect(rows).toHaveLength(all.length);
    for (const name of ['市中区人民政府办公室', '秦都区', '泰安市泰山区行政审批服务局', '中站区人民政府办公室', '淮安市洪泽区人民政府', '甲镇人民政府', '乙街道办事处', '丙乡人民政府']) {
      expect(rows.filter((r) => r.startsWith(name))).toHaveLength(1);
    }
    // The ledger is no report: its row says why, and the 汇总 waits until it is removed.
    expect(rows.find((r) => r.startsWith('ledger-chart-image-pivot.xlsx'))).toMatch(/无法读取/);
    await page.getByTestId('summary-blocked').getByText(/汇总不能缺单位/).waitFor();
    expect(await page.getByRole('button', { name: '下载汇总工作簿（.xlsx）' }).isDisabled()).toBe(true);
    await page.getByRole('button', { name: '移除 ledger-chart-image-pivot.xlsx' }).click();
    await page.getByTestId('summary-blocked').waitFor({ state: 'detached' });

    // What nianbao summarize makes of the same files: the agencies and their counts, and the sums.
    const cli = await nianbao('summarize', ...all.filter((f) => f !== ledger), '--json');
    expect(cli.code).toBe(0);
    const json = JSON.parse(cli.stdout) as { agencies: { agency: string; errors: number; warnings: number; notAssessable: number }[]; cells: Record<string, number | null>; notSummed: unknown[] };
    const after = await rowsOf(page);
    for (const a of json.agencies) {
      const row = after.find((r) => r.startsWith(a.agency))!;
      expect({ agency: a.agency, counts: columns(row).slice(0, 3).map(Number) }).toEqual({ agency: a.agency, counts: [a.errors, a.warnings, a.notAssessable] });
    }

    // A finding: 乙街道's table 三 does not balance, with its cell and the number that would fix it.
    await page.getByRole('button', { name: '查看 乙街道办事处 的问题' }).click();
    const findings = page.getByTestId('agency-findings');
    await findings.getByText('勾稽关系').first().waitFor();
    expect(await findings.getByTestId('finding').first().innerText()).toMatch(/错误[\s\S]*勾稽关系[\s\S]*表三 依申请公开 [A-Z]+\d+/);
    // And the PDF's: its text says 17 applications where table 三 has 95, named by its page.
    await page.getByRole('button', { name: '查看 淮安市洪泽区人民政府 的问题' }).click();
    await findings.getByText('正文与表格不符').first().waitFor();
    expect(await findings.innerText()).toMatch(/第 \d+ 页/);

    // Filters: only the agencies with errors; then by rule family.
    await page.getByRole('combobox', { name: '按问题筛选' }).click();
    await page.getByRole('option', { name: '有错误的' }).click();
    expect(await page.getByTestId('agency-row').count()).toBe(json.agencies.filter((a) => a.errors > 0).length);
    await page.getByRole('combobox', { name: '按问题筛选' }).click();
    await page.getByRole('option', { name: '全部单位' }).click();
    await page.getByRole('combobox', { name: '按规则类别筛选' }).click();
    await page.getByRole('option', { name: '编辑问题（E）' }).click();
    const editorial = await rowsOf(page);
    expect(editorial.length).toBeGreaterThan(0);
    expect(editorial.length).toBeLessThan(json.agencies.length);
    await page.getByRole('combobox', { name: '按规则类别筛选' }).click();
    await page.getByRole('option', { name: '全部规则' }).click();

    // Sorting by 新收申请: largest first, a second click smallest first (a figure that is 无法判断 counts as least).
    const newReceived = async () => (await rowsOf(page)).map((r) => columns(r)[3]).map((v) => (v === '无法判断' ? -1 : Number(v)));
    await page.getByRole('button', { name: '新收申请，点击排序' }).click();
    const descending = await newReceived();
    expect(descending).toEqual([...descending].sort((a, b) => b - a));
    expect(new Set(descending).size).toBeGreaterThan(3);
    await page.getByRole('button', { name: '新收申请，点击排序' }).click();
    expect(await newReceived()).toEqual([...descending].sort((a, b) => a - b));
    await page.getByRole('button', { name: '错误，点击排序' }).click();

    await page.screenshot({ path: path.join(out, 'bureau.png'), fullPage: false });
    if (process.env.UPDATE_DOCS) fs.copyFileSync(path.join(out, 'bureau.png'), path.join(ROOT, 'docs/images/bureau.png'));

    // The 汇总 tables, with 无法判断 where some agency's cell is not a number.
    await page.getByRole('tab', { name: '汇总表' }).click();
    await page.getByTestId('summary-tables').waitFor();
    expect(await page.getByTestId('not-summed').innerText()).toContain(`未能汇总的单元格（${json.notSummed.length}）`);
    await page.screenshot({ path: path.join(out, 'bureau-summary.png'), fullPage: false });
    if (process.env.UPDATE_DOCS) fs.copyFileSync(path.join(out, 'bureau-summary.png'), path.join(ROOT, 'docs/images/bureau-summary.png'));

    // The downloaded 汇总 workbook holds what nianbao summarize computes, read back by the .xlsx reader.
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: '下载汇总工作簿（.xlsx）' }).click()]);
    const saved = path.join(out, download.suggestedFilename());
    await download.saveAs(saved);
    expect(download.suggestedFilename()).toBe(`2024年汇总（${json.agencies.length}个单位）.xlsx`);
    const back = await readReportFile(saved);
    expect(back.data.agency).toBe(`汇总（${json.agencies.length} 个单位）`);
    // Our reader computes a total that has no cached value itself: where the sum is 无法判断, what the
    // spreadsheet shows (the cached result of the formula) is looked at directly, and must be blank.
    const raw = new ExcelJS.Workbook();
    await raw.xlsx.readFile(saved);
    const addressOf = buildWorkbookPlan({ format: back.data.format }).addressOf;
    for (const [id, value] of Object.entries(json.cells)) {
      const at = addressOf.get(id)!;
      const shown = raw.getWorksheet(at.sheet)!.getCell(at.row + 1, at.col + 1).result;
      expect({ id, value: value === null ? (typeof shown === 'number' ? shown : null) : back.data.cells[id] }).toEqual({ id, value });
    }
    expect(Object.values(json.cells).filter((v) => typeof v === 'number').length).toBeGreaterThan(50);

    // The 审核意见: a .docx naming 乙街道 among what must be corrected.
    const [opinion] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: '下载审核意见（Word）' }).click()]);
    const opinionFile = path.join(out, 'opinion.docx');
    await opinion.saveAs(opinionFile);
    const text = await docxToText(fs.readFileSync(opinionFile));
    expect(text).toContain('关于2024年度政府信息公开工作年度报告的审核意见');
    expect(text).toMatch(/乙街道办事处[\s\S]*须改正的问题[\s\S]*勾稽关系/);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('warns when two files are one agency', async () => {
    const { page, errors } = await openPage();
    const again = path.join(files, '甲镇（重报）.xlsx');
    fs.copyFileSync(workbook, again);
    await drop(page, [workbook, again]);
    await page.getByTestId('duplicates').getByText(/甲镇人民政府：甲镇\.xlsx、甲镇（重报）\.xlsx/).waitFor({ timeout: 60_000 });
    expect(errors).toEqual([]);
    await page.close();
  });

  it('compares a file marked 本级 with the sum of the others, on the page and in the 审核意见', async () => {
    const { page, errors } = await openPage();
    await drop(page, [workbook, broken, county]);
    await page.getByTestId('agency-row').nth(2).waitFor({ timeout: 60_000 });
    await page.getByText(/正在读取/).waitFor({ state: 'detached', timeout: 60_000 });
    await page.getByRole('button', { name: '设为本级：某县人民政府' }).click();
    await page.getByRole('tab', { name: '本级与下级核对' }).click();
    // 新收申请 agrees (乙街道's 5 more are in 本级 too); 予以公开 is 3 more in 本级 than the two together.
    const cells = (await page.getByTestId('parent-cell').evaluateAll((rows) => rows.map((r) => (r as HTMLElement).innerText.replace(/\s+/g, ' ')))) as string[];
    const place = cellPlaceNamer(SAMPLE_REPORT.format);
    const both = 2 * (SAMPLE_REPORT.cells[DISCLOSED] as number);
    expect(cells.find((c) => c.startsWith(`${place(DISCLOSED)} `))).toBe(`${place(DISCLOSED)} ${both + 3} ${both} +3 不一致`);
    expect(cells.some((c) => c.startsWith(`${place(NEW)} `))).toBe(false);
    await page.getByLabel('审核意见落款（政务公开办名称）').fill('某县人民政府办公室');
    const [opinion] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: '下载审核意见（Word）' }).click()]);
    const saved = path.join(out, 'opinion-parent.docx');
    await opinion.saveAs(saved);
    const text = await docxToText(fs.readFileSync(saved));
    expect(text).toMatch(/本级报告与下级汇总核对[\s\S]*以某县人民政府的报告为本级，与其余 2 个单位之和逐格核对[\s\S]*差额 \+3。/);
    expect(text).toMatch(/某县人民政府办公室\s*\d{4}年\d{1,2}月\d{1,2}日\s*$/);
    await page.screenshot({ path: path.join(out, 'bureau-parent.png'), fullPage: false });
    expect(errors).toEqual([]);
    await page.close();
  });

  it('serves a clerk without the add-in: one workbook shows its findings and gives its report', async () => {
    const { page, errors } = await openPage();
    await drop(page, [broken]);
    await page.getByRole('button', { name: '查看 乙街道办事处 的问题' }).click({ timeout: 60_000 });
    await page.getByTestId('agency-findings').getByText('勾稽关系').first().waitFor();
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: '下载本单位年报（Word）' }).click()]);
    const saved = path.join(out, 'clerk.docx');
    await download.saveAs(saved);
    const text = await docxToText(fs.readFileSync(saved));
    expect(text).toMatch(/乙街道办事处\s*2024年政府信息公开工作年度报告/);
    // Made while its tables are wrong, it says so under its title.
    expect(text).toMatch(/草稿：表格尚有 \d+ 处错误/);
    expect(errors).toEqual([]);
    await page.close();
  });
});
