/* eslint-disable @typescript-eslint/no-explicit-any */
/** Operations on the model the API classes share: names, used ranges, merges, clearing, borders, validations, conditional formats, page layout. */

import { columnLetters, contains, intersects, parseAddress, qualified, rectAddress } from './a1';
import type { Rect } from './a1';
import { DoubleContext, STATES, resolve } from './context';
import { CLEAR, DV_KINDS, DV_OPERATORS, PAPER } from './enums';
import { OfficeError, fail } from './errors';
import { asText } from './formula';
import { DEFAULT_FORMAT_JSON, ERROR_LITERALS, cellOf, clone, defaultFormat, eachIn, ensureCell, key, rc, unkey } from './model';
import type { CellValue, ConditionalFormatModel, NameModel, SheetModel, Side, ValidationModel } from './model';
import type { PropSpec, Self } from './proxy';
import { act, bool, guardProtected, number, oneOf, rangeArg, target } from './spec-kit';
import type { RangeTarget } from './spec-kit';
import { ExcelDouble } from './workbook';

// ------------------------------------------------------------------ model operations used by specs

export function checkSheetName(d: ExcelDouble, name: string, self: SheetModel | null): void {
  if (!name || name.length > 31 || /[\\/?*[\]:]/.test(name) || /^'|'$/.test(name) || name.toLowerCase() === 'history') fail('InvalidArgument', `worksheet name '${name}'`);
  const other = d.sheet(name);
  if (other && other !== self) fail('ItemAlreadyExists', `a worksheet named '${name}' exists`);
}

export function checkName(name: string): void {
  const ok = /^[\p{L}_\\][\p{L}\p{N}_.\\?]*$/u.test(name) && name.length <= 255 && !/^[A-Za-z]{1,3}\d+$/.test(name) && !/^[RrCc]\d*([RrCc]\d*)?$/.test(name);
  if (!ok) fail('InvalidArgument', `'${name}' is not a valid name`);
}

export function addName(d: ExcelDouble, scope: SheetModel | null, name: string, reference: unknown, comment: unknown): NameModel {
  name = String(name);
  checkName(name);
  const map = scope ? scope.names : d.names;
  if (map.has(name.toLowerCase())) fail('ItemAlreadyExists', `the name '${name}' exists`);
  const model: NameModel = { name, scope, sheet: null, comment: comment ? String(comment) : '', visible: true };
  pointName(d, model, reference);
  map.set(name.toLowerCase(), model);
  return model;
}

/** A reference is a Range (resolver), "=Sheet!$A$1:$B$2", or any other formula (kept as a constant). */
export function pointName(d: ExcelDouble, n: NameModel, reference: unknown): void {
  const at = typeof reference === 'function' ? (reference as (s: SheetModel | null) => RangeTarget)(n.scope ?? d.active) : null;
  let t = at;
  if (!t && typeof reference === 'string') {
    try {
      const { sheet, rect } = parseAddress(reference.replace(/^=/, ''));
      const on = sheet !== undefined ? d.sheet(sheet) : (n.scope ?? d.active);
      t = target(on ?? fail('InvalidReference', `no worksheet for '${reference}'`), rect);
    } catch (e) {
      if ((e as OfficeError).code === 'InvalidReference') throw e;
      [n.sheet, n.rect, n.constant] = [null, undefined, reference.startsWith('=') ? reference : `=${reference}`];
      return;
    }
  }
  if (!t) fail('InvalidArgument', 'a name needs a Range or a formula');
  [n.sheet, n.rect, n.constant] = [t.sheet, t.rect, undefined];
}

export function namesOf(e: { scope: SheetModel | null }, d: ExcelDouble): Map<string, NameModel> {
  return e.scope ? e.scope.names : d.names;
}

export function usedRect(s: SheetModel, valuesOnly: boolean): Rect | null {
  let [top, left, bottom, right] = [Infinity, Infinity, -1, -1];
  for (const [k, c] of s.cells) {
    if (c.value === null && !c.formula && (valuesOnly || JSON.stringify(c.format) === DEFAULT_FORMAT_JSON)) continue;
    const [r, col] = unkey(k);
    [top, left, bottom, right] = [Math.min(top, r), Math.min(left, col), Math.max(bottom, r), Math.max(right, col)];
  }
  return bottom < 0 ? null : { row: top, col: left, rowSpan: bottom - top + 1, colSpan: right - left + 1 };
}

