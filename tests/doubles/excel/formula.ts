/** The formula evaluator: the small subset of Excel formulas the add-in writes. */

import { parseAddress } from './a1';
import type { Rect } from './a1';
import { ERROR_LITERALS, eachIn } from './model';
import type { CellValue, SheetModel } from './model';
import { ExcelDouble } from './workbook';

export type Scalar = CellValue;
export class XlError {
  constructor(readonly code: string) {}
}
export type FVal = Scalar | XlError | { ref: { sheet: SheetModel; rect: Rect } };
export class Unsupported extends Error {}

export function evaluateFormula(formula: string, sheet: SheetModel, book: ExcelDouble, depth: number): Scalar {
  try {
    const v = new FormulaParser(formula.slice(1), sheet, book, depth).parse();
    return v === null ? 0 : v instanceof XlError ? v.code : v;
  } catch (e) {
    if (e instanceof Unsupported) return formula; // beyond the double: the formula reads as its own text
    throw e;
  }
}

export const isRef = (v: FVal): v is { ref: { sheet: SheetModel; rect: Rect } } => typeof v === 'object' && v !== null && 'ref' in v;
export const numText = (n: number) => (Number.isInteger(n) ? String(n) : String(Number(n.toPrecision(15))));
export const asText = (v: Scalar) => (v === null ? '' : typeof v === 'boolean' ? (v ? 'TRUE' : 'FALSE') : typeof v === 'number' ? numText(v) : v);

export function toNumber(v: Scalar | XlError): number | XlError {
  if (v instanceof XlError) return v;
  if (v === null) return 0;
  if (typeof v === 'boolean') return v ? 1 : 0;
  if (typeof v === 'number') return v;
  return /^\s*[+-]?(\d+(\.\d*)?|\.\d+)([eE][+-]?\d+)?\s*$/.test(v) ? Number(v) : new XlError('#VALUE!');
}

export function toBool(v: Scalar | XlError): boolean | XlError {
  if (v instanceof XlError || typeof v === 'boolean') return v;
  if (v === null) return false;
  if (typeof v === 'number') return v !== 0;
  return /^(true|false)$/i.test(v) ? v.toUpperCase() === 'TRUE' : new XlError('#VALUE!');
}

export function arith(op: string, a: Scalar | XlError, b: Scalar | XlError): number | XlError {
  const x = toNumber(a);
  const y = toNumber(b);
  if (x instanceof XlError) return x;
  if (y instanceof XlError) return y;
  if (op === '/' && y === 0) return new XlError('#DIV/0!');
  return op === '+' ? x + y : op === '-' ? x - y : op === '*' ? x * y : op === '/' ? x / y : Math.pow(x, y);
}

/** Excel orders numbers < text < booleans; text compares case-insensitively; empty matches 0, "" and FALSE. */
export function compare(op: string, a: Scalar | XlError, b: Scalar | XlError): boolean | XlError {
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

export class FormulaParser {
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
