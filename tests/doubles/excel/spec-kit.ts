/* eslint-disable @typescript-eslint/no-explicit-any */
/** Building blocks for the API classes: queued actions, derived proxies, ranges as targets, cell writes, argument checks. */

import { MAX_COLS, MAX_ROWS, checkRect, parseAddress, qualified, rectAddress } from './a1';
import type { Rect } from './a1';
import { DoubleContext, NULL, STATES, resolve } from './context';
import type { Maybe } from './context';
import { MESSAGES, OfficeError, fail } from './errors';
import { cellOf, eachIn, ensureCell, parseInput } from './model';
import type { CellFormat, CellModel, SheetModel } from './model';
import { makeProxy } from './proxy';
import type { PropSpec, Self } from './proxy';

// ------------------------------------------------------------------ building blocks for specs

/** Queues an action on this object; a null object ignores it. */
export function act(self: Self, location: string, run: (e: any) => void): void {
  self.ctx.enqueue(location, () => {
    const e = self.resolve();
    if (e !== NULL) run(e);
  });
}

/** A proxy for an object reached from this one; null when this one is null. */
export function derive(self: Self, kind: string, from: (e: any) => Maybe): any {
  return makeProxy(self.ctx, kind, () => {
    const e = self.resolve();
    return e === NULL ? NULL : from(e);
  });
}

/** A proxy for what a queued action creates (worksheets.add, names.add, conditionalFormats.add). */
export function created(self: Self, kind: string, location: string, make: (e: any) => Maybe): any {
  let made: Maybe;
  self.ctx.enqueue(location, () => {
    const e = self.resolve();
    made = e === NULL ? NULL : make(e);
  });
  return makeProxy(self.ctx, kind, () => made ?? fail('ItemNotFound', `${location} did not run`));
}

/** A ClientResult: `value` is available after the sync. */
export function result(self: Self, location: string, compute: (e: any) => unknown): { value: any } {
  let done = false;
  let value: unknown;
  self.ctx.enqueue(location, () => {
    const e = self.resolve();
    const v = e === NULL ? null : compute(e);
    self.ctx.stage(() => ([done, value] = [true, v]));
  });
  return {
    get value() {
      if (!done) {
        throw new OfficeError('ValueNotLoaded', 'The value of the result object has not been loaded yet. Before reading the value property, call "context.sync()" on the associated request context.');
      }
      return value;
    },
  };
}

/** A Range argument (proxy or address), checked now for its context as Office.js does, resolved at sync. */
export function rangeArg(ctx: DoubleContext, arg: unknown, what: string): (defaultSheet: SheetModel | null) => RangeTarget {
  const s = typeof arg === 'object' && arg !== null ? STATES.get(arg) : undefined;
  if (s) {
    if (s.ctx !== ctx) throw new OfficeError('InvalidRequestContext', 'Cannot use the object across different request contexts.');
    if (s.kind !== 'range') throw new OfficeError('InvalidArgument', `${MESSAGES.InvalidArgument} [${what} takes a Range]`);
    return () => {
      const t = resolve(s);
      return t === NULL ? fail('InvalidArgument', `${what}: the range is a null object`) : t;
    };
  }
  if (typeof arg !== 'string') throw new OfficeError('InvalidArgument', `${MESSAGES.InvalidArgument} [${what} takes a Range or an address]`);
  return (defaultSheet) => {
    const { sheet, rect } = parseAddress(arg.replace(/^=/, ''));
    const on = sheet !== undefined ? ctx.double.sheet(sheet) : defaultSheet;
    return target(on ?? fail('InvalidArgument', `${what}: no worksheet for '${arg}'`), rect);
  };
}

export interface RangeTarget {
  sheet: SheetModel;
  rect: Rect;
}

export const target = (sheet: SheetModel, rect: Rect): RangeTarget => ({ sheet, rect: checkRect({ ...rect }) });

export function rangeOn(sheet: SheetModel, address?: string): RangeTarget {
  if (address === undefined || address === null || address === '') return target(sheet, { row: 0, col: 0, rowSpan: MAX_ROWS, colSpan: MAX_COLS });
  const p = parseAddress(address);
  if (p.sheet !== undefined && p.sheet.toLowerCase() !== sheet.name.toLowerCase()) fail('InvalidArgument', `'${address}' is not on ${sheet.name}`);
  return target(sheet, p.rect);
}

export function grid<T>(t: RangeTarget, fn: (row: number, col: number) => T): T[][] {
  const rows: T[][] = Array.from({ length: t.rect.rowSpan }, () => []);
  eachIn(t.rect, (r, c, i) => rows[i].push(fn(r, c)));
  return rows;
}

