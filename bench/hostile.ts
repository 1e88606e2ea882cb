/**
 * Hostile and oversized inputs for `npm run bench`: each limit of src/core/limits.ts met by an input
 * ten times over it, run through the compiled command in a child process of its own (time, peak
 * memory, exit code, message); time against input size for the work that used to grow faster than
 * the input; and mutation fuzzing of whole files. Figures go to docs/benchmarks.md, their meaning
 * to docs/reliability.md.
 */
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { buildReportDocument, buildWorkbookPlan, LIMITS, reportSheetName, SAMPLE_INPUTS, SAMPLE_REPORT } from '../src/core';
import { reportDocx } from '../src/docx/write';
import { renderPlan } from '../src/xlsx';
import { run } from '../src/cli/main';
import { buildZip, partsOf, withPart } from '../tests/support/zip';
import { mutate, mutatePart, type Mutation } from '../tests/support/mutate';

const MB = 1024 * 1024;
const SEEDS = path.resolve(__dirname, '../../../tests/fixtures/seeds');

interface ChildRun {
  code: number;
  ms: number;
  maxRssMb: number;
  message: string;
}

/** Runs the command in a fresh Node process and reports its own peak memory (VmHWM on Linux). */
function runChild(args: string[]): ChildRun {
  const main = require.resolve('../cli/main');
  const script = `
const { run } = require(${JSON.stringify(main)});
let message = '';
const io = { out: (t) => { if (!message) message = String(t).split('\\n').find((l) => /上限|无法|不是|错误/.test(l)) || ''; }, err: (t) => { if (!message) message = String(t).split('\\n')[0]; } };
const start = process.hrtime.bigint();
run(${JSON.stringify(args)}, io).then((code) => {
  const ms = Number(process.hrtime.bigint() - start) / 1e6;
  // VmHWM is this process's own peak: resourceUsage().maxRSS keeps the forking parent's across exec.
  let peakKb = process.resourceUsage().maxRSS;
  try { peakKb = Number(/VmHWM:\\s+(\\d+)/.exec(require('fs').readFileSync('/proc/self/status', 'utf8'))[1]); } catch {}
  process.stdout.write(JSON.stringify({ code, ms, maxRssMb: peakKb / 1024, message }));
});`;
  const child = spawnSync(process.execPath, ['-e', script], { encoding: 'utf8', maxBuffer: 16 * MB, timeout: 600_000 });
  try {
    return JSON.parse(child.stdout) as ChildRun;
  } catch {
    return { code: child.status ?? -1, ms: NaN, maxRssMb: NaN, message: `crashed: ${(child.stderr || '').split('\n')[0]}` };
  }
}

async function sampleWorkbook(): Promise<Buffer> {
  return Buffer.from((await (await renderPlan(buildWorkbookPlan({ ...SAMPLE_REPORT, inputs: SAMPLE_INPUTS }))).xlsx.writeBuffer()) as ArrayBuffer);
}

function seedText(): string {
  return fs
    .readdirSync(SEEDS)
    .filter((f) => f.endsWith('.txt'))
    .sort()
    .map((f) => fs.readFileSync(path.join(SEEDS, f), 'utf8'))
    .join('\n');
}

/** A sparse file of `size` bytes: nothing is written, so a refusal before reading costs nothing. */
function sparse(file: string, head: Buffer, size: number): string {
  fs.writeFileSync(file, head);
  fs.truncateSync(file, size);
  return file;
}

const paragraph = `<w:p><w:r><w:t>${'公开'.repeat(500)}</w:t></w:r></w:p>`;

