export { importReportText, type ImportDiagnostic, type ImportedSection, type ImportResult } from './import';
export { looksLikeValue, tokenize, type Token } from './tokens';
export { htmlToText, looksLikeHtml } from './html';
export { decodeTextBytes } from './decode';
