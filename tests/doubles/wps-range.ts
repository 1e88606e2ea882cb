/* eslint-disable @typescript-eslint/no-explicit-any */
/**
 * `Range` of the WPS double, shaped as WPS's JS API documents it for 表格 (ET), which follows Excel
 * VBA: `Value2`, `Formula`, `NumberFormat`, `Merge()`, `Interior.Color`, `Font`, `Borders.Item(i)`,
 * `Locked`, `Validation.Add(...)`, `FormatConditions.Add(...)`, `Select()`. Everything is
 * synchronous: a write is in the workbook when the statement returns.
 */
import { rectAddress, type CellModel, type CellValue, type Rect, type SheetModel } from './excel-double';
import { bgrToHex, fn, ro, rw, wo, WpsDoubleError, wpsObject } from './wps-object';
import type { WpsDouble } from './wps-double';
import { rangeGeometry, registerRange } from './wps-charts';

const key = (row: number, col: number) => `${row},${col}`;

function cells(rect: Rect, each: (row: number, col: number, i: number, j: number) => void): void {
  if (rect.rowSpan * rect.colSpan > 200_000) throw new WpsDoubleError(`per-cell work on ${rectAddress(rect)} is not modelled`);
  for (let i = 0; i < rect.rowSpan; i++) for (let j = 0; j < rect.colSpan; j++) each(rect.row + i, rect.col + j, i, j);
}

function ensure(sheet: SheetModel, row: number, col: number): CellModel {
  let cell = sheet.cells.get(key(row, col));
  if (!cell) sheet.cells.set(key(row, col), (cell = { value: null, format: { locked: true, numberFormat: 'General', borders: {} } }));
  return cell;
}

/** What typing (or assigning Value2/Formula) does with a value, as in VBA. */
function parseTyped(input: unknown): { value: CellValue; formula?: string } {
  if (input === null || input === undefined || input === '') return { value: null };
  if (typeof input === 'number' || typeof input === 'boolean') return { value: input };
  if (typeof input !== 'string') throw new WpsDoubleError(`a cell cannot hold ${JSON.stringify(input)}`);
  if (input.startsWith('=') && input.length > 1) return { value: null, formula: input };
  if (input.startsWith("'")) return { value: input.slice(1) };
  if (/^\s*[+-]?(\d+(\.\d*)?|\.\d+)([eE][+-]?\d+)?\s*$/.test(input)) return { value: Number(input) };
  return { value: input };
}

/** A scalar for one cell, a 2-D array otherwise: what VBA's Range.Value2 gives and takes. */
function grid(rect: Rect, read: (row: number, col: number) => unknown): unknown {
  if (rect.rowSpan === 1 && rect.colSpan === 1) return read(rect.row, rect.col);
  return Array.from({ length: rect.rowSpan }, (_, i) => Array.from({ length: rect.colSpan }, (_, j) => read(rect.row + i, rect.col + j)));
}

function spread(rect: Rect, input: unknown, write: (row: number, col: number, value: unknown) => void): void {
  if (!Array.isArray(input)) return cells(rect, (r, c) => write(r, c, input));
  if (input.length !== rect.rowSpan || input.some((row) => !Array.isArray(row) || row.length !== rect.colSpan)) {
    throw new WpsDoubleError(`an array of ${input.length} rows does not fit ${rectAddress(rect)} (the double does not model WPS filling the rest with #N/A)`);
  }
  cells(rect, (r, c, i, j) => write(r, c, (input as unknown[][])[i][j]));
}

