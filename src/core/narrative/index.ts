export { amount, bracketOrdinal, chineseDate, chineseNumber, enumerate, joinList, statisticsPeriod } from './chinese';
export { generateNarrative, narrativeText, type NarrativeInputs, type NarrativeSection, type Overrides, type Paragraph } from './generate';
