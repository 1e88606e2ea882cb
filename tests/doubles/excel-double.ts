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
 * Where it lives (tests/doubles/excel/, each file one thing):
 *   model.ts, workbook.ts   the workbook as plain data, and ExcelDouble over it
 *   formula.ts              the formula evaluator
 *   context.ts, proxy.ts    batching (queued at sync, syncs counted) and the strict proxies
 *   spec-kit.ts, model-ops.ts  building blocks and model operations the API classes share
 *   api-*.ts (api.ts)       the API surface: Workbook, Worksheet, Range, formats, validation, names …
 *   install.ts              the `Excel` and `Office` globals
 * More of Office.js is modelled in a module of its own, imported below: it defines its classes with
 * `defineSpecs` and hooks them into existing ones with `extendSpec` (see proxy.ts).
 *
 * Formulas are stored as written. Values are computed for numbers, strings, references (also to
 * other sheets and defined names), + - * / ^ & %, comparisons, SUM, IF, IFERROR, COUNTBLANK,
 * ISTEXT, ISNUMBER, ISBLANK, ROUND, ABS. Any other formula reads back its own text as its value.
 */

import './excel/api';
import { quoteSheetName, rectAddress } from './excel/a1';
import { fail } from './excel/errors';
import { SINCE, SPECS } from './excel/proxy';
import { act, created, derive, rangeArg } from './excel/spec-kit';
import { installCharts } from './excel-charts';

// Charts and page breaks: modelled in excel-charts.ts, on the same building blocks.
installCharts({ specs: SPECS, since: SINCE, act, derive, created, rangeArg, fail, quoteSheetName, rectAddress });

export { MAX_COLS, MAX_ROWS, columnLetters, parseAddress, quoteSheetName, rectAddress, type Rect } from './excel/a1';
export { OfficeError } from './excel/errors';
export type { BorderModel, CellFormat, CellModel, CellValue, ConditionalFormatModel, DoubleOptions, NameModel, SeedSheet, SheetModel, ValidationModel } from './excel/model';
export { ExcelDouble } from './excel/workbook';
export { DoubleContext } from './excel/context';
export { EXCEL_ENUMS } from './excel/enums';
export { defineSpecs, extendSpec, type PropSpec, type Spec } from './excel/proxy';
export { installExcelDouble, type InstalledDouble } from './excel/install';
