/** RangeFormat: fill, font, protection, borders. */

import { MAX_COLS } from './a1';
import { BORDER_INDEX, BORDER_STYLE, BORDER_WEIGHT, H_ALIGN, V_ALIGN } from './enums';
import { fail } from './errors';
import { DEFAULT_COLUMN_WIDTH, DEFAULT_ROW_HEIGHT, cellOf, eachIn, ensureCell } from './model';
import { borderProp } from './model-ops';
import { defineSpecs } from './proxy';
import { act, bool, cellFormat, color, derive, guardProtected, number, oneOf, uniform } from './spec-kit';
import type { RangeTarget } from './spec-kit';

defineSpecs({
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
});
