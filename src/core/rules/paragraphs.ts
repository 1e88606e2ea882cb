import { headingNumber } from '../import/sections';
import { isPageNumber } from '../import/source';
import type { TextInput } from './types';

/**
 * Paragraphs rebuilt from hard-wrapped lines. PDF text (and OCR text) breaks sentences anywhere, also
 * inside quotations and across page breaks with their page numbers; the text rules read sentences,
 * so they run on the paragraphs. A line runs on into the next when it is full (as wide as the page's
 * lines are), does not end a sentence, and the next line does not start a paragraph (indented, a
 * heading, a table row). Each joined line remembers the line it started on.
 */
export interface Unwrapped {
  text: string;
  /** For each line of `text` (0-based), the 1-based line of the original it starts on. */
  origin: number[];
  /** For each original line (0-based), the 1-based line of `text` it is part of. */
  joinedLine: number[];
}

const ENDS_SENTENCE = /[。！？；：][”’」』）)]*\s*$/;
const OPENS_PARAGRAPH = /^(?:[\s\u3000]{2,}|[#>*]|[（(][一二三四五六七八九十\d]{1,3}[）)]|[一二三四五六七八九十]{1,2}[、.．]|\d{1,2}[、.．](?!\d)|[①-⑩])/;

export function unwrapLines(text: string): Unwrapped {
  const lines = text.split('\n').map((l) => l.replace(/\r$/, ''));
  // Most text is paragraphs already: nothing to join when no prose line of some length leaves a sentence open.
  const open = lines.some((l) => l.length >= 15 && !ENDS_SENTENCE.test(l) && !isTable(l));
  const full = open ? fullWidth(lines) : Infinity;
  if (full === Infinity) return { text, origin: lines.map((_, i) => i + 1), joinedLine: lines.map((_, i) => i + 1) };
  const out: string[] = [];
  const origin: number[] = [];
  const joinedLine: number[] = [];
  let i = 0;
  while (i < lines.length) {
    let current = lines[i];
    const start = i;
    joinedLine[i] = out.length + 1;
    let last = i;
    while (full !== Infinity && runsOn(current, lines[last], full)) {
      // The next line of text, across a page break (empty lines, a page number, a form feed) at most.
      let j = last + 1;
      let pageBreak = false;
      while (j < lines.length && (lines[j].trim() === '' || isPageNumber(lines[j]) || lines[j].trim() === '\f')) {
        if (isPageNumber(lines[j]) || lines[j].includes('\f')) pageBreak = true;
        j++;
      }
      if (j >= lines.length || (j > last + 1 && !pageBreak)) break;
      const next = lines[j].replace(/^\f+/, '');
      if (!continues(next)) break;
      for (let k = last + 1; k <= j; k++) joinedLine[k] = out.length + 1;
      current = current.replace(/[\s\u3000]+$/, '') + (/[A-Za-z0-9]$/.test(current.trimEnd()) && /^[A-Za-z0-9]/.test(next.trim()) ? ' ' : '') + next.replace(/^[\s\u3000]+/, '');
      last = j;
    }
    out.push(current);
    origin.push(start + 1);
    i = last + 1;
  }
  return { text: out.join('\n'), origin, joinedLine };
}

/** Whether a line is wrapped: full, prose, and not the end of a sentence or a heading. */
function runsOn(joined: string, line: string, full: number): boolean {
  if (isTable(line) || isPageNumber(line) || ENDS_SENTENCE.test(line)) return false;
  if (width(line.trim()) < full * 0.8) return false;
  return !headingNumber(joined.trim());
}

/** Whether a line continues the paragraph before it. */
function continues(line: string): boolean {
  return line.trim() !== '' && !isTable(line) && !OPENS_PARAGRAPH.test(line) && !headingNumber(line.trim());
}

const isTable = (line: string) => /[\t|]/.test(line);

/** How wide the page's full lines are: the width most long prose lines reach (CJK counts two). */
function fullWidth(lines: string[]): number {
  const widths = lines.filter((l) => !isTable(l)).map((l) => width(l.trim())).filter((w) => w >= 30).sort((a, b) => a - b);
  if (widths.length < 5) return Infinity;
  return widths[Math.floor(widths.length * 0.9)];
}

function width(text: string): number {
  let w = 0;
  for (const ch of text) w += ch.charCodeAt(0) > 0x2e80 ? 2 : 1;
  return w;
}

/** The input with its hard-wrapped lines joined into paragraphs, and the way back to its own lines. */
export function paragraphView(input: TextInput): TextInput {
  const unwrapped = unwrapLines(input.text);
  if (unwrapped.text === input.text) return input;
  const joined = unwrapped.text.split('\n');
  const at = (line: number) => unwrapped.joinedLine[line - 1] ?? line;
  const starts = input.sections.map((s) => at(s.line));
  const sections = input.sections.map((s, i) => ({
    ...s,
    line: starts[i],
    text: joined.slice(starts[i], (starts[i + 1] ?? joined.length + 1) - 1).join('\n').trim(),
  }));
  return { ...input, text: unwrapped.text, sections, origin: (line) => unwrapped.origin[line - 1] ?? line };
}
