/* eslint-disable @typescript-eslint/no-explicit-any */
/**
 * An in-memory Excel for testing the Office.js edge, strict where real Excel is strict:
 *
 * - every API object is a proxy; reading a property that was not `load()`ed and then synced throws
 *   PropertyNotLoaded, as Office.js does;
 * - property writes and method calls are queued and take effect only at `context.sync()`, in order;
 *   loads are queued too, so a load sees the writes queued before it;
 * - syncs are counted (`double.syncCount`), so tests assert round-trip budgets;
 * - errors surface at sync with Office.js codes: ItemNotFound, ItemAlreadyExists, InvalidArgument,
 *   AccessDenied (a write into a locked cell of a protected sheet), PropertyNotLoaded. As in Excel,
 *   operations queued before the failing one stay applied.
 * - *OrNullObject methods give null objects whose `isNullObject` is true after sync; *OrNullObject
 *   methods chained on a null object give null objects too; other methods on a null object fail at
 *   sync with ItemNotFound (stricter than needed, so code that relies on luck fails here).
 *
 * Formulas are stored as written; `values` of a formula cell are computed for what the add-in writes
 * in tables (numbers, references, SUM over cells and ranges, + and -). Anything else reads as
 * "#UNSUPPORTED_IN_DOUBLE!", so a test that depends on it fails loudly rather than passing by luck.
 */
import { absoluteRange, cellAddress, parseRange, quoteSheetName, rangeAddress, type RangeRef } from '../../src/core';

// ------------------------------------------------------------------------------------ model

export interface CellFormat {
  fill?: string;
  fontName?: string;
  fontSize?: number;
  bold?: boolean;
  italic?: boolean;
  fontColor?: string;
  horizontal?: string;
  vertical?: string;
  wrap?: boolean;
  locked: boolean;
  numberFormat: string;
  borders: Partial<Record<'top' | 'bottom' | 'left' | 'right', { style: string; weight?: string; color?: string }>>;
}

export interface CellModel {
  value: string | number | boolean | null;
  formula?: string;
  format: CellFormat;
}

export interface ValidationModel {
  rule?: any;
  prompt?: any;
  errorAlert?: any;
}

export interface SheetModel {
  name: string;
  cells: Map<string, CellModel>;
  merges: RangeRef[];
  validations: Map<string, ValidationModel>;
  conditionalFormats: { address: string; type: string; formula?: string; fill?: string; fontColor?: string }[];
  columnWidths: Map<number, number>;
  rowHeights: Map<number, number>;
  freeze?: { rows: number; columns: number };
  protection: { protected: boolean; options?: any };
  pageLayout: Record<string, any>;
  tabColor?: string;
  /** onChanged handlers (ExcelApi 1.7), called after the sync that applied a change. */
  changeHandlers: ((args: any) => unknown)[];
}

interface NameModel {
  name: string;
  sheet: string;
  range: RangeRef;
  comment?: string;
}

export class OfficeError extends Error {
  constructor(
    readonly code: string,
    message: string,
  ) {
    super(message);
    this.name = 'RichApi.Error';
  }

  throw(): never {
    throw this;
  }
}

const key = (row: number, col: number) => `${row},${col}`;
const defaultFormat = (): CellFormat => ({ locked: true, numberFormat: 'General', borders: {} });
const MAX_ROWS = 1048576;
const MAX_COLS = 16384;

export interface SeedSheet {
  name: string;
  /** A1 address → value, or a string starting with "=" for a formula. */
  cells?: Record<string, string | number | boolean>;
}

export class ExcelDouble {
  readonly sheets: SheetModel[] = [];
  readonly names = new Map<string, NameModel>();
  readonly settings = new Map<string, unknown>();
  activeSheet: string | null = null;
  selection: { sheet: string; address: string } | null = null;
  syncCount = 0;
  /** Requirement sets reported as supported: ExcelApi up to this minor version. */
  excelApiMinor = 8;

  constructor(seed: SeedSheet[] = [{ name: 'Sheet1' }]) {
    for (const s of seed) {
      const sheet = this.addSheet(s.name);
      for (const [address, v] of Object.entries(s.cells ?? {})) {
        const { row, col } = parseRange(address);
        sheet.cells.set(key(row, col), toCell(v, defaultFormat()));
      }
    }
    this.activeSheet = this.sheets[0]?.name ?? null;
  }

  addSheet(name: string): SheetModel {
    const sheet: SheetModel = {
      name,
      cells: new Map(),
      merges: [],
      validations: new Map(),
      conditionalFormats: [],
      columnWidths: new Map(),
      rowHeights: new Map(),
      protection: { protected: false },
      pageLayout: {},
      changeHandlers: [],
    };
    this.sheets.push(sheet);
    return sheet;
  }

  sheet(name: string): SheetModel | undefined {
    return this.sheets.find((s) => s.name.toLowerCase() === name.toLowerCase());
  }

  resetSyncCount(): void {
    this.syncCount = 0;
  }

  private pendingChanges: { sheet: SheetModel; address: string }[] = [];

  noteChange(sheet: SheetModel, address: string): void {
    this.pendingChanges.push({ sheet, address });
  }

  /** Events reach handlers asynchronously after the sync, as Excel delivers them. */
  flushChanges(): void {
    const changes = this.pendingChanges;
    this.pendingChanges = [];
    for (const { sheet, address } of changes) {
      for (const handler of sheet.changeHandlers) {
        setTimeout(() => void handler({ type: 'WorksheetChanged', changeType: 'RangeEdited', source: 'Local', worksheetId: sheet.name, address }), 0);
      }
    }
  }

  /** Plain data of everything written, for assertions and parity with the .xlsx writer. */
  snapshot() {
    return {
      sheets: this.sheets.map((s) => ({
        name: s.name,
        cells: Object.fromEntries(
          [...s.cells.entries()]
            .sort(([a], [b]) => compareKeys(a, b))
            .map(([k, c]) => {
              const [r, col] = k.split(',').map(Number);
              return [cellAddress(r, col), { value: this.valueOf(s, r, col), formula: c.formula, format: c.format }];
            }),
        ),
        merges: s.merges.map((m) => rangeAddress(m.row, m.col, m.rowSpan, m.colSpan)),
        validations: Object.fromEntries([...s.validations.entries()].map(([k, v]) => [addressOfKey(k), v])),
        conditionalFormats: s.conditionalFormats,
        columnWidths: Object.fromEntries(s.columnWidths),
        rowHeights: Object.fromEntries(s.rowHeights),
        freeze: s.freeze,
        protection: s.protection,
        pageLayout: s.pageLayout,
        tabColor: s.tabColor,
      })),
      names: Object.fromEntries([...this.names.values()].map((n) => [n.name, `${quoteSheetName(n.sheet)}!${rangeAddress(n.range.row, n.range.col, n.range.rowSpan, n.range.colSpan)}`])),
      activeSheet: this.activeSheet,
      selection: this.selection,
      settings: Object.fromEntries(this.settings),
    };
  }