/** Each limit, met ten times over (where a file within one limit can reach ten times another). */
export async function hostileInputs(): Promise<string> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'nianbao-hostile-'));
  const at = (name: string) => path.join(dir, name);
  const book = await sampleWorkbook();
  const text = seedText();
  fs.writeFileSync(at('sample.xlsx'), book);
  const docxOf = (document: Parameters<typeof buildZip>[0][number]) => buildZip([{ name: '[Content_Types].xml', data: '<Types/>' }, document]);
  const cells = 10 * LIMITS.workbookCells.value;
  const documentTimes = Math.ceil((10 * LIMITS.docxDocumentBytes.value) / Buffer.byteLength(paragraph));

  const cases: { limit: string; input: string; args: () => Promise<string[]> }[] = [
    { limit: 'baseline: a real workbook, validated', input: 'the sample workbook (25 KB)', args: async () => ['validate', at('sample.xlsx')] },
    { limit: 'workbookFileBytes (20 MB)', input: '200 MB .xlsx', args: async () => ['validate', sparse(at('huge.xlsx'), book, 10 * LIMITS.workbookFileBytes.value)] },
    { limit: 'reportFileBytes (50 MB)', input: '500 MB .docx', args: async () => ['import', sparse(at('huge.docx'), book, 10 * LIMITS.reportFileBytes.value)] },
    { limit: 'textFileBytes (10 MB)', input: '100 MB .txt', args: async () => ['check', sparse(at('huge.txt'), Buffer.from(text), 10 * LIMITS.textFileBytes.value)] },
    { limit: 'textFileBytes (10 MB)', input: '/dev/zero (endless)', args: async () => ['check', '/dev/zero'] },
    { limit: 'dataFileBytes (10 MB)', input: '100 MB --data file', args: async () => ['init', '--data', sparse(at('huge.json'), Buffer.from('{"cells":{}}'), 10 * LIMITS.dataFileBytes.value), '-o', at('never.xlsx')] },
    {
      limit: 'zipEntries (5,000)',
      input: '.docx with 50,000 parts',
      args: async () => {
        const parts = Array.from({ length: 10 * LIMITS.zipEntries.value }, (_, i) => ({ name: `customXml/item${i}.xml`, data: '<a/>' }));
        fs.writeFileSync(at('parts.docx'), buildZip([{ name: 'word/document.xml', data: `<w:document><w:body>${paragraph}</w:body></w:document>` }, ...parts]));
        return ['import', at('parts.docx')];
      },
    },
    {
      limit: 'zipInflatedBytes (200 MB)',
      input: '.xlsx declaring 2 GB inflated',
      args: async () => {
        fs.writeFileSync(at('bomb.xlsx'), await withPart(book, { name: 'xl/media/padding.bin', repeat: { chunk: Buffer.alloc(MB), times: 2000 } }));
        return ['validate', at('bomb.xlsx')];
      },
    },
    {
      limit: 'zipInflatedBytes (200 MB)',
      input: '.xlsx inflating to 2 GB, declaring 1 KB',
      args: async () => {
        fs.writeFileSync(at('lying.xlsx'), await withPart(book, { name: 'xl/media/padding.bin', repeat: { chunk: Buffer.alloc(MB), times: 2000 }, declaredSize: 1024 }));
        return ['validate', at('lying.xlsx')];
      },
    },
    {
      limit: 'docxDocumentBytes (32 MB), zipInflatedBytes (200 MB)',
      input: '.docx whose text part inflates to 320 MB',
      args: async () => {
        fs.writeFileSync(at('document.docx'), docxOf({ name: 'word/document.xml', repeat: { head: '<w:document><w:body>', chunk: paragraph, times: documentTimes, tail: '</w:body></w:document>' } }));
        return ['import', at('document.docx')];
      },
    },
    {
      limit: 'docxDocumentBytes (32 MB)',
      input: 'the same, declaring 5 KB',
      args: async () => {
        fs.writeFileSync(at('document-lying.docx'), docxOf({ name: 'word/document.xml', repeat: { head: '<w:document><w:body>', chunk: paragraph, times: documentTimes }, declaredSize: 5000 }));
        return ['import', at('document-lying.docx')];
      },
    },
    {
      limit: 'docxDocumentBytes (32 MB)',
      input: '.docx whose text part inflates to 64 MB (2×: within the 200 MB of all parts)',
      args: async () => {
        fs.writeFileSync(at('document-2x.docx'), docxOf({ name: 'word/document.xml', repeat: { head: '<w:document><w:body>', chunk: paragraph, times: Math.ceil(documentTimes / 5), tail: '</w:body></w:document>' } }));
        return ['import', at('document-2x.docx')];
      },
    },
    {
      limit: 'zipInflatedBytes, docxDocumentBytes',
      input: 'a 2.2 GB-inflating .docx (the issue’s)',
      args: async () => {
        fs.writeFileSync(at('bomb.docx'), docxOf({ name: 'word/document.xml', repeat: { head: '<w:document><w:body>', chunk: paragraph, times: Math.ceil((2.2 * 1024 * MB) / Buffer.byteLength(paragraph)), tail: '</w:body></w:document>' } }));
        return ['import', at('bomb.docx')];
      },
    },
    {
      limit: 'workbookCells (1,000,000)',
      input: '.xlsx with 10,000,000 cells',
      args: async () => {
        const sheet = { name: 'xl/worksheets/sheet1.xml', repeat: { head: '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>', chunk: `<row r="1">${'<c r="A1"/>'.repeat(1000)}</row>`, times: cells / 1000, tail: '</sheetData></worksheet>' } };
        fs.writeFileSync(at('cells.xlsx'), await withPart(book, sheet));
        return ['validate', at('cells.xlsx')];
      },
    },
    {
      limit: 'definedNameCells (2,000,000)',
      input: '.xlsx with a name over 20,000,000 cells',
      args: async () => {
        const workbookXml = Buffer.from((await partsOf(book)).find((p) => p.name === 'xl/workbook.xml')!.data as Uint8Array).toString('utf8');
        const stretched = workbookXml.replace(/(<definedName name="NB_T3"[^>]*>)[^<]*/, (_m, open: string) => `${open}'表三 依申请公开'!$A$1:$T$1000000`);
        fs.writeFileSync(at('name.xlsx'), await withPart(book, { name: 'xl/workbook.xml', data: stretched }));
        return ['validate', at('name.xlsx')];
      },
    },
    {
      limit: 'reportTextChars (2,000,000)',
      input: '10,000,000 characters (5×: the most a file within 10 MB holds)',
      args: async () => {
        fs.writeFileSync(at('long.txt'), text + '\n' + 'x'.repeat(10 * MB - Buffer.byteLength(text) - 1));
        return ['import', at('long.txt')];
      },
    },
    {
      limit: `sheetRowsRead (${LIMITS.sheetRowsRead.value.toLocaleString('en-US')})`,
      input: '报告正文 with a cell in row 1,048,576 (read, not refused)',
      args: async () => {
        const workbook = await renderPlan(buildWorkbookPlan({ ...SAMPLE_REPORT }));
        const sheet = workbook.addWorksheet(reportSheetName());
        sheet.getCell('A1').value = '某县2024年政府信息公开工作年度报告';
        sheet.getCell('A1048576').value = '很远的一格';
        sheet.getCell('XFD2').value = '很右的一格';
        await workbook.xlsx.writeFile(at('far.xlsx'));
        return ['validate', at('far.xlsx')];
      },
    },
  ];
  const rows = ['| limit | input | exit | time (ms) | peak memory (MB) | message |', '|---|---|---:|---:|---:|---|'];
  for (const c of cases) {
    const result = runChild(await c.args());
    const message = result.message.replace(/\|/g, '¦').replace(/^nianbao \w+：/, '').slice(0, 90);
    rows.push(`| ${c.limit} | ${c.input} | ${result.code} | ${Math.round(result.ms)} | ${Math.round(result.maxRssMb)} | ${message}${result.message.length > 90 ? '…' : ''} |`);
  }
  fs.rmSync(dir, { recursive: true, force: true });
  return rows.join('\n');
}

