/**
 * Label normalisation for matching what real documents and edited sheets contain against the
 * official labels: whitespace (full-width too), `[bookmark: …]` residue, half-width brackets and
 * punctuation, and the "1." vs "1．" vs "1、" variants.
 */
export function normalizeLabel(text: string): string {
  return text
    .replace(/\[bookmark:[^\]]*\]/gi, '')
    .replace(/[\s\u3000\u00a0]+/g, '')
    .replace(/\(/g, '（')
    .replace(/\)/g, '）')
    .replace(/,/g, '，')
    .replace(/:/g, '：')
    .replace(/;/g, '；')
    .replace(/"|”|“|″/g, '"')
    .replace(/(\d)[.．、]/g, '$1.');
}