  /** What a cell shows: its value, or its formula computed. */
  valueOf(sheet: SheetModel, row: number, col: number, depth = 0): string | number | boolean | null {
    const cell = sheet.cells.get(key(row, col));
    if (!cell) return null;
    if (!cell.formula) return cell.value;
    if (depth > 50) return '#CIRCULAR!';
    return evaluate(cell.formula.slice(1), (ref) => this.resolveRef(sheet, ref), (r, c) => this.valueOf(sheet, r, c, depth + 1));
  }

  private resolveRef(sheet: SheetModel, ref: string): { sheet: SheetModel; range: RangeRef } | null {
    const named = this.names.get(ref.toLowerCase());
    if (named) return { sheet: this.sheet(named.sheet)!, range: named.range };
    try {
      const r = parseRange(ref);
      return { sheet: r.sheet ? this.sheet(r.sheet)! : sheet, range: r };
    } catch {
      return null;
    }
  }
}

function compareKeys(a: string, b: string): number {
  const [ar, ac] = a.split(',').map(Number);
  const [br, bc] = b.split(',').map(Number);
  return ar - br || ac - bc;
}

function addressOfKey(k: string): string {
  const [r, c] = k.split(',').map(Number);
  return cellAddress(r, c);
}

/** Excel's reading of typed input: "=…" is a formula, numeric text a number, "'…" literal text. */
function toCell(input: unknown, format: CellFormat): CellModel {
  if (typeof input === 'string') {
    if (input.startsWith('=') && input.length > 1) return { value: null, formula: input, format };
    if (input.startsWith("'")) return { value: input.slice(1), format };
    if (input === '') return { value: null, format };
    if (/^\s*[+-]?(\d+(\.\d*)?|\.\d+)([eE][+-]?\d+)?\s*$/.test(input)) return { value: Number(input), format };
    return { value: input, format };
  }
  if (typeof input === 'number' || typeof input === 'boolean') return { value: input, format };
  if (input === null || input === undefined) return { value: null, format };
  throw new OfficeError('InvalidArgument', `Unsupported cell value: ${JSON.stringify(input)}`);
}

// ------------------------------------------------------------------ formula evaluation (small)

type Value = string | number | boolean | null;

function evaluate(
  expression: string,
  resolve: (ref: string) => { sheet: SheetModel; range: RangeRef } | null,
  valueAt: (row: number, col: number) => Value,
): Value {
  const unsupported = '#UNSUPPORTED_IN_DOUBLE!';
  const expr = expression.trim();
  const sum = /^SUM\((.*)\)$/i.exec(expr);
  const cellsOf = (ref: string): Value[] | null => {
    const target = resolve(ref.trim());
    if (!target) return null;
    const out: Value[] = [];
    for (let r = 0; r < target.range.rowSpan; r++)
      for (let c = 0; c < target.range.colSpan; c++) out.push(valueAt(target.range.row + r, target.range.col + c));
    return out;
  };
  if (sum) {
    let total = 0;
    for (const arg of sum[1].split(',')) {
      const values = cellsOf(arg);
      if (!values) return unsupported;
      for (const v of values) if (typeof v === 'number') total += v;
    }
    return total;
  }
  // a + b - c over single references and numbers
  const terms = expr.split(/(?=[+-])/);
  let total = 0;
  for (const raw of terms) {
    const sign = raw.startsWith('-') ? -1 : 1;
    const term = raw.replace(/^[+-]/, '').trim();
    if (/^\d+(\.\d+)?$/.test(term)) {
      total += sign * Number(term);
      continue;
    }
    if (!/^\$?[A-Z]+\$?\d+$/i.test(term)) return unsupported;
    const [v] = cellsOf(term) ?? [null];
    if (typeof v === 'string') return '#VALUE!';
    total += sign * (typeof v === 'number' ? v : 0);
  }
  return total;
}

// ------------------------------------------------------------------------ request context

type Target = any;
type Resolver = () => Target | null;

interface Op {
  run(): void;
}

export class DoubleContext {
  private queue: Op[] = [];
  /** Null-object checks: run at every sync, but they are not operations of the batch. */
  private probes: (() => void)[] = [];
  readonly workbook: any;

  constructor(readonly double: ExcelDouble) {
    this.workbook = makeProxy(this, 'workbook', () => ({ kind: 'workbook' }));
  }

  enqueue(run: () => void): void {
    this.queue.push({ run });
  }

  get pending(): number {
    return this.queue.length;
  }

  probe(check: () => void): void {
    this.probes.push(check);
  }

  async sync(): Promise<void> {
    this.double.syncCount++;
    const ops = this.queue;
    this.queue = [];
    try {
      for (const op of ops) op.run(); // an error stops the batch; earlier operations stay applied
    } finally {
      for (const check of this.probes) check();
      this.double.flushChanges();
    }
  }

  /** Office.js lets `context.trackedObjects` exist; the double needs nothing from it. */
  readonly trackedObjects = { add() {}, remove() {} };
}

// ------------------------------------------------------------------------ proxies

interface Spec {
  /** Scalar properties: read from the loaded snapshot, written through the queue. */
  props: Record<string, { get?: (t: Target, ctx: DoubleContext) => unknown; set?: (t: Target, v: any, ctx: DoubleContext) => void }>;
  /** Navigation properties: child proxies. */
  nav?: Record<string, { kind: string; resolve: (t: Target, ctx: DoubleContext) => Target | null }>;
  /** Methods returning proxies (resolved at sync) or queuing actions. */
  methods?: Record<string, (ctx: DoubleContext, parent: Resolver, ...args: any[]) => any>;
  /** Collections: item kind for `items`. */
  items?: { kind: string; list: (t: Target, ctx: DoubleContext) => Target[] };
}

function notFound(what: string): never {
  throw new OfficeError('ItemNotFound', `The requested resource doesn't exist: ${what}`);
}

