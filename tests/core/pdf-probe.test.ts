import * as fs from 'fs';
import { importReportText } from '../../src/core';
import { readPdfContent, closePdfReader } from '../../src/pdf/node';
import { pdfToText } from '../../src/pdf/layout';
import { loadCorpus } from '../support/seeds';
afterAll(() => closePdfReader());
it('pdf', async () => {
  for (const c of loadCorpus()) {
    const t = Date.now();
    const content = await readPdfContent(fs.readFileSync(c.pdf));
    const t2 = Date.now();
    const { text, diagnostics } = pdfToText(content);
    fs.writeFileSync(`/tmp/${c.name}.pdf.txt`, text);
    const r = importReportText(text);
    const diff = Object.keys({ ...c.expected.cells, ...r.data.cells }).filter((k) => c.expected.cells[k] !== r.data.cells[k]);
    console.log(c.name, t2 - t, 'ms', r.data.year, r.data.agency, r.sections.map((s) => s.number).join(''), 'read', Object.values(r.data.cells).filter((v) => v !== null).length, 'diff', diff.length, diff.slice(0, 8).map((k) => `${k}=${r.data.cells[k]}/${c.expected.cells[k]}`), diagnostics, r.diagnostics.map((d) => d.message));
  }
}, 60000);
