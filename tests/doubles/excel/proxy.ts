/* eslint-disable @typescript-eslint/no-explicit-any */
/** The strict proxies: unloaded reads throw, writes are queued, unknown members throw, requirement sets checked. The API surface registers its classes here (defineSpecs, extendSpec). */

import { DoubleContext, NULL, STATES, resolve } from './context';
import type { Maybe, ProxyState } from './context';
import { MESSAGES, OfficeError, fail, notLoaded } from './errors';
import { clone } from './model';

export interface Self {
  ctx: DoubleContext;
  resolve: () => Maybe;
  proxy: any;
}

export interface PropSpec {
  get?: (e: any, ctx: DoubleContext) => unknown;
  set?: (e: any, v: any, ctx: DoubleContext) => void;
}

export interface Spec {
  /** The Office.js class name, for messages and requirement sets. */
  type: string;
  props?: Record<string, PropSpec>;
  nav?: Record<string, { kind: string; resolve: (e: any, ctx: DoubleContext) => Maybe }>;
  methods?: Record<string, (self: Self, ...args: any[]) => unknown>;
  items?: { kind: string; list: (e: any, ctx: DoubleContext) => any[] };
}

/**
 * The API classes by kind (workbook, worksheet, range …). Each api-*.ts file defines its own;
 * a module that models more of Office.js (charts, tables) adds classes with defineSpecs and hooks
 * them into existing ones with extendSpec, e.g. `extendSpec('worksheet', { nav: { charts: … } })`.
 */
export const SPECS: Record<string, Spec> = {};

export function defineSpecs(specs: Record<string, Spec>): void {
  for (const [kind, spec] of Object.entries(specs)) {
    if (SPECS[kind]) throw new Error(`Excel double: ${kind} is defined twice`);
    SPECS[kind] = spec;
  }
}

/** Adds members to a defined class, with the requirement set of each new member (`{ 'Worksheet.charts': '1.1' }`). */
export function extendSpec(kind: string, members: Pick<Spec, 'props' | 'nav' | 'methods'>, since: Record<string, string> = {}): void {
  const spec = SPECS[kind] ?? fail('ItemNotFound', `Excel double: no ${kind} to extend`);
  for (const part of ['props', 'nav', 'methods'] as const) {
    for (const [name, member] of Object.entries(members[part] ?? {})) {
      if (spec.props?.[name] || spec.nav?.[name] || spec.methods?.[name]) throw new Error(`Excel double: ${spec.type}.${name} is defined twice`);
      (spec[part] ??= {} as never)[name] = member as never;
    }
  }
  Object.assign(SINCE, since);
}

/** Members newer than ExcelApi 1.1 that the double models, with the set that brought them. */
export const SINCE: Record<string, string> = {
  'Workbook.getActiveCell': '1.7',
  'Workbook.getSelectedRanges': '1.9',
  'WorksheetCollection.getItemOrNullObject': '1.4',
  'WorksheetCollection.getCount': '1.4',
  'WorksheetCollection.getFirst': '1.5',
  'WorksheetCollection.getLast': '1.5',
  'Worksheet.names': '1.4',
  'Worksheet.pageLayout': '1.9',
  'Worksheet.freezePanes': '1.7',
  'Worksheet.protection': '1.2',
  'Worksheet.onChanged': '1.7',
  'Worksheet.getRangeByIndexes': '1.7',
  'Worksheet.getRanges': '1.9',
  'Worksheet.getUsedRangeOrNullObject': '1.4',
  'Worksheet.tabColor': '1.7',
  'Worksheet.showGridlines': '1.8',
  'Range.conditionalFormats': '1.6',
  'Range.dataValidation': '1.8',
  'Range.merge': '1.2',
  'Range.unmerge': '1.2',
  'Range.getResizedRange': '1.3',
  'Range.getIntersectionOrNullObject': '1.4',
  'Range.getUsedRangeOrNullObject': '1.4',
  'Range.isEntireRow': '1.7',
  'Range.isEntireColumn': '1.7',
  'RangeFormat.columnWidth': '1.2',
  'Range.columnHidden': '1.2',
  'RangeFormat.rowHeight': '1.2',
  'RangeFormat.protection': '1.2',
  'RangeFormat.autofitColumns': '1.2',
  'RangeFormat.autofitRows': '1.2',
  'NamedItemCollection.add': '1.4',
  'NamedItemCollection.getItemOrNullObject': '1.4',
  'NamedItemCollection.getCount': '1.4',
  'NamedItem.comment': '1.4',
  'NamedItem.delete': '1.4',
  'NamedItem.formula': '1.7',
  'NamedItem.getRangeOrNullObject': '1.4',
  'NamedItem.scope': '1.4',
  'NamedItem.worksheet': '1.4',
  'NamedItem.worksheetOrNullObject': '1.4',
};

