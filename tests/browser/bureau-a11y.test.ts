import * as fs from 'fs';
import * as path from 'path';
import type { Browser, Page } from 'playwright-core';
import { announcements, danglingReferences, focused, recordAnnouncements, runAxe, settle, type AxeViolation } from './a11y';
import { ensureWebBuild, launchChromium, serveWeb } from './harness';
import { SEEDS_DIR, tempDir } from '../support/seeds';

/**
 * The 政务公开办's page for someone who works with the keyboard or a screen reader: axe-core over each
 * state (empty, rows, an agency's findings, 汇总表, 本级核对, refused, duplicates), the findings panel
 * opened and closed by keyboard with the focus returned, and the news announced in a live region.
 */

const shots = tempDir('browser-bureau-a11y');
const S000 = '000_08508a3c99ea3aa7.txt'; // 市中区人民政府办公室, 2024, 2021 format
const S001 = '001_3d92076ac9f1ca50.txt'; // 市中区综合行政执法局, 2019 format
const S002 = '002_073bf38150bd80e7.txt'; // 秦都区, 2024, 2021 format

let browser: Browser;
let server: { url: string; close(): Promise<void> };

beforeAll(async () => {
  ensureWebBuild();
  server = await serveWeb();
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

async function openPage(): Promise<{ page: Page; errors: string[] }> {
  const page = await browser.newPage({ viewport: { width: 1280, height: 900 }, locale: 'zh-CN' });
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(String(e)));
  await page.goto(`${server.url}/bureau.html`);
  await page.getByText('把各单位的年报文件拖到这里').waitFor();
  return { page, errors };
}

/** Gives the files to the page through its file input, as 选择文件… does. */
async function choose(page: Page, files: { seed: string; as?: string }[]): Promise<void> {
  await page.getByTestId('file-input').setInputFiles(files.map((f) => ({ name: f.as ?? f.seed, mimeType: 'text/plain', buffer: fs.readFileSync(path.join(SEEDS_DIR, f.seed)) })));
  await page.getByTestId('agency-row').nth(files.length - 1).waitFor({ timeout: 60_000 });
  await page.getByText(/正在读取/).waitFor({ state: 'detached', timeout: 60_000 });
}

const found: { state: string; violations: AxeViolation[] }[] = [];

async function visit(page: Page, state: string): Promise<void> {
  await settle(page);
  found.push({ state, violations: [...(await runAxe(page)), ...(await danglingReferences(page))] });
  await page.screenshot({ path: path.join(shots, `${found.length.toString().padStart(2, '0')}-${state}.png`), fullPage: true });
}

/** Presses Tab until `target` has the focus; fails when it is not reached in `limit` presses. */
async function tabTo(page: Page, target: RegExp, limit = 60): Promise<void> {
  for (let i = 0; i < limit; i++) {
    await page.keyboard.press('Tab');
    if (target.test(await focused(page))) return;
  }
  throw new Error(`${target} not reached by Tab; focus on ${await focused(page)}`);
}

describe('the 政务公开办 page, accessible', () => {
  it('has no axe violations in any state, is worked by keyboard, and announces its news', async () => {
    const { page, errors } = await openPage();
    await visit(page, '空白');
    await recordAnnouncements(page);

    await choose(page, [{ seed: S000 }, { seed: S002 }]);
    await page.getByText(/已读取 2 个文件/).waitFor();
    const said = (await announcements(page)).join(' | ');
    expect(said).toMatch(/已读取 2 个文件/);
    expect(said).toMatch(/可以汇总/);
    await visit(page, '分单位情况');

    // Keyboard only: Tab to 查看, Enter opens the findings with the focus in them, Escape closes and returns it.
    await page.locator('body').focus();
    await tabTo(page, /查看 秦都区 的问题/);
    await page.keyboard.press('Enter');
    await page.getByTestId('agency-findings').waitFor();
    expect(await page.evaluate(() => !!document.activeElement?.closest('[data-testid=agency-findings]'))).toBe(true);
    await visit(page, '查看单位问题');
    await page.keyboard.press('Escape');
    await page.getByTestId('agency-findings').waitFor({ state: 'detached' });
    expect(await focused(page)).toMatch(/查看 秦都区 的问题/);
    // 关闭 by keyboard returns the focus too.
    await page.keyboard.press('Enter');
    await page.getByTestId('agency-findings').waitFor();
    await tabTo(page, /关闭/);
    await page.keyboard.press('Enter');
    await page.getByTestId('agency-findings').waitFor({ state: 'detached' });
    expect(await focused(page)).toMatch(/查看 秦都区 的问题/);

    // Every action by Tab: the downloads, the tabs, the filters, sorting, removing.
    await page.locator('body').focus();
    for (const action of [/选择文件…/, /选择文件夹…/, /下载汇总工作簿/, /下载审核意见/, /全部清空/, /分单位情况/, /按问题筛选|全部单位/, /全部规则/, /单位（文件），点击排序/, /设为本级|本级/, /移除 000/]) {
      await tabTo(page, action);
    }
    await page.locator('body').focus();
    await tabTo(page, /分单位情况/);
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('Enter');
    await page.getByTestId('summary-tables').waitFor();
    await visit(page, '汇总表');

    // 本级 against the others: marked by keyboard, its tab shows each cell's verdict.
    await page.getByRole('tab', { name: /分单位情况/ }).click();
    await page.getByRole('button', { name: '设为本级：市中区人民政府办公室' }).focus();
    await page.keyboard.press('Enter');
    expect(await page.getByRole('button', { name: '设为本级：市中区人民政府办公室' }).getAttribute('aria-pressed')).toBe('true');
    expect((await announcements(page)).join(' | ')).toMatch(/本级/);
    await page.getByRole('tab', { name: '本级与下级核对' }).click();
    await page.getByTestId('parent-comparison').waitFor();
    await visit(page, '本级与下级核对');
    expect(errors).toEqual([]);
    await page.close();
  });

  it('refused and duplicate states are announced and pass axe', async () => {
    const { page, errors } = await openPage();
    await recordAnnouncements(page);
    await choose(page, [{ seed: S000 }, { seed: S001 }]);
    await page.getByTestId('summary-blocked').waitFor();
    expect((await announcements(page)).join(' | ')).toMatch(/格式版本不同/);
    await visit(page, '格式不同不汇总');
    await page.getByRole('button', { name: '全部清空' }).click();
    await choose(page, [{ seed: S002 }, { seed: S002, as: '秦都区（重报）.txt' }]);
    await page.getByTestId('duplicates').waitFor();
    expect((await announcements(page)).join(' | ')).toMatch(/秦都区（重报）\.txt/);
    await visit(page, '同一单位两个文件');
    expect(errors).toEqual([]);
    await page.close();
  });

  it('found no axe violations in any of those states', () => {
    // One list of every state's violations, so a failure shows them all at once.
    expect(found.map((f) => f.state)).toHaveLength(7);
    expect(found.filter((f) => f.violations.length)).toEqual([]);
  });
});