/** The fastest of a few runs: other work on the machine only ever adds time. */
function fastest(runs: number, once: () => ChildRun): ChildRun {
  let best = once();
  for (let i = 1; i < runs; i++) {
    const next = once();
    if (next.ms < best.ms) best = next;
  }
  return best;
}

/** Time against size: `check` on longer and longer texts, `init --data` with longer and longer unknown keys. */
export async function linearity(): Promise<string> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'nianbao-linear-'));
  const text = seedText();
  const rows = ['| work | input | time (ms) | per unit |', '|---|---:|---:|---:|'];
  for (const chars of [250_000, 500_000, 1_000_000, 2_000_000]) {
    const file = path.join(dir, `text-${chars}.txt`);
    fs.writeFileSync(file, text.repeat(Math.ceil(chars / text.length)).slice(0, chars));
    const r = fastest(3, () => runChild(['check', file]));
    rows.push(`| \`check\` on repeated seed reports | ${chars.toLocaleString('en-US')} characters | ${Math.round(r.ms)} | ${((r.ms / chars) * 100_000).toFixed(0)} ms per 100,000 characters |`);
  }
  for (const length of [1_000, 10_000, 100_000, 1_000_000]) {
    const file = path.join(dir, `key-${length}.json`);
    fs.writeFileSync(file, JSON.stringify({ cells: { [`applications.newReceived.${'x'.repeat(length)}`]: 1 } }));
    const r = fastest(3, () => runChild(['init', '--data', file, '-o', path.join(dir, 'never.xlsx')]));
    rows.push(`| \`init --data\`, one unknown key | ${length.toLocaleString('en-US')} characters | ${Math.round(r.ms)} | |`);
  }
  fs.rmSync(dir, { recursive: true, force: true });
  return rows.join('\n');
}

