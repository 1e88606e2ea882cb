import { formatOfData, type ReportFormat } from '../format';
import { paragraphView } from './paragraphs';
import { shownLine } from './text-rule';
import type { CheckResult, CrossYearInput, Finding, Rule, RuleInputs, RuleKind, RuleOf, Status, TextFinding, TextInput, ValidationInput } from './types';

/**
 * The one way rules run, whatever their kind: each rule whose kind has an input checks it, every
 * result is counted, and what does not pass becomes a finding in the rule's words. The entry points
 * (`validateReport`, `checkText`, `checkAcrossYears`) are this with the catalogue of their kind.
 */

export interface RuleRun {
  findings: TextFinding[];
  /** Checks per outcome, over the rules that ran. */
  counts: Record<Status, number>;
}

/** The inputs at hand: a rule whose kind has none here does not run. */
export type AvailableInputs = Partial<RuleInputs>;

export function runRules(rules: readonly Rule[], inputs: AvailableInputs): RuleRun {
  const counts: Record<Status, number> = { pass: 0, fail: 0, notAssessable: 0 };
  const findings: TextFinding[] = [];
  for (const rule of rules) {
    const results = resultsOf(rule, inputs);
    if (!results) continue;
    for (const result of results) {
      counts[result.status]++;
      if (result.status !== 'pass') findings.push(findingOf(rule, result, inputs));
    }
  }
  return { findings, counts };
}

/** What the entry points are given, per kind: a table rule's context is made from its input. */
export interface EntryInputs {
  table: ValidationInput;
  text: TextInput;
  'cross-year': CrossYearInput;
}

/**
 * One rule over what its entry point is given, prepared as that entry point prepares it (the report's
 * printed format for tables, paragraphs for text): the rule tester's way in.
 */
export function runRule<K extends RuleKind>(rule: RuleOf<K>, input: EntryInputs[K]): RuleRun {
  const prepared: AvailableInputs =
    rule.kind === 'table'
      ? { table: { input: input as ValidationInput, format: formatOfData((input as ValidationInput).data) } }
      : rule.kind === 'text'
        ? { text: paragraphView(input as TextInput) }
        : { 'cross-year': input as CrossYearInput };
  return runRules([rule as Rule], prepared);
}

/** A rule's results, or null when its input is not at hand or its format does not apply. */
function resultsOf(rule: Rule, inputs: AvailableInputs): CheckResult[] | null {
  switch (rule.kind) {
    case 'table': {
      const input = inputs.table;
      return input && applies(rule, () => input.format.version) ? rule.check(input) : null;
    }
    case 'text': {
      const input = inputs.text;
      return input && applies(rule, () => formatOfData(input.data).version) ? rule.check(input) : null;
    }
    case 'cross-year': {
      const input = inputs['cross-year'];
      return input && applies(rule, () => input.current.format) ? rule.check(input) : null;
    }
  }
}

const applies = (rule: Rule, version: () => string): boolean => !rule.formats || rule.formats.includes(version() as ReportFormat['version']);

function findingOf(rule: Rule, result: CheckResult, inputs: AvailableInputs): TextFinding {
  const { status, severity, message, line, ...rest } = result;
  // Text lines are named as in the text given: the line its paragraph starts on.
  const shown = line !== undefined && rule.kind === 'text' && inputs.text ? shownLine(inputs.text, line) : line;
  const finding: Finding & { line?: number } = {
    rule: rule.id,
    label: rule.label,
    severity: severity ?? rule.severity,
    status: status as Finding['status'],
    cells: rest.cells,
    message: message ?? rule.title,
  };
  for (const [key, value] of Object.entries({ ...rest, line: shown })) {
    if (value !== undefined && key !== 'cells') (finding as unknown as Record<string, unknown>)[key] = value;
  }
  return finding;
}
