import { Inflate } from 'pako';
import { checkLimit, LIMITS, LimitExceededError } from '../core/limits';

/**
 * Zip packages (.xlsx, .docx) read within limits. The central directory is read first, so the
 * number of parts and their declared sizes are known before anything is inflated; each part is then
 * inflated in small steps and stopped as soon as it grows past what it declared, so a part that
 * lies about its size (a "zip bomb") costs no more than an honest one. Runs in Node and the browser.
 */

export interface ZipEntry {
  name: string;
  /** 0 stored, 8 deflated. */
  method: number;
  compressedSize: number;
  /** The inflated size the package declares. */
  size: number;
  localHeaderOffset: number;
}

/** The bytes are not a zip package this reader can use (truncated, damaged, encrypted, not a zip). */
export class ZipDamagedError extends Error {
  constructor(
    message: string,
    /** A Chinese sentence for the clerk, where there is more to say than 「已损坏」. */
    readonly detail?: string,
  ) {
    super(message);
    this.name = 'ZipDamagedError';
  }
}

const sizeMismatch = (name: string, actual: string) =>
  new ZipDamagedError(`${name} is ${actual} bytes, not what it declares`, `其中的部件“${name}”解压后的实际大小与文件中声明的不符：文件已损坏，或是故意构造的“压缩炸弹”`);

const EOCD = 0x06054b50;
const ZIP64_LOCATOR = 0x07064b50;
const ZIP64_EOCD = 0x06064b50;
const CENTRAL = 0x02014b50;
const LOCAL = 0x04034b50;

/** The entries of the central directory; refuses more than LIMITS.zipEntries before reading them. */
export function readZipDirectory(bytes: Uint8Array): ZipEntry[] {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const end = findEndOfDirectory(view);
  let count = view.getUint16(end + 10, true);
  let offset = view.getUint32(end + 16, true);
  if (count === 0xffff || offset === 0xffffffff) {
    const locator = end - 20;
    if (locator < 0 || view.getUint32(locator, true) !== ZIP64_LOCATOR) throw new ZipDamagedError('zip64 locator missing');
    const record = safeNumber(view, locator + 8);
    if (record + 56 > view.byteLength || view.getUint32(record, true) !== ZIP64_EOCD) throw new ZipDamagedError('zip64 record missing');
    count = safeNumber(view, record + 32);
    offset = safeNumber(view, record + 48);
  }
  checkLimit('zipEntries', count);
  const entries: ZipEntry[] = [];
  let at = offset;
  for (let i = 0; i < count; i++) {
    if (at + 46 > view.byteLength || view.getUint32(at, true) !== CENTRAL) throw new ZipDamagedError('central directory damaged');
    const flags = view.getUint16(at + 8, true);
    const method = view.getUint16(at + 10, true);
    let compressedSize = view.getUint32(at + 20, true);
    let size = view.getUint32(at + 24, true);
    const nameLength = view.getUint16(at + 28, true);
    const extraLength = view.getUint16(at + 30, true);
    const commentLength = view.getUint16(at + 32, true);
    let localHeaderOffset = view.getUint32(at + 42, true);
    if (at + 46 + nameLength + extraLength > view.byteLength) throw new ZipDamagedError('central directory damaged');
    const name = new TextDecoder(flags & 0x800 ? 'utf-8' : 'latin1').decode(bytes.subarray(at + 46, at + 46 + nameLength));
    // ZIP64: the sizes that do not fit in 32 bits are in the extra field, in this order.
    if (size === 0xffffffff || compressedSize === 0xffffffff || localHeaderOffset === 0xffffffff) {
      let extra = at + 46 + nameLength;
      const extraEnd = extra + extraLength;
      while (extra + 4 <= extraEnd) {
        const id = view.getUint16(extra, true);
        const length = view.getUint16(extra + 2, true);
        if (id === 0x0001) {
          let field = extra + 4;
          if (size === 0xffffffff) {
            size = safeNumber(view, field);
            field += 8;
          }
          if (compressedSize === 0xffffffff) {
            compressedSize = safeNumber(view, field);
            field += 8;
          }
          if (localHeaderOffset === 0xffffffff) localHeaderOffset = safeNumber(view, field);
          break;
        }
        extra += 4 + length;
      }
    }
    if (flags & 0x1) throw new ZipDamagedError('encrypted entry');
    entries.push({ name, method, compressedSize, size, localHeaderOffset });
    at += 46 + nameLength + extraLength + commentLength;
  }
  return entries;
}

