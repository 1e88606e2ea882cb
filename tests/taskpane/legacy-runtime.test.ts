/** @jest-environment jsdom */
/**
 * src/taskpane/legacy-runtime.ts in a browser that lacks what it defines: each definition does what
 * the standard API does for the pane's uses, is not enumerable (for…in over arrays and strings stays
 * clean), and a browser that has the API keeps its own.
 */
type Loose = Record<string, unknown>;

const REMOVED: [object, string][] = [
  [globalThis, 'WeakRef'],
  [Object, 'fromEntries'],
  [Array.prototype, 'flat'],
  [Array.prototype, 'flatMap'],
  [String.prototype, 'matchAll'],
  [String.prototype, 'trimStart'],
  [String.prototype, 'trimEnd'],
  [Blob.prototype, 'arrayBuffer'],
];

describe('the runtime APIs older Chromium lacks', () => {
  const saved = REMOVED.map(([target, name]) => Object.getOwnPropertyDescriptor(target, name));
  beforeAll(() => {
    for (const [target, name] of REMOVED) delete (target as Loose)[name];
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    jest.isolateModules(() => require('../../src/taskpane/legacy-runtime'));
  });
  afterAll(() => {
    REMOVED.forEach(([target, name], i) => {
      if (saved[i]) Object.defineProperty(target, name, saved[i]!);
      else delete (target as Loose)[name];
    });
  });

  it('are all defined again, not enumerable', () => {
    for (const [target, name] of REMOVED) {
      expect(typeof (target as Loose)[name]).toBe('function');
      expect(Object.getOwnPropertyDescriptor(target, name)!.enumerable).toBe(false);
    }
    const keys: string[] = [];
    for (const key in [1, 2]) keys.push(key);
    expect(keys).toEqual(['0', '1']);
  });

  it('behave as the standard ones for what the pane does with them', async () => {
    const element = {};
    expect(new WeakRef(element).deref()).toBe(element);
    expect(Object.fromEntries(new Map([['a', 1], ['b', 2]]))).toEqual({ a: 1, b: 2 });
    // A hole is skipped, as by the standard flat().
    // eslint-disable-next-line no-sparse-arrays
    expect([1, [2, [3, [4]]], , 5].flat()).toEqual([1, 2, [3, [4]], 5]);
    expect([1, [2, [3, [4]]]].flat(Infinity)).toEqual([1, 2, 3, 4]);
    expect([1, 2].flatMap((n) => [n, [n * 10]])).toEqual([1, [10], 2, [20]]);
    expect([...'二〇二四年 2025年'.matchAll(/(\d{4})年/g)].map((m) => [m[1], m.index])).toEqual([['2025', 6]]);
    expect([...'aXbX'.matchAll(/X?/g)].map((m) => m.index)).toEqual([0, 1, 2, 3, 4]);
    expect(() => 'a'.matchAll(/a/)).toThrow(TypeError);
    expect('\u3000 一、概述 \n'.trimStart()).toBe('一、概述 \n');
    expect('\u3000 一、概述 \n'.trimEnd()).toBe('\u3000 一、概述');
    const bytes = new Uint8Array(await new Blob([new Uint8Array([0x50, 0x4b, 3, 4])]).arrayBuffer());
    expect([...bytes]).toEqual([0x50, 0x4b, 3, 4]);
  });

  it('leave a browser that has them alone', () => {
    const own = Array.prototype.flat;
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    jest.isolateModules(() => require('../../src/taskpane/legacy-runtime'));
    expect(Array.prototype.flat).toBe(own);
  });
});
