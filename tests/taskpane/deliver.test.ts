import fc from 'fast-check';
import { decodeFileFromHash, DOCX_MIME, encodeFileHash, safeFileName } from '../../src/taskpane/output/deliver';

/** The .docx handed to the system browser travels in an address fragment: it must come back byte for byte. */
describe('file in a download page address', () => {
  it('comes back byte for byte, whatever the bytes and the name, past the 32 KB slices it is encoded in', () => {
    const name = fc.stringMatching(/^[\p{Script=Han}A-Za-z0-9（）()_ -]{1,40}$/u).filter((n) => n.trim() !== '' && !n.startsWith('.'));
    fc.assert(
      fc.property(fc.uint8Array({ minLength: 1, maxLength: 100_000 }), name, (bytes, given) => {
        const hash = `#${encodeFileHash(bytes, `${given}.docx`, DOCX_MIME)}`;
        expect(hash).toMatch(/^#[A-Za-z0-9%_.~*+=&-]+$/); // nothing a browser would re-encode or cut
        const back = decodeFileFromHash(hash)!;
        expect(back.type).toBe(DOCX_MIME);
        expect(back.name).toBe(`${given}.docx`.trim());
        expect(Buffer.from(back.bytes).equals(Buffer.from(bytes))).toBe(true);
      }),
      { numRuns: 40 },
    );
  });

  it('is refused when missing or damaged, rather than saved broken', () => {
    for (const hash of ['', '#', '#name=a.docx', '#data=AAAA', '#name=a.docx&data=%%%', '#name=a.docx&data=ab+c', `#name=a.docx&type=${encodeURIComponent(DOCX_MIME)}&data=%%%`]) {
      expect(decodeFileFromHash(hash)).toBeNull();
    }
  });
});

describe('what the download page hands out', () => {
  const hashOf = (name: string, type: string) => `#${encodeFileHash(new Uint8Array([1, 2, 3]), name, type)}`;

  it('only the types the product writes, each under its own extension', () => {
    expect(decodeFileFromHash(hashOf('年报.docx', DOCX_MIME))).toMatchObject({ name: '年报.docx', type: DOCX_MIME });
    expect(decodeFileFromHash(hashOf('年报.MD', 'text/markdown;charset=utf-8'))).toMatchObject({ name: '年报.MD', type: 'text/markdown' });
    expect(decodeFileFromHash(hashOf('年报.txt', 'text/plain'))).toMatchObject({ type: 'text/plain' });
    expect(decodeFileFromHash(hashOf('图解.png', 'image/png'))).toMatchObject({ name: '图解.png', type: 'image/png' });
    for (const [name, type] of [
      ['setup.exe', 'application/x-msdownload'],
      ['年报.docx', 'application/octet-stream'],
      ['年报.docx', 'text/html'],
      ['年报.txt', DOCX_MIME],
      ['年报.docx.bat', DOCX_MIME],
      ['.docx', DOCX_MIME],
      ['图解.svg', 'image/svg+xml'],
      ['图解.png', DOCX_MIME],
    ]) {
      expect({ name, type, file: decodeFileFromHash(hashOf(name, type)) }).toEqual({ name, type, file: null });
    }
  });

  it('strips control and bidirectional characters, so a name cannot pretend to be another type', () => {
    // U+202E shows 「…xcod.bat」 as 「…tab.docx」: without it the name ends in .bat and is refused.
    expect(decodeFileFromHash(hashOf('2024年报（请查收）\u202excod.bat', DOCX_MIME))).toBeNull();
    expect(safeFileName('年\u0000报\u200f\u2066\r\n.docx', DOCX_MIME)).toBe('年报.docx');
    expect(safeFileName('..\\..\\system32/年报.docx', DOCX_MIME)).toBe('_.._system32_年报.docx');
    expect(safeFileName('年报?.docx', DOCX_MIME)).toBe('年报_.docx');
  });
});
