/**
 * HTML to the text layout the importer reads: table cells separated by tabs, one table row per
 * line, paragraphs and line breaks as new lines, entities decoded. Pure string work, so it runs in
 * the task pane (pasted web pages) and the CLI alike.
 */
const ENTITIES: Record<string, string> = { nbsp: ' ', amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", ldquo: '“', rdquo: '”', middot: '·', mdash: '—', hellip: '…' };

export function htmlToText(html: string): string {
  return decodeEntities(
    html
      .replace(/<!--[\s\S]*?-->/g, '')
      .replace(/<(script|style|head|noscript)\b[\s\S]*?<\/\1\s*>/gi, '')
      .replace(/<\/(td|th)\s*>/gi, '\t')
      .replace(/<(br|hr)\b[^>]*>/gi, '\n')
      .replace(/<\/(tr|p|div|h[1-6]|li|table|section|article|caption)\s*>/gi, '\n')
      .replace(/<[^>]+>/g, ''),
  )
    .split('\n')
    .map((line) => line.replace(/[ \t\u00a0]+$/g, '').replace(/^[ \u00a0]+/, ''))
    .filter((line, i, all) => line.trim() !== '' || (i > 0 && all[i - 1].trim() !== ''))
    .join('\n');
}

function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (whole, name: string) => {
    if (name[0] === '#') {
      const code = name[1] === 'x' || name[1] === 'X' ? parseInt(name.slice(2), 16) : parseInt(name.slice(1), 10);
      return Number.isFinite(code) && code > 0 && code < 0x110000 ? String.fromCodePoint(code) : whole;
    }
    return ENTITIES[name.toLowerCase()] ?? whole;
  });
}

/** Whether a text is HTML rather than plain text that mentions a tag. */
export function looksLikeHtml(text: string): boolean {
  return /<(html|body|table|p|div|td|tr)\b[^>]*>/i.test(text.slice(0, 20000));
}
