/**
 * `normalizeLabel` with a map back to the raw text: each character of the normalised text knows the
 * offset it came from, so that a label found in normalised text, and the digits glued to it, can be
 * traced to their place in the report (the fuzz test checks every value against it).
 */
const PUNCTUATION: Record<string, string> = { '(': '（', ')': '）', ',': '，', ':': '：', ';': '；', '”': '"', '“': '"', '″': '"' };

export interface Mapped {
  text: string;
  /** Raw offset of each character of `text`; null when the text is the raw text unchanged (offset = base + index). */
  map: number[] | null;
}

/** Anything normalising changes: spaces, half-width punctuation, curly quotes, bookmark residue, a numbering dot. */
const CHANGES = /[\s\u3000\u00a0\u2000-\u200b\u202f\u205f\ufeff\u1680\u2028\u2029\u0085(),:;“”″[]|\d[.．、]/;

export function normalizeMapped(raw: string, base = 0): Mapped {
  if (!CHANGES.test(raw)) return { text: raw, map: null };
  let text = '';
  const map: number[] = [];
  let previousDigit = false;
  for (let i = 0; i < raw.length; i++) {
    const code = raw.charCodeAt(i);
    if (code === 91 /* [ */ && raw.startsWith('[bookmark:', i)) {
      const close = raw.indexOf(']', i);
      if (close > 0) {
        i = close;
        continue;
      }
    }
    if (isSpaceCode(code)) continue;
    let out = raw[i];
    if (code < 0x80 || code === 0x201c || code === 0x201d || code === 0x2033) out = PUNCTUATION[out] ?? out;
    if (previousDigit && (code === 46 || code === 0xff0e || code === 0x3001)) out = '.';
    previousDigit = code >= 48 && code <= 57;
    text += out;
    map.push(base + i);
  }
  return { text, map };
}

/** Whitespace as the importer treats it: ASCII and Unicode spaces, ideographic and no-break spaces, BOM. */
function isSpaceCode(code: number): boolean {
  return (
    code === 32 ||
    (code >= 9 && code <= 13) ||
    code === 0xa0 ||
    code === 0x3000 ||
    (code >= 0x2000 && code <= 0x200b) ||
    code === 0x202f ||
    code === 0x205f ||
    code === 0xfeff ||
    code === 0x1680 ||
    code === 0x2028 ||
    code === 0x2029 ||
    code === 0x85
  );
}

export function isSpace(ch: string): boolean {
  return isSpaceCode(ch.charCodeAt(0));
}
