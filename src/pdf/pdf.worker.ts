/* The pdf.js worker, bundled by webpack into a worker chunk of its own: it answers the pane's pdf.js on `self`. */
import 'pdfjs-dist/legacy/build/pdf.worker.mjs';
