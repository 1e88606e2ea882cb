export { importReportText, type ImportDiagnostic, type ImportedSection, type ImportResult } from './import';
export { looksLikeValue } from './tokens';
export { htmlToText, looksLikeHtml } from './html';
export { isPageNumber } from './source';
export { parseTitle } from './title';
export { decodeTextBytes } from './decode';