export function wpsRange(book: WpsDouble, sheet: SheetModel, rect: Rect): any {
  const counter = book.counter;
  const store = book.store;
  const guardContent = () =>
    cells(rect, (r, c) => {
      if (sheet.protection.protected && (sheet.cells.get(key(r, c))?.format.locked ?? true)) {
        throw new WpsDoubleError(`${sheet.name}!${rectAddress(rect)}: the cell is locked on a protected sheet (WPS shows its protection message)`);
      }
    });
  const guardStructure = () => {
    if (sheet.protection.protected) throw new WpsDoubleError(`${sheet.name}: the sheet is protected`);
  };
  const format = <K extends keyof CellModel['format']>(field: K) =>
    rw(
      () => sheet.cells.get(key(rect.row, rect.col))?.format[field] ?? null,
      (v) => {
        cells(rect, (r, c) => ((ensure(sheet, r, c).format as any)[field] = v));
        store.touch();
      },
    );
  const colour = (field: 'fill' | 'fontColor') =>
    wo((v) => {
      const hex = bgrToHex(v);
      cells(rect, (r, c) => (ensure(sheet, r, c).format[field] = hex));
      store.touch();
    });
  const overlapping = () =>
    sheet.conditionalFormats.filter((f) => f.rects.some((m) => m.row < rect.row + rect.rowSpan && rect.row < m.row + m.rowSpan && m.col < rect.col + rect.colSpan && rect.col < m.col + m.colSpan));
  const write = (input: unknown) => {
    guardContent();
    spread(rect, input, (r, c, v) => {
      const parsed = parseTyped(v);
      const cell = ensure(sheet, r, c);
      cell.value = parsed.value;
      if (parsed.formula) cell.formula = parsed.formula;
      else delete cell.formula;
    });
    store.touch();
    book.changed(sheet, rect);
  };

  const validationMembers = () => {
    const at = () => store.sheet(sheet.name)!.validations;
    const field = (name: string) =>
      rw(
        () => (at().get(key(rect.row, rect.col))?.rule as any)?.[name] ?? null,
        (v) => {
          if (!at().has(key(rect.row, rect.col))) throw new WpsDoubleError(`Validation.${name} before Validation.Add on ${rectAddress(rect)}`);
          cells(rect, (r, c) => ((at().get(key(r, c))!.rule as any)[name] = v));
        },
      );
    return {
      Add: fn((Type: number, AlertStyle?: number, Operator?: number, Formula1?: unknown, Formula2?: unknown) => {
        if (typeof Type !== 'number') throw new WpsDoubleError('Validation.Add needs its Type (XlDVType)');
        cells(rect, (r, c) => {
          if (at().has(key(r, c))) throw new WpsDoubleError(`${rectAddress(rect)} already has validation: Validation.Delete() first (as in WPS)`);
          at().set(key(r, c), { rule: { Type, AlertStyle: AlertStyle ?? 1, Operator: Operator ?? 1, Formula1: Formula1 ?? null, Formula2: Formula2 ?? null, ShowInput: true, ShowError: true, IgnoreBlank: true } });
        });
      }),
      Delete: fn(() => cells(rect, (r, c) => at().delete(key(r, c)))),
      Type: ro(() => (at().get(key(rect.row, rect.col))?.rule as any)?.Type ?? null),
      InputTitle: field('InputTitle'),
      InputMessage: field('InputMessage'),
      ErrorTitle: field('ErrorTitle'),
      ErrorMessage: field('ErrorMessage'),
      ShowInput: field('ShowInput'),
      ShowError: field('ShowError'),
      IgnoreBlank: field('IgnoreBlank'),
    };
  };

  const range = wpsObject('Range', counter, {
    ...rangeGeometry(sheet, rect),
    Address: ro(() => rectAddress(rect, true), true),
    Row: ro(() => rect.row + 1),
    Column: ro(() => rect.col + 1),
    Worksheet: ro(() => book.worksheet(sheet)),
    Value2: rw(() => grid(rect, (r, c) => store.valueOf(sheet, r, c)), write),
    Formula: rw(
      () =>
        grid(rect, (r, c) => {
          const cell = sheet.cells.get(key(r, c));
          if (cell?.formula) return cell.formula;
          return cell?.value === null || cell?.value === undefined ? '' : String(cell.value);
        }),
      write,
    ),
    NumberFormat: format('numberFormat'),
    HorizontalAlignment: format('horizontal'),
    VerticalAlignment: format('vertical'),
    WrapText: format('wrap'),
    Locked: format('locked'),
    Merge: fn((across?: boolean) => {
      guardStructure();
      if (across) throw new WpsDoubleError('Merge(true) (across) is not modelled');
      const overlaps = sheet.merges.some((m) => m.row < rect.row + rect.rowSpan && rect.row < m.row + m.rowSpan && m.col < rect.col + rect.colSpan && rect.col < m.col + m.colSpan);
      if (overlaps) throw new WpsDoubleError(`${rectAddress(rect)} overlaps a merged area`);
      if (rect.rowSpan * rect.colSpan > 1) sheet.merges.push({ ...rect });
      store.touch();
    }),
    Interior: ro(() => wpsObject('Interior', counter, { Color: colour('fill') })),
    Font: ro(() =>
      wpsObject('Font', counter, { Name: format('fontName'), Size: format('fontSize'), Bold: format('bold'), Italic: format('italic'), Color: colour('fontColor') }),
    ),
    Borders: ro(() =>
      wpsObject('Borders', counter, {
        Item: fn((index: number) => {
          const side = BORDER_SIDES[index];
          if (!side) throw new WpsDoubleError(`Borders.Item(${index}) is not modelled (edges 7–10 and inside lines 11, 12 are)`);
          const set = (field: 'style' | 'weight' | 'color', v: unknown) => {
            cells(rect, (r, c, i, j) => {
              const sides = side === 'insideVertical' ? (j > 0 ? ['left'] : []) : side === 'insideHorizontal' ? (i > 0 ? ['top'] : []) : [side];
              const onEdge = side === 'left' ? j === 0 : side === 'right' ? j === rect.colSpan - 1 : side === 'top' ? i === 0 : side === 'bottom' ? i === rect.rowSpan - 1 : true;
              if (!onEdge) return;
              for (const s of sides) {
                const borders = ensure(sheet, r, c).format.borders as Record<string, any>;
                borders[s] = { ...(borders[s] ?? { style: 'Continuous' }), [field]: v };
              }
            });
          };
          return wpsObject('Border', counter, {
            LineStyle: wo((v) => set('style', v === 1 ? 'Continuous' : String(v))),
            Weight: wo((v) => set('weight', v === 2 ? 'Thin' : String(v))),
            Color: wo((v) => set('color', bgrToHex(v))),
          });
        }),
      }),
    ),
    Validation: ro(() => wpsObject('Validation', counter, validationMembers())),
    FormatConditions: ro(() =>
      wpsObject('FormatConditions', counter, {
        // The conditions that apply to any cell of this range, in the sheet's order.
        Count: ro(() => overlapping().length),
        Item: fn((index: number) => {
          const model = overlapping()[index - 1];
          if (!model) throw new WpsDoubleError(`FormatConditions.Item(${index}): there are ${overlapping().length}`);
          return wpsObject('FormatCondition', counter, {
            Formula1: ro(() => model.formula),
            Delete: fn(() => {
              sheet.conditionalFormats.splice(sheet.conditionalFormats.indexOf(model), 1);
              store.touch();
            }),
          });
        }),
        Add: fn((Type: number, _Operator?: unknown, Formula1?: string) => {
          if (Type !== 2) throw new WpsDoubleError(`FormatConditions.Add(${Type}): only xlExpression (2) is modelled`);
          if (typeof Formula1 !== 'string' || !Formula1.startsWith('=')) throw new WpsDoubleError('FormatConditions.Add(xlExpression) needs a formula starting with "="');
          const model = { id: store.newId('wps-cf'), sheet, rects: [{ ...rect }], type: 'Custom', formula: Formula1 };
          sheet.conditionalFormats.push(model);
          store.touch();
          const look = (field: 'fill' | 'fontColor') => wo((v) => ((model as any)[field] = bgrToHex(v)));
          return wpsObject('FormatCondition', counter, {
            Interior: ro(() => wpsObject('Interior', counter, { Color: look('fill') })),
            Font: ro(() => wpsObject('Font', counter, { Color: look('fontColor') })),
            Delete: fn(() => sheet.conditionalFormats.splice(sheet.conditionalFormats.indexOf(model as any), 1)),
          });
        }),
      }),
    ),
    ColumnWidth: wo((v) => {
      for (let c = rect.col; c < rect.col + rect.colSpan; c++) sheet.columnWidths.set(c, Number(v));
    }),
    RowHeight: wo((v) => {
      for (let r = rect.row; r < rect.row + rect.rowSpan; r++) sheet.rowHeights.set(r, Number(v));
    }),
    EntireColumn: ro(() =>
      wpsObject('EntireColumn', counter, {
        Hidden: wo((v) => {
          for (let c = rect.col; c < rect.col + rect.colSpan; c++) {
            if (v) sheet.hiddenColumns.add(c);
            else sheet.hiddenColumns.delete(c);
          }
        }),
      }),
    ),
    Select: fn(() => {
      // As in VBA: selecting on a sheet that is not active fails.
      if (store.active !== sheet) throw new WpsDoubleError(`Range.Select on ${sheet.name}, which is not the active sheet: Activate() it first`);
      sheet.selection = [{ ...rect }];
      store.selected = true;
      store.touch();
    }),
  });
  return registerRange(range, sheet, rect);
}

/** XlBordersIndex: xlEdgeLeft 7, xlEdgeTop 8, xlEdgeBottom 9, xlEdgeRight 10, xlInsideVertical 11, xlInsideHorizontal 12. */
const BORDER_SIDES: Record<number, string> = { 7: 'left', 8: 'top', 9: 'bottom', 10: 'right', 11: 'insideVertical', 12: 'insideHorizontal' };