export function merge(t: RangeTarget, across: boolean): void {
  guardProtected(t.sheet, 'merging cells');
  const pieces = across ? Array.from({ length: t.rect.rowSpan }, (_, i) => ({ ...t.rect, row: t.rect.row + i, rowSpan: 1 })) : [t.rect];
  for (const p of pieces) {
    if (p.rowSpan * p.colSpan === 1) continue;
    const hits = t.sheet.merges.filter((m) => intersects(m, p));
    if (hits.some((m) => !contains(p, m))) fail('InvalidOperation', `${rectAddress(p)} overlaps part of a merged area`);
    t.sheet.merges = t.sheet.merges.filter((m) => !hits.includes(m));
    // Excel keeps the upper-left value only.
    eachIn(p, (r, c, i, j) => {
      const cell = i + j > 0 ? cellOf(t.sheet, r, c) : undefined;
      if (!cell) return;
      cell.value = null;
      delete cell.formula;
    });
    t.sheet.merges.push({ ...p });
  }
}

export function clearRange(t: RangeTarget, applyTo: string, ctx: DoubleContext): void {
  const what = oneOf(CLEAR, 'applyTo')(applyTo);
  const contents = ['All', 'Contents', 'ResetContents'].includes(what);
  const formats = ['All', 'Formats'].includes(what);
  if (contents && t.sheet.protection.protected) {
    // counting unlocked cells keeps this cheap for whole-sheet ranges
    const unlocked = [...t.sheet.cells].filter(([k, c]) => !c.format.locked && contains(t.rect, { ...rc(k), rowSpan: 1, colSpan: 1 })).length;
    if (unlocked < t.rect.rowSpan * t.rect.colSpan) fail('AccessDenied', `clearing locked cells on the protected sheet ${t.sheet.name}`);
  }
  if (formats) guardProtected(t.sheet, 'clearing formats', 'allowFormatCells');
  for (const [k, cell] of [...t.sheet.cells]) {
    if (!contains(t.rect, { ...rc(k), rowSpan: 1, colSpan: 1 })) continue;
    if (contents) {
      cell.value = null;
      delete cell.formula;
    }
    if (formats) cell.format = defaultFormat();
    if (cell.value === null && !cell.formula && JSON.stringify(cell.format) === DEFAULT_FORMAT_JSON) t.sheet.cells.delete(k);
  }
  if (formats) t.sheet.merges = t.sheet.merges.filter((m) => !contains(t.rect, m));
  if (contents) ctx.double.noteChange(t.sheet, rectAddress(t.rect));
}

/** Which (cell, side) pairs a border index stands for in a range. */
export function borderSides(t: RangeTarget, index: string): [number, number, Side][] {
  const { row, col, rowSpan, colSpan } = t.rect;
  const out: [number, number, Side][] = [];
  eachIn(t.rect, (r, c) => {
    const last = { row: r === row + rowSpan - 1, col: c === col + colSpan - 1 };
    if (index === 'EdgeTop' && r === row) out.push([r, c, 'top']);
    if (index === 'EdgeBottom' && last.row) out.push([r, c, 'bottom']);
    if (index === 'EdgeLeft' && c === col) out.push([r, c, 'left']);
    if (index === 'EdgeRight' && last.col) out.push([r, c, 'right']);
    if (index === 'InsideHorizontal' && r > row) out.push([r, c, 'top'], [r - 1, c, 'bottom']);
    if (index === 'InsideVertical' && c > col) out.push([r, c, 'left'], [r, c - 1, 'right']);
  });
  return out;
}

export const BORDER_DEFAULTS: Record<string, string> = { style: 'None', weight: 'Thin', color: '#000000' };

export function borderProp(prop: 'style' | 'weight' | 'color', check: (v: unknown) => string): PropSpec {
  return {
    get: (b: RangeTarget & { index: string }) => {
      const values = new Set(borderSides(b, b.index).map(([r, c, side]) => cellOf(b.sheet, r, c)?.format.borders[side]?.[prop] ?? BORDER_DEFAULTS[prop]));
      return values.size === 0 ? BORDER_DEFAULTS[prop] : values.size === 1 ? [...values][0] : null;
    },
    set: (b: RangeTarget & { index: string }, v) => {
      const value = check(v);
      guardProtected(b.sheet, 'formatting cells', 'allowFormatCells');
      for (const [r, c, side] of borderSides(b, b.index)) ((ensureCell(b.sheet, r, c).format.borders[side] ??= { style: 'None' }) as any)[prop] = value;
    },
  };
}

