/** Workbook, WorksheetCollection and Worksheet. Another module extends Worksheet through extendSpec (e.g. excel-charts.ts). */

import { NULL } from './context';
import { fail } from './errors';
import type { SheetModel } from './model';
import { checkSheetName, findSheet, sheetsOf, usedRect } from './model-ops';
import { defineSpecs } from './proxy';
import { act, bool, color, created, derive, oneOf, rangeOn, result, target } from './spec-kit';
import { ExcelDouble } from './workbook';

defineSpecs({
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
});
