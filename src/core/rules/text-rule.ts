import type { ReportData } from '../cells';
import type { Finding, Severity, Status } from './types';

/** What the text rules read, the findings they give, and the helpers they share. */
export interface TextSection {
  number: number;
  heading: string;
  line: number;
  text: string;
}

export interface TextInput {
  data: ReportData;
  sections: TextSection[];
  /** The whole text, for rules that look outside the six sections (title, footer). */
  text: string;
  /** Last year's report, for X-5. */
  previousText?: string;
  /** Set when the rules read paragraphs joined from wrapped lines: the original line a line of `text` starts on. */
  origin?: (line: number) => number;
}

export interface TextFinding extends Finding {
  line?: number;
  quote?: string;
}

export type Result = Omit<TextFinding, 'rule' | 'severity' | 'status'> & { status: Status; severity?: Severity };

export interface TextRule {
  id: string;
  severity: Severity;
  title: string;
  /** What a clerk calls the problem (正文与表格不符 …), shown first. */
  label: string;
  check(input: TextInput): Result[];
}

export const fail = (message: string, extra: Partial<Result> = {}): Result => ({ status: 'fail', cells: [], message, ...extra });

/** Line number (1-based) of an offset in a section's text. */
export function lineAt(section: TextSection, offset: number): number {
  return section.line + 1 + section.text.slice(0, offset).split('\n').length - 1;
}

export function lineOfText(text: string, offset: number): number {
  return text.slice(0, offset).split('\n').length;
}

/** A line as the reader of the original text finds it. */
export function shownLine(input: TextInput, line: number): number {
  return input.origin ? input.origin(line) : line;
}

/** The narrative sections: 一 总体情况, 五 问题和改进, 六 其他事项. */
export const NARRATIVE = [1, 5, 6];
