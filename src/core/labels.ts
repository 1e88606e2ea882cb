/**
 * Label normalisation for matching what real documents and edited sheets contain against the
 * official labels: whitespace (full-width too), `[bookmark: …]` residue, half-width brackets and
 * punctuation, and the "1." vs "1．" vs "1、" variants.
 */
const PUNCTUATION: Record<string, string> = { '(': '（', ')': '）', ',': '，', ':': '：', ';': '；', '”': '"', '“': '"', '″': '"' };
/** Labels repeat across reports (every row label, every 「0」): normalising each distinct text once pays. */
const cache = new Map<string, string>();
const CACHE_LIMIT = 20_000;

export function normalizeLabel(text: string): string {
  const known = cache.get(text);
  if (known !== undefined) return known;
  let out = text.includes('[') ? text.replace(/\[bookmark:[^\]]*\]/gi, '') : text;
  // One pass: whitespace (full-width too) goes, half-width punctuation becomes full-width.
  out = out.replace(/[\s\u3000\u00a0]+|[(),:;”“″]/g, (m) => PUNCTUATION[m] ?? '');
  if (/\d[.．、]/.test(out)) out = out.replace(/(\d)[.．、]/g, '$1.');
  if (text.length <= 200) {
    // Only short texts: a whole pasted document is normalised once and not kept.
    if (cache.size >= CACHE_LIMIT) cache.clear();
    cache.set(text, out);
  }
  return out;
}
