const RESIDUE = /\[bookmark:[^\]]*\]/gi;
const SPACES = /[\s\u3000\u00a0\u200b\ufeff]+/g;

/** Whitespace-free form for comparing labels. */
export function squash(text: string): string {
  return text.replace(RESIDUE, '').replace(SPACES, '');
}

const FULL_DIGITS = /[０-９]/;

/**
 * Whether a token is a table value rather than a label: a number, possibly signed, with a unit,
 * full-width, or a placeholder such as 「/」「-」「无」. Values are kept exactly as written.
 */
export function looksLikeValue(text: string): boolean {
  if (/^\d+$/.test(text)) return true;
  const t = squash(text);
  if (/^[+-]?\d+(\.\d+)?$/.test(t) || /^\d{1,3}(,\d{3})+(\.\d+)?$/.test(t)) return true;
  if (FULL_DIGITS.test(t) && /^[+-]?[０-９\d]+([.．][０-９\d]+)?$/.test(t)) return true;
  if (/^(减|增|增加|减少)?[+-]?\d+(\.\d+)?(件|个|条|项|万元|元)?$/.test(t)) return true;
  if (/^[/／\\\-－—–]+$/.test(t) || /^(无|空)$/.test(t)) return true;
  return false;
}