/** Resolves a proxy's target at sync; a null target fails unless the caller asked for null objects. */
function required(parent: Resolver, what: string): Target {
  const t = parent();
  if (t === null) notFound(what);
  return t;
}

function makeProxy(ctx: DoubleContext, kind: string, resolve: Resolver): any {
  const spec = SPECS[kind];
  if (!spec) throw new Error(`double: unknown kind ${kind}`);
  const loaded: Record<string, unknown> = {};
  const loadedKeys = new Set<string>();
  let nullState: boolean | undefined;
  const children = new Map<string, any>();

  const load = (what?: string | string[] | { select?: string | string[] }) => {
    const list = normalizeLoad(what, spec);
    ctx.enqueue(() => {
      const target = resolve();
      nullState = target === null;
      if (target === null) return;
      // All `items/...` paths load into one set of item proxies.
      const itemPaths = list.filter((p) => p === 'items' || p.startsWith('items/')).map((p) => p.slice('items/'.length));
      if (itemPaths.length && spec.items) {
        loaded.items = spec.items.list(target, ctx).map((item) => {
          const child = makeProxy(ctx, spec.items!.kind, () => item);
          child.__loadNow(itemPaths.includes('') ? undefined : itemPaths);
          return child;
        });
        loadedKeys.add('items');
      }
      for (const path of list) {
        const [head, ...rest] = path.split('/');
        if (head === 'items' && spec.items) continue;
        if (spec.props[head]) {
          const getter = spec.props[head].get;
          if (!getter) throw new OfficeError('InvalidArgument', `Property ${head} cannot be loaded`);
          loaded[head] = clone(getter(target, ctx));
          loadedKeys.add(head);
        } else if (spec.nav?.[head]) {
          proxy[head].__loadNow(rest.length ? [rest.join('/')] : undefined);
        } else {
          throw new OfficeError('InvalidArgument', `Unknown property ${head} on ${kind}`);
        }
      }
    });
    return proxy;
  };

  ctx.probe(() => {
    try {
      nullState = resolve() === null;
    } catch {
      nullState = undefined; // not a null object: an error this proxy's own use will raise
    }
  });

  const proxy: any = new Proxy(
    {},
    {
      get(_t, prop: string | symbol) {
        if (typeof prop === 'symbol') return undefined;
        if (prop === 'then') return undefined; // not a thenable
        if (prop === 'context') return ctx;
        if (prop === 'load') return load;
        if (prop === '__loadNow')
          return (paths?: string[]) => {
            // Called while a parent's load runs at sync: snapshot immediately.
            const target = resolve();
            nullState = target === null;
            if (target === null) return;
            const nested = new Map<string, string[]>();
            for (const path of normalizeLoad(paths, spec)) {
              const [head, ...rest] = path.split('/');
              if (spec.props[head]?.get) {
                loaded[head] = clone(spec.props[head].get!(target, ctx));
                loadedKeys.add(head);
              } else if (spec.nav?.[head]) nested.set(head, [...(nested.get(head) ?? []), ...(rest.length ? [rest.join('/')] : [])]);
            }
            for (const [head, rest] of nested) proxy[head].__loadNow(rest.length ? rest : undefined);
          };
        if (prop === 'isNullObject') {
          if (nullState === undefined) throw notLoaded('isNullObject');
          return nullState;
        }
        if (prop === 'toJSON') return () => ({ ...loaded });
        if (spec.nav?.[prop]) {
          if (!children.has(prop)) {
            const nav = spec.nav[prop];
            children.set(
              prop,
              makeProxy(ctx, nav.kind, () => {
                const t = resolve();
                return t === null ? null : nav.resolve(t, ctx);
              }),
            );
          }
          return children.get(prop);
        }
        if (spec.methods?.[prop]) return (...args: any[]) => spec.methods![prop](ctx, resolve, ...args);
        if (spec.props[prop] || (prop === 'items' && spec.items)) {
          if (!loadedKeys.has(prop)) throw notLoaded(prop);
          return loaded[prop];
        }
        throw new Error(`double: ${kind}.${prop} is not modelled`);
      },
      set(_t, prop: string | symbol, value) {
        if (typeof prop === 'symbol' || !spec.props[prop]?.set) throw new Error(`double: cannot set ${kind}.${String(prop)}`);
        const setter = spec.props[prop].set!;
        const snapshot = clone(value);
        ctx.enqueue(() => setter(required(resolve, `${kind}.${prop}`), snapshot, ctx));
        return true;
      },
    },
  );
  return proxy;
}

function notLoaded(prop: string): OfficeError {
  return new OfficeError(
    'PropertyNotLoaded',
    `The property '${prop}' is not available. Before reading the property's value, call the load method on the containing object and call "context.sync()" on the associated request context.`,
  );
}

function normalizeLoad(what: unknown, spec: Spec): string[] {
  if (what === undefined || what === null) return Object.keys(spec.props).filter((p) => spec.props[p].get);
  if (typeof what === 'string') return what.split(',').map((s) => s.trim()).filter(Boolean);
  if (Array.isArray(what)) return what.flatMap((w) => normalizeLoad(w, spec));
  if (typeof what === 'object' && 'select' in (what as object)) return normalizeLoad((what as { select: unknown }).select, spec);
  throw new OfficeError('InvalidArgument', 'Bad load argument');
}

function clone<T>(v: T): T {
  return v === undefined ? v : JSON.parse(JSON.stringify(v));
}

// ------------------------------------------------------------------------ targets

interface RangeTarget {
  kind: 'range';
  sheet: SheetModel;
  row: number;
  col: number;
  rowSpan: number;
  colSpan: number;
}

function rangeTarget(sheet: SheetModel, r: { row: number; col: number; rowSpan: number; colSpan: number }): RangeTarget {
  if (r.row < 0 || r.col < 0 || r.rowSpan < 1 || r.colSpan < 1 || r.row + r.rowSpan > MAX_ROWS || r.col + r.colSpan > MAX_COLS) {
    throw new OfficeError('InvalidArgument', 'The range is outside the worksheet.');
  }
  return { kind: 'range', sheet, row: r.row, col: r.col, rowSpan: r.rowSpan, colSpan: r.colSpan };
}

