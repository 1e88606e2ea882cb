/**
 * The runtime APIs the pane calls (our code, React, Fluent UI) that are newer than the Chromium its
 * syntax is built for (webpack.config.js, office-loader.js's MIN_CHROMIUM): old WPS builds embed such
 * a Chromium. Each is defined only where the browser lacks it, non-enumerable as the native ones are,
 * and this module is the pane's first import. pdf.js brings its own (core-js in its legacy build).
 * tests/manifest/browser-support.test.ts lists which API needs which Chromium and checks this list.
 */

type Loose = Record<string, unknown>;

function define(target: object, name: string, value: unknown): void {
  if (name in target) return;
  Object.defineProperty(target, name, { value, configurable: true, writable: true, enumerable: false });
}

const root: Loose = (typeof globalThis !== 'undefined' ? globalThis : self) as unknown as Loose;

// Chromium 71. Our host detection reads `globalThis` as such.
define(root, 'globalThis', root);

// Chromium 84. tabster and keyborg (Fluent UI's focus handling) hold elements through WeakRef. This
// one holds them strongly: the pane lives as long as its page, so nothing it holds outlives it for long.
define(
  root,
  'WeakRef',
  class WeakRef<T extends object> {
    private readonly target: T;
    constructor(target: T) {
      this.target = target;
    }
    deref(): T {
      return this.target;
    }
  },
);

// Chromium 73.
define(Object, 'fromEntries', (entries: Iterable<readonly [PropertyKey, unknown]>) => {
  const object: Record<PropertyKey, unknown> = {};
  for (const [key, value] of entries) object[key] = value;
  return object;
});

// Chromium 69.
function flat(this: unknown[], depth = 1): unknown[] {
  return this.reduce<unknown[]>((all, item) => all.concat(Array.isArray(item) && depth >= 1 ? flat.call(item, depth - 1) : [item]), []);
}
define(Array.prototype, 'flat', flat);
define(Array.prototype, 'flatMap', function flatMap(this: unknown[], map: (item: unknown, index: number, array: unknown[]) => unknown, thisArg?: unknown) {
  return flat.call(this.map(map, thisArg), 1);
});

// Chromium 73. As the standard one: a non-global pattern is an error, empty matches step on.
function* matches(regexp: RegExp, text: string): Generator<RegExpExecArray> {
  for (let match = regexp.exec(text); match !== null; match = regexp.exec(text)) {
    yield match;
    if (match[0] === '') regexp.lastIndex += 1;
  }
}
define(String.prototype, 'matchAll', function matchAll(this: string, pattern: RegExp) {
  if (!pattern.flags.includes('g')) throw new TypeError('String.prototype.matchAll called with a non-global RegExp argument');
  const regexp = new RegExp(pattern.source, pattern.flags);
  regexp.lastIndex = pattern.lastIndex;
  return matches(regexp, String(this));
});

// Chromium 66.
define(String.prototype, 'trimStart', function trimStart(this: string) {
  return String(this).replace(/^\s+/, '');
});
define(String.prototype, 'trimEnd', function trimEnd(this: string) {
  return String(this).replace(/\s+$/, '');
});

// Chromium 76. Reading a chosen file (上年报告, a .docx) asks the Blob for its bytes.
if (typeof Blob !== 'undefined') {
  define(Blob.prototype, 'arrayBuffer', function arrayBuffer(this: Blob) {
    return new Promise<ArrayBuffer>((resolve, reject) => {
      const reader = new FileReader();
      reader.onload = () => resolve(reader.result as ArrayBuffer);
      reader.onerror = () => reject(reader.error);
      reader.readAsArrayBuffer(this);
    });
  });
}

// A module, imported for its effects: its names stay its own.
export {};