function findEndOfDirectory(view: DataView): number {
  // The record is 22 bytes, followed by a comment of at most 65535 bytes.
  for (let at = view.byteLength - 22; at >= Math.max(0, view.byteLength - 22 - 0xffff); at--) {
    if (view.getUint32(at, true) === EOCD) return at;
  }
  throw new ZipDamagedError('not a zip package');
}

/** A 64-bit little-endian size; anything beyond 2^53 is as good as infinite here. */
function safeNumber(view: DataView, at: number): number {
  if (at + 8 > view.byteLength) throw new ZipDamagedError('zip64 field truncated');
  const low = view.getUint32(at, true);
  const high = view.getUint32(at + 4, true);
  return high >= 0x200000 ? Number.MAX_SAFE_INTEGER : high * 0x100000000 + low;
}

/** The declared sizes of all parts together, against LIMITS.zipInflatedBytes. */
export function checkDeclaredSizes(entries: ZipEntry[]): void {
  let total = 0;
  for (const entry of entries) total += entry.size;
  checkLimit('zipInflatedBytes', total);
}

const INPUT_STEP = 16 * 1024;

/**
 * Inflates one part, handing each piece to `onChunk` as it comes, and stops as soon as the part
 * grows past its declared size or `cap`: at most one input step (16 KB, at most ~16 MB inflated) is
 * done beyond it. A part smaller than declared is damaged too.
 */
/**
 * A native one-shot inflater (Node's zlib), which throws once its output would pass `maxOutput`:
 * several times faster than pako for the small parts real files have. Parts larger than
 * NATIVE_PART_BYTES are still inflated in steps, so that memory stays flat whatever they hold.
 */
export type InflateWhole = (data: Uint8Array, maxOutput: number) => Uint8Array;
const NATIVE_PART_BYTES = 4 * 1024 * 1024;

export function inflateEntry(
  bytes: Uint8Array,
  entry: ZipEntry,
  cap: { limit: LimitKeyWithBytes; value?: number },
  onChunk: (chunk: Uint8Array) => void,
  inflateWhole?: InflateWhole,
): void {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const local = entry.localHeaderOffset;
  if (local + 30 > view.byteLength || view.getUint32(local, true) !== LOCAL) throw new ZipDamagedError(`local header of ${entry.name} damaged`);
  const start = local + 30 + view.getUint16(local + 26, true) + view.getUint16(local + 28, true);
  const data = bytes.subarray(start, start + entry.compressedSize);
  if (data.length < entry.compressedSize) throw new ZipDamagedError(`${entry.name} truncated`);
  const limitValue = cap.value ?? LIMITS[cap.limit].value;
  const allowed = Math.min(entry.size, limitValue);
  let produced = 0;
  const take = (chunk: Uint8Array) => {
    produced += chunk.length;
    if (produced > limitValue) throw new LimitExceededError(cap.limit, undefined, entry.name);
    if (produced > allowed) throw sizeMismatch(entry.name, `more than ${allowed}`);
    onChunk(chunk);
  };
  if (entry.method === 0) {
    take(data);
  } else if (entry.method === 8 && inflateWhole && allowed <= NATIVE_PART_BYTES) {
    let whole: Uint8Array;
    try {
      whole = inflateWhole(data, Math.max(1, allowed));
    } catch (error) {
      if ((error as { code?: string }).code === 'ERR_BUFFER_TOO_LARGE') throw sizeMismatch(entry.name, `more than ${allowed}`);
      throw new ZipDamagedError(`${entry.name}: ${(error as Error).message}`);
    }
    take(whole);
  } else if (entry.method === 8) {
    const inflator = new Inflate({ raw: true, chunkSize: 64 * 1024 });
    let ended = false;
    let failure = 0;
    inflator.onData = (chunk) => take(chunk as Uint8Array);
    // Replaces pako's collecting onEnd: nothing is kept, only how it ended.
    inflator.onEnd = (status) => {
      ended = true;
      failure = status;
    };
    for (let i = 0; i < data.length && !ended; i += INPUT_STEP) inflator.push(data.subarray(i, i + INPUT_STEP), i + INPUT_STEP >= data.length);
    if (failure !== 0) throw new ZipDamagedError(`${entry.name}: inflate failed (${failure})`);
  } else {
    throw new ZipDamagedError(`${entry.name}: unsupported compression method ${entry.method}`);
  }
  if (produced !== entry.size) throw sizeMismatch(entry.name, String(produced));
}

