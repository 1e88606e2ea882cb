/**
 * What pdf.js gives of a PDF, as plain data: per page its size, its text items with their positions
 * (pdf.js `getTextContent`), and how many images it paints. Both edges (Node, browser) produce it;
 * `layout.ts` turns it into the text the importer reads.
 */
export interface PdfTextItem {
  str: string;
  /** [a, b, c, d, e, f]: e, f the baseline origin in PDF units (y up); the font size is in a–d. */
  transform: number[];
  width: number;
  height: number;
}

export interface PdfPageContent {
  number: number;
  width: number;
  height: number;
  items: PdfTextItem[];
  /** Images painted on a page with little text (scanned pages, tables pasted as pictures); 0 where text abounds. */
  images: number;
}

export interface PdfContent {
  pages: PdfPageContent[];
}

/** Why a PDF could not be opened, in terms the caller turns into a message. */
export class PdfReadError extends Error {
  constructor(
    readonly reason: 'password' | 'invalid' | 'engine' | 'pages',
    detail: string,
    /** For 'pages': how many pages the PDF has. */
    readonly pages?: number,
  ) {
    super(detail);
  }
}
