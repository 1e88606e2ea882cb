/** ExcelDouble: the workbook the proxies work on, with seeding, snapshots and computed values. */

import { columnLetters, parseAddress, quoteSheetName, rectAddress } from './a1';
import { fail } from './errors';
import { evaluateFormula } from './formula';
import { clone, eachIn, ensureCell, key, nameReference, parseInput, rc, unkey } from './model';
import type { CellValue, DoubleOptions, NameModel, SeedSheet, SheetModel } from './model';
import { addName } from './model-ops';

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
