/* eslint-disable @typescript-eslint/no-explicit-any */
/**
 * The strict part of the WPS double: every object of WPS's JS API is a proxy over a table of the
 * members the double models. Reading or writing any other member throws (so the adapter cannot
 * lean on something the double only pretends to have), writing a read-only member throws, and
 * every access is counted by "Type.Member".
 *
 * WPS builds differ in whether some zero-argument members are properties or methods (e.g.
 * `Range.Address`, `Worksheet.UsedRange`, `Workbook.Sheets`). Members marked `variant` follow the
 * double's `style`: 'property' returns the value, 'method' returns a function that returns it, so
 * the adapter is tested against both kinds of build.
 */

export class WpsDoubleError extends Error {
  constructor(message: string, readonly member?: string) {
    super(message);
    this.name = 'WpsDoubleError';
  }
}

export interface Member {
  get?: () => unknown;
  set?: (value: unknown) => void;
  call?: (...args: any[]) => unknown;
  /** A zero-argument member that is a property in some builds, a method in others. */
  variant?: boolean;
}

export interface Counter {
  calls: Map<string, number>;
  style: 'property' | 'method';
}

export function wpsObject(type: string, counter: Counter, members: Record<string, Member>): any {
  const count = (name: string) => counter.calls.set(name, (counter.calls.get(name) ?? 0) + 1);
  const target = { __wpsType: type };
  return new Proxy(target, {
    get(_, prop) {
      // Not WPS members: asked by `await`, jest's printer and string conversion.
      if (typeof prop === 'symbol' || prop === 'then' || prop === 'asymmetricMatch' || prop === '$$typeof' || prop === 'nodeType' || prop === 'toJSON') return undefined;
      if (prop === '__wpsType') return type;
      const member = Object.prototype.hasOwnProperty.call(members, prop) ? members[prop] : undefined;
      if (!member) throw new WpsDoubleError(`${type}.${prop} is not modelled by the WPS double`, `${type}.${prop}`);
      count(`${type}.${prop}`);
      if (member.call) return (...args: unknown[]) => member.call!(...args);
      if (!member.get) throw new WpsDoubleError(`${type}.${prop} is write-only`, `${type}.${prop}`);
      if (member.variant && counter.style === 'method') return () => member.get!();
      return member.get();
    },
    set(_, prop, value) {
      const name = `${type}.${String(prop)}`;
      const member = typeof prop === 'string' && Object.prototype.hasOwnProperty.call(members, prop) ? members[prop] : undefined;
      if (!member) throw new WpsDoubleError(`${name} is not modelled by the WPS double`, name);
      if (!member.set) throw new WpsDoubleError(`${name} is read-only`, name);
      count(name);
      member.set(value);
      return true;
    },
    has(_, prop) {
      return typeof prop === 'string' && Object.prototype.hasOwnProperty.call(members, prop);
    },
  });
}

/** A read-only member. */
export const ro = (get: () => unknown, variant = false): Member => ({ get, variant });
/** A read-write member. */
export const rw = (get: () => unknown, set: (value: unknown) => void): Member => ({ get, set });
/** A write-only member (the double does not model reading it back). */
export const wo = (set: (value: unknown) => void): Member => ({ set });
/** A method. */
export const fn = (call: (...args: any[]) => unknown): Member => ({ call });

/** WPS, like Excel VBA, keeps colours as BGR integers (0xBBGGRR). */
export function bgrToHex(value: unknown): string {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 0 || n > 0xffffff) throw new WpsDoubleError(`not a colour: ${String(value)}`);
  const hex = (v: number) => v.toString(16).padStart(2, '0').toUpperCase();
  return `#${hex(n & 0xff)}${hex((n >> 8) & 0xff)}${hex((n >> 16) & 0xff)}`;
}