export function requireApi(type: string, member: string, ctx: DoubleContext): void {
  const since = SINCE[`${type}.${member}`];
  if (since && !ctx.double.supports('ExcelApi', since)) {
    throw new OfficeError(
      'ApiNotFound',
      `The method or property ${type}.${member} is part of the ExcelApi ${since} requirement set, which is not available in your version of Excel.`,
      `${type}.${member}`,
    );
  }
}

/** Names jest and JavaScript probe objects with; they read undefined instead of failing. */
export const INTROSPECTION = new Set(['then', 'constructor', 'asymmetricMatch', 'nodeType', 'tagName', 'toString', 'valueOf', 'inspect', 'hasOwnProperty', 'length']);

export function makeProxy(ctx: DoubleContext, kind: string, resolver: () => Maybe): any {
  const spec = SPECS[kind];
  if (!spec) throw new Error(`Excel double: unknown kind ${kind}`);
  const s: ProxyState = { ctx, kind, resolver, loaded: new Map(), children: new Map() };
  const proxy: any = new Proxy(Object.create(null), {
    get: (_t, prop) => getMember(s, proxy, prop),
    set: (_t, prop, value) => setMember(s, prop, value),
  });
  STATES.set(proxy, s);
  ctx.watch(s);
  return proxy;
}

export function getMember(s: ProxyState, proxy: any, prop: string | symbol): unknown {
  if (typeof prop !== 'string') return undefined;
  const spec = SPECS[s.kind];
  switch (prop) {
    case 'context':
      return s.ctx;
    case 'isNullObject':
      if (s.isNull === undefined) throw notLoaded('isNullObject', spec.type);
      return s.isNull;
    case 'load':
      return (option?: unknown) => {
        const paths = loadPaths(option);
        s.ctx.enqueue(`${spec.type}.load`, () => loadNow(s, paths), true);
        return proxy;
      };
    case 'set':
      return (properties: Record<string, unknown>) => setAll(s, proxy, properties);
    case 'toJSON':
      return () => toJSON(s);
    case 'track':
    case 'untrack':
      return () => proxy;
  }
  if (spec.nav?.[prop]) {
    requireApi(spec.type, prop, s.ctx);
    return child(s, prop);
  }
  if (spec.methods?.[prop]) {
    return (...args: any[]) => {
      requireApi(spec.type, prop, s.ctx);
      return spec.methods![prop]({ ctx: s.ctx, resolve: () => resolve(s), proxy }, ...args);
    };
  }
  if (spec.props?.[prop] || (prop === 'items' && spec.items)) {
    requireApi(spec.type, prop, s.ctx);
    if (s.isNull === true) return undefined; // Office.js: a null object's properties are undefined
    if (!s.loaded.has(prop)) throw notLoaded(prop, spec.type);
    return s.loaded.get(prop);
  }
  if (INTROSPECTION.has(prop) || prop.startsWith('$$') || prop.startsWith('@@') || prop.startsWith('_')) return undefined;
  throw new Error(`Excel double: ${spec.type}.${prop} is not modelled`);
}

export function setMember(s: ProxyState, prop: string | symbol, value: unknown): boolean {
  if (typeof prop !== 'string') return false;
  const spec = SPECS[s.kind];
  const p = spec.props?.[prop];
  if (!p?.set) {
    if (p || spec.nav?.[prop] || spec.methods?.[prop] || ['items', 'context', 'isNullObject'].includes(prop)) {
      throw new TypeError(`Cannot set property ${prop} of #<${spec.type}> which has only a getter`);
    }
    throw new Error(`Excel double: ${spec.type}.${prop} is not modelled`);
  }
  requireApi(spec.type, prop, s.ctx);
  s.ctx.enqueue(`${spec.type}.${prop}`, () => {
    const e = resolve(s);
    if (e !== NULL) p.set!(e, serialize(value), s.ctx);
  });
  return true;
}

/** `object.set({...})`: scalar properties are queued as writes, navigation properties recurse. */
export function setAll(s: ProxyState, proxy: any, properties: Record<string, unknown>): void {
  const spec = SPECS[s.kind];
  for (const [k, v] of Object.entries(properties ?? {})) {
    if (spec.props?.[k]?.set) proxy[k] = v;
    else if (spec.nav?.[k] && v && typeof v === 'object') child(s, k).set(v);
    else throw new OfficeError('InvalidArgument', `${MESSAGES.InvalidArgument} [${spec.type}.set: '${k}' cannot be set]`);
  }
}

