/**
 * Finding WPS 表格's object model, and reading members whose shape differs between WPS builds.
 *
 * A WPS 加载项 runs in WPS's embedded browser, where the ET application is `window.Application`
 * (documented) and, in builds that load WPS's `wps` bridge, also `wps.EtApplication()`. Office.js is
 * not there at all.
 */
import type { WpsApplication } from './types';

export function findWpsApplication(scope: unknown = globalThis): WpsApplication | null {
  const g = scope as { wps?: { EtApplication?: () => WpsApplication }; Application?: unknown };
  if (g.wps && typeof g.wps.EtApplication === 'function') return g.wps.EtApplication();
  // `in`, not a read: a missing member is not an error in WPS, but reading an unknown one could be.
  const app = g.Application;
  if (app && typeof app === 'object' && 'ActiveWorkbook' in app) return app as WpsApplication;
  return null;
}

/**
 * Some zero-argument members (Workbook.Sheets, Workbook.Names, Worksheet.UsedRange, Range.Address)
 * are properties in most WPS builds and methods in others; reading through here works with both.
 */
export function member<T>(owner: object, name: string): T {
  const value = (owner as Record<string, unknown>)[name];
  return (typeof value === 'function' ? (value as () => T).call(owner) : value) as T;
}
