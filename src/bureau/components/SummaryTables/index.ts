export { SummaryTables } from './SummaryTables';
