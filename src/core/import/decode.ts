/**
 * A text file's bytes as text, the same way in the CLI and the task pane: a byte-order mark decides
 * (UTF-8, UTF-16), else UTF-8 when the bytes are valid UTF-8, else GB18030. Government sites still
 * serve GBK pages; GB18030 is GBK's superset, and a GBK decoder (as Node's ICU has it) turns a
 * four-byte GB18030 sequence into replacement characters and stray digits, which can shift a table's
 * numbers. Browsers decode the label 'gbk' as GB18030 anyway; here it is said outright.
 */
export function decodeTextBytes(bytes: Uint8Array): string {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return new TextDecoder('utf-16le').decode(bytes);
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return new TextDecoder('utf-16be').decode(bytes);
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes).replace(/^\uFEFF/, '');
  } catch {
    return new TextDecoder('gb18030').decode(bytes);
  }
}
