import { CLAIM_RULES } from './claims';
import { X_5 } from './cross-year';
import { paragraphView } from './paragraphs';
import { runRules } from './run';
import type { TextFinding, TextInput, TextRule } from './text-rule';
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
export { checkAcrossYears, CROSS_YEAR_LABEL, CROSS_YEAR_RULES, textSimilarity } from './cross-year';

export const TEXT_RULES: readonly TextRule[] = [X_0, X_2, X_3, X_4, X_5, E_1, E_2, E_3, E_4, E_5, ...CLAIM_RULES, X_9];

const TEXT_RULE_IDS: ReadonlySet<string> = new Set(TEXT_RULES.map((r) => r.id));

/** Rules about the report's text (not its tables): the 报告正文 findings, which regenerating replaces. */
export function isTextRule(rule: string): boolean {
  return TEXT_RULE_IDS.has(rule);
}

/** The text rules over a report's text, on its paragraphs; lines are named as in the text given. */
export function checkText(input: TextInput): TextFinding[] {
  return runRules(TEXT_RULES, { text: paragraphView(input) }).findings;
}
