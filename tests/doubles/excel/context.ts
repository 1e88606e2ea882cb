/* eslint-disable @typescript-eslint/no-explicit-any */
/** The request context: queued operations applied at sync(), syncs counted, null objects probed. */

import { OfficeError, fail } from './errors';
import { SPECS, makeProxy } from './proxy';
import { ExcelDouble } from './workbook';

export const NULL: unique symbol = Symbol('null object');
export type Maybe = any; // an entity of the model, or NULL

export interface Op {
  location: string;
  run: () => void;
  load: boolean;
}

export interface ProxyState {
  ctx: DoubleContext;
  kind: string;
  resolver: () => Maybe;
  /** What the proxy stands for, bound at its first use in a sync (as Excel binds object paths). */
  memo?: Maybe;
  isNull?: boolean;
  loaded: Map<string, unknown>;
  children: Map<string, any>;
}

export const STATES = new WeakMap<object, ProxyState>();

export class DoubleContext {
  readonly workbook: any;
  /** Office.js lets objects be tracked across batches; the double keeps every object usable. */
  readonly trackedObjects = { add: () => undefined, remove: () => undefined };
  private queue: Op[] = [];
  private staged: (() => void)[] = [];
  private unprobed: ProxyState[] = [];

  constructor(readonly double: ExcelDouble) {
    this.workbook = makeProxy(this, 'workbook', () => double);
  }

  get pending(): number {
    return this.queue.length;
  }

  enqueue(location: string, run: () => void, load = false): void {
    this.queue.push({ location, run, load });
  }

  /** Loaded values reach the proxies only when the whole batch succeeded. */
  stage(commit: () => void): void {
    this.staged.push(commit);
  }

  watch(state: ProxyState): void {
    this.unprobed.push(state);
  }

  async sync<T>(passThroughValue?: T): Promise<T> {
    this.double.syncCount++;
    const ops = this.queue;
    this.queue = []; // what is queued from now on goes with the next sync
    await Promise.resolve(); // results arrive asynchronously, as from the host
    this.staged = [];
    try {
      for (const op of ops) {
        try {
          op.run();
        } catch (error) {
          if (error instanceof OfficeError) error.debugInfo.errorLocation ??= op.location;
          throw error; // the rest of the batch is dropped; what ran stays applied, as in Excel
        } finally {
          if (!op.load) this.double.touch();
        }
      }
    } catch (error) {
      this.staged = [];
      this.double.flushChanges();
      throw error;
    }
    for (const commit of this.staged) commit();
    this.staged = [];
    this.probe();
    this.double.flushChanges();
    return passThroughValue as T;
  }

  /** After a sync every object created so far knows whether it is a null object. */
  private probe(): void {
    const still: ProxyState[] = [];
    for (const s of this.unprobed) {
      if (s.isNull !== undefined) continue;
      try {
        s.isNull = resolve(s) === NULL;
      } catch {
        still.push(s); // e.g. getItem of a missing sheet that was never used: no error, no answer
      }
    }
    this.unprobed = still;
  }
}

export function resolve(s: ProxyState): Maybe {
  if (s.memo === undefined) s.memo = s.resolver();
  const e = s.memo;
  if (e !== NULL && (e?.deleted || e?.sheet?.deleted)) fail('ItemNotFound', `this ${SPECS[s.kind].type} was deleted`);
  return e;
}
