/**
 * What the accessibility tests share: axe-core run in the page, where the focus is, and which texts
 * were announced (changed inside a live region that existed before the change).
 */
import * as fs from 'fs';
import type { Page } from 'playwright-core';
import { buildWorkbookPlan, cellAddress, getFormat, REPORT_SHEET_TITLE, SAMPLE_REPORT } from '../../src/core';

const AXE_SOURCE = fs.readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');

/** WCAG 2.0 A and AA, 2.1 A and AA, and axe's best practices. */
export const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'];

export interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  targets: string[];
}

/**
 * Runs axe-core over the whole page (dialogs render in portals outside the pane's root). Fluent's
 * focus helpers (`[data-tabster-dummy]`, invisible spans that keep Tab inside a dialog) are left out:
 * axe takes them for focusable elements without a name, a known false positive.
 */
export async function runAxe(page: Page): Promise<AxeViolation[]> {
  const present = await page.evaluate(() => 'axe' in window);
  // Evaluated through the DevTools protocol: the pane's Content-Security-Policy forbids inline scripts.
  if (!present) await page.evaluate(AXE_SOURCE);
  return page.evaluate(async (tags) => {
    type AxeResult = { violations: { id: string; impact: string | null; help: string; nodes: { target: string[] }[] }[] };
    const axe = (window as unknown as { axe: { run(context: unknown, options: unknown): Promise<AxeResult> } }).axe;
    const result = await axe.run({ include: [['html']], exclude: [['[data-tabster-dummy]']] }, { runOnly: { type: 'tag', values: tags }, resultTypes: ['violations'] });
    return result.violations.map((v) => ({ id: v.id, impact: v.impact, help: v.help, targets: v.nodes.map((n) => n.target.join(' ')) }));
  }, AXE_TAGS);
}

/**
 * `aria-labelledby` and `aria-describedby` that point at an id not in the page (axe lets one pass when the
 * element has a name of its own; a screen reader still looks for the missing one).
 */
export async function danglingReferences(page: Page): Promise<AxeViolation[]> {
  const found = await page.evaluate(() =>
    [...document.querySelectorAll('[aria-labelledby], [aria-describedby]')]
      .filter((el) => !el.closest('[data-tabster-dummy]'))
      .flatMap((el) =>
        ['aria-labelledby', 'aria-describedby'].flatMap((attr) =>
          (el.getAttribute(attr) ?? '')
            .split(/\s+/)
            .filter((id) => id && !document.getElementById(id))
            .map((id) => `${el.tagName.toLowerCase()}[${attr}=${id}] ${(el.textContent ?? '').trim().slice(0, 30)}`),
        ),
      ),
  );
  return found.length ? [{ id: 'dangling-idref', impact: 'serious', help: 'aria-labelledby or aria-describedby points at no element', targets: found }] : [];
}

/**
 * Waits until no finite animation runs: a dialog fading in or out is half transparent (axe measures its
 * contrast through the fade) and keeps the page aria-hidden until it is gone. Spinners run forever and
 * are not waited for.
 */
export async function settle(page: Page): Promise<void> {
  await page.waitForFunction(() =>
    document.getAnimations().every((a) => a.playState !== 'running' || a.effect?.getComputedTiming().iterations === Infinity),
  );
  await page.waitForTimeout(100);
}

/** The focused element, described: `body` when the focus was lost. */
export async function focused(page: Page): Promise<string> {
  return page.evaluate(() => {
    const el = document.activeElement;
    if (!el || el === document.body || el === document.documentElement) return 'body';
    const name = el.getAttribute('aria-label') ?? (el as HTMLElement).innerText ?? '';
    return `${el.tagName.toLowerCase()}${el.getAttribute('role') ? `[role=${el.getAttribute('role')}]` : ''} ${name.trim().slice(0, 40)}`.trim();
  });
}

/**
 * Starts recording announcements: each time the text inside a live region changes, the region's text
 * is recorded, but only if the region was in the page before that change (a region created together
 * with its text is not reliably announced by screen readers). Hidden regions (another tab) do not count.
 */
export async function recordAnnouncements(page: Page): Promise<void> {
  await page.evaluate(() => {
    const w = window as unknown as { __announced: string[]; __liveObserver?: MutationObserver };
    w.__announced = [];
    if (w.__liveObserver) return;
    const LIVE = '[aria-live]:not([aria-live="off"]), [role="status"], [role="alert"], [role="log"]';
    const known = new WeakSet<Element>();
    const remember = () => document.querySelectorAll(LIVE).forEach((el) => known.add(el));
    remember();
    const observer = new MutationObserver((mutations) => {
      const changed = new Set<Element>();
      for (const m of mutations) {
        const node = m.target.nodeType === Node.ELEMENT_NODE ? (m.target as Element) : m.target.parentElement;
        // The outermost pre-existing live region around the change speaks for it.
        let region: Element | null = null;
        for (let el = node; el; el = el.parentElement) if (el.matches(LIVE) && known.has(el)) region = el;
        // A region inside a hidden tab (display: none) has no boxes and says nothing.
        if (region && region.getClientRects().length > 0) changed.add(region);
      }
      for (const region of changed) {
        const text = (region.textContent ?? '').trim();
        if (text) w.__announced.push(text);
      }
      remember();
    });
    observer.observe(document.body, { subtree: true, childList: true, characterData: true });
    w.__liveObserver = observer;
  });
}

/** What was announced since `recordAnnouncements`; the record starts afresh. */
export async function announcements(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const w = window as unknown as { __announced: string[] };
    const said = w.__announced;
    w.__announced = [];
    return said;
  });
}

export type Typed = number | string | null;

/** Types the sample's tables into the inserted sheets, changed by `overrides`. */
export async function typeTables(page: Page, overrides: Record<string, Typed> = {}): Promise<void> {
  const plan = buildWorkbookPlan({ year: 2024 });
  const format = getFormat('2021');
  const bySheet: Record<string, Record<string, Typed>> = {};
  for (const [id, value] of Object.entries({ ...SAMPLE_REPORT.cells, ...overrides })) {
    if (format.cellById.get(id)!.sumOf) continue;
    const at = plan.addressOf.get(id)!;
    (bySheet[at.sheet] ??= {})[cellAddress(at.row, at.col)] = value;
  }
  await page.evaluate(async (cells) => {
    await (window as unknown as { Excel: typeof Excel }).Excel.run(async (context) => {
      for (const [sheet, byAddress] of Object.entries(cells))
        for (const [address, value] of Object.entries(byAddress)) context.workbook.worksheets.getItem(sheet).getRange(address).values = [[value ?? '']];
      await context.sync();
    });
  }, bySheet);
}

/** Rewrites a paragraph of 报告正文, found by its hidden paragraph ID, as a clerk would. */
export async function rewriteParagraph(page: Page, id: string, text: string): Promise<void> {
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
 * A clerk in a hurry: a unit typed into a cell, a blank, a 结转下年度 one too low, and fees in 元
 * rather than 万元 (a warning that can be explained, with a fix line).
 */
export const MISTAKES: Record<string, Typed> = {
  'applications.newReceived.naturalPerson': '117件',
  'review.pending': null,
  'applications.carriedForward.naturalPerson': 6,
  'active.fees.amount': 350000,
};
