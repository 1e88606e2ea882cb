/* eslint-disable @typescript-eslint/no-explicit-any */
/**
 * An in-memory Excel for testing code written against Office.js (the Excel JavaScript API). It is
 * strict where real Excel is strict, so adapter code that would fail in Excel fails here too.
 *
 * Proxies and loading
 * - Every API object is a proxy. Reading a property that was not `load()`ed and then synced throws
 *   PropertyNotLoaded with Office.js's message. `load('a,b')`, `load(['a'])`, `load({ select,
 *   expand })`, nested paths (`items/name`, `format/fill/color`) and, on collections, item
 *   properties without `items/` work as in Office.js. Loaded values are a snapshot taken when the
 *   load runs in the sync; later writes show only after another load and sync.
 * - Stricter than Office.js: a property you have *set* is not echoed back locally; read it with
 *   load + sync (Office.js would return the value you assigned, not what Excel made of it).
 *
 * Queueing and errors
 * - Property writes and method calls are queued and applied at `context.sync()`, in order. Their
 *   arguments are serialised when the sync runs, as Office.js does, so mutating an array after
 *   assigning it changes what is written.
 * - Excel's checks run at sync with Office.js error codes: ItemNotFound, ItemAlreadyExists,
 *   InvalidArgument (array shape, addresses, enum values, names), AccessDenied (protected
 *   sheets), InvalidOperation, InvalidReference. Members of a requirement set the host lacks throw
 *   ApiNotFound when touched, as office.js does.
 * - A failing operation rejects the sync. Operations queued before it stay applied (as in Excel);
 *   the rest of the batch is dropped, and nothing that batch loaded reaches the proxies.
 * - *OrNullObject: `isNullObject` is known after a sync; anything chained on a null object is a
 *   null object; writes and calls on null objects are ignored and their properties read undefined.
 *
 * Sync counting: every `context.sync()` call counts (`double.syncCount`). `Excel.run` syncs at the
 * end only when operations are pending, and only that sync counts, since Office.js skips the round
 * trip when nothing is queued.
 *
 * Formulas are stored as written. Values are computed for numbers, strings, references (also to
 * other sheets and defined names), + - * / ^ & %, comparisons, SUM, IF, IFERROR, COUNTBLANK,
 * ISTEXT, ISNUMBER, ISBLANK, ROUND, ABS. Any other formula reads back its own text as its value.
 */

import { installCharts } from './excel-charts';

// ================================================================== A1 addresses

export interface Rect {
  row: number;
  col: number;
  rowSpan: number;
  colSpan: number;
}

export const MAX_ROWS = 1_048_576;
export const MAX_COLS = 16_384;
/** Per-cell work beyond this many cells is refused: a limit of the double, not of Excel. */
const CELL_LIMIT = 1_000_000;

export function columnLetters(col: number): string {
  let s = '';
  for (let n = col + 1; n > 0; n = Math.floor((n - 1) / 26)) s = String.fromCharCode(65 + ((n - 1) % 26)) + s;
  return s;
}

function columnIndex(letters: string): number {
  let n = 0;
  for (const ch of letters.replace(/\$/g, '').toUpperCase()) n = n * 26 + ch.charCodeAt(0) - 64;
  return n - 1;
}

/** Excel leaves a sheet name bare only when it is one word (letters of any script) that is not a reference. */
export function quoteSheetName(name: string): string {
  const bare = /^[\p{L}_][\p{L}\p{N}_.]*$/u.test(name) && !/^[A-Za-z]{1,3}\d+$/.test(name) && !/^[RrCc]\d*([RrCc]\d*)?$/.test(name);
  return bare ? name : `'${name.replace(/'/g, "''")}'`;
}

export function rectAddress(r: Rect, absolute = false): string {
  const $ = absolute ? '$' : '';
  if (r.col === 0 && r.colSpan === MAX_COLS) return `${$}${r.row + 1}:${$}${r.row + r.rowSpan}`;
  if (r.row === 0 && r.rowSpan === MAX_ROWS) return `${$}${columnLetters(r.col)}:${$}${columnLetters(r.col + r.colSpan - 1)}`;
  const cell = (row: number, col: number) => `${$}${columnLetters(col)}${$}${row + 1}`;
  const first = cell(r.row, r.col);
  return r.rowSpan === 1 && r.colSpan === 1 ? first : `${first}:${cell(r.row + r.rowSpan - 1, r.col + r.colSpan - 1)}`;
}

const qualified = (sheet: SheetModel, r: Rect, absolute = false) => `${quoteSheetName(sheet.name)}!${rectAddress(r, absolute)}`;