function eachCell(t: RangeTarget, fn: (cell: CellModel, row: number, col: number) => void, create = true): void {
  for (let r = t.row; r < t.row + t.rowSpan; r++)
    for (let c = t.col; c < t.col + t.colSpan; c++) {
      let cell = t.sheet.cells.get(key(r, c));
      if (!cell && create) {
        cell = { value: null, format: defaultFormat() };
        t.sheet.cells.set(key(r, c), cell);
      }
      if (cell) fn(cell, r, c);
    }
}

function grid<T>(t: RangeTarget, fn: (row: number, col: number) => T): T[][] {
  return Array.from({ length: t.rowSpan }, (_, r) => Array.from({ length: t.colSpan }, (_, c) => fn(t.row + r, t.col + c)));
}

function checkShape(t: RangeTarget, value: unknown, prop: string): unknown[][] {
  if (!Array.isArray(value) || value.length !== t.rowSpan || value.some((row) => !Array.isArray(row) || row.length !== t.colSpan)) {
    throw new OfficeError('InvalidArgument', `The number of rows or columns in the input array doesn't match the size or dimensions of the range (${prop}).`);
  }
  return value as unknown[][];
}

function assertWritable(t: RangeTarget, what: string): void {
  if (!t.sheet.protection.protected) return;
  eachCell(
    t,
    (cell) => {
      if (cell.format.locked) throw new OfficeError('AccessDenied', `The cell or chart you're trying to change is protected (${what}).`);
    },
    true,
  );
}

function assertFormattable(t: RangeTarget): void {
  if (t.sheet.protection.protected && !t.sheet.protection.options?.allowFormatCells) {
    throw new OfficeError('AccessDenied', 'The sheet is protected and formatting cells is not allowed.');
  }
}

function uniform<T>(t: RangeTarget, pick: (c: CellModel) => T): T | null {
  let first: T | undefined;
  let same = true;
  eachCell(
    t,
    (cell) => {
      const v = pick(cell);
      if (first === undefined) first = v;
      else if (JSON.stringify(v) !== JSON.stringify(first)) same = false;
    },
    true,
  );
  return same ? (first ?? null) : null;
}

function formatProp(pick: (f: CellFormat) => unknown, put: (f: CellFormat, v: any) => void) {
  return {
    get: (t: { range: RangeTarget }) => uniform(t.range, (c) => pick(c.format)),
    set: (t: { range: RangeTarget }, v: any) => {
      assertFormattable(t.range);
      eachCell(t.range, (c) => put(c.format, v));
    },
  };
}

const A1 = (t: RangeTarget) => `${quoteSheetName(t.sheet.name)}!${rangeAddress(t.row, t.col, t.rowSpan, t.colSpan)}`;

function sheetOf(ctx: DoubleContext, name: string): SheetModel | null {
  return ctx.double.sheet(name) ?? null;
}

function isValidName(name: string): boolean {
  return /^[A-Za-z_\\\u4e00-\u9fff][A-Za-z0-9_.\\\u4e00-\u9fff]*$/.test(name) && !/^[A-Za-z]{1,3}\d+$/.test(name) && !/^[RrCc]$/.test(name);
}

// ------------------------------------------------------------------------ specs

const rangeMethods: Spec['methods'] = {
  getCell: (ctx, parent, row: number, col: number) =>
    makeProxy(ctx, 'range', () => {
      const t = required(parent, 'range') as RangeTarget;
      return rangeTarget(t.sheet, { row: t.row + row, col: t.col + col, rowSpan: 1, colSpan: 1 });
    }),
  getResizedRange: (ctx, parent, dr: number, dc: number) =>
    makeProxy(ctx, 'range', () => {
      const t = required(parent, 'range') as RangeTarget;
      return rangeTarget(t.sheet, { row: t.row, col: t.col, rowSpan: t.rowSpan + dr, colSpan: t.colSpan + dc });
    }),
  merge: (ctx, parent, across = false) =>
    ctx.enqueue(() => {
      const t = required(parent, 'range') as RangeTarget;
      if (t.sheet.protection.protected) throw new OfficeError('AccessDenied', 'Cannot merge cells on a protected sheet.');
      const pieces = across ? Array.from({ length: t.rowSpan }, (_, i) => ({ row: t.row + i, col: t.col, rowSpan: 1, colSpan: t.colSpan })) : [t];
      for (const p of pieces) {
        const overlaps = t.sheet.merges.some((m) => m.row < p.row + p.rowSpan && p.row < m.row + m.rowSpan && m.col < p.col + p.colSpan && p.col < m.col + m.colSpan);
        if (overlaps) throw new OfficeError('InvalidOperation', 'Cannot merge a range that overlaps a merged area.');
        t.sheet.merges.push({ row: p.row, col: p.col, rowSpan: p.rowSpan, colSpan: p.colSpan });
      }
    }),
  unmerge: (ctx, parent) =>
    ctx.enqueue(() => {
      const t = required(parent, 'range') as RangeTarget;
      t.sheet.merges = t.sheet.merges.filter((m) => !(m.row >= t.row && m.row < t.row + t.rowSpan && m.col >= t.col && m.col < t.col + t.colSpan));
    }),
  select: (ctx, parent) =>
    ctx.enqueue(() => {
      const t = required(parent, 'range') as RangeTarget;
      ctx.double.activeSheet = t.sheet.name;
      ctx.double.selection = { sheet: t.sheet.name, address: rangeAddress(t.row, t.col, t.rowSpan, t.colSpan) };
    }),
  clear: (ctx, parent) =>
    ctx.enqueue(() => {
      const t = required(parent, 'range') as RangeTarget;
      assertWritable(t, 'clear');
      eachCell(t, (_c, r, c) => t.sheet.cells.delete(key(r, c)), false);
    }),
};

