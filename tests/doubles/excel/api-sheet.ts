/** A worksheet's freeze panes, protection, page layout, headers and footers. */

import { MAX_COLS, MAX_ROWS, parseAddress, rectAddress } from './a1';
import { NULL } from './context';
import { fail } from './errors';
import type { SheetModel } from './model';
import { PAGE_CHECKS, PAGE_DEFAULTS, printTitles } from './model-ops';
import { defineSpecs, serialize } from './proxy';
import type { PropSpec } from './proxy';
import { act, bool, derive, number, oneOf, rangeArg, target } from './spec-kit';

defineSpecs({
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
});