/** Parses A1, $A$1:B2, A:C, 1:3, optionally after `Sheet!` or `'Sheet name'!`. */
export function parseAddress(address: string): { sheet?: string; rect: Rect } {
  const text = String(address).trim();
  const quoted = /^'((?:[^']|'')+)'!(.+)$/.exec(text);
  const bare = quoted ? null : /^([^'!]+)!(.+)$/.exec(text);
  const sheet = quoted ? quoted[1].replace(/''/g, "'") : bare?.[1];
  const parts = (quoted?.[2] ?? bare?.[2] ?? text).split(':');
  const bad = (): never => fail('InvalidArgument', `address '${address}'`);
  if (parts.length > 2) bad();
  const [a, b = parts[0]] = parts;
  const cell = /^\$?([A-Za-z]{1,3})\$?(\d+)$/;
  const ca = cell.exec(a);
  const cb = cell.exec(b);
  let rows: number[];
  let cols: number[];
  if (ca && cb) [rows, cols] = [[+ca[2] - 1, +cb[2] - 1], [columnIndex(ca[1]), columnIndex(cb[1])]];
  else if (parts.length === 2 && /^\$?[A-Za-z]{1,3}$/.test(a) && /^\$?[A-Za-z]{1,3}$/.test(b)) [rows, cols] = [[0, MAX_ROWS - 1], [columnIndex(a), columnIndex(b)]];
  else if (parts.length === 2 && /^\$?\d+$/.test(a) && /^\$?\d+$/.test(b)) [rows, cols] = [[+a.replace('$', '') - 1, +b.replace('$', '') - 1], [0, MAX_COLS - 1]];
  else return bad();
  const rect = { row: Math.min(...rows), col: Math.min(...cols), rowSpan: Math.abs(rows[1] - rows[0]) + 1, colSpan: Math.abs(cols[1] - cols[0]) + 1 };
  checkRect(rect);
  return { sheet, rect };
}

function checkRect(r: Rect): Rect {
  const ints = [r.row, r.col, r.rowSpan, r.colSpan].every(Number.isInteger);
  if (!ints || r.row < 0 || r.col < 0 || r.rowSpan < 1 || r.colSpan < 1 || r.row + r.rowSpan > MAX_ROWS || r.col + r.colSpan > MAX_COLS) {
    fail('InvalidArgument', `range outside the worksheet: ${JSON.stringify(r)}`);
  }
  return r;
}

const intersects = (a: Rect, b: Rect) => a.row < b.row + b.rowSpan && b.row < a.row + a.rowSpan && a.col < b.col + b.colSpan && b.col < a.col + a.colSpan;
const contains = (o: Rect, i: Rect) => i.row >= o.row && i.col >= o.col && i.row + i.rowSpan <= o.row + o.rowSpan && i.col + i.colSpan <= o.col + o.colSpan;

function intersection(a: Rect, b: Rect): Rect | null {
  if (!intersects(a, b)) return null;
  const row = Math.max(a.row, b.row);
  const col = Math.max(a.col, b.col);
  return { row, col, rowSpan: Math.min(a.row + a.rowSpan, b.row + b.rowSpan) - row, colSpan: Math.min(a.col + a.colSpan, b.col + b.colSpan) - col };
}

// ================================================================== errors

const MESSAGES: Record<string, string> = {
  ItemNotFound: "The requested resource doesn't exist.",
  ItemAlreadyExists: 'A resource with the same name or identifier already exists.',
  InvalidArgument: 'The argument is invalid or missing or has an incorrect format.',
  AccessDenied: 'You cannot perform the requested operation.',
  InvalidOperation: 'The operation attempted is invalid on the object.',
  InvalidReference: "This reference isn't valid for the current operation.",
  InvalidSelection: 'The current selection is invalid for this operation.',
  FormulaLengthExceedsLimit: 'The bytecode of the applied formula exceeds the maximum length limit.',
};

/** Shaped like OfficeExtension.Error: `code`, `message`, `debugInfo.errorLocation`. */
export class OfficeError extends Error {
  readonly debugInfo: { code: string; message: string; errorLocation?: string };
  readonly traceMessages: string[] = [];

  constructor(
    readonly code: string,
    message: string,
    errorLocation?: string,
  ) {
    super(message);
    this.name = 'RichApi.Error';
    this.debugInfo = { code, message, errorLocation };
  }
}

/** Excel's generic message for the code, then what the double knows, in brackets. */
function fail(code: string, detail?: string): never {
  const base = MESSAGES[code] ?? code;
  throw new OfficeError(code, detail ? `${base} [${detail}]` : base);
}

function notLoaded(prop: string, type: string): OfficeError {
  return new OfficeError(
    'PropertyNotLoaded',
    `The property '${prop}' is not available. Before reading the property's value, call the load method on the containing object and call "context.sync()" on the associated request context.`,
    `${type}.${prop}`,
  );
}

// ================================================================== model

export type CellValue = string | number | boolean | null;
type Side = 'top' | 'bottom' | 'left' | 'right';

export interface BorderModel {
  style: string;
  weight?: string;
  color?: string;
}

export interface CellFormat {
  locked: boolean;
  formulaHidden?: boolean;
  numberFormat: string;
  fill?: string;
  fontName?: string;
  fontSize?: number;
  bold?: boolean;
  italic?: boolean;
  fontColor?: string;
  horizontal?: string;
  vertical?: string;
  wrap?: boolean;
  borders: Partial<Record<Side, BorderModel>>;
}

export interface CellModel {
  /** The constant typed in; null for empty and for formula cells. */
  value: CellValue;
  formula?: string;
  format: CellFormat;
}

export interface ValidationModel {
  rule?: any;
  prompt?: any;
  errorAlert?: any;
  ignoreBlanks?: boolean;
}

export interface ConditionalFormatModel {
  id: string;
  sheet: SheetModel;
  rects: Rect[];
  type: string;
  formula?: string;
  fill?: string;
  fontColor?: string;
  bold?: boolean;
  italic?: boolean;
  stopIfTrue?: boolean;
  deleted?: boolean;
}

export interface NameModel {
  name: string;
  /** The sheet a sheet-scoped name belongs to; null for workbook scope. */
  scope: SheetModel | null;
  /** Where a range name points; both unset for a #REF! name whose sheet was deleted. */
  sheet: SheetModel | null;
  rect?: Rect;
  /** A name that is not a range keeps its formula. */
  constant?: string;
  comment: string;
  visible: boolean;
  deleted?: boolean;
}

export interface SheetModel {
  id: string;
  name: string;
  visibility: 'Visible' | 'Hidden' | 'VeryHidden';
  deleted?: boolean;
  cells: Map<string, CellModel>;
  merges: Rect[];
  validations: Map<string, ValidationModel>;
  conditionalFormats: ConditionalFormatModel[];
  columnWidths: Map<number, number>;
  hiddenColumns: Set<number>;
  rowHeights: Map<number, number>;
  freeze?: { rows: number; columns: number };
  protection: { protected: boolean; options?: Record<string, unknown>; password?: string };
  /** Page layout properties that were set (ExcelApi 1.9); reads fall back to Excel's defaults. */
  pageLayout: Record<string, unknown>;
  tabColor?: string;
  showGridlines?: boolean;
  /** Sheet-scoped names (ExcelApi 1.4), by lower-case name. */
  names: Map<string, NameModel>;
  /** The sheet's selection, shown when it is active. */
  selection: Rect[];
  /** onChanged handlers (ExcelApi 1.7), called after the sync that applied a change. */
  changeHandlers: ((args: any) => unknown)[];
}

export interface SeedSheet {
  name: string;
  /** A1 address → value; a string starting with "=" is a formula. */
  cells?: Record<string, string | number | boolean | null>;
  /** A1 address or range → format fields for those cells (e.g. `{ fill: '#FFFF00', locked: false }`). */
  formats?: Record<string, Partial<Omit<CellFormat, 'borders'>>>;
  merges?: string[];
  /** Sheet-scoped names: name → address on this sheet. */
  names?: Record<string, string>;
  /** Protect the sheet: true, or the protection options. */
  protection?: boolean | Record<string, unknown>;
  visibility?: 'Visible' | 'Hidden' | 'VeryHidden';
}

export interface DoubleOptions {
  /** Workbook-scoped names: name → "Sheet!A1:B2". */
  names?: Record<string, string>;
  /** Document settings already saved in the workbook. */
  settings?: Record<string, unknown>;
  activeSheet?: string;
  /** Highest ExcelApi version the host reports; '1.8' unless given. */
  excelApi?: string;
}

const key = (row: number, col: number) => `${row},${col}`;
const unkey = (k: string) => k.split(',').map(Number) as [number, number];
const defaultFormat = (): CellFormat => ({ locked: true, numberFormat: 'General', borders: {} });
const DEFAULT_FORMAT_JSON = JSON.stringify(defaultFormat());
const DEFAULT_COLUMN_WIDTH = 48; // points: 8.43 characters of Calibri 11
const DEFAULT_ROW_HEIGHT = 15;

function clone<T>(v: T): T {
  return v === undefined ? v : JSON.parse(JSON.stringify(v));
}

export class ExcelDouble {
  readonly sheets: SheetModel[] = [];
  /** Workbook-scoped names, by lower-case name. */
  readonly names = new Map<string, NameModel>();
  /** Document settings as saved in the workbook (`settings.saveAsync`). */
  readonly settings = new Map<string, unknown>();
  /** What all settings together may take as JSON: a save beyond it fails, as in Office (about 2 MB). */
  settingsLimitBytes = 2 * 1024 * 1024;
  /** When set, every `settings.saveAsync` fails with this message (a read-only or locked workbook). */
  failSettingsSaves: string | null = null;
  /** Requirement sets the host reports: set name → highest version. */
  readonly requirementSets: Record<string, string> = { ExcelApi: '1.8' };
  /** What `Office.context.platform` answers: Excel on the web unless a test plays another host. */
  platform = 'OfficeOnline';
  /** Addresses passed to `Office.context.ui.openBrowserWindow`, in order. */
  readonly openedBrowserWindows: string[] = [];
  syncCount = 0;
  /** The active sheet of the model; `activeSheet` and `selection` mirror it as plain data. */
  active: SheetModel | null = null;
  /** Name of the active sheet. Plain data, so tests can read it from outside (e.g. a browser page). */
  activeSheet: string | null = null;
  /** The active sheet's selection (areas joined by commas), null until the add-in selects something. */
  selection: { sheet: string; address: string } | null = null;
  /** Set by select(); Excel always has a selection, but null tells a test nothing was selected yet. */
  selected = false;
  private ids = 0;
  private version = 0;
  private cacheVersion = -1;
  private readonly cache = new Map<string, CellValue>();
  private pendingChanges: { sheet: SheetModel; address: string }[] = [];

  constructor(seed: SeedSheet[] = [{ name: 'Sheet1' }], options: DoubleOptions = {}) {
    if (options.excelApi) this.requirementSets.ExcelApi = options.excelApi;
    for (const s of seed) this.seedSheet(s);
    for (const [name, ref] of Object.entries(options.names ?? {})) addName(this, null, name, ref, '');
    for (const [k, v] of Object.entries(options.settings ?? {})) this.settings.set(k, clone(v));
    this.active = (options.activeSheet ? this.sheet(options.activeSheet) : this.sheets.find((s) => s.visibility === 'Visible')) ?? null;
    this.touch();
  }

  private seedSheet(s: SeedSheet): void {
    const sheet = this.addSheet(s.name);
    sheet.visibility = s.visibility ?? 'Visible';
    for (const [address, v] of Object.entries(s.cells ?? {})) {
      if (v === null) continue;
      const { rect } = parseAddress(address);
      eachIn(rect, (r, c) => Object.assign(ensureCell(sheet, r, c), parseInput(v, 'General')));
    }
    for (const [address, format] of Object.entries(s.formats ?? {})) {
      eachIn(parseAddress(address).rect, (r, c) => Object.assign(ensureCell(sheet, r, c).format, clone(format)));
    }
    for (const m of s.merges ?? []) sheet.merges.push(parseAddress(m).rect);
    for (const [name, address] of Object.entries(s.names ?? {})) addName(this, sheet, name, address.includes('!') ? address : `${quoteSheetName(sheet.name)}!${address}`, '');
    if (s.protection) sheet.protection = { protected: true, options: s.protection === true ? {} : clone(s.protection) };
  }

  get excelApiMinor(): number {
    return Number(this.requirementSets.ExcelApi.split('.')[1] ?? 0);
  }

  set excelApiMinor(minor: number) {
    this.requirementSets.ExcelApi = `1.${minor}`;
  }

  /** What `Office.context.requirements.isSetSupported` answers. */
  supports(set: string, version = '1.1'): boolean {
    const have = Object.entries(this.requirementSets).find(([name]) => name.toLowerCase() === set.toLowerCase())?.[1];
    if (!have) return false;
    const [a, b] = [have, String(version)].map((v) => v.split('.').map(Number));
    for (let i = 0; i < Math.max(a.length, b.length); i++) if ((a[i] ?? 0) !== (b[i] ?? 0)) return (a[i] ?? 0) > (b[i] ?? 0);
    return true;
  }

  sheet(name: string): SheetModel | undefined {
    return this.sheets.find((s) => s.name.toLowerCase() === String(name).toLowerCase());
  }

  /** Adds a sheet directly to the model (for seeding; adapters go through `worksheets.add`). */
  addSheet(name: string): SheetModel {
    const sheet: SheetModel = {
      id: `{00000000-0001-0000-${String(++this.ids).padStart(4, '0')}-000000000000}`,
      name,
      visibility: 'Visible',
      cells: new Map(),
      merges: [],
      validations: new Map(),
      conditionalFormats: [],
      columnWidths: new Map(),
      hiddenColumns: new Set(),
      rowHeights: new Map(),
      protection: { protected: false },
      pageLayout: {},
      names: new Map(),
      selection: [{ row: 0, col: 0, rowSpan: 1, colSpan: 1 }],
      changeHandlers: [],
    };
    this.sheets.push(sheet);
    this.touch();
    return sheet;
  }

  deleteSheet(sheet: SheetModel): void {
    const visible = this.sheets.filter((s) => s.visibility === 'Visible');
    if (sheet.visibility === 'Visible' && visible.length === 1) fail('InvalidOperation', 'a workbook must keep at least one visible worksheet');
    const index = this.sheets.indexOf(sheet);
    this.sheets.splice(index, 1);
    sheet.deleted = true;
    // Names that pointed there become #REF!; the sheet's own names go with it.
    for (const n of [...this.names.values(), ...this.sheets.flatMap((s) => [...s.names.values()])]) {
      if (n.sheet === sheet) [n.sheet, n.rect] = [null, undefined];
    }
    for (const n of sheet.names.values()) n.deleted = true;
    if (this.active === sheet) {
      const rest = this.sheets.filter((s) => s.visibility === 'Visible');
      this.active = rest[Math.min(index, rest.length - 1)] ?? null;
    }
  }

  nextSheetName(): string {
    let n = this.sheets.length + 1;
    while (this.sheet(`Sheet${n}`)) n++;
    return `Sheet${n}`;
  }

  newId(prefix: string): string {
    return `{${prefix}-${++this.ids}}`;
  }

  resetSyncCount(): void {
    this.syncCount = 0;
  }

  /** Called after every applied operation: invalidates computed values, refreshes the plain-data mirrors. */
  touch(): void {
    this.version++;
    this.activeSheet = this.active?.name ?? null;
    this.selection = this.active && this.selected ? { sheet: this.active.name, address: this.active.selection.map((r) => rectAddress(r)).join(',') } : null;
  }

  noteChange(sheet: SheetModel, address: string): void {
    this.pendingChanges.push({ sheet, address });
  }

  /** Change events reach handlers asynchronously after the sync, as Excel delivers them. */
  flushChanges(): void {
    const changes = this.pendingChanges;
    this.pendingChanges = [];
    for (const { sheet, address } of changes) {
      const args = { type: 'WorksheetChanged', changeType: 'RangeEdited', source: 'Local', worksheetId: sheet.id, address, triggerSource: 'ThisLocalAddin' };
      for (const handler of sheet.changeHandlers) setTimeout(() => void handler(args), 0);
    }
  }

  /** The workbook as plain data, for assertions. Cells are listed by row, then column. */
  snapshot() {
    this.touch();
    return {
      sheets: this.sheets.map((s) => ({
        name: s.name,
        ...(s.visibility !== 'Visible' ? { visibility: s.visibility } : {}),
        cells: Object.fromEntries(
          [...s.cells.entries()]
            .map(([k, c]) => [unkey(k), c] as const)
            .sort(([a], [b]) => a[0] - b[0] || a[1] - b[1])
            .map(([[r, col], c]) => [
              rectAddress({ row: r, col, rowSpan: 1, colSpan: 1 }),
              { value: this.valueOf(s, r, col), ...(c.formula ? { formula: c.formula } : {}), format: clone(c.format) },
            ]),
        ),
        merges: s.merges.map((m) => rectAddress(m)),
        validations: Object.fromEntries([...s.validations.entries()].map(([k, v]) => [rectAddress({ ...rc(k), rowSpan: 1, colSpan: 1 }), clone(v)])),
        conditionalFormats: s.conditionalFormats.map((f) => {
          const { type, formula, fill, fontColor, bold, italic, stopIfTrue } = f;
          return JSON.parse(JSON.stringify({ address: f.rects.map((r) => rectAddress(r)).join(','), type, formula, fill, fontColor, bold, italic, stopIfTrue }));
        }),
        columnWidths: Object.fromEntries([...s.columnWidths].sort(([a], [b]) => a - b).map(([c, w]) => [columnLetters(c), w])),
        rowHeights: Object.fromEntries([...s.rowHeights].map(([r, h]) => [r + 1, h])),
        ...(s.hiddenColumns.size ? { hiddenColumns: [...s.hiddenColumns].sort((a, b) => a - b).map(columnLetters) } : {}),
        freeze: s.freeze,
        protection: { protected: s.protection.protected, ...(s.protection.options ? { options: clone(s.protection.options) } : {}), ...(s.protection.password ? { hasPassword: true } : {}) },
        pageLayout: clone(s.pageLayout),
        ...(s.tabColor ? { tabColor: s.tabColor } : {}),
        ...(s.showGridlines === false ? { showGridlines: false } : {}),
        names: Object.fromEntries([...s.names.values()].map((n) => [n.name, nameReference(n)])),
      })),
      names: Object.fromEntries([...this.names.values()].map((n) => [n.name, nameReference(n)])),
      activeSheet: this.activeSheet,
      selection: this.selection,
      settings: Object.fromEntries([...this.settings].map(([k, v]) => [k, clone(v)])),
    };
  }

  /** What a cell shows: its constant, or its formula computed (null when empty). */
  valueOf(sheet: SheetModel, row: number, col: number, depth = 0): CellValue {
    const cell = sheet.cells.get(key(row, col));
    if (!cell?.formula) return cell?.value ?? null;
    if (depth > 64) return 0; // a circular reference: Excel shows 0 and warns
    if (this.cacheVersion !== this.version) {
      this.cache.clear();
      this.cacheVersion = this.version;
    }
    const k = `${sheet.id}!${row},${col}`;
    if (!this.cache.has(k)) this.cache.set(k, evaluateFormula(cell.formula, sheet, this, depth));
    return this.cache.get(k)!;
  }

  lookupName(name: string, from: SheetModel): NameModel | undefined {
    return from.names.get(name.toLowerCase()) ?? this.names.get(name.toLowerCase());
  }
}

const rc = (k: string) => {
  const [row, col] = unkey(k);
  return { row, col };
};

function nameReference(n: NameModel): string {
  if (n.constant !== undefined) return n.constant;
  return n.sheet && n.rect ? qualified(n.sheet, n.rect) : '#REF!';
}

function cellOf(sheet: SheetModel, row: number, col: number): CellModel | undefined {
  return sheet.cells.get(key(row, col));
}

function ensureCell(sheet: SheetModel, row: number, col: number): CellModel {
  let cell = sheet.cells.get(key(row, col));
  if (!cell) sheet.cells.set(key(row, col), (cell = { value: null, format: defaultFormat() }));
  return cell;
}

function eachIn(r: Rect, fn: (row: number, col: number, i: number, j: number) => void): void {
  if (r.rowSpan * r.colSpan > CELL_LIMIT) throw new Error(`Excel double: per-cell work on ${rectAddress(r)} (more than ${CELL_LIMIT} cells) is not modelled`);
  for (let i = 0; i < r.rowSpan; i++) for (let j = 0; j < r.colSpan; j++) fn(r.row + i, r.col + j, i, j);
}

const ERROR_LITERALS = new Set(['#NULL!', '#DIV/0!', '#VALUE!', '#REF!', '#NAME?', '#NUM!', '#N/A']);

/** Excel's reading of input: "=…" a formula, "'…" literal text, numeric text a number; '@' cells keep text. */
function parseInput(input: unknown, numberFormat: string): { value: CellValue; formula?: string } {
  if (typeof input === 'number' || typeof input === 'boolean') return { value: input };
  if (typeof input !== 'string') return fail('InvalidArgument', `a cell cannot hold ${JSON.stringify(input)}`);
  if (input.length > 32767) fail('InvalidArgument', 'text longer than 32767 characters');
  if (input === '') return { value: null };
  if (numberFormat === '@') return { value: input };
  if (input.startsWith('=') && input.length > 1) {
    if (input.length > 8192) fail('FormulaLengthExceedsLimit');
    return { value: null, formula: input };
  }
  if (input.startsWith("'")) return { value: input.slice(1) };
  if (/^\s*[+-]?(\d+(\.\d*)?|\.\d+)([eE][+-]?\d+)?\s*$/.test(input)) return { value: Number(input) };
  if (/^(true|false)$/i.test(input)) return { value: input.toUpperCase() === 'TRUE' };
  return { value: input };
}

// ================================================================== formulas (a small subset)

type Scalar = CellValue;
class XlError {
  constructor(readonly code: string) {}
}
type FVal = Scalar | XlError | { ref: { sheet: SheetModel; rect: Rect } };
class Unsupported extends Error {}

function evaluateFormula(formula: string, sheet: SheetModel, book: ExcelDouble, depth: number): Scalar {
  try {
    const v = new FormulaParser(formula.slice(1), sheet, book, depth).parse();
    return v === null ? 0 : v instanceof XlError ? v.code : v;
  } catch (e) {
    if (e instanceof Unsupported) return formula; // beyond the double: the formula reads as its own text
    throw e;
  }
}

const isRef = (v: FVal): v is { ref: { sheet: SheetModel; rect: Rect } } => typeof v === 'object' && v !== null && 'ref' in v;
const numText = (n: number) => (Number.isInteger(n) ? String(n) : String(Number(n.toPrecision(15))));
const asText = (v: Scalar) => (v === null ? '' : typeof v === 'boolean' ? (v ? 'TRUE' : 'FALSE') : typeof v === 'number' ? numText(v) : v);

function toNumber(v: Scalar | XlError): number | XlError {
  if (v instanceof XlError) return v;
  if (v === null) return 0;
  if (typeof v === 'boolean') return v ? 1 : 0;
  if (typeof v === 'number') return v;
  return /^\s*[+-]?(\d+(\.\d*)?|\.\d+)([eE][+-]?\d+)?\s*$/.test(v) ? Number(v) : new XlError('#VALUE!');
}

function toBool(v: Scalar | XlError): boolean | XlError {
  if (v instanceof XlError || typeof v === 'boolean') return v;
  if (v === null) return false;
  if (typeof v === 'number') return v !== 0;
  return /^(true|false)$/i.test(v) ? v.toUpperCase() === 'TRUE' : new XlError('#VALUE!');
}

function arith(op: string, a: Scalar | XlError, b: Scalar | XlError): number | XlError {
  const x = toNumber(a);
  const y = toNumber(b);
  if (x instanceof XlError) return x;
  if (y instanceof XlError) return y;
  if (op === '/' && y === 0) return new XlError('#DIV/0!');
  return op === '+' ? x + y : op === '-' ? x - y : op === '*' ? x * y : op === '/' ? x / y : Math.pow(x, y);
}

/** Excel orders numbers < text < booleans; text compares case-insensitively; empty matches 0, "" and FALSE. */
function compare(op: string, a: Scalar | XlError, b: Scalar | XlError): boolean | XlError {
  if (a instanceof XlError) return a;
  if (b instanceof XlError) return b;
  const blank = (other: Scalar) => (typeof other === 'string' ? '' : typeof other === 'boolean' ? false : 0);
  const x = a === null ? blank(b) : a;
  const y = b === null ? blank(a) : b;
  const rank = (v: Scalar) => (typeof v === 'number' ? 0 : typeof v === 'string' ? 1 : 2);
  const norm = (v: Scalar) => (typeof v === 'string' ? v.toLowerCase() : Number(v));
  const d = rank(x) !== rank(y) ? rank(x) - rank(y) : norm(x) < norm(y) ? -1 : norm(x) > norm(y) ? 1 : 0;
  return { '=': d === 0, '<>': d !== 0, '<': d < 0, '>': d > 0, '<=': d <= 0, '>=': d >= 0 }[op]!;
}

class FormulaParser {
  private pos = 0;

  constructor(
    private readonly src: string,
    private readonly sheet: SheetModel,
    private readonly book: ExcelDouble,
    private readonly depth: number,
  ) {}

  parse(): Scalar | XlError {
    const v = this.scalar(this.comparison());
    this.space();
    if (this.pos < this.src.length) throw new Unsupported();
    return v;
  }

  private space(): void {
    while (/\s/.test(this.src[this.pos] ?? '')) this.pos++;
  }

  private eat(token: string): boolean {
    this.space();
    if (!this.src.startsWith(token, this.pos)) return false;
    this.pos += token.length;
    return true;
  }

  private binary(next: () => FVal, ops: string[], apply: (op: string, a: Scalar | XlError, b: Scalar | XlError) => FVal): FVal {
    let left = next();
    for (;;) {
      const op = ops.find((o) => this.eat(o));
      if (!op) return left;
      left = apply(op, this.scalar(left), this.scalar(next()));
    }
  }

  private comparison = (): FVal => this.binary(this.concat, ['<>', '<=', '>=', '=', '<', '>'], compare);
  private concat = (): FVal =>
    this.binary(this.additive, ['&'], (_op, a, b) => (a instanceof XlError ? a : b instanceof XlError ? b : asText(a) + asText(b)));
  private additive = (): FVal => this.binary(this.multiplicative, ['+', '-'], arith);
  private multiplicative = (): FVal => this.binary(this.power, ['*', '/'], arith);
  private power = (): FVal => this.binary(this.unary, ['^'], arith);

  private unary = (): FVal => {
    if (this.eat('-')) return arith('-', 0, this.scalar(this.unary()));
    if (this.eat('+')) return this.unary();
    const v = this.primary();
    return this.eat('%') ? arith('/', this.scalar(v), 100) : v;
  };

  private primary(): FVal {
    this.space();
    const rest = this.src.slice(this.pos);
    let m: RegExpExecArray | null;
    const take = (match: RegExpExecArray) => {
      this.pos += match[0].length;
      return match;
    };
    if ((m = /^(\d+(\.\d*)?|\.\d+)([eE][+-]?\d+)?/.exec(rest))) return Number(take(m)[0]);
    if ((m = /^"((?:[^"]|"")*)"/.exec(rest))) return take(m)[1].replace(/""/g, '"');
    if ((m = /^#(NULL!|DIV\/0!|VALUE!|REF!|NAME\?|NUM!|N\/A)/.exec(rest))) return new XlError(take(m)[0]);
    if (this.eat('(')) {
      const v = this.comparison();
      if (!this.eat(')')) throw new Unsupported();
      return v;
    }
    if ((m = /^(?:'((?:[^']|'')+)'|([\p{L}_\d][\p{L}\p{N}_.]*))!/u.exec(rest))) {
      take(m);
      const target = this.book.sheet(m[1] !== undefined ? m[1].replace(/''/g, "'") : m[2]);
      const rect = this.reference();
      if (!rect) throw new Unsupported();
      return target ? { ref: { sheet: target, rect } } : new XlError('#REF!');
    }
    const rect = this.reference();
    if (rect) return { ref: { sheet: this.sheet, rect } };
    if ((m = /^[\p{L}_\\][\p{L}\p{N}_.\\]*/u.exec(rest))) {
      const word = take(m)[0];
      if (this.eat('(')) return this.call(word.toUpperCase());
      if (/^(TRUE|FALSE)$/i.test(word)) return word.toUpperCase() === 'TRUE';
      const name = this.book.lookupName(word, this.sheet);
      if (name?.sheet && name.rect) return { ref: { sheet: name.sheet, rect: name.rect } };
      if (name) throw new Unsupported();
      return new XlError('#NAME?');
    }
    throw new Unsupported();
  }

  /** A1 or A1:B2 at the cursor, not followed by a name character or "(". */
  private reference(): Rect | null {
    const m = /^\$?([A-Za-z]{1,3})\$?(\d+)(?::\$?([A-Za-z]{1,3})\$?(\d+))?(?![\p{L}\p{N}_.(])/u.exec(this.src.slice(this.pos));
    if (!m) return null;
    try {
      const { rect } = parseAddress(m[3] ? `${m[1]}${m[2]}:${m[3]}${m[4]}` : `${m[1]}${m[2]}`);
      this.pos += m[0].length;
      return rect;
    } catch {
      return null;
    }
  }

  private call(name: string): FVal {
    const args: FVal[] = [];
    if (!this.eat(')')) {
      do {
        this.space();
        args.push(this.src[this.pos] === ',' || this.src[this.pos] === ')' ? null : this.comparison());
      } while (this.eat(','));
      if (!this.eat(')')) throw new Unsupported();
    }
    const arg = (i: number) => this.scalar(args[i] ?? null);
    const need = (n: number) => {
      if (args.length < n) throw new Unsupported();
    };
    switch (name) {
      case 'SUM': {
        let total = 0;
        for (const a of args) {
          for (const v of isRef(a) ? this.cells(a) : [toNumber(this.scalar(a))]) {
            if (v instanceof XlError) return v;
            if (typeof v === 'number') total += v; // text and booleans in ranges are skipped
          }
        }
        return total;
      }
      case 'IF': {
        need(2);
        const c = toBool(arg(0));
        if (c instanceof XlError) return c;
        return c ? (arg(1) ?? 0) : args.length > 2 ? (arg(2) ?? 0) : false;
      }
      case 'IFERROR': {
        need(2);
        const v = arg(0);
        return v instanceof XlError ? arg(1) : v;
      }
      case 'COUNTBLANK':
        need(1);
        if (!isRef(args[0])) throw new Unsupported();
        return this.cells(args[0]).filter((v) => v === null || v === '').length;
      case 'ISTEXT':
        need(1);
        return typeof arg(0) === 'string';
      case 'ISNUMBER':
        need(1);
        return typeof arg(0) === 'number';
      case 'ISBLANK':
        need(1);
        return arg(0) === null;
      case 'ABS': {
        need(1);
        const x = toNumber(arg(0));
        return x instanceof XlError ? x : Math.abs(x);
      }
      case 'ROUND': {
        need(2);
        const [x, d] = [toNumber(arg(0)), toNumber(arg(1))];
        if (x instanceof XlError) return x;
        if (d instanceof XlError) return d;
        const f = Math.pow(10, Math.trunc(d));
        return (Math.sign(x) * Math.round(Math.abs(x) * f + 1e-9)) / f;
      }
      default:
        throw new Unsupported();
    }
  }

  private scalar(v: FVal): Scalar | XlError {
    if (!isRef(v)) return v;
    const { sheet, rect } = v.ref;
    if (rect.rowSpan !== 1 || rect.colSpan !== 1) return new XlError('#VALUE!');
    return this.cellValue(sheet, rect.row, rect.col);
  }

  private cells(v: { ref: { sheet: SheetModel; rect: Rect } }): (Scalar | XlError)[] {
    const out: (Scalar | XlError)[] = [];
    eachIn(v.ref.rect, (r, c) => out.push(this.cellValue(v.ref.sheet, r, c)));
    return out;
  }

  private cellValue(sheet: SheetModel, row: number, col: number): Scalar | XlError {
    const v = this.book.valueOf(sheet, row, col, this.depth + 1);
    return typeof v === 'string' && ERROR_LITERALS.has(v) ? new XlError(v) : v;
  }
}

// ================================================================== request context

const NULL: unique symbol = Symbol('null object');
type Maybe = any; // an entity of the model, or NULL

interface Op {
  location: string;
  run: () => void;
  load: boolean;
}

interface ProxyState {
  ctx: DoubleContext;
  kind: string;
  resolver: () => Maybe;
  /** What the proxy stands for, bound at its first use in a sync (as Excel binds object paths). */
  memo?: Maybe;
  isNull?: boolean;
  loaded: Map<string, unknown>;
  children: Map<string, any>;
}

const STATES = new WeakMap<object, ProxyState>();

export class DoubleContext {
  readonly workbook: any;
  /** Office.js lets objects be tracked across batches; the double keeps every object usable. */
  readonly trackedObjects = { add: () => undefined, remove: () => undefined };
  private queue: Op[] = [];
  private staged: (() => void)[] = [];
  private unprobed: ProxyState[] = [];

  constructor(readonly double: ExcelDouble) {
    this.workbook = makeProxy(this, 'workbook', () => double);
  }

  get pending(): number {
    return this.queue.length;
  }

  enqueue(location: string, run: () => void, load = false): void {
    this.queue.push({ location, run, load });
  }

  /** Loaded values reach the proxies only when the whole batch succeeded. */
  stage(commit: () => void): void {
    this.staged.push(commit);
  }

  watch(state: ProxyState): void {
    this.unprobed.push(state);
  }

  async sync<T>(passThroughValue?: T): Promise<T> {
    this.double.syncCount++;
    const ops = this.queue;
    this.queue = []; // what is queued from now on goes with the next sync
    await Promise.resolve(); // results arrive asynchronously, as from the host
    this.staged = [];
    try {
      for (const op of ops) {
        try {
          op.run();
        } catch (error) {
          if (error instanceof OfficeError) error.debugInfo.errorLocation ??= op.location;
          throw error; // the rest of the batch is dropped; what ran stays applied, as in Excel
        } finally {
          if (!op.load) this.double.touch();
        }
      }
    } catch (error) {
      this.staged = [];
      this.double.flushChanges();
      throw error;
    }
    for (const commit of this.staged) commit();
    this.staged = [];
    this.probe();
    this.double.flushChanges();
    return passThroughValue as T;
  }

  /** After a sync every object created so far knows whether it is a null object. */
  private probe(): void {
    const still: ProxyState[] = [];
    for (const s of this.unprobed) {
      if (s.isNull !== undefined) continue;
      try {
        s.isNull = resolve(s) === NULL;
      } catch {
        still.push(s); // e.g. getItem of a missing sheet that was never used: no error, no answer
      }
    }
    this.unprobed = still;
  }
}

function resolve(s: ProxyState): Maybe {
  if (s.memo === undefined) s.memo = s.resolver();
  const e = s.memo;
  if (e !== NULL && (e?.deleted || e?.sheet?.deleted)) fail('ItemNotFound', `this ${SPECS[s.kind].type} was deleted`);
  return e;
}

// ================================================================== proxies

interface Self {
  ctx: DoubleContext;
  resolve: () => Maybe;
  proxy: any;
}

interface PropSpec {
  get?: (e: any, ctx: DoubleContext) => unknown;
  set?: (e: any, v: any, ctx: DoubleContext) => void;
}

interface Spec {
  /** The Office.js class name, for messages and requirement sets. */
  type: string;
  props?: Record<string, PropSpec>;
  nav?: Record<string, { kind: string; resolve: (e: any, ctx: DoubleContext) => Maybe }>;
  methods?: Record<string, (self: Self, ...args: any[]) => unknown>;
  items?: { kind: string; list: (e: any, ctx: DoubleContext) => any[] };
}

/** Members newer than ExcelApi 1.1 that the double models, with the set that brought them. */
const SINCE: Record<string, string> = {
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

function requireApi(type: string, member: string, ctx: DoubleContext): void {
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
const INTROSPECTION = new Set(['then', 'constructor', 'asymmetricMatch', 'nodeType', 'tagName', 'toString', 'valueOf', 'inspect', 'hasOwnProperty', 'length']);

function makeProxy(ctx: DoubleContext, kind: string, resolver: () => Maybe): any {
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

function getMember(s: ProxyState, proxy: any, prop: string | symbol): unknown {
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

function setMember(s: ProxyState, prop: string | symbol, value: unknown): boolean {
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
function setAll(s: ProxyState, proxy: any, properties: Record<string, unknown>): void {
  const spec = SPECS[s.kind];
  for (const [k, v] of Object.entries(properties ?? {})) {
    if (spec.props?.[k]?.set) proxy[k] = v;
    else if (spec.nav?.[k] && v && typeof v === 'object') child(s, k).set(v);
    else throw new OfficeError('InvalidArgument', `${MESSAGES.InvalidArgument} [${spec.type}.set: '${k}' cannot be set]`);
  }
}

function child(s: ProxyState, prop: string): any {
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
function serialize(v: any): any {
  if (v === undefined || v === null) return null;
  if (typeof v === 'object' && STATES.has(v)) return v;
  if (typeof v === 'number') return Number.isFinite(v) ? v : null;
  if (v instanceof Date) return v.toISOString();
  if (Array.isArray(v)) return v.map(serialize);
  if (typeof v === 'object') return Object.fromEntries(Object.entries(v).filter(([, x]) => x !== undefined && typeof x !== 'function').map(([k, x]) => [k, serialize(x)]));
  return v;
}

function loadPaths(option: unknown): string[] {
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
function loadNow(s: ProxyState, paths: string[]): void {
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

function toJSON(s: ProxyState): any {
  const out: Record<string, unknown> = {};
  for (const [k, v] of s.loaded) out[k] = k === 'items' ? (v as any[]).map((p) => toJSON(STATES.get(p)!)) : clone(v);
  for (const [k, c] of s.children) {
    const sub = toJSON(STATES.get(c)!);
    if (Object.keys(sub).length) out[k] = sub;
  }
  return out;
}

// ------------------------------------------------------------------ building blocks for specs

/** Queues an action on this object; a null object ignores it. */
function act(self: Self, location: string, run: (e: any) => void): void {
  self.ctx.enqueue(location, () => {
    const e = self.resolve();
    if (e !== NULL) run(e);
  });
}

/** A proxy for an object reached from this one; null when this one is null. */
function derive(self: Self, kind: string, from: (e: any) => Maybe): any {
  return makeProxy(self.ctx, kind, () => {
    const e = self.resolve();
    return e === NULL ? NULL : from(e);
  });
}

/** A proxy for what a queued action creates (worksheets.add, names.add, conditionalFormats.add). */
function created(self: Self, kind: string, location: string, make: (e: any) => Maybe): any {
  let made: Maybe;
  self.ctx.enqueue(location, () => {
    const e = self.resolve();
    made = e === NULL ? NULL : make(e);
  });
  return makeProxy(self.ctx, kind, () => made ?? fail('ItemNotFound', `${location} did not run`));
}

/** A ClientResult: `value` is available after the sync. */
function result(self: Self, location: string, compute: (e: any) => unknown): { value: any } {
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
function rangeArg(ctx: DoubleContext, arg: unknown, what: string): (defaultSheet: SheetModel | null) => RangeTarget {
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

interface RangeTarget {
  sheet: SheetModel;
  rect: Rect;
}

const target = (sheet: SheetModel, rect: Rect): RangeTarget => ({ sheet, rect: checkRect({ ...rect }) });

function rangeOn(sheet: SheetModel, address?: string): RangeTarget {
  if (address === undefined || address === null || address === '') return target(sheet, { row: 0, col: 0, rowSpan: MAX_ROWS, colSpan: MAX_COLS });
  const p = parseAddress(address);
  if (p.sheet !== undefined && p.sheet.toLowerCase() !== sheet.name.toLowerCase()) fail('InvalidArgument', `'${address}' is not on ${sheet.name}`);
  return target(sheet, p.rect);
}

function grid<T>(t: RangeTarget, fn: (row: number, col: number) => T): T[][] {
  const rows: T[][] = Array.from({ length: t.rect.rowSpan }, () => []);
  eachIn(t.rect, (r, c, i) => rows[i].push(fn(r, c)));
  return rows;
}

/** The value when every cell agrees, null otherwise (as Excel reports mixed formats). */
function uniform(t: RangeTarget, pick: (cell: CellModel | undefined) => unknown): unknown {
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
function inputGrid(t: RangeTarget, v: unknown, prop: string): unknown[][] {
  if (!Array.isArray(v)) return Array.from({ length: t.rect.rowSpan }, () => Array(t.rect.colSpan).fill(v));
  if (v.length !== t.rect.rowSpan || v.some((row) => !Array.isArray(row) || row.length !== t.rect.colSpan)) {
    fail('InvalidArgument', `The number of rows or columns in the input array doesn't match the size or dimensions of the range (${prop}: ${rectAddress(t.rect)} is ${t.rect.rowSpan}×${t.rect.colSpan})`);
  }
  return v as unknown[][];
}

function guardProtected(sheet: SheetModel, what: string, allow?: string): void {
  if (sheet.protection.protected && !(allow && sheet.protection.options?.[allow])) fail('AccessDenied', `${what} on the protected sheet ${sheet.name}`);
}

/** Content changes need every affected cell unlocked on a protected sheet. */
function guardContent(t: RangeTarget, only?: (i: number, j: number) => boolean): void {
  if (!t.sheet.protection.protected) return;
  eachIn(t.rect, (r, c, i, j) => {
    if ((!only || only(i, j)) && (cellOf(t.sheet, r, c)?.format.locked ?? true)) {
      fail('AccessDenied', `The cell you're trying to change is on a protected sheet: ${qualified(t.sheet, { row: r, col: c, rowSpan: 1, colSpan: 1 })}`);
    }
  });
}

function writeCells(t: RangeTarget, rows: unknown[][], ctx: DoubleContext): void {
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
function cellFormat(field: keyof CellFormat, fallback: unknown, check: (v: any) => unknown = (v) => v): PropSpec {
  return {
    get: (t: RangeTarget) => uniform(t, (cell) => cell?.format[field] ?? fallback),
    set: (t: RangeTarget, v) => {
      const value = check(v);
      guardProtected(t.sheet, 'formatting cells', 'allowFormatCells');
      eachIn(t.rect, (r, c) => ((ensureCell(t.sheet, r, c).format as any)[field] = value));
    },
  };
}

const NAMED_COLORS: Record<string, string> = {
  black: '#000000', white: '#FFFFFF', red: '#FF0000', green: '#008000', blue: '#0000FF', yellow: '#FFFF00', orange: '#FFA500',
  purple: '#800080', gray: '#808080', grey: '#808080', pink: '#FFC0CB', brown: '#A52A2A', cyan: '#00FFFF', magenta: '#FF00FF',
};

/** Excel takes #RRGGBB or an HTML colour name and reports #RRGGBB in capitals. */
function color(v: unknown): string {
  const s = String(v ?? '').trim();
  if (/^#?[0-9a-f]{6}$/i.test(s)) return `#${s.replace('#', '').toUpperCase()}`;
  return NAMED_COLORS[s.toLowerCase()] ?? fail('InvalidArgument', `colour '${s}'`);
}

const oneOf =
  (values: readonly string[], what: string) =>
  (v: unknown): string =>
    values.includes(v as string) ? (v as string) : fail('InvalidArgument', `${what} '${v}' (one of ${values.join(', ')})`);
const bool = (what: string) => (v: unknown) => (typeof v === 'boolean' ? v : fail('InvalidArgument', `${what} must be true or false`));
const number = (what: string, min: number, max: number) => (v: unknown) =>
  typeof v === 'number' && v >= min && v <= max ? v : fail('InvalidArgument', `${what} ${v} (from ${min} to ${max})`);

// ------------------------------------------------------------------ enums (string values, as in office.js)

const enumOf = (...values: string[]) => Object.fromEntries(values.map((v) => [v[0].toLowerCase() + v.slice(1), v]));
const PAPER = ['Letter', 'LetterSmall', 'Tabloid', 'Ledger', 'Legal', 'Statement', 'Executive', 'A3', 'A4', 'A4Small', 'A5', 'B4', 'B5', 'Folio', 'Quatro', 'Paper10x14', 'Paper11x17', 'Note', 'Envelope9', 'Envelope10', 'Envelope11', 'Envelope12', 'Envelope14', 'Csheet', 'Dsheet', 'Esheet', 'EnvelopeDL', 'EnvelopeC5', 'EnvelopeC3', 'EnvelopeC4', 'EnvelopeC6', 'EnvelopeC65', 'EnvelopeB4', 'EnvelopeB5', 'EnvelopeB6', 'EnvelopeItaly', 'EnvelopeMonarch', 'EnvelopePersonal', 'FanfoldUS', 'FanfoldStdGerman', 'FanfoldLegalGerman'];
const H_ALIGN = ['General', 'Left', 'Center', 'Right', 'Fill', 'Justify', 'CenterAcrossSelection', 'Distributed'];
const V_ALIGN = ['Top', 'Center', 'Bottom', 'Justify', 'Distributed'];
const BORDER_INDEX = ['EdgeTop', 'EdgeBottom', 'EdgeLeft', 'EdgeRight', 'InsideVertical', 'InsideHorizontal', 'DiagonalDown', 'DiagonalUp'];
const BORDER_STYLE = ['None', 'Continuous', 'Dash', 'DashDot', 'DashDotDot', 'Dot', 'Double', 'SlantDashDot'];
const BORDER_WEIGHT = ['Hairline', 'Thin', 'Medium', 'Thick'];
const CF_TYPES = ['Custom', 'DataBar', 'ColorScale', 'IconSet', 'TopBottom', 'PresetCriteria', 'ContainsText', 'CellValue'];
const DV_OPERATORS = ['Between', 'NotBetween', 'EqualTo', 'NotEqualTo', 'GreaterThan', 'LessThan', 'GreaterThanOrEqualTo', 'LessThanOrEqualTo'];
const DV_KINDS: Record<string, string> = { wholeNumber: 'WholeNumber', decimal: 'Decimal', textLength: 'TextLength', date: 'Date', time: 'Time', list: 'List', custom: 'Custom' };
const CLEAR = ['All', 'Formats', 'Contents', 'Hyperlinks', 'RemoveHyperlinks', 'ResetContents'];

export const EXCEL_ENUMS = {
  ConditionalFormatType: enumOf(...CF_TYPES),
  DataValidationType: enumOf('None', ...Object.values(DV_KINDS), 'Inconsistent', 'MixedCriteria'),
  DataValidationOperator: enumOf(...DV_OPERATORS),
  DataValidationAlertStyle: enumOf('Stop', 'Warning', 'Information'),
  BorderIndex: enumOf(...BORDER_INDEX),
  BorderLineStyle: enumOf(...BORDER_STYLE),
  BorderWeight: enumOf(...BORDER_WEIGHT),
  HorizontalAlignment: enumOf(...H_ALIGN),
  VerticalAlignment: enumOf(...V_ALIGN),
  PageOrientation: enumOf('Portrait', 'Landscape'),
  PaperType: enumOf(...PAPER),
  PrintOrder: enumOf('DownThenOver', 'OverThenDown'),
  PrintMarginUnit: enumOf('Points', 'Inches', 'Centimeters'),
  ClearApplyTo: enumOf(...CLEAR),
  ProtectionSelectionMode: enumOf('Normal', 'Unlocked', 'None'),
  SheetVisibility: enumOf('Visible', 'Hidden', 'VeryHidden'),
  NamedItemType: enumOf('String', 'Integer', 'Double', 'Boolean', 'Range', 'Error', 'Array'),
  NamedItemScope: enumOf('Worksheet', 'Workbook'),
  RangeValueType: enumOf('Unknown', 'Empty', 'String', 'Integer', 'Double', 'Boolean', 'Error', 'RichValue'),
  ErrorCodes: enumOf(
    'AccessDenied', 'ApiNotFound', 'Conflict', 'GeneralException', 'InvalidArgument', 'InvalidOperation', 'InvalidReference', 'InvalidSelection',
    'ItemAlreadyExists', 'ItemNotFound', 'MergedRangeConflict', 'NotImplemented', 'RangeExceedsLimit', 'ResponsePayloadSizeLimitExceeded',
    'UnsupportedOperation', 'InvalidOperationInCellEditMode',
  ),
};

// ------------------------------------------------------------------ model operations used by specs

function checkSheetName(d: ExcelDouble, name: string, self: SheetModel | null): void {
  if (!name || name.length > 31 || /[\\/?*[\]:]/.test(name) || /^'|'$/.test(name) || name.toLowerCase() === 'history') fail('InvalidArgument', `worksheet name '${name}'`);
  const other = d.sheet(name);
  if (other && other !== self) fail('ItemAlreadyExists', `a worksheet named '${name}' exists`);
}

function checkName(name: string): void {
  const ok = /^[\p{L}_\\][\p{L}\p{N}_.\\?]*$/u.test(name) && name.length <= 255 && !/^[A-Za-z]{1,3}\d+$/.test(name) && !/^[RrCc]\d*([RrCc]\d*)?$/.test(name);
  if (!ok) fail('InvalidArgument', `'${name}' is not a valid name`);
}

function addName(d: ExcelDouble, scope: SheetModel | null, name: string, reference: unknown, comment: unknown): NameModel {
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
function pointName(d: ExcelDouble, n: NameModel, reference: unknown): void {
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

function namesOf(e: { scope: SheetModel | null }, d: ExcelDouble): Map<string, NameModel> {
  return e.scope ? e.scope.names : d.names;
}

function usedRect(s: SheetModel, valuesOnly: boolean): Rect | null {
  let [top, left, bottom, right] = [Infinity, Infinity, -1, -1];
  for (const [k, c] of s.cells) {
    if (c.value === null && !c.formula && (valuesOnly || JSON.stringify(c.format) === DEFAULT_FORMAT_JSON)) continue;
    const [r, col] = unkey(k);
    [top, left, bottom, right] = [Math.min(top, r), Math.min(left, col), Math.max(bottom, r), Math.max(right, col)];
  }
  return bottom < 0 ? null : { row: top, col: left, rowSpan: bottom - top + 1, colSpan: right - left + 1 };
}

function merge(t: RangeTarget, across: boolean): void {
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

function clearRange(t: RangeTarget, applyTo: string, ctx: DoubleContext): void {
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
function borderSides(t: RangeTarget, index: string): [number, number, Side][] {
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

const BORDER_DEFAULTS: Record<string, string> = { style: 'None', weight: 'Thin', color: '#000000' };

function borderProp(prop: 'style' | 'weight' | 'color', check: (v: unknown) => string): PropSpec {
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

function checkRule(rule: any): any {
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

function validationProp(field: keyof ValidationModel, fallback: unknown, check: (v: any) => any): PropSpec {
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

function uniformValidation(t: RangeTarget, pick: (m: ValidationModel | undefined) => unknown): unknown {
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

function checkMessage(kind: 'prompt' | 'errorAlert') {
  return (v: any) => {
    if (!v || typeof v !== 'object') fail('InvalidArgument', `${kind} must be an object`);
    if (String(v.title ?? '').length > 32) fail('InvalidArgument', `${kind} title longer than 32 characters`);
    if (String(v.message ?? '').length > 255) fail('InvalidArgument', `${kind} message longer than 255 characters`);
    if (kind === 'errorAlert' && v.style !== undefined && v.style !== null) oneOf(['Stop', 'Warning', 'Information'], 'errorAlert.style')(v.style);
    return v;
  };
}

const cfsIn = (t: RangeTarget) => t.sheet.conditionalFormats.filter((f) => f.rects.some((r) => intersects(r, t.rect)));

function cfProp(field: keyof ConditionalFormatModel, fallback: unknown, check: (v: any) => unknown = (v) => v): PropSpec {
  return {
    get: (cf: ConditionalFormatModel) => cf[field] ?? fallback,
    set: (cf: ConditionalFormatModel, v) => {
      guardProtected(cf.sheet, 'changing conditional formats', 'allowFormatCells');
      (cf as any)[field] = check(v);
    },
  };
}

function removeCf(cf: ConditionalFormatModel): void {
  guardProtected(cf.sheet, 'deleting conditional formats', 'allowFormatCells');
  cf.sheet.conditionalFormats = cf.sheet.conditionalFormats.filter((f) => f !== cf);
  cf.deleted = true;
}

/** Excel's defaults for a sheet never set up for printing (Normal margins, in points). */
const PAGE_DEFAULTS: Record<string, unknown> = {
  orientation: 'Portrait', paperSize: 'Letter', zoom: { scale: 100 }, centerHorizontally: false, centerVertically: false,
  printGridlines: false, printHeadings: false, blackAndWhite: false, draftMode: false, firstPageNumber: '', printOrder: 'DownThenOver',
  printComments: 'NoComments', printErrors: 'AsDisplayed',
  leftMargin: 50.4, rightMargin: 50.4, topMargin: 54, bottomMargin: 54, headerMargin: 21.6, footerMargin: 21.6,
};

function checkZoom(v: any): unknown {
  const keys = Object.keys(v ?? {}).filter((k) => v[k] !== null);
  if (!keys.length || keys.some((k) => !['scale', 'horizontalFitToPages', 'verticalFitToPages'].includes(k))) fail('InvalidArgument', `zoom ${JSON.stringify(v)}`);
  if (v.scale !== undefined && v.scale !== null) number('zoom.scale', 10, 400)(v.scale);
  for (const k of ['horizontalFitToPages', 'verticalFitToPages']) if (v[k] !== undefined && v[k] !== null && !(Number.isInteger(v[k]) && v[k] >= 0)) fail('InvalidArgument', `zoom.${k} ${v[k]}`);
  return v;
}

const PAGE_CHECKS: Record<string, (v: any) => unknown> = {
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
function printTitles(self: Self, arg: unknown, field: 'printTitleRows' | 'printTitleColumns'): void {
  const ref = rangeArg(self.ctx, arg, `PageLayout.set${field[0].toUpperCase()}${field.slice(1)}`);
  act(self, `PageLayout.set${field.slice(5)}`, (s: SheetModel) => {
    const { rect } = ref(s);
    s.pageLayout[field] = field === 'printTitleRows' ? `$${rect.row + 1}:$${rect.row + rect.rowSpan}` : `$${columnLetters(rect.col)}:$${columnLetters(rect.col + rect.colSpan - 1)}`;
  });
}

const TEXT_OF = (v: CellValue) => asText(v);
const TYPE_OF = (v: CellValue) =>
  v === null ? 'Empty' : typeof v === 'number' ? 'Double' : typeof v === 'boolean' ? 'Boolean' : ERROR_LITERALS.has(v) ? 'Error' : 'String';

// ================================================================== specs

const SPECS: Record<string, Spec> = {
  workbook: {
    type: 'Workbook',
    nav: {
      worksheets: { kind: 'worksheets', resolve: (d) => d },
      names: { kind: 'names', resolve: () => ({ scope: null }) },
    },
    methods: {
      getSelectedRange: (self) =>
        derive(self, 'range', (d: ExcelDouble) => {
          const s = d.active ?? fail('ItemNotFound', 'no active worksheet');
          if (s.selection.length > 1) fail('InvalidSelection', 'several areas are selected');
          return target(s, s.selection[0]);
        }),
      getSelectedRanges: (self) =>
        derive(self, 'rangeAreas', (d: ExcelDouble) => {
          const s = d.active ?? fail('ItemNotFound', 'no active worksheet');
          return { sheet: s, rects: s.selection };
        }),
      getActiveCell: (self) =>
        derive(self, 'range', (d: ExcelDouble) => {
          const s = d.active ?? fail('ItemNotFound', 'no active worksheet');
          return target(s, { ...s.selection[0], rowSpan: 1, colSpan: 1 });
        }),
    },
  },

  worksheets: {
    type: 'WorksheetCollection',
    items: { kind: 'worksheet', list: (d: ExcelDouble) => [...d.sheets] },
    methods: {
      add: (self, name?: string) =>
        created(self, 'worksheet', 'WorksheetCollection.add', (d: ExcelDouble) => {
          const n = name === undefined || name === null ? d.nextSheetName() : String(name);
          checkSheetName(d, n, null);
          return d.addSheet(n);
        }),
      getItem: (self, k: string) => derive(self, 'worksheet', (d: ExcelDouble) => findSheet(d, k) ?? fail('ItemNotFound', `worksheet '${k}'`)),
      getItemOrNullObject: (self, k: string) => derive(self, 'worksheet', (d: ExcelDouble) => findSheet(d, k) ?? NULL),
      getActiveWorksheet: (self) => derive(self, 'worksheet', (d: ExcelDouble) => d.active ?? fail('ItemNotFound', 'no active worksheet')),
      getCount: (self, visibleOnly?: boolean) => result(self, 'WorksheetCollection.getCount', (d: ExcelDouble) => sheetsOf(d, visibleOnly).length),
      getFirst: (self, visibleOnly?: boolean) => derive(self, 'worksheet', (d: ExcelDouble) => sheetsOf(d, visibleOnly)[0] ?? fail('ItemNotFound')),
      getLast: (self, visibleOnly?: boolean) => derive(self, 'worksheet', (d: ExcelDouble) => sheetsOf(d, visibleOnly).at(-1) ?? fail('ItemNotFound')),
    },
  },

  worksheet: {
    type: 'Worksheet',
    props: {
      name: {
        get: (s: SheetModel) => s.name,
        set: (s: SheetModel, v, ctx) => {
          checkSheetName(ctx.double, String(v), s);
          s.name = String(v);
        },
      },
      id: { get: (s: SheetModel) => s.id },
      position: {
        get: (s: SheetModel, ctx) => ctx.double.sheets.indexOf(s),
        set: (s: SheetModel, v, ctx) => {
          const list = ctx.double.sheets;
          if (!Number.isInteger(v) || v < 0 || v >= list.length) fail('InvalidArgument', `position ${v}`);
          list.splice(list.indexOf(s), 1);
          list.splice(v, 0, s);
        },
      },
      visibility: {
        get: (s: SheetModel) => s.visibility,
        set: (s: SheetModel, v, ctx) => {
          const value = oneOf(['Visible', 'Hidden', 'VeryHidden'], 'visibility')(v) as SheetModel['visibility'];
          if (value !== 'Visible' && ctx.double.sheets.filter((x) => x !== s && x.visibility === 'Visible').length === 0) fail('InvalidOperation', 'the last visible sheet cannot be hidden');
          s.visibility = value;
        },
      },
      tabColor: { get: (s: SheetModel) => s.tabColor ?? '', set: (s: SheetModel, v) => (s.tabColor = v === '' ? undefined : color(v)) },
      showGridlines: { get: (s: SheetModel) => s.showGridlines ?? true, set: (s: SheetModel, v) => (s.showGridlines = bool('showGridlines')(v)) },
    },
    nav: {
      protection: { kind: 'protection', resolve: (s) => s },
      freezePanes: { kind: 'freezePanes', resolve: (s) => s },
      pageLayout: { kind: 'pageLayout', resolve: (s) => s },
      names: { kind: 'names', resolve: (s: SheetModel) => ({ scope: s, sheet: s }) },
      onChanged: { kind: 'changedEvent', resolve: (s) => s },
    },
    methods: {
      getRange: (self, address?: string) => derive(self, 'range', (s: SheetModel) => rangeOn(s, address)),
      getRangeByIndexes: (self, row: number, col: number, rowCount: number, colCount: number) =>
        derive(self, 'range', (s: SheetModel) => target(s, { row, col, rowSpan: rowCount, colSpan: colCount })),
      getCell: (self, row: number, col: number) => derive(self, 'range', (s: SheetModel) => target(s, { row, col, rowSpan: 1, colSpan: 1 })),
      getRanges: (self, address: string) =>
        derive(self, 'rangeAreas', (s: SheetModel) => ({ sheet: s, rects: String(address ?? '').split(/[,;]/).map((a) => rangeOn(s, a.trim()).rect) })),
      getUsedRange: (self, valuesOnly = false) =>
        // a blank sheet answers A1, without an error
        derive(self, 'range', (s: SheetModel) => target(s, usedRect(s, valuesOnly) ?? { row: 0, col: 0, rowSpan: 1, colSpan: 1 })),
      getUsedRangeOrNullObject: (self, valuesOnly = false) =>
        derive(self, 'range', (s: SheetModel) => {
          const r = usedRect(s, valuesOnly);
          return r ? target(s, r) : NULL;
        }),
      activate: (self) =>
        act(self, 'Worksheet.activate', (s: SheetModel) => {
          if (s.visibility !== 'Visible') fail('InvalidOperation', 'a hidden sheet cannot be activated');
          self.ctx.double.active = s;
        }),
      delete: (self) => act(self, 'Worksheet.delete', (s: SheetModel) => self.ctx.double.deleteSheet(s)),
    },
  },

  range: {
    type: 'Range',
    props: {
      address: { get: (t: RangeTarget) => qualified(t.sheet, t.rect) },
      addressLocal: { get: (t: RangeTarget) => qualified(t.sheet, t.rect) },
      cellCount: { get: (t: RangeTarget) => t.rect.rowSpan * t.rect.colSpan },
      rowCount: { get: (t: RangeTarget) => t.rect.rowSpan },
      columnCount: { get: (t: RangeTarget) => t.rect.colSpan },
      rowIndex: { get: (t: RangeTarget) => t.rect.row },
      columnIndex: { get: (t: RangeTarget) => t.rect.col },
      isEntireRow: { get: (t: RangeTarget) => t.rect.col === 0 && t.rect.colSpan === MAX_COLS },
      isEntireColumn: { get: (t: RangeTarget) => t.rect.row === 0 && t.rect.rowSpan === MAX_ROWS },
      values: {
        get: (t: RangeTarget, ctx) => grid(t, (r, c) => ctx.double.valueOf(t.sheet, r, c) ?? ''),
        set: (t: RangeTarget, v, ctx) => writeCells(t, inputGrid(t, v, 'values'), ctx),
      },
      formulas: {
        get: (t: RangeTarget) => grid(t, (r, c) => cellOf(t.sheet, r, c)?.formula ?? cellOf(t.sheet, r, c)?.value ?? ''),
        set: (t: RangeTarget, v, ctx) => writeCells(t, inputGrid(t, v, 'formulas'), ctx),
      },
      formulasLocal: {
        get: (t: RangeTarget) => grid(t, (r, c) => cellOf(t.sheet, r, c)?.formula ?? cellOf(t.sheet, r, c)?.value ?? ''),
        set: (t: RangeTarget, v, ctx) => writeCells(t, inputGrid(t, v, 'formulasLocal'), ctx),
      },
      numberFormat: {
        get: (t: RangeTarget) => grid(t, (r, c) => cellOf(t.sheet, r, c)?.format.numberFormat ?? 'General'),
        set: (t: RangeTarget, v) => {
          const g = inputGrid(t, v, 'numberFormat');
          guardProtected(t.sheet, 'formatting cells', 'allowFormatCells');
          eachIn(t.rect, (r, c, i, j) => {
            if (g[i][j] !== null) ensureCell(t.sheet, r, c).format.numberFormat = String(g[i][j]);
          });
        },
      },
      text: { get: (t: RangeTarget, ctx) => grid(t, (r, c) => TEXT_OF(ctx.double.valueOf(t.sheet, r, c))) },
      columnHidden: {
        get: (t: RangeTarget) => {
          const states = new Set(Array.from({ length: Math.min(t.rect.colSpan, MAX_COLS) }, (_, j) => t.sheet.hiddenColumns.has(t.rect.col + j)));
          return states.size === 1 ? [...states][0] : null;
        },
        set: (t: RangeTarget, v) => {
          if (typeof v !== 'boolean') fail('InvalidArgument', `columnHidden ${String(v)}`);
          guardProtected(t.sheet, 'hiding columns', 'allowFormatColumns');
          for (let c = t.rect.col; c < t.rect.col + t.rect.colSpan; c++) {
            if (v) t.sheet.hiddenColumns.add(c);
            else t.sheet.hiddenColumns.delete(c);
          }
        },
      },
      valueTypes: { get: (t: RangeTarget, ctx) => grid(t, (r, c) => TYPE_OF(ctx.double.valueOf(t.sheet, r, c))) },
    },
    nav: {
      format: { kind: 'format', resolve: (t) => t },
      dataValidation: { kind: 'dataValidation', resolve: (t) => t },
      conditionalFormats: { kind: 'conditionalFormats', resolve: (t) => t },
      worksheet: { kind: 'worksheet', resolve: (t: RangeTarget) => t.sheet },
    },
    methods: {
      getCell: (self, row: number, col: number) => derive(self, 'range', (t: RangeTarget) => target(t.sheet, { row: t.rect.row + row, col: t.rect.col + col, rowSpan: 1, colSpan: 1 })),
      getOffsetRange: (self, dr: number, dc: number) => derive(self, 'range', (t: RangeTarget) => target(t.sheet, { ...t.rect, row: t.rect.row + dr, col: t.rect.col + dc })),
      getResizedRange: (self, dr: number, dc: number) =>
        derive(self, 'range', (t: RangeTarget) => target(t.sheet, { ...t.rect, rowSpan: t.rect.rowSpan + dr, colSpan: t.rect.colSpan + dc })),
      getRow: (self, i: number) =>
        derive(self, 'range', (t: RangeTarget) => (i >= 0 && i < t.rect.rowSpan ? target(t.sheet, { ...t.rect, row: t.rect.row + i, rowSpan: 1 }) : fail('InvalidArgument', `row ${i}`))),
      getColumn: (self, j: number) =>
        derive(self, 'range', (t: RangeTarget) => (j >= 0 && j < t.rect.colSpan ? target(t.sheet, { ...t.rect, col: t.rect.col + j, colSpan: 1 }) : fail('InvalidArgument', `column ${j}`))),
      getLastCell: (self) =>
        derive(self, 'range', (t: RangeTarget) => target(t.sheet, { row: t.rect.row + t.rect.rowSpan - 1, col: t.rect.col + t.rect.colSpan - 1, rowSpan: 1, colSpan: 1 })),
      getLastRow: (self) => derive(self, 'range', (t: RangeTarget) => target(t.sheet, { ...t.rect, row: t.rect.row + t.rect.rowSpan - 1, rowSpan: 1 })),
      getLastColumn: (self) => derive(self, 'range', (t: RangeTarget) => target(t.sheet, { ...t.rect, col: t.rect.col + t.rect.colSpan - 1, colSpan: 1 })),
      getEntireRow: (self) => derive(self, 'range', (t: RangeTarget) => target(t.sheet, { row: t.rect.row, rowSpan: t.rect.rowSpan, col: 0, colSpan: MAX_COLS })),
      getEntireColumn: (self) => derive(self, 'range', (t: RangeTarget) => target(t.sheet, { col: t.rect.col, colSpan: t.rect.colSpan, row: 0, rowSpan: MAX_ROWS })),
      getIntersection: (self, other: unknown) => {
        const o = rangeArg(self.ctx, other, 'Range.getIntersection');
        return derive(self, 'range', (t: RangeTarget) => {
          const r = o(t.sheet).sheet === t.sheet ? intersection(t.rect, o(t.sheet).rect) : null;
          return r ? target(t.sheet, r) : fail('ItemNotFound', 'the ranges do not intersect');
        });
      },
      getIntersectionOrNullObject: (self, other: unknown) => {
        const o = rangeArg(self.ctx, other, 'Range.getIntersectionOrNullObject');
        return derive(self, 'range', (t: RangeTarget) => {
          const r = o(t.sheet).sheet === t.sheet ? intersection(t.rect, o(t.sheet).rect) : null;
          return r ? target(t.sheet, r) : NULL;
        });
      },
      getUsedRangeOrNullObject: (self, valuesOnly = false) =>
        derive(self, 'range', (t: RangeTarget) => {
          const used = usedRect(t.sheet, valuesOnly);
          const r = used && intersection(used, t.rect);
          return r ? target(t.sheet, r) : NULL;
        }),
      merge: (self, across = false) => act(self, 'Range.merge', (t: RangeTarget) => merge(t, Boolean(across))),
      unmerge: (self) =>
        act(self, 'Range.unmerge', (t: RangeTarget) => {
          guardProtected(t.sheet, 'unmerging cells');
          t.sheet.merges = t.sheet.merges.filter((m) => !intersects(m, t.rect));
        }),
      select: (self) =>
        act(self, 'Range.select', (t: RangeTarget) => {
          Object.assign(self.ctx.double, { active: t.sheet, selected: true });
          t.sheet.selection = [t.rect];
        }),
      clear: (self, applyTo = 'All') => act(self, 'Range.clear', (t: RangeTarget) => clearRange(t, applyTo, self.ctx)),
    },
  },

  rangeAreas: {
    type: 'RangeAreas',
    props: {
      address: { get: (a: { sheet: SheetModel; rects: Rect[] }) => a.rects.map((r) => qualified(a.sheet, r)).join(',') },
      areaCount: { get: (a: { rects: Rect[] }) => a.rects.length },
      cellCount: { get: (a: { rects: Rect[] }) => a.rects.reduce((n, r) => n + r.rowSpan * r.colSpan, 0) },
    },
    methods: {
      select: (self) =>
        act(self, 'RangeAreas.select', (a: { sheet: SheetModel; rects: Rect[] }) => {
          Object.assign(self.ctx.double, { active: a.sheet, selected: true });
          a.sheet.selection = a.rects.map((r) => ({ ...r }));
        }),
    },
  },

  format: {
    type: 'RangeFormat',
    props: {
      horizontalAlignment: cellFormat('horizontal', 'General', oneOf(H_ALIGN, 'horizontalAlignment')),
      verticalAlignment: cellFormat('vertical', 'Bottom', oneOf(V_ALIGN, 'verticalAlignment')),
      wrapText: cellFormat('wrap', false, bool('wrapText')),
      columnWidth: {
        get: (t: RangeTarget) => {
          const widths = new Set(Array.from({ length: Math.min(t.rect.colSpan, MAX_COLS) }, (_, j) => t.sheet.columnWidths.get(t.rect.col + j) ?? DEFAULT_COLUMN_WIDTH));
          return widths.size === 1 ? [...widths][0] : null;
        },
        set: (t: RangeTarget, v) => {
          const w = number('columnWidth', 0, 1800)(v);
          guardProtected(t.sheet, 'formatting columns', 'allowFormatColumns');
          for (let c = t.rect.col; c < t.rect.col + t.rect.colSpan; c++) t.sheet.columnWidths.set(c, w);
        },
      },
      rowHeight: {
        get: (t: RangeTarget) => {
          const heights = new Set<number>();
          eachIn({ ...t.rect, colSpan: 1 }, (r) => heights.add(t.sheet.rowHeights.get(r) ?? DEFAULT_ROW_HEIGHT));
          return heights.size === 1 ? [...heights][0] : null;
        },
        set: (t: RangeTarget, v) => {
          const h = number('rowHeight', 0, 409)(v);
          guardProtected(t.sheet, 'formatting rows', 'allowFormatRows');
          eachIn({ ...t.rect, colSpan: 1 }, (r) => t.sheet.rowHeights.set(r, h));
        },
      },
    },
    nav: {
      fill: { kind: 'fill', resolve: (t) => t },
      font: { kind: 'font', resolve: (t) => t },
      borders: { kind: 'borders', resolve: (t) => t },
      protection: { kind: 'formatProtection', resolve: (t) => t },
    },
    methods: {
      // Widths would follow the content; the double only checks the call is allowed.
      autofitColumns: (self) => act(self, 'RangeFormat.autofitColumns', (t: RangeTarget) => guardProtected(t.sheet, 'formatting columns', 'allowFormatColumns')),
      autofitRows: (self) => act(self, 'RangeFormat.autofitRows', (t: RangeTarget) => guardProtected(t.sheet, 'formatting rows', 'allowFormatRows')),
    },
  },

  fill: {
    type: 'RangeFill',
    props: { color: cellFormat('fill', '#FFFFFF', color) },
    methods: {
      clear: (self) =>
        act(self, 'RangeFill.clear', (t: RangeTarget) => {
          guardProtected(t.sheet, 'formatting cells', 'allowFormatCells');
          eachIn(t.rect, (r, c) => delete cellOf(t.sheet, r, c)?.format.fill);
        }),
    },
  },

  font: {
    type: 'RangeFont',
    props: {
      name: cellFormat('fontName', 'Calibri', (v) => (typeof v === 'string' && v ? v : fail('InvalidArgument', `font name '${v}'`))),
      size: cellFormat('fontSize', 11, number('font size', 1, 409)),
      bold: cellFormat('bold', false, bool('bold')),
      italic: cellFormat('italic', false, bool('italic')),
      color: cellFormat('fontColor', '#000000', color),
    },
  },

  formatProtection: {
    type: 'FormatProtection',
    props: {
      locked: {
        get: (t: RangeTarget) => uniform(t, (c) => c?.format.locked ?? true),
        set: (t: RangeTarget, v) => {
          const locked = bool('locked')(v);
          guardProtected(t.sheet, 'changing cell locking');
          eachIn(t.rect, (r, c) => (ensureCell(t.sheet, r, c).format.locked = locked));
        },
      },
      formulaHidden: cellFormat('formulaHidden', false, bool('formulaHidden')),
    },
  },

  borders: {
    type: 'RangeBorderCollection',
    methods: {
      getItem: (self, index: string) =>
        derive(self, 'border', (t: RangeTarget) => {
          oneOf(BORDER_INDEX, 'border index')(index);
          if (index.startsWith('Diagonal')) throw new Error('Excel double: diagonal borders are not modelled');
          return { sheet: t.sheet, rect: t.rect, index };
        }),
    },
  },

  border: {
    type: 'RangeBorder',
    props: {
      sideIndex: { get: (b: { index: string }) => b.index },
      style: borderProp('style', oneOf(BORDER_STYLE, 'border style')),
      weight: borderProp('weight', oneOf(BORDER_WEIGHT, 'border weight')),
      color: borderProp('color', color),
    },
  },

  dataValidation: {
    type: 'DataValidation',
    props: {
      rule: validationProp('rule', null, checkRule),
      prompt: validationProp('prompt', { message: '', showPrompt: false, title: '' }, checkMessage('prompt')),
      errorAlert: validationProp('errorAlert', { message: '', showAlert: true, style: 'Stop', title: '' }, checkMessage('errorAlert')),
      ignoreBlanks: validationProp('ignoreBlanks', true, bool('ignoreBlanks')),
      type: {
        get: (t: RangeTarget) => {
          const kinds = new Set<string>();
          eachIn(t.rect, (r, c) => {
            const rule = t.sheet.validations.get(key(r, c))?.rule;
            kinds.add(rule ? DV_KINDS[Object.keys(rule)[0]] : 'None');
          });
          return kinds.size === 1 ? [...kinds][0] : 'Inconsistent';
        },
      },
    },
    methods: {
      clear: (self) =>
        act(self, 'DataValidation.clear', (t: RangeTarget) => {
          guardProtected(t.sheet, 'changing data validation');
          eachIn(t.rect, (r, c) => t.sheet.validations.delete(key(r, c)));
        }),
    },
  },

  conditionalFormats: {
    type: 'ConditionalFormatCollection',
    items: { kind: 'conditionalFormat', list: cfsIn },
    methods: {
      add: (self, type: string) =>
        created(self, 'conditionalFormat', 'ConditionalFormatCollection.add', (t: RangeTarget) => {
          oneOf(CF_TYPES, 'conditional format type')(type);
          guardProtected(t.sheet, 'adding conditional formats', 'allowFormatCells');
          const cf: ConditionalFormatModel = { id: self.ctx.double.newId('cf'), sheet: t.sheet, rects: [{ ...t.rect }], type };
          t.sheet.conditionalFormats.push(cf);
          return cf;
        }),
      getCount: (self) => result(self, 'ConditionalFormatCollection.getCount', (t: RangeTarget) => cfsIn(t).length),
      getItem: (self, id: string) => derive(self, 'conditionalFormat', (t: RangeTarget) => cfsIn(t).find((f) => f.id === id) ?? fail('ItemNotFound', `conditional format ${id}`)),
      getItemAt: (self, i: number) => derive(self, 'conditionalFormat', (t: RangeTarget) => cfsIn(t)[i] ?? fail('ItemNotFound', `conditional format #${i}`)),
      clearAll: (self) => act(self, 'ConditionalFormatCollection.clearAll', (t: RangeTarget) => cfsIn(t).forEach(removeCf)),
    },
  },

  conditionalFormat: {
    type: 'ConditionalFormat',
    props: {
      id: { get: (cf: ConditionalFormatModel) => cf.id },
      type: { get: (cf: ConditionalFormatModel) => cf.type },
      priority: { get: (cf: ConditionalFormatModel) => cf.sheet.conditionalFormats.indexOf(cf) },
      stopIfTrue: cfProp('stopIfTrue', false, bool('stopIfTrue')),
    },
    nav: {
      custom: { kind: 'customConditionalFormat', resolve: (cf) => (cf.type === 'Custom' ? cf : fail('InvalidOperation', `a ${cf.type} conditional format has no custom rule`)) },
      customOrNullObject: { kind: 'customConditionalFormat', resolve: (cf) => (cf.type === 'Custom' ? cf : NULL) },
    },
    methods: {
      delete: (self) => act(self, 'ConditionalFormat.delete', removeCf),
      getRange: (self) => derive(self, 'range', (cf: ConditionalFormatModel) => target(cf.sheet, cf.rects[0])),
      getRangeOrNullObject: (self) => derive(self, 'range', (cf: ConditionalFormatModel) => target(cf.sheet, cf.rects[0])),
    },
  },

  customConditionalFormat: {
    type: 'CustomConditionalFormat',
    nav: {
      rule: { kind: 'conditionalFormatRule', resolve: (cf) => cf },
      format: { kind: 'conditionalRangeFormat', resolve: (cf) => cf },
    },
  },

  conditionalFormatRule: {
    type: 'ConditionalFormatRule',
    props: { formula: cfProp('formula', ''), formulaLocal: cfProp('formula', '') },
  },

  conditionalRangeFormat: {
    type: 'ConditionalRangeFormat',
    nav: {
      fill: { kind: 'conditionalRangeFill', resolve: (cf) => cf },
      font: { kind: 'conditionalRangeFont', resolve: (cf) => cf },
    },
  },

  conditionalRangeFill: {
    type: 'ConditionalRangeFill',
    props: { color: cfProp('fill', null, color) },
    methods: { clear: (self) => act(self, 'ConditionalRangeFill.clear', (cf: ConditionalFormatModel) => delete cf.fill) },
  },

  conditionalRangeFont: {
    type: 'ConditionalRangeFont',
    props: { color: cfProp('fontColor', null, color), bold: cfProp('bold', false, bool('bold')), italic: cfProp('italic', false, bool('italic')) },
    methods: {
      clear: (self) =>
        act(self, 'ConditionalRangeFont.clear', (cf: ConditionalFormatModel) => {
          delete cf.fontColor;
          delete cf.bold;
          delete cf.italic;
        }),
    },
  },

  freezePanes: {
    type: 'WorksheetFreezePanes',
    methods: {
      freezeRows: (self, count = 1) =>
        act(self, 'WorksheetFreezePanes.freezeRows', (s: SheetModel) => {
          const n = number('rows to freeze', 0, MAX_ROWS - 1)(count) as number;
          s.freeze = n ? { rows: n, columns: 0 } : undefined;
        }),
      freezeColumns: (self, count = 1) =>
        act(self, 'WorksheetFreezePanes.freezeColumns', (s: SheetModel) => {
          const n = number('columns to freeze', 0, MAX_COLS - 1)(count) as number;
          s.freeze = n ? { rows: 0, columns: n } : undefined;
        }),
      // The given cells form the frozen top-left pane: everything above and left of its far corner.
      freezeAt: (self, frozen: unknown) => {
        const ref = rangeArg(self.ctx, frozen, 'WorksheetFreezePanes.freezeAt');
        act(self, 'WorksheetFreezePanes.freezeAt', (s: SheetModel) => {
          const { sheet, rect } = ref(s);
          if (sheet !== s) fail('InvalidArgument', 'freezeAt takes a range on the same worksheet');
          const rows = rect.row === 0 && rect.rowSpan === MAX_ROWS ? 0 : rect.row + rect.rowSpan;
          const columns = rect.col === 0 && rect.colSpan === MAX_COLS ? 0 : rect.col + rect.colSpan;
          s.freeze = { rows, columns };
        });
      },
      unfreeze: (self) => act(self, 'WorksheetFreezePanes.unfreeze', (s: SheetModel) => (s.freeze = undefined)),
      getLocationOrNullObject: (self) =>
        derive(self, 'range', (s: SheetModel) =>
          s.freeze ? target(s, { row: 0, col: 0, rowSpan: s.freeze.rows || MAX_ROWS, colSpan: s.freeze.columns || MAX_COLS }) : NULL,
        ),
    },
  },

  protection: {
    type: 'WorksheetProtection',
    props: {
      protected: { get: (s: SheetModel) => s.protection.protected },
      options: {
        get: (s: SheetModel) => ({
          allowAutoFilter: false, allowDeleteColumns: false, allowDeleteRows: false, allowEditObjects: false, allowEditScenarios: false,
          allowFormatCells: false, allowFormatColumns: false, allowFormatRows: false, allowInsertColumns: false, allowInsertHyperlinks: false,
          allowInsertRows: false, allowPivotTables: false, allowSort: false, selectionMode: 'Normal',
          ...(s.protection.options ?? {}),
        }),
      },
    },
    methods: {
      protect: (self, options?: Record<string, unknown>, password?: string) =>
        act(self, 'WorksheetProtection.protect', (s: SheetModel) => {
          if (s.protection.protected) fail('InvalidOperation', `${s.name} is already protected`);
          const opts = serialize(options ?? {});
          if (opts.selectionMode !== undefined && opts.selectionMode !== null) oneOf(['Normal', 'Unlocked', 'None'], 'selectionMode')(opts.selectionMode);
          s.protection = { protected: true, options: opts, ...(password ? { password: String(password) } : {}) };
        }),
      unprotect: (self, password?: string) =>
        act(self, 'WorksheetProtection.unprotect', (s: SheetModel) => {
          if (s.protection.password !== undefined && s.protection.password !== password) fail('InvalidArgument', 'wrong password');
          s.protection = { protected: false };
        }),
    },
  },

  pageLayout: {
    type: 'PageLayout',
    props: Object.fromEntries(
      Object.keys(PAGE_DEFAULTS).map((k) => [
        k,
        { get: (s: SheetModel) => s.pageLayout[k] ?? PAGE_DEFAULTS[k], set: (s: SheetModel, v: unknown) => (s.pageLayout[k] = PAGE_CHECKS[k](v)) } as PropSpec,
      ]),
    ),
    methods: {
      setPrintTitleRows: (self, rows: unknown) => printTitles(self, rows, 'printTitleRows'),
      setPrintTitleColumns: (self, columns: unknown) => printTitles(self, columns, 'printTitleColumns'),
      setPrintArea: (self, area: unknown) => {
        const parts = typeof area === 'string' ? area.split(/[,;]/).map((a) => rangeArg(self.ctx, a.trim(), 'PageLayout.setPrintArea')) : [rangeArg(self.ctx, area, 'PageLayout.setPrintArea')];
        act(self, 'PageLayout.setPrintArea', (s: SheetModel) => (s.pageLayout.printArea = parts.map((p) => rectAddress(p(s).rect, true)).join(',')));
      },
      setPrintMargins: (self, unit: string, margins: Record<string, number>) =>
        act(self, 'PageLayout.setPrintMargins', (s: SheetModel) => {
          const factor = { Points: 1, Inches: 72, Centimeters: 72 / 2.54 }[oneOf(['Points', 'Inches', 'Centimeters'], 'unit')(unit)]!;
          for (const [side, v] of Object.entries(serialize(margins ?? {}) as Record<string, number>)) {
            if (!['left', 'right', 'top', 'bottom', 'header', 'footer'].includes(side)) fail('InvalidArgument', `margin '${side}'`);
            s.pageLayout[`${side}Margin`] = PAGE_CHECKS[`${side}Margin`](Math.round(v * factor * 100) / 100);
          }
        }),
      getPrintTitleRowsOrNullObject: (self) =>
        derive(self, 'range', (s: SheetModel) => (s.pageLayout.printTitleRows ? target(s, parseAddress(String(s.pageLayout.printTitleRows)).rect) : NULL)),
    },
    nav: {
      headersFooters: { kind: 'headerFooterGroup', resolve: (s) => s },
    },
  },

  // PageLayout.headersFooters (ExcelApi 1.9): texts kept in the sheet's pageLayout as 「headersFooters.<which>.<part>」.
  headerFooterGroup: {
    type: 'HeaderFooterGroup',
    props: {
      state: {
        get: (s: SheetModel) => s.pageLayout['headersFooters.state'] ?? 'Default',
        set: (s: SheetModel, v) => (s.pageLayout['headersFooters.state'] = oneOf(['Default', 'FirstAndDefault', 'OddAndEven', 'FirstOddAndEven'], 'state')(v)),
      },
      useSheetMargins: { get: (s: SheetModel) => s.pageLayout['headersFooters.useSheetMargins'] ?? true, set: (s: SheetModel, v) => (s.pageLayout['headersFooters.useSheetMargins'] = bool('useSheetMargins')(v)) },
      useSheetScale: { get: (s: SheetModel) => s.pageLayout['headersFooters.useSheetScale'] ?? true, set: (s: SheetModel, v) => (s.pageLayout['headersFooters.useSheetScale'] = bool('useSheetScale')(v)) },
    },
    nav: Object.fromEntries(
      ['defaultForAllPages', 'firstPage', 'evenPages', 'oddPages'].map((which) => [which, { kind: 'headerFooter', resolve: (s: SheetModel) => ({ sheet: s, which }) }]),
    ),
  },

  headerFooter: {
    type: 'HeaderFooter',
    props: Object.fromEntries(
      ['leftHeader', 'centerHeader', 'rightHeader', 'leftFooter', 'centerFooter', 'rightFooter'].map((part) => [
        part,
        {
          get: (h: { sheet: SheetModel; which: string }) => h.sheet.pageLayout[`headersFooters.${h.which}.${part}`] ?? '',
          set: (h: { sheet: SheetModel; which: string }, v: unknown) => {
            if (typeof v !== 'string') fail('InvalidArgument', `${part} must be text`);
            h.sheet.pageLayout[`headersFooters.${h.which}.${part}`] = v;
          },
        } as PropSpec,
      ]),
    ),
  },

  names: {
    type: 'NamedItemCollection',
    items: { kind: 'namedItem', list: (n, ctx) => [...namesOf(n, ctx.double).values()] },
    methods: {
      add: (self, name: string, reference: unknown, comment?: string) => {
        const ref = typeof reference === 'string' ? reference : rangeArg(self.ctx, reference, 'NamedItemCollection.add');
        return created(self, 'namedItem', 'NamedItemCollection.add', (n: { scope: SheetModel | null }) => addName(self.ctx.double, n.scope, name, ref, comment));
      },
      getItem: (self, name: string) =>
        derive(self, 'namedItem', (n) => namesOf(n, self.ctx.double).get(String(name).toLowerCase()) ?? fail('ItemNotFound', `name '${name}'`)),
      getItemOrNullObject: (self, name: string) => derive(self, 'namedItem', (n) => namesOf(n, self.ctx.double).get(String(name).toLowerCase()) ?? NULL),
      getCount: (self) => result(self, 'NamedItemCollection.getCount', (n) => namesOf(n, self.ctx.double).size),
    },
  },

  namedItem: {
    type: 'NamedItem',
    props: {
      name: { get: (n: NameModel) => n.name },
      type: {
        get: (n: NameModel) => {
          if (n.constant === undefined) return n.sheet ? 'Range' : 'Error';
          const body = n.constant.slice(1);
          return /^(true|false)$/i.test(body) ? 'Boolean' : Number.isFinite(Number(body)) && body.trim() !== '' ? 'Double' : 'String';
        },
      },
      value: { get: (n: NameModel) => (n.constant !== undefined ? n.constant.slice(1) : n.sheet && n.rect ? qualified(n.sheet, n.rect, true) : '#REF!') },
      formula: {
        get: (n: NameModel) => (n.constant !== undefined ? n.constant : n.sheet && n.rect ? `=${qualified(n.sheet, n.rect, true)}` : '=#REF!'),
        set: (n: NameModel, v, ctx) => pointName(ctx.double, n, String(v)),
      },
      comment: { get: (n: NameModel) => n.comment, set: (n: NameModel, v) => (n.comment = String(v ?? '')) },
      visible: { get: (n: NameModel) => n.visible, set: (n: NameModel, v) => (n.visible = bool('visible')(v)) },
      scope: { get: (n: NameModel) => (n.scope ? 'Worksheet' : 'Workbook') },
    },
    nav: {
      worksheet: { kind: 'worksheet', resolve: (n: NameModel) => n.scope ?? fail('ItemNotFound', `${n.name} is scoped to the workbook`) },
      worksheetOrNullObject: { kind: 'worksheet', resolve: (n: NameModel) => n.scope ?? NULL },
    },
    methods: {
      getRange: (self) =>
        derive(self, 'range', (n: NameModel) => (n.sheet && n.rect ? target(n.sheet, n.rect) : fail('InvalidReference', `${n.name} refers to ${nameReference(n)}, not a range`))),
      getRangeOrNullObject: (self) => derive(self, 'range', (n: NameModel) => (n.sheet && n.rect ? target(n.sheet, n.rect) : NULL)),
      delete: (self) =>
        act(self, 'NamedItem.delete', (n: NameModel) => {
          (n.scope ? n.scope.names : self.ctx.double.names).delete(n.name.toLowerCase());
          n.deleted = true;
        }),
    },
  },

  changedEvent: {
    type: 'EventHandlers',
    methods: {
      add: (self, handler: (args: any) => unknown) => {
        let bound: SheetModel | null = null;
        act(self, 'EventHandlers.add', (s: SheetModel) => (bound = s).changeHandlers.push(handler));
        return {
          context: self.ctx,
          remove: () =>
            self.ctx.enqueue('EventHandlerResult.remove', () => {
              if (bound) bound.changeHandlers = bound.changeHandlers.filter((h) => h !== handler);
            }),
        };
      },
    },
  },
};

// Charts and page breaks: modelled in excel-charts.ts, on the same building blocks.
installCharts({ specs: SPECS, since: SINCE, act, derive, created, rangeArg, fail, quoteSheetName, rectAddress });

function findSheet(d: ExcelDouble, k: string): SheetModel | undefined {
  return d.sheet(k) ?? d.sheets.find((s) => s.id === k);
}

function sheetsOf(d: ExcelDouble, visibleOnly?: boolean): SheetModel[] {
  return visibleOnly ? d.sheets.filter((s) => s.visibility === 'Visible') : d.sheets;
}

// ================================================================== globals

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
async function runBatch(double: ExcelDouble, args: any[]): Promise<unknown> {
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

function contextOf(x: any): DoubleContext | undefined {
  if (x instanceof DoubleContext) return x;
  if (Array.isArray(x)) return contextOf(x[0]);
  if (x && typeof x === 'object') return x.context instanceof DoubleContext ? x.context : x.previousObjects ? contextOf(x.previousObjects) : undefined;
  return undefined;
}
