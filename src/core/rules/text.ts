import { CLAIM_RULES } from './claims';
import { X_5 } from './cross-year';
import { unwrapLines } from './paragraphs';
import { shownLine, type TextFinding, type TextInput, type TextRule } from './text-rule';
import { E_1, E_2, E_3, E_4, E_5 } from './text-lint';
import { X_0, X_4 } from './text-sections';
import { X_3 } from './text-tables';
import { X_2 } from './text-years';
import { X_9 } from './yoy';

/**
 * Rules over a report's text (an imported report, or the narrative in the workbook) and across
 * years, one file per family: stale years (text-years), numbers against the tables (text-tables,
 * claims), the title and sections (text-sections), editorial lint (text-lint), across years
 * (cross-year). Each finding names the line it is about; text findings carry no cells unless they
 * contradict a table. They run on paragraphs: hard-wrapped lines are joined first (paragraphs.ts).
 */
export type { TextFinding, TextInput, TextSection } from './text-rule';
export { checkAcrossYears, CROSS_YEAR_LABEL, textSimilarity } from './cross-year';

export const TEXT_RULES: readonly TextRule[] = [X_0, X_2, X_3, X_4, X_5, E_1, E_2, E_3, E_4, E_5, ...CLAIM_RULES, X_9];

const TEXT_RULE_IDS: ReadonlySet<string> = new Set(TEXT_RULES.map((r) => r.id));

/** Rules about the report's text (not its tables): the 报告正文 findings, which regenerating replaces. */
export function isTextRule(rule: string): boolean {
  return TEXT_RULE_IDS.has(rule);
}

export function checkText(input: TextInput): TextFinding[] {
  const view = paragraphView(input);
  const findings: TextFinding[] = [];
  for (const rule of TEXT_RULES) {
    for (const r of rule.check(view)) {
      if (r.status === 'pass') continue;
      const { severity, status, ...rest } = r;
      // Lines are named as in the text given: the line its paragraph starts on.
      const line = rest.line !== undefined ? shownLine(view, rest.line) : undefined;
      findings.push({ ...rest, ...(line !== undefined ? { line } : {}), status, rule: rule.id, label: rule.label, severity: severity ?? rule.severity });
    }
  }
  return findings;
}

/** The input with its hard-wrapped lines joined into paragraphs, and the way back to its own lines. */
function paragraphView(input: TextInput): TextInput {
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
