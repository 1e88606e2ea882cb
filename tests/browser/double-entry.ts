/**
 * Browser entry for the Excel double, appended to office.js by the browser test.
 *
 * office.js keeps initialising after its first script: it loads a mapping table, copies the
 * members of `window.Office` onto `Microsoft.Office.WebExtension`, makes that object the new
 * `window.Office` and assigns its own `onReady`. So the double's members are pinned as accessors
 * (assignments to them are ignored) on the object office.js will adopt, and on `Excel`.
 */
import { ExcelDouble, installExcelDouble, type SeedSheet } from '../doubles/excel-double';

type Bag = Record<string, unknown>;
const w = window as unknown as Bag & { __doubleSeed?: SeedSheet[]; __doubleExcelApi?: string; __excelDouble?: ExcelDouble; Microsoft?: Bag };
w.__excelDouble = installExcelDouble(new ExcelDouble(w.__doubleSeed ?? [{ name: 'Sheet1' }], { excelApi: w.__doubleExcelApi })).double;

function pin(target: Bag, source: Bag, keys: string[]): void {
  for (const key of keys) {
    const value = source[key];
    Reflect.defineProperty(target, key, { configurable: false, enumerable: true, get: () => value, set: () => undefined });
  }
}

// office.js also defines `context` itself (with Object.defineProperty) and, outside Office, reports
// no requirement sets; the double plays the host here, so its `context` (requirement sets, document
// settings) stays, and office.js's attempts to define another are skipped.
const officeKeys = ['onReady', 'HostType', 'context'];
const office = w.Office as Bag;
const pinnedObjects = new Set<unknown>([office]);
const define = Object.defineProperty;
Object.defineProperty = function (target: object, key: PropertyKey, descriptor: PropertyDescriptor) {
  if (pinnedObjects.has(target) && officeKeys.includes(String(key))) return target;
  return define(target, key, descriptor);
} as typeof Object.defineProperty;
const microsoft = (w.Microsoft ??= {}) as Bag;
const namespace = (microsoft.Office ??= {}) as Bag;
const adopted = (namespace.WebExtension ??= {}) as Bag;
pinnedObjects.add(adopted);
pin(adopted, office, officeKeys);
if (adopted !== office) pin(office, { ...office }, officeKeys);
pin(w.Excel as Bag, { ...(w.Excel as Bag) }, ['run', 'RequestContext']);