export function child(s: ProxyState, prop: string): any {
  let c = s.children.get(prop);
  if (!c) {
    const nav = SPECS[s.kind].nav![prop];
    c = makeProxy(s.ctx, nav.kind, () => {
      const e = resolve(s);
      return e === NULL ? NULL : nav.resolve(e, s.ctx);
    });
    s.children.set(prop, c);
  }
  return c;
}

/** Arguments go over the wire as JSON at sync; proxies inside them stay references. */
export function serialize(v: any): any {
  if (v === undefined || v === null) return null;
  if (typeof v === 'object' && STATES.has(v)) return v;
  if (typeof v === 'number') return Number.isFinite(v) ? v : null;
  if (v instanceof Date) return v.toISOString();
  if (Array.isArray(v)) return v.map(serialize);
  if (typeof v === 'object') return Object.fromEntries(Object.entries(v).filter(([, x]) => x !== undefined && typeof x !== 'function').map(([k, x]) => [k, serialize(x)]));
  return v;
}

export function loadPaths(option: unknown): string[] {
  if (option === undefined || option === null) return ['*'];
  if (typeof option === 'string') {
    const list = option.split(',').map((p) => p.trim()).filter(Boolean);
    return list.length ? list : ['*'];
  }
  if (Array.isArray(option)) return option.flatMap((o) => loadPaths(o));
  if (typeof option === 'object') {
    const { select, expand } = option as { select?: unknown; expand?: unknown };
    if (select !== undefined || expand !== undefined) return [...(select !== undefined ? loadPaths(select) : ['*']), ...(expand !== undefined ? loadPaths(expand) : [])];
    // { values: true, format: { fill: { color: true } } }
    const flat = (o: Record<string, unknown>, prefix: string): string[] =>
      Object.entries(o).flatMap(([k, v]) => (v && typeof v === 'object' ? flat(v as Record<string, unknown>, `${prefix}${k}/`) : v ? [`${prefix}${k}`] : []));
    return flat(option as Record<string, unknown>, '');
  }
  throw new OfficeError('InvalidArgument', `${MESSAGES.InvalidArgument} [load option]`);
}

/** Runs in the sync: takes the snapshot now, hands it to the proxies if the batch succeeds. */
export function loadNow(s: ProxyState, paths: string[]): void {
  const spec = SPECS[s.kind];
  const ctx = s.ctx;
  const e = resolve(s);
  ctx.stage(() => (s.isNull = e === NULL));
  if (e === NULL) return;
  if (spec.items) {
    // On a collection every path is about the items: "items/name", "name" and "items" alike.
    const sub = paths.map((p) => p.replace(/^items(?:[/.]|$)/i, '') || '*');
    const items = spec.items.list(e, ctx).map((item) => {
      const p = makeProxy(ctx, spec.items!.kind, () => item);
      loadNow(STATES.get(p)!, sub);
      return p;
    });
    ctx.stage(() => s.loaded.set('items', items));
    return;
  }
  const snap = (name: string) => {
    const v = clone(spec.props![name].get!(e, ctx));
    ctx.stage(() => s.loaded.set(name, v));
  };
  const nested = new Map<string, string[]>();
  for (const path of paths) {
    const [head, ...rest] = path.split('/');
    if (head === '*') {
      for (const [name, p] of Object.entries(spec.props ?? {})) if (p.get && ctx.double.supports('ExcelApi', SINCE[`${spec.type}.${name}`] ?? '1.1')) snap(name);
    } else if (spec.props?.[head] && rest.length === 0) {
      if (!spec.props[head].get) fail('InvalidArgument', `${spec.type}.${head} cannot be loaded`);
      requireApi(spec.type, head, ctx);
      snap(head);
    } else if (spec.nav?.[head]) {
      requireApi(spec.type, head, ctx);
      nested.set(head, [...(nested.get(head) ?? []), rest.length ? rest.join('/') : '*']);
    } else {
      fail('InvalidArgument', `${spec.type} has no property '${path}' to load`);
    }
  }
  for (const [head, sub] of nested) loadNow(STATES.get(child(s, head))!, sub);
}

export function toJSON(s: ProxyState): any {
  const out: Record<string, unknown> = {};
  for (const [k, v] of s.loaded) out[k] = k === 'items' ? (v as any[]).map((p) => toJSON(STATES.get(p)!)) : clone(v);
  for (const [k, c] of s.children) {
    const sub = toJSON(STATES.get(c)!);
    if (Object.keys(sub).length) out[k] = sub;
  }
  return out;
}
