/** The .docx edge: reading published reports (jszip) and writing ours in 公文 layout (docx). */
export { docxToText, documentXmlToText } from './read';
export { reportDocx, type DocxChart } from './write';