/** The value when every cell agrees, null otherwise (as Excel reports mixed formats). */
export function uniform(t: RangeTarget, pick: (cell: CellModel | undefined) => unknown): unknown {
  let first: string | undefined;
  let value: unknown = null;
  let same = true;
  eachIn(t.rect, (r, c) => {
    if (!same) return;
    const v = pick(cellOf(t.sheet, r, c));
    const j = JSON.stringify(v);
    if (first === undefined) [first, value] = [j, v];
    else if (j !== first) same = false;
  });
  return same ? value : null;
}

/** A 2-D input of the range's shape; a single value is applied to every cell. */
export function inputGrid(t: RangeTarget, v: unknown, prop: string): unknown[][] {
  if (!Array.isArray(v)) return Array.from({ length: t.rect.rowSpan }, () => Array(t.rect.colSpan).fill(v));
  if (v.length !== t.rect.rowSpan || v.some((row) => !Array.isArray(row) || row.length !== t.rect.colSpan)) {
    fail('InvalidArgument', `The number of rows or columns in the input array doesn't match the size or dimensions of the range (${prop}: ${rectAddress(t.rect)} is ${t.rect.rowSpan}×${t.rect.colSpan})`);
  }
  return v as unknown[][];
}

export function guardProtected(sheet: SheetModel, what: string, allow?: string): void {
  if (sheet.protection.protected && !(allow && sheet.protection.options?.[allow])) fail('AccessDenied', `${what} on the protected sheet ${sheet.name}`);
}

/** Content changes need every affected cell unlocked on a protected sheet. */
export function guardContent(t: RangeTarget, only?: (i: number, j: number) => boolean): void {
  if (!t.sheet.protection.protected) return;
  eachIn(t.rect, (r, c, i, j) => {
    if ((!only || only(i, j)) && (cellOf(t.sheet, r, c)?.format.locked ?? true)) {
      fail('AccessDenied', `The cell you're trying to change is on a protected sheet: ${qualified(t.sheet, { row: r, col: c, rowSpan: 1, colSpan: 1 })}`);
    }
  });
}

export function writeCells(t: RangeTarget, rows: unknown[][], ctx: DoubleContext): void {
  // null (and what JSON turns into null: undefined, NaN) leaves a cell as it is, as in Office.js
  guardContent(t, (i, j) => rows[i][j] !== null);
  eachIn(t.rect, (r, c, i, j) => {
    if (rows[i][j] === null) return;
    const cell = ensureCell(t.sheet, r, c);
    const next = parseInput(rows[i][j], cell.format.numberFormat);
    cell.value = next.value;
    if (next.formula) cell.formula = next.formula;
    else delete cell.formula;
  });
  ctx.double.noteChange(t.sheet, rectAddress(t.rect));
}

/** A writable per-cell format property: validated, needs "format cells" on a protected sheet. */
export function cellFormat(field: keyof CellFormat, fallback: unknown, check: (v: any) => unknown = (v) => v): PropSpec {
  return {
    get: (t: RangeTarget) => uniform(t, (cell) => cell?.format[field] ?? fallback),
    set: (t: RangeTarget, v) => {
      const value = check(v);
      guardProtected(t.sheet, 'formatting cells', 'allowFormatCells');
      eachIn(t.rect, (r, c) => ((ensureCell(t.sheet, r, c).format as any)[field] = value));
    },
  };
}

export const NAMED_COLORS: Record<string, string> = {
  black: '#000000', white: '#FFFFFF', red: '#FF0000', green: '#008000', blue: '#0000FF', yellow: '#FFFF00', orange: '#FFA500',
  purple: '#800080', gray: '#808080', grey: '#808080', pink: '#FFC0CB', brown: '#A52A2A', cyan: '#00FFFF', magenta: '#FF00FF',
};

/** Excel takes #RRGGBB or an HTML colour name and reports #RRGGBB in capitals. */
export function color(v: unknown): string {
  const s = String(v ?? '').trim();
  if (/^#?[0-9a-f]{6}$/i.test(s)) return `#${s.replace('#', '').toUpperCase()}`;
  return NAMED_COLORS[s.toLowerCase()] ?? fail('InvalidArgument', `colour '${s}'`);
}

export const oneOf =
  (values: readonly string[], what: string) =>
  (v: unknown): string =>
    values.includes(v as string) ? (v as string) : fail('InvalidArgument', `${what} '${v}' (one of ${values.join(', ')})`);
export const bool = (what: string) => (v: unknown) => (typeof v === 'boolean' ? v : fail('InvalidArgument', `${what} must be true or false`));
export const number = (what: string, min: number, max: number) => (v: unknown) =>
  typeof v === 'number' && v >= min && v <= max ? v : fail('InvalidArgument', `${what} ${v} (from ${min} to ${max})`);
