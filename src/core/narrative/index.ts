export { amount, bracketOrdinal, chineseDate, chineseNumber, enumerate, joinList, statisticsPeriod } from '../chinese';
export {
  getInput,
  INPUT_FIELD_BY_KEY,
  INPUT_FIELDS,
  INPUT_GROUPS,
  inputCellValue,
  inputConsistency,
  inputsFromJson,
  inputsFromRaw,
  joinListCell,
  parseInput,
  sameInputValue,
  setInput,
  splitList,
  type InputDiagnostic,
  type InputField,
  type InputKind,
  type InputValue,
} from '../inputs/fields';
export { GAP_KIND_LABEL, gapMessage, narrativeGaps } from './gaps';
export {
  generateNarrative,
  narrativeText,
  type InputGap,
  type NarrativeInputs,
  type NarrativeSection,
  type ClerkParagraphs,
  type Paragraph,
} from './generate';
export { previousProblems } from './previous';
export { comparisonClause, percentChange, SMALL_BASE, withYearOnYear, yearOnYearSentence, type PreviousYear } from './yoy';