/** Mutated real files through the command, in process: every outcome counted, 3 and exceptions being failures. */
export async function mutationFuzz(runsPerKind: number): Promise<string> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'nianbao-fuzz-'));
  const sources = {
    workbook: await sampleWorkbook(),
    docx: Buffer.from(await reportDocx(buildReportDocument(SAMPLE_REPORT, SAMPLE_INPUTS))),
    text: Buffer.from(seedText().split('\n').slice(0, 200).join('\n')),
  };
  let seed = 20250110;
  const random = (n: number) => ((seed = (seed * 1103515245 + 12345) % 2 ** 31), seed % n);
  const mutations = (): Mutation[] =>
    Array.from({ length: 1 + random(6) }, () => ({ kind: (['flip', 'zero', 'cut', 'repeat', 'splice'] as const)[random(5)], at: random(2 ** 30), length: 1 + random(4096), value: random(256) }));
  const kinds = [
    { name: 'workbook, bytes mutated', command: 'validate', ext: '.xlsx', make: () => mutate(sources.workbook, mutations()) },
    { name: 'workbook, one XML part mutated', command: 'validate', ext: '.xlsx', make: () => mutatePart(sources.workbook, random(1000), mutations()) },
    { name: '.docx, bytes mutated', command: 'import', ext: '.docx', make: () => mutate(sources.docx, mutations()) },
    { name: '.docx, one XML part mutated', command: 'import', ext: '.docx', make: () => mutatePart(sources.docx, random(1000), mutations()) },
    { name: 'text report, bytes mutated', command: 'check', ext: '.txt', make: () => mutate(sources.text, mutations()) },
  ];
  const rows = ['| input | runs | exit 0 | exit 1 | exit 2 | exit 3 or exception | slowest (ms) |', '|---|---:|---:|---:|---:|---:|---:|'];
  const quiet = { out: () => undefined, err: () => undefined };
  for (const kind of kinds) {
    const counts = { 0: 0, 1: 0, 2: 0, bad: 0 };
    let slowest = 0;
    for (let i = 0; i < runsPerKind; i++) {
      const file = path.join(dir, `m${kind.ext}`);
      fs.writeFileSync(file, await kind.make());
      const start = process.hrtime.bigint();
      let code: number;
      try {
        code = await run([kind.command, file], quiet);
      } catch {
        code = -1;
      }
      slowest = Math.max(slowest, Number(process.hrtime.bigint() - start) / 1e6);
      if (code === 0 || code === 1 || code === 2) counts[code]++;
      else counts.bad++;
    }
    rows.push(`| ${kind.name} (\`${kind.command}\`) | ${runsPerKind} | ${counts[0]} | ${counts[1]} | ${counts[2]} | ${counts.bad} | ${Math.round(slowest)} |`);
  }
  fs.rmSync(dir, { recursive: true, force: true });
  return rows.join('\n');
}
