/**
 * `normalizeLabel` with a map back to the raw text: each character of the normalised text knows the
 * offset it came from, so that a label found in normalised text, and the digits glued to it, can be
 * traced to their place in the report (the fuzz test checks every value against it).
 */
const PUNCTUATION: Record<string, string> = { '(': '（', ')': '）', ',': '，', ':': '：', ';': '；', '”': '"', '“': '"', '″': '"' };
const SPACE = /[\s\u3000\u00a0\u2000-\u200b\u202f\u205f\ufeff]/;

export interface Mapped {
  text: string;
  /** Raw offset of each character of `text`. */
  map: number[];
}

export function normalizeMapped(raw: string, base = 0): Mapped {
  let text = '';
  const map: number[] = [];
  for (let i = 0; i < raw.length; i++) {
    const ch = raw[i];
    if (ch === '[' && raw.startsWith('[bookmark:', i)) {
      const close = raw.indexOf(']', i);
      if (close > 0) {
        i = close;
        continue;
      }
    }
    if (SPACE.test(ch)) continue;
    let out = PUNCTUATION[ch] ?? ch;
    if ((out === '.' || out === '．' || out === '、') && /\d/.test(text[text.length - 1] ?? '')) out = '.';
    text += out;
    map.push(base + i);
  }
  return { text, map };
}

export function isSpace(ch: string): boolean {
  return SPACE.test(ch);
}
