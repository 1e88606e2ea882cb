/* eslint-disable @typescript-eslint/no-explicit-any */
/**
 * A strict, synchronous double of WPS 表格's JS API (the `Application` a WPS 加载项 sees), built from
 * WPS's documentation of its ET object model, which follows Excel VBA. Members not modelled throw
 * (see wps-object.ts); calls are counted in `calls`. The workbook itself is kept in the Excel
 * double's model, so `snapshot()` has the same shape as `ExcelDouble.snapshot()` and the parity test
 * can compare the two adapters' workbooks directly. Formulas compute as in the Excel double.
 *
 * Charts, Range geometry and page breaks are modelled in wps-charts.ts. Not modelled: recalculation
 * beyond the Excel double's SUM/+/-, undo, dialogs, the ribbon.
 */
import { ExcelDouble, parseAddress, quoteSheetName, rectAddress, type Rect, type SheetModel } from './excel-double';
import { fn, ro, rw, WpsDoubleError, wpsObject, type Counter } from './wps-object';
import { wpsRange } from './wps-range';
import { worksheetCharts } from './wps-charts';

export { WpsDoubleError } from './wps-object';

export interface WpsDoubleOptions {
  /** Zero-argument members such as Range.Address are properties in some WPS builds, methods in others. */
  style?: 'property' | 'method';
  sheets?: string[];
}

type Listener = (...args: unknown[]) => unknown;

export class WpsDouble {
  readonly store: ExcelDouble;
  readonly counter: Counter;
  /** Application.PluginStorage: kept per WPS installation, not in the workbook. */
  readonly pluginStorage = new Map<string, string>();
  readonly taskPanes: { ID: number; url: string; Visible: boolean; DockPosition: number }[] = [];
  readonly listeners = new Map<string, Listener[]>();
  readonly application: any;
  displayAlerts = true;

  constructor(options: WpsDoubleOptions = {}) {
    this.store = new ExcelDouble((options.sheets ?? ['Sheet1']).map((name) => ({ name })));
    this.counter = { calls: new Map(), style: options.style ?? 'property' };
    this.application = this.makeApplication();
  }

  get calls(): Map<string, number> {
    return this.counter.calls;
  }

  /** How often a member was used, e.g. count('Range.Merge'). */
  count(member: string): number {
    return this.counter.calls.get(member) ?? 0;
  }

  snapshot() {
    return this.store.snapshot();
  }

  /** A clerk typing into a cell: refused on a locked cell of a protected sheet; raises SheetChange. */
  type(sheetName: string, address: string, value: string | number): void {
    const sheet = this.sheetModel(sheetName);
    this.worksheet(sheet).Range(address).Value2 = value;
  }

  sheetModel(name: string): SheetModel {
    const sheet = this.store.sheet(name);
    if (!sheet) throw new WpsDoubleError(`下标越界: no sheet named ${name}`);
    return sheet;
  }

  /** SheetChange reaches listeners after the writing statement, as WPS posts its events. */
  changed(sheet: SheetModel, rect: Rect): void {
    for (const listener of this.listeners.get('SheetChange') ?? []) {
      setTimeout(() => void listener(this.worksheet(sheet), wpsRange(this, sheet, rect)), 0);
    }
  }

