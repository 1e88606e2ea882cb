import type { CellValue, ReportData } from '../cells';
import type { ReportFormat } from '../format';
import type { NarrativeInputs } from '../inputs/types';

export type Severity = 'error' | 'warning' | 'info';
export const SEVERITY_LABEL: Record<Severity, string> = { error: '错误', warning: '警告', info: '提示' };

/** Outcome of one check: it holds, it does not, or it cannot be judged from the data at hand. */
export type Status = 'pass' | 'fail' | 'notAssessable';

export interface Finding {
  rule: string;
  /** What a clerk calls the problem (勾稽关系, 空白或非数字 …): the rule's `label`. */
  label?: string;
  severity: Severity;
  status: Exclude<Status, 'pass'>;
  /** The cells involved, the first being the one to go to. */
  cells: string[];
  message: string;
  /** What the cells hold, for display and for the 审核报告. */
  values?: Record<string, CellValue>;
  expected?: number;
  actual?: number;
  difference?: number;
  /** A value that would make the rule hold, where one is unique, e.g. 「若其他数字无误，结转下年度应为 1」. */
  suggestion?: string;
  /** Something the tool can do about it once the clerk agrees: fill these blank input cells with 0. */
  fillZero?: string[];
}

export interface ValidationInput {
  data: ReportData;
  /**
   * Cells that hold formulas in the workbook (absent when the source is not a workbook). A total
   * that is a formula rests on its parts: a spreadsheet's SUM skips text and blanks silently.
   */
  formulaCells?: ReadonlySet<string>;
  /** Where a cell is (「D9」), for messages that tell the clerk which cell to change; absent: by its labels. */
  locate?: (id: string) => string | undefined;
  /** The 正文素材 values, for the rules over the narrative's inputs. */
  inputs?: NarrativeInputs;
}

export interface RuleContext {
  input: ValidationInput;
  format: ReportFormat;
}

/** What a rule reads: one report's tables, a report's text, or two years' tables. */
export type RuleKind = 'table' | 'text' | 'cross-year';

/** The sections of a report's text, as the importer or the 报告正文 sheet gives them. */
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
  /** Last year's tables, for the 同比 statements. */
  previous?: ReportData;
  /** Set when the rules read paragraphs joined from wrapped lines: the original line a line of `text` starts on. */
  origin?: (line: number) => number;
}

export interface CrossYearInput {
  current: ReportData;
  previous: ReportData;
  /** The clerk said the previous report is theirs (e.g. after a renaming): X-6 stays quiet. */
  confirmed?: boolean;
}

/** What each kind of rule is given. */
export interface RuleInputs {
  table: RuleContext;
  text: TextInput;
  'cross-year': CrossYearInput;
}

/**
 * The one rule contract. A rule has its ID (the reference's where it has one), severity, what it is
 * about, the kind of input it reads, and `check`, which returns one result per instance (per column,
 * per row, per cell, per sentence …). Every entry point runs its rules through `runRules` (run.ts); the tester runs one with `runRule`.
 */
export interface RuleOf<K extends RuleKind> {
  kind: K;
  id: string;
  severity: Severity;
  title: string;
  /** What a clerk calls the problem, shown first: 勾稽关系, 空白或非数字, 合计公式被改 … */
  label: string;
  /** Format versions the rule applies to (of the tables it reads; for cross-year rules, this year's). */
  formats?: ReadonlyArray<ReportFormat['version']>;
  check(input: RuleInputs[K]): CheckResult[];
}

export type TableRule = RuleOf<'table'>;
export type TextRule = RuleOf<'text'>;
export type CrossYearRule = RuleOf<'cross-year'>;
export type Rule = TableRule | TextRule | CrossYearRule;

export interface CheckResult {
  status: Status;
  cells: string[];
  message?: string;
  values?: Record<string, CellValue>;
  expected?: number;
  actual?: number;
  difference?: number;
  suggestion?: string;
  /** Overrides the rule's severity for this instance (e.g. a warning-level variant). */
  severity?: Severity;
  fillZero?: string[];
  /** Text rules: the line (1-based, of the text given) and the words a finding is about. */
  line?: number;
  quote?: string;
}

/** A finding of a text rule: the line it is about, and the words. */
export interface TextFinding extends Finding {
  line?: number;
  quote?: string;
}

export interface ValidationReport {
  format: ReportFormat['version'];
  findings: Finding[];
  /** Checks per outcome, over the whole catalogue. */
  counts: Record<Status, number>;
}