const SPECS: Record<string, Spec> = {
  workbook: {
    props: {},
    nav: {
      worksheets: { kind: 'worksheets', resolve: () => ({ kind: 'worksheets' }) },
      names: { kind: 'names', resolve: () => ({ kind: 'names' }) },
    },
    methods: {
      getSelectedRange: (ctx) =>
        makeProxy(ctx, 'range', () => {
          const sel = ctx.double.selection;
          if (!sel) return notFound('selection');
          return rangeTarget(ctx.double.sheet(sel.sheet)!, parseRange(sel.address));
        }),
    },
  },
  worksheets: {
    props: { count: { get: (_t, ctx) => ctx.double.sheets.length } },
    items: { kind: 'worksheet', list: (_t, ctx) => ctx.double.sheets },
    methods: {
      add: (ctx, _p, name?: string) => {
        let created: SheetModel | null = null;
        ctx.enqueue(() => {
          const n = name ?? `Sheet${ctx.double.sheets.length + 1}`;
          if (ctx.double.sheet(n)) throw new OfficeError('ItemAlreadyExists', `A worksheet named "${n}" already exists.`);
          if (/[\\/?*[\]:]/.test(n) || n.length > 31) throw new OfficeError('InvalidArgument', `Invalid worksheet name "${n}".`);
          created = ctx.double.addSheet(n);
        });
        return makeProxy(ctx, 'worksheet', () => created ?? notFound(`worksheet ${name}`));
      },
      getItem: (ctx, _p, name: string) => makeProxy(ctx, 'worksheet', () => sheetOf(ctx, name) ?? notFound(`worksheet ${name}`)),
      getItemOrNullObject: (ctx, _p, name: string) => makeProxy(ctx, 'worksheet', () => sheetOf(ctx, name)),
      getActiveWorksheet: (ctx) => makeProxy(ctx, 'worksheet', () => sheetOf(ctx, ctx.double.activeSheet ?? '') ?? notFound('active worksheet')),
    },
  },
  worksheet: {
    props: {
      name: {
        get: (s: SheetModel) => s.name,
        set: (s: SheetModel, v: string, ctx) => {
          if (ctx.double.sheet(v) && ctx.double.sheet(v) !== s) throw new OfficeError('ItemAlreadyExists', `A worksheet named "${v}" already exists.`);
          for (const n of ctx.double.names.values()) if (n.sheet === s.name) n.sheet = v;
          s.name = v;
        },
      },
      position: { get: (s: SheetModel, ctx) => ctx.double.sheets.indexOf(s) },
      tabColor: { get: (s: SheetModel) => s.tabColor ?? '', set: (s: SheetModel, v: string) => (s.tabColor = v) },
    },
    nav: {
      onChanged: { kind: 'changedEvent', resolve: (s) => s },
      protection: { kind: 'sheetProtection', resolve: (s) => s },
      freezePanes: { kind: 'freezePanes', resolve: (s) => s },
      pageLayout: {
        kind: 'pageLayout',
        resolve: (s, ctx) => {
          if (ctx.double.excelApiMinor < 9) throw new OfficeError('ApiNotFound', 'PageLayout requires ExcelApi 1.9.');
          return s;
        },
      },
    },
    methods: {
      getRange: (ctx, parent, address?: string) =>
        makeProxy(ctx, 'range', () => {
          const s = required(parent, 'worksheet') as SheetModel;
          const r = parseRange(address ?? 'A1:XFD1048576');
          return rangeTarget(s, r);
        }),
      getRanges: (ctx, parent, address: string) => {
        if (ctx.double.excelApiMinor < 9) throw new OfficeError('ApiNotFound', 'getRanges requires ExcelApi 1.9.');
        return makeProxy(ctx, 'rangeAreas', () => {
          const s = required(parent, 'worksheet') as SheetModel;
          return { sheet: s, areas: address.split(',').map((a) => rangeTarget(s, parseRange(a.trim()))) };
        });
      },
      getRangeByIndexes: (ctx, parent, row: number, col: number, rowCount: number, colCount: number) =>
        makeProxy(ctx, 'range', () => rangeTarget(required(parent, 'worksheet'), { row, col, rowSpan: rowCount, colSpan: colCount })),
      getCell: (ctx, parent, row: number, col: number) =>
        makeProxy(ctx, 'range', () => rangeTarget(required(parent, 'worksheet'), { row, col, rowSpan: 1, colSpan: 1 })),
      getUsedRangeOrNullObject: (ctx, parent) => makeProxy(ctx, 'range', () => usedRange(parent())),
      getUsedRange: (ctx, parent) => makeProxy(ctx, 'range', () => usedRange(required(parent, 'worksheet')) ?? notFound('used range')),
      activate: (ctx, parent) =>
        ctx.enqueue(() => {
          ctx.double.activeSheet = (required(parent, 'worksheet') as SheetModel).name;
        }),
      delete: (ctx, parent) =>
        ctx.enqueue(() => {
          const s = required(parent, 'worksheet') as SheetModel;
          ctx.double.sheets.splice(ctx.double.sheets.indexOf(s), 1);
        }),
    },
  },
  range: {
    props: {
      address: { get: (t: RangeTarget) => A1(t) },
      rowIndex: { get: (t: RangeTarget) => t.row },
      columnIndex: { get: (t: RangeTarget) => t.col },
      rowCount: { get: (t: RangeTarget) => t.rowSpan },
      columnCount: { get: (t: RangeTarget) => t.colSpan },
      values: {
        get: (t: RangeTarget, ctx) => grid(t, (r, c) => ctx.double.valueOf(t.sheet, r, c) ?? ''),
        set: (t: RangeTarget, v, ctx) => writeCells(t, checkShape(t, v, 'values'), ctx.double),
      },
      formulas: {
        get: (t: RangeTarget) => grid(t, (r, c) => {
          const cell = t.sheet.cells.get(key(r, c));
          return cell?.formula ?? cell?.value ?? '';
        }),
        set: (t: RangeTarget, v, ctx) => writeCells(t, checkShape(t, v, 'formulas'), ctx.double),
      },
      numberFormat: {
        get: (t: RangeTarget) => grid(t, (r, c) => t.sheet.cells.get(key(r, c))?.format.numberFormat ?? 'General'),
        set: (t: RangeTarget, v) => {
          const g = checkShape(t, v, 'numberFormat');
          assertFormattable(t);
          eachCell(t, (cell, r, c) => (cell.format.numberFormat = String(g[r - t.row][c - t.col])));
        },
      },
    },
    nav: {
      format: { kind: 'rangeFormat', resolve: (t) => ({ range: t }) },
      dataValidation: { kind: 'dataValidation', resolve: (t) => ({ range: t }) },
      conditionalFormats: { kind: 'conditionalFormats', resolve: (t) => ({ range: t }) },
    },
    methods: rangeMethods,
  },
  rangeAreas: {
    props: { address: { get: (t: { areas: RangeTarget[] }) => t.areas.map(A1).join(',') } },
    methods: {
      select: (ctx, parent) =>
        ctx.enqueue(() => {
          const t = required(parent, 'range areas') as { sheet: SheetModel; areas: RangeTarget[] };
          ctx.double.activeSheet = t.sheet.name;
          ctx.double.selection = { sheet: t.sheet.name, address: t.areas.map((a) => rangeAddress(a.row, a.col, a.rowSpan, a.colSpan)).join(',') };
        }),
    },
  },
  rangeFormat: {
    props: {
      horizontalAlignment: formatProp((f) => f.horizontal ?? 'General', (f, v) => (f.horizontal = v)),
      verticalAlignment: formatProp((f) => f.vertical ?? 'Bottom', (f, v) => (f.vertical = v)),
      wrapText: formatProp((f) => f.wrap ?? false, (f, v) => (f.wrap = v)),
      columnWidth: {
        get: (t: { range: RangeTarget }) => t.range.sheet.columnWidths.get(t.range.col) ?? 48,
        set: (t: { range: RangeTarget }, v: number) => {
          for (let c = t.range.col; c < t.range.col + t.range.colSpan; c++) t.range.sheet.columnWidths.set(c, v);
        },
      },
      rowHeight: {
        get: (t: { range: RangeTarget }) => t.range.sheet.rowHeights.get(t.range.row) ?? 15,
        set: (t: { range: RangeTarget }, v: number) => {
          for (let r = t.range.row; r < t.range.row + t.range.rowSpan; r++) t.range.sheet.rowHeights.set(r, v);
        },
      },
    },
    nav: {
      fill: { kind: 'fill', resolve: (t) => t },
      font: { kind: 'font', resolve: (t) => t },
      borders: { kind: 'borders', resolve: (t) => t },
      protection: { kind: 'formatProtection', resolve: (t) => t },
    },
  },
  fill: { props: { color: formatProp((f) => f.fill ?? '#FFFFFF', (f, v) => (f.fill = String(v).toUpperCase())) } },
  font: {
    props: {
      name: formatProp((f) => f.fontName ?? 'Calibri', (f, v) => (f.fontName = v)),
      size: formatProp((f) => f.fontSize ?? 11, (f, v) => (f.fontSize = v)),
      bold: formatProp((f) => f.bold ?? false, (f, v) => (f.bold = v)),
      italic: formatProp((f) => f.italic ?? false, (f, v) => (f.italic = v)),
      color: formatProp((f) => f.fontColor ?? '#000000', (f, v) => (f.fontColor = String(v).toUpperCase())),
    },
  },
  formatProtection: {
    props: {
      locked: {
        get: (t: { range: RangeTarget }) => uniform(t.range, (c) => c.format.locked),
        set: (t: { range: RangeTarget }, v: boolean) => {
          if (t.range.sheet.protection.protected) throw new OfficeError('AccessDenied', 'Cannot change locking on a protected sheet.');
          eachCell(t.range, (c) => (c.format.locked = v));
        },
      },
    },
  },
  borders: {
    props: {},
    methods: {
      getItem: (ctx, parent, index: string) => makeProxy(ctx, 'border', () => ({ ...required(parent, 'borders'), index })),
    },
  },
  border: {
    props: {
      style: borderProp('style'),
      weight: borderProp('weight'),
      color: borderProp('color'),
    },
  },
  dataValidation: {
    props: {
      rule: validationProp('rule'),
      prompt: validationProp('prompt'),
      errorAlert: validationProp('errorAlert'),
    },
  },
  conditionalFormats: {
    props: { count: { get: (t: { range: RangeTarget }) => conditionalFormatsIn(t.range).length } },
    items: { kind: 'conditionalFormat', list: (t: { range: RangeTarget }) => conditionalFormatsIn(t.range) },
    methods: {
      add: (ctx, parent, type: string) => {
        let entry: SheetModel['conditionalFormats'][number] | null = null;
        ctx.enqueue(() => {
          const t = required(parent, 'conditionalFormats') as { range: RangeTarget };
          assertFormattable(t.range);
          entry = { address: rangeAddress(t.range.row, t.range.col, t.range.rowSpan, t.range.colSpan), type };
          t.range.sheet.conditionalFormats.push(entry);
        });
        return makeProxy(ctx, 'conditionalFormat', () => entry ?? notFound('conditional format'));
      },
    },
  },
  conditionalFormat: {
    props: { type: { get: (e: any) => e.type } },
    nav: {
      custom: {
        kind: 'customConditionalFormat',
        resolve: (e) => (e.type === 'Custom' ? e : new OfficeError('InvalidOperation', 'Not a custom conditional format.').throw()),
      },
      customOrNullObject: { kind: 'customConditionalFormat', resolve: (e) => (e.type === 'Custom' ? e : null) },
    },
    methods: {
      delete: (ctx, parent) =>
        ctx.enqueue(() => {
          const entry = required(parent, 'conditional format');
          for (const sheet of ctx.double.sheets) {
            const i = sheet.conditionalFormats.indexOf(entry);
            if (i >= 0) sheet.conditionalFormats.splice(i, 1);
          }
        }),
    },
  },
  customConditionalFormat: {
    props: {},
    nav: {
      rule: { kind: 'conditionalRule', resolve: (e) => e },
      format: { kind: 'conditionalRangeFormat', resolve: (e) => e },
    },
  },
  conditionalRule: { props: { formula: { get: (e: any) => e.formula, set: (e: any, v: string) => (e.formula = v) } } },
  conditionalRangeFormat: {
    props: {},
    nav: {
      fill: { kind: 'conditionalFill', resolve: (e) => e },
      font: { kind: 'conditionalFont', resolve: (e) => e },
    },
  },
  conditionalFill: { props: { color: { get: (e: any) => e.fill, set: (e: any, v: string) => (e.fill = String(v).toUpperCase()) } } },
  conditionalFont: { props: { color: { get: (e: any) => e.fontColor, set: (e: any, v: string) => (e.fontColor = String(v).toUpperCase()) } } },
  freezePanes: {
    props: {},
    methods: {
      freezeRows: (ctx, parent, rows = 1) => ctx.enqueue(() => ((required(parent, 'freezePanes') as SheetModel).freeze = { rows, columns: 0 })),
      freezeColumns: (ctx, parent, columns = 1) => ctx.enqueue(() => ((required(parent, 'freezePanes') as SheetModel).freeze = { rows: 0, columns })),
      freezeAt: (ctx, parent, at: any) => {
        const address = typeof at === 'string' ? at : null;
        ctx.enqueue(() => {
          const s = required(parent, 'freezePanes') as SheetModel;
          const r = address ? parseRange(address) : (at.__target?.() as RangeTarget);
          if (!r) throw new OfficeError('InvalidArgument', 'freezeAt needs a range in the double');
          if (r.row !== 0 || r.col !== 0) throw new OfficeError('InvalidArgument', 'The frozen range must start at A1.');
          s.freeze = { rows: r.rowSpan, columns: r.colSpan };
        });
      },
      unfreeze: (ctx, parent) => ctx.enqueue(() => ((required(parent, 'freezePanes') as SheetModel).freeze = undefined)),
    },
  },
  changedEvent: {
    props: {},
    methods: {
      add: (ctx, parent, handler: (args: unknown) => unknown) => {
        if (ctx.double.excelApiMinor < 7) throw new OfficeError('ApiNotFound', 'onChanged requires ExcelApi 1.7.');
        let registered: SheetModel | null = null;
        ctx.enqueue(() => {
          registered = required(parent, 'worksheet') as SheetModel;
          registered.changeHandlers.push(handler);
        });
        return {
          context: ctx,
          remove: () =>
            ctx.enqueue(() => {
              if (registered) registered.changeHandlers = registered.changeHandlers.filter((h) => h !== handler);
            }),
        };
      },
    },
  },
  sheetProtection: {
    props: {
      protected: { get: (s: SheetModel) => s.protection.protected },
      options: { get: (s: SheetModel) => s.protection.options ?? {} },
    },
    methods: {
      protect: (ctx, parent, options?: any) =>
        ctx.enqueue(() => {
          const s = required(parent, 'protection') as SheetModel;
          if (s.protection.protected) throw new OfficeError('InvalidOperation', 'The worksheet is already protected.');
          s.protection = { protected: true, options: clone(options ?? {}) };
        }),
      unprotect: (ctx, parent) => ctx.enqueue(() => ((required(parent, 'protection') as SheetModel).protection = { protected: false })),
    },
  },
  pageLayout: {
    props: Object.fromEntries(
      ['orientation', 'paperSize', 'zoom', 'centerHorizontally', 'centerVertically', 'printGridlines', 'printHeadings'].map((p) => [
        p,
        { get: (s: SheetModel) => s.pageLayout[p], set: (s: SheetModel, v: unknown) => (s.pageLayout[p] = v) },
      ]),
    ),
    methods: {
      setPrintTitleRows: (ctx, parent, rows: string) =>
        ctx.enqueue(() => {
          if (!/^\$?\d+:\$?\d+$/.test(String(rows))) throw new OfficeError('InvalidArgument', `Bad print title rows ${rows}`);
          (required(parent, 'pageLayout') as SheetModel).pageLayout.printTitleRows = rows;
        }),
    },
  },
  names: {
    props: { count: { get: (_t, ctx) => ctx.double.names.size } },
    items: { kind: 'namedItem', list: (_t, ctx) => [...ctx.double.names.values()] },
    methods: {
      add: (ctx, _p, name: string, reference: any, comment?: string) => {
        const address = typeof reference === 'string' ? reference : null;
        ctx.enqueue(() => {
          if (!isValidName(name)) throw new OfficeError('InvalidArgument', `Invalid name "${name}".`);
          if (ctx.double.names.has(name.toLowerCase())) throw new OfficeError('ItemAlreadyExists', `The name "${name}" already exists.`);
          let target: { sheet: string; range: RangeRef };
          if (address) {
            const r = parseRange(address.replace(/^=/, ''));
            if (!r.sheet || !ctx.double.sheet(r.sheet)) notFound(`sheet of ${address}`);
            target = { sheet: ctx.double.sheet(r.sheet!)!.name, range: r };
          } else {
            const t = reference.__target() as RangeTarget;
            target = { sheet: t.sheet.name, range: { row: t.row, col: t.col, rowSpan: t.rowSpan, colSpan: t.colSpan } };
          }
          ctx.double.names.set(name.toLowerCase(), { name, ...target, comment });
        });
        return makeProxy(ctx, 'namedItem', () => ctx.double.names.get(name.toLowerCase()) ?? notFound(`name ${name}`));
      },
      getItem: (ctx, _p, name: string) => makeProxy(ctx, 'namedItem', () => ctx.double.names.get(name.toLowerCase()) ?? notFound(`name ${name}`)),
      getItemOrNullObject: (ctx, _p, name: string) => makeProxy(ctx, 'namedItem', () => ctx.double.names.get(name.toLowerCase()) ?? null),
    },
  },
  namedItem: {
    props: {
      name: { get: (n: NameModel) => n.name },
      type: { get: () => 'Range' },
      formula: { get: (n: NameModel) => `=${quoteSheetName(n.sheet)}!${absolute(n.range)}` },
      value: { get: (n: NameModel) => `${quoteSheetName(n.sheet)}!${absolute(n.range)}` },
      comment: { get: (n: NameModel) => n.comment ?? '' },
    },
    methods: {
      getRange: (ctx, parent) => makeProxy(ctx, 'range', () => namedRange(ctx, required(parent, 'named item'))),
      getRangeOrNullObject: (ctx, parent) =>
        makeProxy(ctx, 'range', () => {
          const n = parent();
          return n === null ? null : namedRange(ctx, n);
        }),
    },
  },
};