  worksheet(sheet: SheetModel): any {
    const store = this.store;
    const live = () => {
      if (sheet.deleted) throw new WpsDoubleError(`${sheet.name} was deleted`);
    };
    const pageSetup = (field: string) => rw(() => sheet.pageLayout[field] ?? null, (v) => (sheet.pageLayout[field] = v));
    return wpsObject('Worksheet', this.counter, {
      Name: rw(
        () => sheet.name,
        (v) => {
          live();
          const name = String(v);
          if (!name || name.length > 31 || /[[\]:*?/\\]/.test(name)) throw new WpsDoubleError(`invalid sheet name ${name}`);
          const other = store.sheet(name);
          if (other && other !== sheet) throw new WpsDoubleError(`a sheet named ${name} exists already`);
          for (const n of store.names.values()) if (n.sheet === sheet) n.sheet = sheet; // names follow the sheet
          sheet.name = name;
          store.touch();
        },
      ),
      Index: ro(() => store.sheets.indexOf(sheet) + 1),
      Range: fn((address: string) => {
        live();
        if (address.includes(',')) return this.areas(sheet, address.split(',').map((a) => parseAddress(a).rect));
        const parsed = parseAddress(address);
        if (parsed.sheet) throw new WpsDoubleError('Worksheet.Range with a sheet name is not modelled');
        return wpsRange(this, sheet, parsed.rect);
      }),
      UsedRange: ro(() => {
        const keys = [...sheet.cells.entries()].filter(([, c]) => c.value !== null || c.formula).map(([k]) => k.split(',').map(Number));
        if (keys.length === 0) return wpsRange(this, sheet, { row: 0, col: 0, rowSpan: 1, colSpan: 1 });
        const rows = keys.map(([r]) => r);
        const cols = keys.map(([, c]) => c);
        const [r0, c0] = [Math.min(...rows), Math.min(...cols)];
        return wpsRange(this, sheet, { row: r0, col: c0, rowSpan: Math.max(...rows) - r0 + 1, colSpan: Math.max(...cols) - c0 + 1 });
      }, true),
      Activate: fn(() => {
        live();
        store.active = sheet;
        store.touch();
      }),
      Protect: fn((Password?: string, DrawingObjects?: boolean, Contents?: boolean, Scenarios?: boolean, UserInterfaceOnly?: boolean, AllowFormattingCells?: boolean, AllowFormattingColumns?: boolean, AllowFormattingRows?: boolean) => {
        const options = JSON.parse(JSON.stringify({ DrawingObjects, Contents, Scenarios, UserInterfaceOnly, AllowFormattingCells, AllowFormattingColumns, AllowFormattingRows }));
        sheet.protection = { protected: true, options, ...(Password ? { password: Password } : {}) };
        store.touch();
      }),
      Unprotect: fn((Password?: string) => {
        if (sheet.protection.password && sheet.protection.password !== Password) throw new WpsDoubleError('wrong password');
        sheet.protection = { protected: false };
      }),
      ProtectContents: ro(() => sheet.protection.protected),
      PageSetup: ro(() =>
        wpsObject('PageSetup', this.counter, Object.fromEntries(['Orientation', 'PaperSize', 'Zoom', 'FitToPagesWide', 'FitToPagesTall', 'CenterHorizontally', 'PrintTitleRows', 'CenterFooter'].map((f) => [f, pageSetup(f)]))),
      ),
      ...worksheetCharts(this.counter, sheet, () => store.touch()),
      Tab: ro(() => wpsObject('Tab', this.counter, { Color: rw(() => sheet.tabColor ?? null, (v) => (sheet.tabColor = String(v))) })),
      Visible: rw(
        () => ({ Visible: -1, Hidden: 0, VeryHidden: 2 })[sheet.visibility],
        (v) => {
          const visibility = ({ [-1]: 'Visible', 0: 'Hidden', 2: 'VeryHidden' } as Record<number, SheetModel['visibility']>)[Number(v)];
          if (!visibility) throw new WpsDoubleError(`Worksheet.Visible = ${String(v)}: not an XlSheetVisibility`);
          sheet.visibility = visibility;
          store.touch();
        },
      ),
      Cells: ro(() => wpsRange(this, sheet, { row: 0, col: 0, rowSpan: 1_048_576, colSpan: 16_384 })),
      Delete: fn(() => {
        // WPS, like Excel, asks the user before deleting a sheet unless DisplayAlerts is off.
        if (this.displayAlerts) throw new WpsDoubleError('Worksheet.Delete with DisplayAlerts on would ask the user: set Application.DisplayAlerts = false');
        store.deleteSheet(sheet);
      }),
    });
  }

  /** A multi-area range ("D9,F9"): the double models only selecting it. */
  areas(sheet: SheetModel, rects: Rect[]): any {
    const store = this.store;
    return wpsObject('Range', this.counter, {
      Address: ro(() => rects.map((r) => rectAddress(r, true)).join(','), true),
      Select: fn(() => {
        if (store.active !== sheet) throw new WpsDoubleError(`Range.Select on ${sheet.name}, which is not the active sheet: Activate() it first`);
        sheet.selection = rects.map((r) => ({ ...r }));
        store.selected = true;
        store.touch();
      }),
    });
  }

