/**
 * Attribute or text content of a package's XML as text: the five entities and character references.
 * A reference to no character (「&#99999999;」, past U+10FFFF) is kept as written: a damaged or crafted
 * part is read, not thrown on.
 */
export function decodeXml(text: string): string {
  const char = (code: number, written: string) => (code <= 0x10ffff ? String.fromCodePoint(code) : written);
  return text
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&#(\d+);/g, (m, d: string) => char(Number(d), m))
    .replace(/&#x([0-9a-f]+);/gi, (m, h: string) => char(parseInt(h, 16), m))
    .replace(/&amp;/g, '&');
}