// Let methods that take a Range argument (names.add, freezeAt) reach the proxy's target at sync.
for (const kind of ['range']) {
  const spec = SPECS[kind];
  spec.methods = { ...spec.methods, __target: (_ctx, parent) => required(parent, 'range') };
}

/** Conditional formats whose range intersects the given range, as Excel lists them. */
function conditionalFormatsIn(t: RangeTarget): SheetModel['conditionalFormats'] {
  return t.sheet.conditionalFormats.filter((f) => {
    const r = parseRange(f.address);
    return r.row < t.row + t.rowSpan && t.row < r.row + r.rowSpan && r.col < t.col + t.colSpan && t.col < r.col + r.colSpan;
  });
}

function absolute(r: RangeRef): string {
  return absoluteRange(r.row, r.col, r.rowSpan, r.colSpan);
}

function namedRange(ctx: DoubleContext, n: NameModel): RangeTarget {
  const sheet = ctx.double.sheet(n.sheet);
  if (!sheet) notFound(`sheet ${n.sheet}`);
  return rangeTarget(sheet, n.range);
}

function usedRange(s: SheetModel | null): RangeTarget | null {
  if (!s) return null;
  const keys = [...s.cells.entries()].filter(([, c]) => c.value !== null || c.formula).map(([k]) => k.split(',').map(Number));
  if (keys.length === 0) return null;
  const rows = keys.map(([r]) => r);
  const cols = keys.map(([, c]) => c);
  const row = Math.min(...rows);
  const col = Math.min(...cols);
  return rangeTarget(s, { row, col, rowSpan: Math.max(...rows) - row + 1, colSpan: Math.max(...cols) - col + 1 });
}