  private sheets(): any {
    const store = this.store;
    const item = (index: number | string) => {
      const sheet = typeof index === 'number' ? store.sheets[index - 1] : store.sheet(index);
      if (!sheet) throw new WpsDoubleError(`下标越界: Sheets.Item(${JSON.stringify(index)})`);
      return this.worksheet(sheet);
    };
    return wpsObject('Sheets', this.counter, {
      Count: ro(() => store.sheets.length),
      Item: fn(item),
      Add: fn((Before?: any, After?: any, Count?: number, Type?: unknown) => {
        if ((Count ?? 1) !== 1 || Type !== undefined) throw new WpsDoubleError('Sheets.Add with Count or Type is not modelled');
        if (Before && After) throw new WpsDoubleError('Sheets.Add takes Before or After, not both');
        const anchor = Before ?? After;
        const anchorModel = anchor ? store.sheet(anchor.Name) : store.active;
        const sheet = store.addSheet(store.nextSheetName());
        store.sheets.splice(store.sheets.indexOf(sheet), 1);
        const at = anchorModel ? store.sheets.indexOf(anchorModel) + (After ? 1 : 0) : store.sheets.length;
        store.sheets.splice(at, 0, sheet);
        store.active = sheet; // a new sheet becomes the active one, as in WPS
        store.touch();
        return this.worksheet(sheet);
      }),
    });
  }

  private names(): any {
    const store = this.store;
    const nameObject = (key: string) => {
      const model = store.names.get(key)!;
      return wpsObject('Name', this.counter, {
        Name: ro(() => model.name),
        RefersTo: ro(() => (model.sheet && model.rect ? `=${quoteSheetName(model.sheet.name)}!${rectAddress(model.rect, true)}` : '=#REF!')),
        RefersToRange: ro(() => {
          if (!model.sheet || !model.rect) throw new WpsDoubleError(`${model.name} refers to #REF!`);
          return wpsRange(this, model.sheet, model.rect);
        }),
        Delete: fn(() => store.names.delete(key)),
      });
    };
    return wpsObject('Names', this.counter, {
      Count: ro(() => store.names.size),
      Item: fn((index: number | string) => {
        const key = typeof index === 'number' ? [...store.names.keys()][index - 1] : String(index).toLowerCase();
        if (!key || !store.names.has(key)) throw new WpsDoubleError(`Names.Item(${JSON.stringify(index)}): no such name`);
        return nameObject(key);
      }),
      Add: fn((Name: string, RefersTo: string) => {
        if (!/^[A-Za-z_\u4e00-\u9fff][\w.\u4e00-\u9fff]*$/.test(Name)) throw new WpsDoubleError(`invalid name ${Name}`);
        if (typeof RefersTo !== 'string' || !RefersTo.startsWith('=')) throw new WpsDoubleError('Names.Add: RefersTo is a formula starting with "="');
        const parsed = parseAddress(RefersTo.slice(1).replace(/\$/g, ''));
        const sheet = parsed.sheet ? store.sheet(parsed.sheet) : store.active;
        if (!sheet) throw new WpsDoubleError(`Names.Add: no sheet ${parsed.sheet}`);
        // Like VBA, adding an existing name redefines it.
        store.names.set(Name.toLowerCase(), { name: Name, scope: null, sheet, rect: parsed.rect, comment: '', visible: true });
        store.touch();
        return nameObject(Name.toLowerCase());
      }),
    });
  }

