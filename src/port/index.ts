/** The spreadsheet port: what the task pane needs of a spreadsheet host, and the logic all hosts share. */
export * from './spreadsheet';
export { canDismiss, dismiss, dismissalKey, undismiss } from './dismissals';
export { auditEntries, findingLocations, tableSheets } from './findings';