function writeCells(t: RangeTarget, rows: unknown[][], double?: ExcelDouble): void {
  assertWritable(t, 'write');
  double?.noteChange(t.sheet, rangeAddress(t.row, t.col, t.rowSpan, t.colSpan));
  eachCell(t, (cell, r, c) => {
    const next = toCell(rows[r - t.row][c - t.col], cell.format);
    cell.value = next.value;
    cell.formula = next.formula;
  });
}

function borderProp(prop: 'style' | 'weight' | 'color') {
  const sides = (index: string): ('top' | 'bottom' | 'left' | 'right')[] =>
    ({ EdgeTop: ['top'], EdgeBottom: ['bottom'], EdgeLeft: ['left'], EdgeRight: ['right'], InsideHorizontal: ['top', 'bottom'], InsideVertical: ['left', 'right'] })[index] as any;
  return {
    get: (t: { range: RangeTarget; index: string }) => uniform(t.range, (c) => c.format.borders[sides(t.index)[0]]?.[prop] ?? null),
    set: (t: { range: RangeTarget; index: string }, v: string) => {
      const r = t.range;
      assertFormattable(r);
      eachCell(r, (cell, row, col) => {
        const apply = (side: 'top' | 'bottom' | 'left' | 'right') => {
          const b = (cell.format.borders[side] ??= { style: 'None' });
          (b as any)[prop] = prop === 'color' ? String(v).toUpperCase() : v;
        };
        switch (t.index) {
          case 'EdgeTop': if (row === r.row) apply('top'); break;
          case 'EdgeBottom': if (row === r.row + r.rowSpan - 1) apply('bottom'); break;
          case 'EdgeLeft': if (col === r.col) apply('left'); break;
          case 'EdgeRight': if (col === r.col + r.colSpan - 1) apply('right'); break;
          case 'InsideHorizontal':
            if (row > r.row) apply('top');
            if (row < r.row + r.rowSpan - 1) apply('bottom');
            break;
          case 'InsideVertical':
            if (col > r.col) apply('left');
            if (col < r.col + r.colSpan - 1) apply('right');
            break;
          default:
            throw new OfficeError('InvalidArgument', `Unknown border index ${t.index}`);
        }
      });
    },
  };
}

