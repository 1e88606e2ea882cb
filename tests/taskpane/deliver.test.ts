import fc from 'fast-check';
import { decodeFileFromHash, encodeFileHash } from '../../src/taskpane/output/deliver';

/** The .docx handed to the system browser travels in an address fragment: it must come back byte for byte. */
describe('file in a download page address', () => {
  it('comes back byte for byte, whatever the bytes and the name, past the 32 KB slices it is encoded in', () => {
    fc.assert(
      fc.property(fc.uint8Array({ minLength: 1, maxLength: 100_000 }), fc.string({ minLength: 1, maxLength: 40 }), (bytes, name) => {
        const hash = `#${encodeFileHash(bytes, `${name}.docx`, 'application/x-test')}`;
        expect(hash).toMatch(/^#[A-Za-z0-9%_.~*+=&-]+$/); // nothing a browser would re-encode or cut
        const back = decodeFileFromHash(hash)!;
        expect(back.type).toBe('application/x-test');
        expect(back.name).toBe(`${name}.docx`.replace(/[\\/]/g, '_'));
        expect(Buffer.from(back.bytes).equals(Buffer.from(bytes))).toBe(true);
      }),
      { numRuns: 40 },
    );
  });

  it('is refused when missing or damaged, rather than saved broken', () => {
    for (const hash of ['', '#', '#name=a.docx', '#data=AAAA', '#name=a.docx&data=%%%', '#name=a.docx&data=ab+c']) expect(decodeFileFromHash(hash)).toBeNull();
  });
});
