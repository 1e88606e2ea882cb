/**
 * Scale benchmark for the 政务公开办's batch check (`npm run bench`, after index.ts): 10,000 published
 * report texts are checked by `nianbao check --from list --summary …` on every core, once for the first
 * 1,000 and once for all 10,000, each run in a fresh process so that its peak memory is its own. The
 * texts are generated from the fixtures: the seed reports' tables with their numbers varied (every
 * input cell moved, totals recomputed, so most reports balance), rendered by the report generator as
 * plain text, and one in ten the real seed texts as published. Results go into docs/benchmarks.md
 * between the batch markers, replacing an earlier run.
 */
import { execFileSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { buildReportDocument, getFormat, reportPlainText, dropFloatNoise, type CellData, type ReportData } from '../src/core';
import { run } from '../src/cli/main';
import { loadSeeds, SEEDS_DIR } from '../tests/support/seeds';

const ROOT = path.resolve(__dirname, '../../..');
const WORK = path.join(ROOT, 'test-output', 'bench-batch');
const SIZES = [1000, 10000];
const START = '<!-- batch benchmark: start -->';
const END = '<!-- batch benchmark: end -->';

/** The seed's input cells moved by a few units (never below 0), totals recomputed from them. */
function varied(data: ReportData, n: number): ReportData {
  const format = getFormat(data.format);
  const cells: CellData = {};
  for (const cell of format.cells) {
    if (cell.sumOf) continue;
    const v = data.cells[cell.id];
    cells[cell.id] = typeof v === 'number' && cell.kind === 'count' ? Math.max(0, v + ((n * 7 + cell.id.length) % 5) - 2) : (v ?? 0);
  }
  const total = (id: string): number => {
    const cell = format.cellById.get(id)!;
    if (!cell.sumOf) return typeof cells[id] === 'number' ? (cells[id] as number) : 0;
    return dropFloatNoise(cell.sumOf.reduce((s, part) => s + total(part), 0));
  };
  for (const cell of format.cells) if (cell.sumOf) cells[cell.id] = total(cell.id);
  return { ...data, agency: `第${n + 1}单位`, cells };
}

function generate(count: number): string[] {
  fs.rmSync(WORK, { recursive: true, force: true });
  fs.mkdirSync(path.join(WORK, 'reports'), { recursive: true });
  const seeds = loadSeeds().filter((s) => s.year !== null);
  const files: string[] = [];
  for (let n = 0; n < count; n++) {
    const seed = seeds[n % seeds.length];
    const file = path.join(WORK, 'reports', `${String(n).padStart(5, '0')}.txt`);
    const text =
      n % 10 === 9
        ? fs.readFileSync(path.join(SEEDS_DIR, seed.file), 'utf8')
        : reportPlainText(buildReportDocument(varied({ format: seed.format, year: seed.year, agency: seed.agency, cells: seed.cells }, n)));
    fs.writeFileSync(file, text);
    files.push(file);
  }
  return files;
}

/** One run in this process (the child): the check command as a user runs it, output discarded. */
async function child(list: string, summary: string) {
  const started = performance.now();
  let lines = 0;
  const code = await run(['check', '--from', list, '--summary', summary], { out: () => void lines++, err: () => undefined });
  const ms = performance.now() - started;
  process.stdout.write(JSON.stringify({ code, ms, maxRssMb: process.resourceUsage().maxRSS / 1024, lines }));
}

async function main() {
  if (process.argv[2] === '--child') return child(process.argv[3], process.argv[4]);
  const files = generate(Math.max(...SIZES));
  const bytes = files.reduce((s, f) => s + fs.statSync(f).size, 0);
  const rows: string[] = [];
  for (const size of SIZES) {
    const list = path.join(WORK, `list-${size}.txt`);
    fs.writeFileSync(list, files.slice(0, size).join('\n'));
    const out = execFileSync(process.execPath, [__filename, '--child', list, path.join(WORK, `summary-${size}.csv`)], { maxBuffer: 1 << 20 }).toString();
    const r = JSON.parse(out) as { code: number; ms: number; maxRssMb: number };
    const csvRows = fs.readFileSync(path.join(WORK, `summary-${size}.csv`), 'utf8').trim().split('\n').length - 1;
    rows.push(`| ${size.toLocaleString('en-US')} | ${(r.ms / 1000).toFixed(1)} s | ${Math.round((size / r.ms) * 1000)} | ${r.maxRssMb.toFixed(0)} MB | ${csvRows.toLocaleString('en-US')} |`);
    console.log(rows.at(-1));
  }
  const section = `${START}
## Batch check at scale (\`nianbao check --from list --summary\`)

${files.length.toLocaleString('en-US')} published report texts (${(bytes / files.length / 1024).toFixed(1)} KB on average), generated from the seed
reports of the fixtures with their numbers varied (one in ten the real seed texts), checked with \`--summary\`
(.csv) on ${os.availableParallelism()} cores (worker threads), output discarded. Each size runs in a fresh process;
peak memory is the process's maximum resident set, workers included. Target: 10,000 in under 20 s on 2 cores,
memory flat from 1,000 to 10,000. Measured on \`${os.cpus()[0]?.model ?? 'unknown CPU'}\`, load average ${os.loadavg()[0].toFixed(1)} at the end
(above the core count, other jobs shared the cores and the times are not the tool's own).

| reports | time | reports per second | peak memory | summary rows |
|---:|---:|---:|---:|---:|
${rows.join('\n')}
${END}`;
  const doc = path.join(ROOT, 'docs/benchmarks.md');
  const current = fs.readFileSync(doc, 'utf8');
  const at = current.indexOf(START);
  const next = at >= 0 ? current.slice(0, at) + section + current.slice(current.indexOf(END) + END.length) : `${current.trimEnd()}\n\n${section}\n`;
  fs.writeFileSync(doc, next);
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
