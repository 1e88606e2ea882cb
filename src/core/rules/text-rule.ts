import type { CheckResult, TextInput, TextSection } from './types';

/** What the text rules read, the findings they give, and the helpers they share. */
export type { TextFinding, TextInput, TextRule, TextSection } from './types';

/** A text rule's result: a check result with the line and words it is about. */
export type Result = CheckResult;

export const fail = (message: string, extra: Partial<Result> = {}): Result => ({ status: 'fail', cells: [], message, ...extra });

/** Line number (1-based) of an offset in a section's text. */
export function lineAt(section: TextSection, offset: number): number {
  return section.line + lineOfText(section.text, offset);
}

/**
 * Line number (1-based) of an offset: a binary search in the text's line starts, found once per
 * text. Counting the line breaks before each match instead made a long text quadratic.
 */
export function lineOfText(text: string, offset: number): number {
  const starts = lineStarts(text);
  let low = 0;
  let high = starts.length - 1;
  while (low < high) {
    const mid = (low + high + 1) >> 1;
    if (starts[mid] <= offset) low = mid;
    else high = mid - 1;
  }
  return low + 1;
}

/** The few texts one check looks at (the whole text, its sections), each indexed once. */
const LINE_STARTS = new Map<string, number[]>();

function lineStarts(text: string): number[] {
  let starts = LINE_STARTS.get(text);
  if (starts) return starts;
  starts = [0];
  for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) starts.push(i + 1);
  if (LINE_STARTS.size >= 16) LINE_STARTS.clear();
  LINE_STARTS.set(text, starts);
  return starts;
}

/** The rest of a sentence after an offset, up to 「。；;」 and at most 300 characters. */
export function restOfSentence(text: string, from: number): string {
  const window = text.slice(from, from + 300);
  const end = window.search(/[。；;]/);
  return end < 0 ? window : window.slice(0, end);
}

/** A line as the reader of the original text finds it. */
export function shownLine(input: TextInput, line: number): number {
  return input.origin ? input.origin(line) : line;
}

/** The narrative sections: 一 总体情况, 五 问题和改进, 六 其他事项. */
export const NARRATIVE = [1, 5, 6];

/**
 * The loop the per-section text rules share: `check` over each section numbered in `numbers` (the
 * narrative unless told), the results in the sections' order.
 */
export function perSection(sections: readonly TextSection[], check: (section: TextSection) => Result[], numbers: readonly number[] = NARRATIVE): Result[] {
  return sections.filter((s) => numbers.includes(s.number)).flatMap(check);
}
