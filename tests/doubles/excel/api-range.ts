/** Range and RangeAreas. */

import { MAX_COLS, MAX_ROWS, intersection, intersects, qualified } from './a1';
import type { Rect } from './a1';
import { NULL } from './context';
import { fail } from './errors';
import { cellOf, eachIn, ensureCell } from './model';
import type { SheetModel } from './model';
import { TEXT_OF, TYPE_OF, clearRange, merge, usedRect } from './model-ops';
import { defineSpecs } from './proxy';
import { act, derive, grid, guardProtected, inputGrid, rangeArg, target, writeCells } from './spec-kit';
import type { RangeTarget } from './spec-kit';

defineSpecs({
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
});