function validationProp(prop: keyof ValidationModel) {
  return {
    get: (t: { range: RangeTarget }) => t.range.sheet.validations.get(key(t.range.row, t.range.col))?.[prop] ?? null,
    set: (t: { range: RangeTarget }, v: any) => {
      if (prop === 'rule') validateRule(v);
      if (prop === 'prompt' && ((v.title ?? '').length > 32 || (v.message ?? '').length > 255)) {
        throw new OfficeError('InvalidArgument', 'Input message title is limited to 32 and message to 255 characters.');
      }
      eachCell(t.range, (_cell, r, c) => {
        const entry = t.range.sheet.validations.get(key(r, c)) ?? {};
        entry[prop] = clone(v);
        t.range.sheet.validations.set(key(r, c), entry);
      });
    },
  };
}

function validateRule(rule: any): void {
  const kinds = Object.keys(rule ?? {});
  if (kinds.length !== 1) throw new OfficeError('InvalidArgument', 'A data validation rule has exactly one type.');
  const body = rule[kinds[0]];
  const known = ['wholeNumber', 'decimal', 'textLength', 'date', 'time', 'list', 'custom'];
  if (!known.includes(kinds[0])) throw new OfficeError('InvalidArgument', `Unknown validation type ${kinds[0]}`);
  if (['wholeNumber', 'decimal'].includes(kinds[0]) && (body.formula1 === undefined || !body.operator)) {
    throw new OfficeError('InvalidArgument', 'Basic data validation needs formula1 and operator.');
  }
}

// ------------------------------------------------------------------------ globals

export interface InstalledDouble {
  double: ExcelDouble;
  uninstall(): void;
}

/**
 * Defines `Excel.run`, the string enums the add-in may use, and the parts of `Office` it needs
 * (`onReady`, `context.requirements.isSetSupported`, `context.document.settings`).
 */
export function installExcelDouble(double: ExcelDouble = new ExcelDouble()): InstalledDouble {
  const g = globalThis as any;
  const previous = { Excel: g.Excel, Office: g.Office };
  g.Excel = {
    run: async (first: any, second?: (context: DoubleContext) => Promise<unknown>) => {
      // Excel.run(batch) or Excel.run(objectOrContext, batch): the latter reuses that context.
      const batch = (second ?? first) as (context: DoubleContext) => Promise<unknown>;
      const context = second ? ((first instanceof DoubleContext ? first : first?.context) as DoubleContext) : new DoubleContext(double);
      const result = await batch(context);
      if (context.pending > 0) await context.sync(); // Excel.run flushes what the batch left queued
      return result;
    },
    RequestContext: DoubleContext,
  };
  g.Office = {
    ...(previous.Office ?? {}),
    onReady: (cb?: (info: unknown) => void) => {
      const info = { host: 'Excel', platform: 'OfficeOnline' };
      cb?.(info);
      return Promise.resolve(info);
    },
    HostType: { Excel: 'Excel' },
    AsyncResultStatus: { Succeeded: 'succeeded', Failed: 'failed' },
    context: {
      requirements: {
        isSetSupported: (name: string, version?: string) => {
          if (name !== 'ExcelApi') return false;
          const minor = Number(String(version ?? '1.1').split('.')[1] ?? 0);
          return minor <= double.excelApiMinor;
        },
      },
      document: {
        settings: {
          get: (k: string) => (double.settings.has(k) ? double.settings.get(k) : null),
          set: (k: string, v: unknown) => double.settings.set(k, v),
          remove: (k: string) => double.settings.delete(k),
          saveAsync: (cb?: (r: unknown) => void) => cb?.({ status: 'succeeded' }),
        },
      },
    },
  };
  return {
    double,
    uninstall() {
      g.Excel = previous.Excel;
      g.Office = previous.Office;
    },
  };
}

