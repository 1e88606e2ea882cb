import JSZip from 'jszip';

/** Byte mutations of files, for fuzzing the readers (tests/cli/fuzz.test.ts and `npm run bench`). */
export type Mutation = { kind: 'flip' | 'zero' | 'cut' | 'repeat' | 'splice'; at: number; length: number; value: number };

export function mutate(bytes: Buffer, mutations: Mutation[]): Buffer {
  let b = Buffer.from(bytes);
  for (const m of mutations) {
    if (b.length === 0) break;
    const at = m.at % b.length;
    const end = Math.min(b.length, at + m.length);
    if (m.kind === 'flip') b[at] ^= 1 << (m.value % 8);
    else if (m.kind === 'zero') b.fill(0, at, end);
    else if (m.kind === 'cut') b = b.subarray(0, at);
    else if (m.kind === 'repeat') b = Buffer.concat([b.subarray(0, end), b.subarray(at, end), b.subarray(end)]);
    else b = Buffer.concat([b.subarray(0, at), Buffer.alloc(m.length, m.value), b.subarray(at)]);
  }
  return b;
}

/** A package with one part's content mutated (the zip itself stays sound): exercises the parsers. */
export async function mutatePart(bytes: Buffer, choice: number, mutations: Mutation[]): Promise<Buffer> {
  const zip = await JSZip.loadAsync(bytes);
  const names = Object.keys(zip.files).filter((n) => !zip.files[n].dir && /\.(xml|rels)$/.test(n)).sort();
  const name = names[choice % names.length];
  zip.file(name, mutate(await zip.file(name)!.async('nodebuffer'), mutations));
  return zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE' });
}