  private makeApplication(): any {
    const store = this.store;
    const workbook = wpsObject('Workbook', this.counter, {
      Name: ro(() => '工作簿1'),
      Sheets: ro(() => this.sheets(), true),
      Worksheets: ro(() => this.sheets(), true),
      Names: ro(() => this.names(), true),
      ActiveSheet: ro(() => (store.active ? this.worksheet(store.active) : null)),
    });
    const window = wpsObject('Window', this.counter, {
      SplitRow: rw(() => store.active?.freeze?.rows ?? 0, (v) => this.split({ rows: Number(v) })),
      SplitColumn: rw(() => store.active?.freeze?.columns ?? 0, (v) => this.split({ columns: Number(v) })),
      FreezePanes: rw(() => Boolean(store.active?.freeze), (v) => {
        if (!v && store.active) delete store.active.freeze;
      }),
      // Gridlines are shown per window in WPS (as in VBA): it acts on the active sheet.
      DisplayGridlines: rw(() => store.active?.showGridlines ?? true, (v) => {
        if (typeof v !== 'boolean') throw new WpsDoubleError('Window.DisplayGridlines must be true or false');
        if (store.active) store.active.showGridlines = v;
      }),
    });
    const createTaskPane = fn((url: string) => {
      const pane = { ID: this.taskPanes.length + 1, url, Visible: false, DockPosition: 2 };
      this.taskPanes.push(pane);
      return this.taskPane(pane);
    });
    return wpsObject('Application', this.counter, {
      Name: ro(() => 'WPS 表格'),
      DisplayAlerts: rw(() => this.displayAlerts, (v) => (this.displayAlerts = Boolean(v))),
      ActiveWorkbook: ro(() => workbook),
      ActiveSheet: ro(() => (store.active ? this.worksheet(store.active) : null)),
      ActiveWindow: ro(() => window),
      ApiEvent: ro(() =>
        wpsObject('ApiEvent', this.counter, {
          AddApiEventListener: fn((name: string, listener: Listener) => {
            if (typeof listener !== 'function') throw new WpsDoubleError('AddApiEventListener needs a function');
            this.listeners.set(name, [...(this.listeners.get(name) ?? []), listener]);
          }),
          RemoveApiEventListener: fn((name: string, listener: Listener) => {
            this.listeners.set(name, (this.listeners.get(name) ?? []).filter((l) => l !== listener));
          }),
        }),
      ),
      PluginStorage: ro(() =>
        wpsObject('PluginStorage', this.counter, {
          setItem: fn((k: string, v: unknown) => void this.pluginStorage.set(k, String(v))),
          getItem: fn((k: string) => this.pluginStorage.get(k) ?? null),
          removeItem: fn((k: string) => void this.pluginStorage.delete(k)),
        }),
      ),
      // Documented as CreateTaskPane; some builds' samples spell it CreateTaskpane.
      CreateTaskPane: createTaskPane,
      CreateTaskpane: createTaskPane,
      GetTaskPane: fn((id: number) => {
        const pane = this.taskPanes.find((p) => p.ID === Number(id));
        if (!pane) throw new WpsDoubleError(`GetTaskPane(${id}): no such pane`);
        return this.taskPane(pane);
      }),
    });
  }

  private taskPane(pane: WpsDouble['taskPanes'][number]): any {
    return wpsObject('TaskPane', this.counter, {
      ID: ro(() => pane.ID),
      Visible: rw(() => pane.Visible, (v) => (pane.Visible = Boolean(v))),
      DockPosition: rw(() => pane.DockPosition, (v) => (pane.DockPosition = Number(v))),
    });
  }

  /** SplitRow/SplitColumn set the split of the active window; FreezePanes = true freezes it. */
  private split(part: { rows?: number; columns?: number }): void {
    const sheet = this.store.active;
    if (!sheet) throw new WpsDoubleError('no active sheet');
    sheet.freeze = { rows: part.rows ?? sheet.freeze?.rows ?? 0, columns: part.columns ?? sheet.freeze?.columns ?? 0 };
    this.store.touch();
  }
}

/** Puts the double where a WPS 加载项 finds it: `window.Application` and `wps.EtApplication()`. */
export function installWpsDouble(double = new WpsDouble()): { double: WpsDouble; uninstall: () => void } {
  const g = globalThis as any;
  g.Application = double.application;
  g.wps = { EtApplication: () => double.application };
  return {
    double,
    uninstall: () => {
      delete g.Application;
      delete g.wps;
    },
  };
}
