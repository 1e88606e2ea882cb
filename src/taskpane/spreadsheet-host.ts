import type { SpreadsheetPort } from '../port';
import { createWpsPort, findWpsApplication } from '../wps';

/**
 * Which spreadsheet the one pane bundle runs in, decided at start: WPS 表格 (its object model is on
 * the page as `window.Application` / `wps.EtApplication()`, and office.js is not), Excel (office.js
 * is on the page; `host.ts` then checks it is ready and new enough), or neither (a plain browser).
 * WPS is looked for first: WPS's browser has no `Office`, but a page could define both.
 */
export type SpreadsheetHost = { kind: 'wps'; port: SpreadsheetPort } | { kind: 'office' } | { kind: 'browser' };

export function findSpreadsheetHost(scope: unknown = globalThis): SpreadsheetHost {
  const wps = findWpsApplication(scope);
  if (wps) return { kind: 'wps', port: createWpsPort(wps) };
  const office = (scope as { Office?: { onReady?: unknown } }).Office;
  if (office && typeof office.onReady === 'function') return { kind: 'office' };
  return { kind: 'browser' };
}
