import * as path from 'path';
import type { Page } from 'playwright-core';
import { buildWorkbookPlan, cellAddress, getFormat, REPORT_SHEET_TITLE, SAMPLE_REPORT } from '../../src/core';
import type { Typed } from './a11y';
import { buildDoubleBundle, ensureWebBuild, launchChromium, routeWps, serveWeb } from './harness';
import { tempDir } from '../support/seeds';
import type { Browser } from 'playwright-core';

/**
 * The same pane bundle in WPS 表格: the production build in Chromium at 320 px, with the WPS double
 * where WPS's embedded browser puts its object model, and office.js never loaded. The clerk's whole
 * journey: insert → type → 校验 → click a finding → 生成报告.
 */
const shots = tempDir('browser-wps');
let browser: Browser;
let server: { url: string; close(): Promise<void> };
let wpsBundle: string;

beforeAll(async () => {
  ensureWebBuild();
  wpsBundle = await buildDoubleBundle('wps');
  server = await serveWeb();
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
});

type Snapshot = { sheets: { name: string; cells: Record<string, { value: unknown; formula?: string }> }[]; names: Record<string, string> };

async function openInWps(style: 'property' | 'method' = 'property'): Promise<{ page: Page; errors: string[]; elsewhere: string[] }> {
  const page = await browser.newPage({ viewport: { width: 320, height: 900 }, locale: 'zh-CN' });
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(String(e)));
  await page.addInitScript((s) => ((window as unknown as { __wpsStyle: string }).__wpsStyle = s), style);
  const elsewhere = await routeWps(page, wpsBundle);
  await page.goto(`${server.url}/taskpane.html`);
  await page.getByRole('button', { name: '插入年报工作表' }).waitFor();
  return { page, errors, elsewhere };
}

function snapshot(page: Page): Promise<Snapshot> {
  return page.evaluate(() => (window as unknown as { __wpsDouble: { snapshot(): Snapshot } }).__wpsDouble.snapshot());
}

/** A clerk typing into cells in WPS: through the double, which raises SheetChange as WPS does. */
async function type(page: Page, cells: { sheet: string; address: string; value: Typed }[]): Promise<void> {
  await page.evaluate((list) => {
    const d = (window as unknown as { __wpsDouble: { type(sheet: string, address: string, value: string | number): void } }).__wpsDouble;
    for (const c of list) d.type(c.sheet, c.address, c.value ?? '');
  }, cells);
}

/** The sample's tables, as typed cells of the 2024 workbook, changed by `overrides`. */
function sampleCells(overrides: Record<string, Typed>): { sheet: string; address: string; value: Typed }[] {
  const plan = buildWorkbookPlan({ year: 2024 });
  const format = getFormat('2021');
  return Object.entries({ ...SAMPLE_REPORT.cells, ...overrides })
    .filter(([id]) => !format.cellById.get(id)!.sumOf)
    .map(([id, value]) => {
      const at = plan.addressOf.get(id)!;
      return { sheet: at.sheet, address: cellAddress(at.row, at.col), value };
    });
}

function selection(page: Page): Promise<{ sheet: string; address: string } | null> {
  return page.evaluate(() => (window as unknown as { __wpsDouble: { store: { selection: { sheet: string; address: string } | null } } }).__wpsDouble.store.selection);
}

describe('task pane in WPS 表格 (against the WPS double)', () => {
  it.each(['property', 'method'] as const)(
    'with zero-argument members as %s: insert → type → 校验 → click a finding → 生成报告, and office.js is never loaded',
    async (style) => {
      const { page, errors, elsewhere } = await openInWps(style);
      expect(await page.evaluate(() => typeof (window as unknown as { Office?: unknown }).Office)).toBe('undefined');
      expect(await page.locator('script#office-js').count()).toBe(0);

      // Insert.
      await page.getByLabel('报告年度').fill('2024');
      await page.getByLabel('机关名称').fill(SAMPLE_REPORT.agency!);
      await page.getByRole('button', { name: '插入年报工作表' }).click();
      await page.getByText('已插入 5 张工作表').waitFor();
      let snap = await snapshot(page);
      expect(snap.sheets.map((s) => s.name)).toEqual(['Sheet1', '基本信息', '表二 主动公开', '表三 依申请公开', '表四 复议诉讼', '正文素材']);
      expect(snap.sheets.find((s) => s.name === '基本信息')!.cells.B4.value).toBe(SAMPLE_REPORT.agency);
      expect(snap.names.NB_T3).toBe("'表三 依申请公开'!A4:J31");
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
      if (style === 'property') await page.screenshot({ path: path.join(shots, 'wps-inserted.png') });

      // Type the tables, one cell with a unit typed into it.
      const cells = sampleCells({ 'applications.newReceived.naturalPerson': '117件' });
      await type(page, cells);

      // 校验: the finding names the cell; clicking it selects the cell in WPS.
      await page.getByRole('tab', { name: '校验' }).click();
      await page.getByRole('button', { name: '校验', exact: true }).click();
      const finding = page.getByRole('button', { name: /^错误 空白或非数字 表三 D7：.*“117件”/ });
      await finding.waitFor();
      if (style === 'property') await page.screenshot({ path: path.join(shots, 'wps-findings.png') });
      await finding.click();
      await page.waitForFunction(() => {
        const s = (window as unknown as { __wpsDouble: { store: { selection: { sheet: string; address: string } | null } } }).__wpsDouble.store.selection;
        return s?.address === 'D7';
      });
      expect(await selection(page)).toEqual({ sheet: '表三 依申请公开', address: 'D7' });

      // The clerk corrects the cell; validating again finds no error.
      const d7 = cells.find((c) => c.sheet === '表三 依申请公开' && c.address === 'D7')!;
      await type(page, [{ ...d7, value: SAMPLE_REPORT.cells['applications.newReceived.naturalPerson'] as number }]);
      await page.getByRole('button', { name: '校验', exact: true }).click();
      await finding.waitFor({ state: 'detached' });
      await expect(page.getByRole('button', { name: /^错误 / }).count()).resolves.toBe(0);

      // 生成报告 writes 报告正文 into the workbook.
      await page.getByRole('tab', { name: '生成报告' }).click();
      await page.getByRole('button', { name: '生成报告', exact: true }).click();
      await page.getByTestId('report-preview').waitFor();
      await page.getByText(/^报告已写入工作表/).waitFor();
      snap = await snapshot(page);
      const report = snap.sheets.find((s) => s.name === REPORT_SHEET_TITLE)!;
      expect(report).toBeDefined();
      const text = Object.values(report.cells).map((c) => String(c.value ?? '')).join('\n');
      expect(text).toContain(SAMPLE_REPORT.agency!);
      expect(text).toContain('2024年');
      if (style === 'property') await page.screenshot({ path: path.join(shots, 'wps-generated.png') });

      expect(elsewhere.filter((u) => /office/i.test(u))).toEqual([]);
      expect(errors).toEqual([]);
      await page.close();
    },
  );
});