export function checkRule(rule: any): any {
  const kinds = Object.keys(rule ?? {}).filter((k) => rule[k] !== null);
  if (kinds.length !== 1 || !DV_KINDS[kinds[0]]) fail('InvalidArgument', `a data validation rule has exactly one of ${Object.keys(DV_KINDS).join(', ')}`);
  const kind = kinds[0];
  const body = rule[kind];
  const asFormula = (v: any) => (v && typeof v === 'object' && STATES.has(v) ? `=${qualified(resolve(STATES.get(v)!).sheet, resolve(STATES.get(v)!).rect, true)}` : v);
  if (kind === 'list') {
    if (!body?.source) fail('InvalidArgument', 'a list rule needs a source');
    return { list: { ...body, source: asFormula(body.source) } };
  }
  if (kind === 'custom') {
    if (typeof body?.formula !== 'string' || !body.formula) fail('InvalidArgument', 'a custom rule needs a formula');
    return { custom: body };
  }
  oneOf(DV_OPERATORS, 'operator')(body?.operator);
  if (body.formula1 === null || body.formula1 === undefined || body.formula1 === '') fail('InvalidArgument', `${kind} needs formula1`);
  const between = body.operator === 'Between' || body.operator === 'NotBetween';
  if (between && (body.formula2 === null || body.formula2 === undefined || body.formula2 === '')) fail('InvalidArgument', `${body.operator} needs formula2`);
  if (between && typeof body.formula1 === 'number' && typeof body.formula2 === 'number' && body.formula1 > body.formula2) fail('InvalidArgument', 'the minimum is greater than the maximum');
  return { [kind]: { ...body, formula1: asFormula(body.formula1), ...(body.formula2 !== undefined ? { formula2: asFormula(body.formula2) } : {}) } };
}

export function validationProp(field: keyof ValidationModel, fallback: unknown, check: (v: any) => any): PropSpec {
  return {
    get: (t: RangeTarget) => uniformValidation(t, (m) => m?.[field] ?? fallback),
    set: (t: RangeTarget, v) => {
      guardProtected(t.sheet, 'changing data validation');
      const value = check(v);
      eachIn(t.rect, (r, c) => {
        const m = t.sheet.validations.get(key(r, c)) ?? {};
        (m as any)[field] = clone(value);
        t.sheet.validations.set(key(r, c), m);
      });
    },
  };
}

export function uniformValidation(t: RangeTarget, pick: (m: ValidationModel | undefined) => unknown): unknown {
  let first: string | undefined;
  let value: unknown = null;
  let same = true;
  eachIn(t.rect, (r, c) => {
    const v = pick(t.sheet.validations.get(key(r, c)));
    const j = JSON.stringify(v);
    if (first === undefined) [first, value] = [j, v];
    else if (j !== first) same = false;
  });
  return same ? clone(value) : null;
}

export function checkMessage(kind: 'prompt' | 'errorAlert') {
  return (v: any) => {
    if (!v || typeof v !== 'object') fail('InvalidArgument', `${kind} must be an object`);
    if (String(v.title ?? '').length > 32) fail('InvalidArgument', `${kind} title longer than 32 characters`);
    if (String(v.message ?? '').length > 255) fail('InvalidArgument', `${kind} message longer than 255 characters`);
    if (kind === 'errorAlert' && v.style !== undefined && v.style !== null) oneOf(['Stop', 'Warning', 'Information'], 'errorAlert.style')(v.style);
    return v;
  };
}

export const cfsIn = (t: RangeTarget) => t.sheet.conditionalFormats.filter((f) => f.rects.some((r) => intersects(r, t.rect)));

export function cfProp(field: keyof ConditionalFormatModel, fallback: unknown, check: (v: any) => unknown = (v) => v): PropSpec {
  return {
    get: (cf: ConditionalFormatModel) => cf[field] ?? fallback,
    set: (cf: ConditionalFormatModel, v) => {
      guardProtected(cf.sheet, 'changing conditional formats', 'allowFormatCells');
      (cf as any)[field] = check(v);
    },
  };
}

