/* eslint-disable @typescript-eslint/no-explicit-any */
/** The globals: `Excel` (run, RequestContext, enums) and the parts of `Office` an add-in uses. */

import './api';
import { DoubleContext } from './context';
import { EXCEL_ENUMS } from './enums';
import { MESSAGES, OfficeError } from './errors';
import { clone } from './model';
import { ExcelDouble } from './workbook';

export interface InstalledDouble {
  double: ExcelDouble;
  uninstall(): void;
}

/**
 * Defines `Excel` (`run`, `RequestContext`, the string enums) and the parts of `Office` an add-in
 * uses: `onReady`, `HostType`, `AsyncResultStatus`, `context.requirements.isSetSupported` (from
 * `double.requirementSets`, ExcelApi 1.8 by default) and `context.document.settings`. Installing
 * again on the same double is reopening the workbook: settings read back as last saved.
 */
export function installExcelDouble(double: ExcelDouble = new ExcelDouble()): InstalledDouble {
  const g = globalThis as any;
  const previous = { Excel: g.Excel, Office: g.Office, OfficeExtension: g.OfficeExtension };
  class RequestContext extends DoubleContext {
    constructor() {
      super(double);
    }
  }
  g.Excel = { ...EXCEL_ENUMS, run: (...args: any[]) => runBatch(double, args), RequestContext };

  // Settings live in the session until saveAsync writes them into the workbook (values as JSON).
  const session = new Map([...double.settings].map(([k, v]) => [k, clone(v)]));
  const settings = {
    get: (name: string) => (session.has(name) ? session.get(name) : null),
    set: (name: string, value: unknown) => void session.set(name, value),
    remove: (name: string) => void session.delete(name),
    saveAsync: (options?: any, callback?: (result: any) => void) => {
      const cb = typeof options === 'function' ? options : callback;
      const asyncContext = typeof options === 'object' ? options?.asyncContext : undefined;
      // Like Office: a failed save writes nothing, and what was set stays in memory.
      const size = new TextEncoder().encode(JSON.stringify(Object.fromEntries(session))).length;
      const failure = double.failSettingsSaves ?? (size > double.settingsLimitBytes ? 'The settings exceed the maximum size allowed.' : null);
      if (!failure) {
        double.settings.clear();
        for (const [k, v] of session) double.settings.set(k, clone(v));
      }
      const outcome = failure
        ? { status: 'failed', value: undefined, error: { code: 5001, name: 'Internal Error', message: failure }, asyncContext }
        : { status: 'succeeded', value: undefined, error: null, asyncContext };
      if (cb) void Promise.resolve().then(() => cb(outcome));
    },
  };
  g.Office = {
    ...(previous.Office ?? {}),
    onReady: (callback?: (info: unknown) => void) => {
      const info = { host: 'Excel', platform: 'OfficeOnline' };
      callback?.(info);
      return Promise.resolve(info);
    },
    HostType: { Excel: 'Excel', Word: 'Word', PowerPoint: 'PowerPoint', Outlook: 'Outlook', OneNote: 'OneNote', Project: 'Project', Access: 'Access' },
    AsyncResultStatus: { Succeeded: 'succeeded', Failed: 'failed' },
    context: {
      host: 'Excel',
      get platform() {
        return double.platform;
      },
      requirements: { isSetSupported: (name: string, version?: string) => double.supports(name, version) },
      ui: {
        // Like Excel: only where OpenBrowserWindowApi 1.1 is supported (Windows, Mac, iPad), not on the web.
        openBrowserWindow: (url: string) => {
          if (!double.supports('OpenBrowserWindowApi', '1.1')) throw new OfficeError('ApiNotFound', 'The method openBrowserWindow is part of the OpenBrowserWindowApi 1.1 requirement set, which is not available here.');
          double.openedBrowserWindows.push(String(url));
        },
      },
      document: { settings },
    },
  };
  // Node only: in a browser office.js brings its own OfficeExtension, which must stay intact.
  if (!('window' in globalThis) && !previous.OfficeExtension) g.OfficeExtension = { Error: OfficeError, ErrorCodes: EXCEL_ENUMS.ErrorCodes };
  return {
    double,
    uninstall() {
      g.Excel = previous.Excel;
      g.Office = previous.Office;
      g.OfficeExtension = previous.OfficeExtension;
    },
  };
}

/** Excel.run(batch), Excel.run(object | objects | context | options, batch). */
export async function runBatch(double: ExcelDouble, args: any[]): Promise<unknown> {
  const batch = args[args.length - 1];
  if (typeof batch !== 'function') throw new OfficeError('InvalidArgument', `${MESSAGES.InvalidArgument} [Excel.run needs a batch function]`);
  const ctx = (args.length > 1 && contextOf(args[0])) || new DoubleContext(double);
  const pending = batch(ctx);
  if (!pending || typeof pending.then !== 'function') {
    throw new OfficeError(
      'RunMustReturnPromise',
      'The batch function passed to the ".run" method didn\'t return a promise. The function must return a promise, so that any automatically-tracked objects can be released at the completion of the batch operation. Typically, you return a promise by returning the response from "context.sync()".',
    );
  }
  const value = await pending;
  if (ctx.pending > 0) await ctx.sync(); // what the batch left queued; no round trip when nothing is
  return value;
}

export function contextOf(x: any): DoubleContext | undefined {
  if (x instanceof DoubleContext) return x;
  if (Array.isArray(x)) return contextOf(x[0]);
  if (x && typeof x === 'object') return x.context instanceof DoubleContext ? x.context : x.previousObjects ? contextOf(x.previousObjects) : undefined;
  return undefined;
}