type LimitKeyWithBytes = 'zipInflatedBytes' | 'docxDocumentBytes';

/** One part's bytes, within `limit` (and its declared size); null when the package has no such part. */
export function readEntry(bytes: Uint8Array, entries: ZipEntry[], name: string, limit: LimitKeyWithBytes): Uint8Array | null {
  const entry = entries.find((e) => e.name === name);
  if (!entry) return null;
  checkLimit(limit, entry.size, entry.name);
  const out = new Uint8Array(entry.size);
  let at = 0;
  inflateEntry(bytes, entry, { limit }, (chunk) => {
    out.set(chunk, at);
    at += chunk.length;
  });
  return out;
}

/**
 * Checks a whole package before a library inflates it all at once (exceljs does): the number of
 * parts, their declared sizes, every part's real size (by inflating it piece by piece, keeping
 * nothing), and the cells of the worksheets against LIMITS.workbookCells.
 */
export function checkPackage(
  bytes: Uint8Array,
  options: { countCellsIn?: (name: string) => boolean; keep?: (name: string) => boolean; inflateWhole?: InflateWhole } = {},
): { entries: ZipEntry[]; cells: number; kept: Map<string, Uint8Array> } {
  const entries = readZipDirectory(bytes);
  checkDeclaredSizes(entries);
  let cells = 0;
  const kept = new Map<string, Uint8Array>();
  for (const entry of entries) {
    if (entry.name.endsWith('/') && entry.size === 0) continue; // a folder
    const counter = options.countCellsIn?.(entry.name) ? cellCounter() : null;
    const keep = options.keep?.(entry.name) ? new Uint8Array(entry.size) : null;
    let at = 0;
    inflateEntry(bytes, entry, { limit: 'zipInflatedBytes' }, (chunk) => {
      if (keep) {
        keep.set(chunk, at);
        at += chunk.length;
      }
      if (!counter) return;
      cells += counter(chunk);
      if (cells > LIMITS.workbookCells.value) throw new LimitExceededError('workbookCells');
    }, options.inflateWhole);
    if (keep) kept.set(entry.name, keep);
  }
  return { entries, cells, kept };
}

/**
 * Counts cell elements (`<c …>`, `<x:c …>`) in worksheet XML as it streams past, across chunk
 * boundaries: an upper bound of the cells a spreadsheet library will build.
 */
function cellCounter(): (chunk: Uint8Array) => number {
  let before2 = 0;
  let before1 = 0;
  return (chunk) => {
    let n = 0;
    for (let i = 0; i < chunk.length; i++) {
      const b = chunk[i];
      // '<' or ':' then 'c' then whitespace, '>' or '/'
      if (before1 === 0x63 && (before2 === 0x3c || before2 === 0x3a) && (b === 0x20 || b === 0x3e || b === 0x2f || b === 0x09 || b === 0x0a || b === 0x0d)) n++;
      before2 = before1;
      before1 = b;
    }
    return n;
  };
}