export function removeCf(cf: ConditionalFormatModel): void {
  guardProtected(cf.sheet, 'deleting conditional formats', 'allowFormatCells');
  cf.sheet.conditionalFormats = cf.sheet.conditionalFormats.filter((f) => f !== cf);
  cf.deleted = true;
}

/** Excel's defaults for a sheet never set up for printing (Normal margins, in points). */
export const PAGE_DEFAULTS: Record<string, unknown> = {
  orientation: 'Portrait', paperSize: 'Letter', zoom: { scale: 100 }, centerHorizontally: false, centerVertically: false,
  printGridlines: false, printHeadings: false, blackAndWhite: false, draftMode: false, firstPageNumber: '', printOrder: 'DownThenOver',
  printComments: 'NoComments', printErrors: 'AsDisplayed',
  leftMargin: 50.4, rightMargin: 50.4, topMargin: 54, bottomMargin: 54, headerMargin: 21.6, footerMargin: 21.6,
};

export function checkZoom(v: any): unknown {
  const keys = Object.keys(v ?? {}).filter((k) => v[k] !== null);
  if (!keys.length || keys.some((k) => !['scale', 'horizontalFitToPages', 'verticalFitToPages'].includes(k))) fail('InvalidArgument', `zoom ${JSON.stringify(v)}`);
  if (v.scale !== undefined && v.scale !== null) number('zoom.scale', 10, 400)(v.scale);
  for (const k of ['horizontalFitToPages', 'verticalFitToPages']) if (v[k] !== undefined && v[k] !== null && !(Number.isInteger(v[k]) && v[k] >= 0)) fail('InvalidArgument', `zoom.${k} ${v[k]}`);
  return v;
}

export const PAGE_CHECKS: Record<string, (v: any) => unknown> = {
  orientation: oneOf(['Portrait', 'Landscape'], 'orientation'),
  paperSize: oneOf(PAPER, 'paperSize'),
  zoom: checkZoom,
  printOrder: oneOf(['DownThenOver', 'OverThenDown'], 'printOrder'),
  printComments: oneOf(['NoComments', 'EndSheet', 'InPlace'], 'printComments'),
  printErrors: oneOf(['AsDisplayed', 'Blank', 'Dash', 'NotAvailable'], 'printErrors'),
  firstPageNumber: (v) => (v === '' || (Number.isInteger(v) && v >= 0) ? v : fail('InvalidArgument', `firstPageNumber ${v}`)),
};
for (const k of ['centerHorizontally', 'centerVertically', 'printGridlines', 'printHeadings', 'blackAndWhite', 'draftMode']) PAGE_CHECKS[k] = bool(k);
for (const k of ['leftMargin', 'rightMargin', 'topMargin', 'bottomMargin', 'headerMargin', 'footerMargin']) PAGE_CHECKS[k] = number(k, 0, 1000);

/** Print titles: whole rows ($4:$6) or whole columns ($A:$B), from a Range or an address. */
export function printTitles(self: Self, arg: unknown, field: 'printTitleRows' | 'printTitleColumns'): void {
  const ref = rangeArg(self.ctx, arg, `PageLayout.set${field[0].toUpperCase()}${field.slice(1)}`);
  act(self, `PageLayout.set${field.slice(5)}`, (s: SheetModel) => {
    const { rect } = ref(s);
    s.pageLayout[field] = field === 'printTitleRows' ? `$${rect.row + 1}:$${rect.row + rect.rowSpan}` : `$${columnLetters(rect.col)}:$${columnLetters(rect.col + rect.colSpan - 1)}`;
  });
}

export const TEXT_OF = (v: CellValue) => asText(v);
export const TYPE_OF = (v: CellValue) =>
  v === null ? 'Empty' : typeof v === 'number' ? 'Double' : typeof v === 'boolean' ? 'Boolean' : ERROR_LITERALS.has(v) ? 'Error' : 'String';


export function findSheet(d: ExcelDouble, k: string): SheetModel | undefined {
  return d.sheet(k) ?? d.sheets.find((s) => s.id === k);
}

export function sheetsOf(d: ExcelDouble, visibleOnly?: boolean): SheetModel[] {
  return visibleOnly ? d.sheets.filter((s) => s.visibility === 'Visible') : d.sheets;
}
