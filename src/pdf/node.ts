import { Worker } from 'node:worker_threads';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { PdfReadError, type PdfContent } from './types';

/**
 * pdf.js in Node. pdfjs-dist 5 is an ES module; the CLI is CommonJS and jest runs it in a VM, where
 * neither may import it. A worker thread is a plain Node context that can: it loads pdf.js once,
 * and each PDF is sent to it and its text items come back. The worker does not keep the process alive.
 */
const SCRIPT = `
const { parentPort, workerData } = require('node:worker_threads');
// pdf.js warns on the console about canvas support that text extraction does not need: not ours to print.
// (Errors come back as messages.)
console.log = console.warn = console.info = () => {};
// The display layer builds a DOMMatrix when it loads; text extraction never uses it.
globalThis.DOMMatrix ??= class DOMMatrix { constructor() { Object.assign(this, { a: 1, b: 0, c: 0, d: 1, e: 0, f: 0 }); } };
const loading = import(workerData.pdfjs);
const IMAGE_OPS = ['paintImageXObject', 'paintInlineImageXObject', 'paintImageMaskXObject', 'paintImageXObjectRepeat', 'paintInlineImageXObjectGroup'];
parentPort.on('message', async ({ id, data, maxPages }) => {
  try {
    const pdfjs = await loading;
    pdfjs.GlobalWorkerOptions.workerSrc ||= workerData.worker;
    const images = new Set(IMAGE_OPS.map((name) => pdfjs.OPS[name]).filter((op) => op !== undefined));
    const doc = await pdfjs.getDocument({ data, isEvalSupported: false, cMapUrl: workerData.cmaps, cMapPacked: true, verbosity: 0 }).promise;
    if (doc.numPages > maxPages) {
      await doc.destroy();
      parentPort.postMessage({ id, error: { reason: 'pages', message: 'too many pages', pages: doc.numPages } });
      return;
    }
    const pages = [];
    for (let n = 1; n <= doc.numPages; n++) {
      const page = await doc.getPage(n);
      const viewport = page.getViewport({ scale: 1 });
      const content = await page.getTextContent();
      // Drawing operations are long to list: only pages with little text are looked at for images.
      const ops = content.items.length < 40 ? await page.getOperatorList() : { fnArray: [] };
      pages.push({
        number: n,
        width: viewport.width,
        height: viewport.height,
        items: content.items.filter((i) => 'str' in i).map((i) => ({ str: i.str, transform: i.transform, width: i.width, height: i.height })),
        images: ops.fnArray.filter((op) => images.has(op)).length,
      });
      page.cleanup();
    }
    await doc.destroy();
    parentPort.postMessage({ id, pages });
  } catch (error) {
    const name = error && error.name;
    parentPort.postMessage({ id, error: { reason: name === 'PasswordException' ? 'password' : name === 'InvalidPDFException' || name === 'FormatError' ? 'invalid' : 'engine', message: String(error && error.message || error) } });
  }
});
`;

let worker: Worker | null = null;
let next = 0;
const waiting = new Map<number, { resolve: (c: PdfContent) => void; reject: (e: Error) => void }>();

function pdfjsWorker(): Worker {
  if (worker) return worker;
  const build = path.dirname(require.resolve('pdfjs-dist/legacy/build/pdf.mjs'));
  worker = new Worker(SCRIPT, {
    eval: true,
    workerData: {
      pdfjs: pathToFileURL(path.join(build, 'pdf.mjs')).href,
      worker: pathToFileURL(path.join(build, 'pdf.worker.mjs')).href,
      cmaps: `${path.join(build, '..', '..', 'cmaps')}${path.sep}`,
    },
  });
  worker.unref();
  worker.on('message', (m: { id: number; pages?: PdfContent['pages']; error?: { reason: PdfReadError['reason']; message: string; pages?: number } }) => {
    const job = waiting.get(m.id);
    if (!job) return;
    waiting.delete(m.id);
    if (m.error) job.reject(new PdfReadError(m.error.reason, m.error.message, m.error.pages));
    else job.resolve({ pages: m.pages! });
    if (waiting.size === 0) worker?.unref();
  });
  worker.on('error', (error) => {
    for (const job of waiting.values()) job.reject(new PdfReadError('engine', error.message));
    waiting.clear();
    worker = null;
  });
  return worker;
}

/** The text items of every page of a PDF, with their positions; a PDF of more than `maxPages` pages is refused before any is read. */
export function readPdfContent(bytes: Uint8Array, maxPages: number): Promise<PdfContent> {
  const w = pdfjsWorker();
  const id = next++;
  w.ref();
  return new Promise((resolve, reject) => {
    waiting.set(id, { resolve, reject });
    // A copy: the caller keeps its bytes; the worker may detach what it gets.
    w.postMessage({ id, data: new Uint8Array(bytes), maxPages });
  });
}

/** Stops the worker (tests; a CLI run needs not: the worker does not hold the process). */
export async function closePdfReader(): Promise<void> {
  const w = worker;
  worker = null;
  if (w) await w.terminate();
}
