import type { PdfContent } from './types';
import { PdfReadError } from './types';

/**
 * pdf.js in the task pane: loaded on the first PDF (its own chunk, fetched from our server, never a
 * CDN), with its worker bundled by webpack as a chunk of its own, so that parsing does not block the
 * pane and works offline. The legacy build runs in the older Chromium that WPS and Office embed.
 */
type PdfJs = typeof import('pdfjs-dist');

let loading: Promise<PdfJs> | null = null;

function pdfjs(): Promise<PdfJs> {
  loading ??= import(/* webpackChunkName: "pdfjs" */ 'pdfjs-dist/legacy/build/pdf.mjs').then((module) => {
    const lib = module as unknown as PdfJs;
    lib.GlobalWorkerOptions.workerPort = new Worker(new URL('./pdf.worker.ts', import.meta.url));
    return lib;
  });
  return loading;
}

const IMAGE_OPS = ['paintImageXObject', 'paintInlineImageXObject', 'paintImageMaskXObject', 'paintImageXObjectRepeat', 'paintInlineImageXObjectGroup'] as const;

/** The text items of every page of a PDF, with their positions; a PDF of more than `maxPages` pages is refused before any is read. */
export async function readPdfContent(bytes: Uint8Array, maxPages: number): Promise<PdfContent> {
  const lib = await pdfjs();
  const ops = lib.OPS as unknown as Record<string, number>;
  const images = new Set(IMAGE_OPS.map((name) => ops[name]).filter((op) => op !== undefined));
  let doc;
  try {
    doc = await lib.getDocument({ data: bytes, isEvalSupported: false, cMapUrl: new URL('pdfjs/cmaps/', document.baseURI).href, cMapPacked: true, verbosity: 0 }).promise;
  } catch (error) {
    const name = (error as Error)?.name;
    throw new PdfReadError(name === 'PasswordException' ? 'password' : name === 'InvalidPDFException' ? 'invalid' : 'engine', String((error as Error)?.message ?? error));
  }
  if (doc.numPages > maxPages) {
    const count = doc.numPages;
    await doc.destroy();
    throw new PdfReadError('pages', 'too many pages', count);
  }
  const pages: PdfContent['pages'] = [];
  for (let n = 1; n <= doc.numPages; n++) {
    const page = await doc.getPage(n);
    const viewport = page.getViewport({ scale: 1 });
    const content = await page.getTextContent();
    // Drawing operations are long to list: only pages with little text are looked at for images.
    const list = content.items.length < 40 ? await page.getOperatorList() : { fnArray: [] as number[] };
    pages.push({
      number: n,
      width: viewport.width,
      height: viewport.height,
      items: content.items.flatMap((i) => ('str' in i ? [{ str: i.str, transform: i.transform as number[], width: i.width, height: i.height }] : [])),
      images: list.fnArray.filter((op) => images.has(op)).length,
    });
    page.cleanup();
  }
  await doc.destroy();
  return { pages };
}
