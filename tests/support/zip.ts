import * as zlib from 'zlib';
import JSZip from 'jszip';

/**
 * Zip packages built byte by byte, for hostile inputs: parts that inflate to gigabytes from a few
 * megabytes, parts that declare another size than they have, packages with thousands of parts.
 */
export interface ZipPart {
  name: string;
  /** Stored deflated as is. */
  data?: Uint8Array | string;
  /** `chunk` repeated `times` times, compressed once and repeated: inflates to chunk.length × times. */
  repeat?: { chunk: string | Uint8Array; times: number; head?: string; tail?: string };
  /** The inflated size written into the headers, when it should lie. */
  declaredSize?: number;
}

/** A raw deflate stream of `chunk` × `times`: one compressed block, flushed and repeated, then a final empty block. */
function repeatedDeflate(chunk: Uint8Array, times: number, head: Uint8Array, tail: Uint8Array): Buffer {
  const flush = { finishFlush: zlib.constants.Z_FULL_FLUSH };
  const block = zlib.deflateRawSync(chunk, { ...flush, level: 9 });
  const parts = [zlib.deflateRawSync(head, flush)];
  for (let i = 0; i < times; i++) parts.push(block);
  parts.push(zlib.deflateRawSync(tail)); // ends with the final block
  return Buffer.concat(parts);
}

const bytesOf = (x: string | Uint8Array) => (typeof x === 'string' ? Buffer.from(x, 'utf8') : Buffer.from(x));

export function buildZip(parts: ZipPart[]): Buffer {
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const part of parts) {
    const name = Buffer.from(part.name, 'utf8');
    let compressed: Buffer;
    let size: number;
    let crc = 0;
    if (part.repeat) {
      const chunk = bytesOf(part.repeat.chunk);
      const head = bytesOf(part.repeat.head ?? '');
      const tail = bytesOf(part.repeat.tail ?? '');
      compressed = repeatedDeflate(chunk, part.repeat.times, head, tail);
      size = head.length + chunk.length * part.repeat.times + tail.length;
    } else {
      const data = bytesOf(part.data ?? '');
      compressed = zlib.deflateRawSync(data);
      size = data.length;
      crc = zlib.crc32(data);
    }
    const declared = part.declaredSize ?? size;
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(0x800, 6);
    local.writeUInt16LE(8, 8);
    local.writeUInt32LE(crc >>> 0, 14);
    local.writeUInt32LE(compressed.length, 18);
    local.writeUInt32LE(Math.min(declared, 0xffffffff), 22);
    local.writeUInt16LE(name.length, 26);
    locals.push(local, name, compressed);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(20, 4);
    central.writeUInt16LE(20, 6);
    central.writeUInt16LE(0x800, 8);
    central.writeUInt16LE(8, 10);
    central.writeUInt32LE(crc >>> 0, 16);
    central.writeUInt32LE(compressed.length, 20);
    central.writeUInt32LE(Math.min(declared, 0xffffffff), 24);
    central.writeUInt16LE(name.length, 28);
    central.writeUInt32LE(offset, 42);
    centrals.push(central, name);
    offset += 30 + name.length + compressed.length;
  }
  const directory = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(Math.min(parts.length, 0xffff), 8);
  end.writeUInt16LE(Math.min(parts.length, 0xffff), 10);
  end.writeUInt32LE(directory.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, directory, end]);
}

/** The parts of a real package, to rebuild it with some replaced or added. */
export async function partsOf(bytes: Uint8Array): Promise<ZipPart[]> {
  const zip = await JSZip.loadAsync(bytes);
  const parts: ZipPart[] = [];
  for (const file of Object.values(zip.files)) if (!file.dir) parts.push({ name: file.name, data: await file.async('uint8array') });
  return parts;
}

/** A package with `part` replaced (or added). */
export async function withPart(bytes: Uint8Array, part: ZipPart): Promise<Buffer> {
  const parts = (await partsOf(bytes)).filter((p) => p.name !== part.name);
  return buildZip([...parts, part]);
}
