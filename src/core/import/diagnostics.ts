/** What the importer says about the text it read: the line it is about, and why a table or row stays empty. */
export interface ImportDiagnostic {
  severity: 'error' | 'warning' | 'info';
  message: string;
  line?: number;
  /** The page that line is on, in text with page breaks (form feeds): how a PDF's reader finds it. */
  page?: number;
}
