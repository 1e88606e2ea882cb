import { performance } from 'node:perf_hooks';

export interface Timing {
  name: string;
  runs: number;
  medianMs: number;
  p95Ms: number;
}

/** Runs `fn` after a warm-up and reports median and 95th percentile wall time. */
export async function measure(name: string, runs: number, fn: () => unknown | Promise<unknown>): Promise<Timing> {
  for (let i = 0; i < Math.min(5, runs); i++) await fn();
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    await fn();
    times.push(performance.now() - start);
  }
  times.sort((a, b) => a - b);
  const at = (q: number) => times[Math.min(times.length - 1, Math.floor(q * times.length))];
  return { name, runs, medianMs: round(at(0.5)), p95Ms: round(at(0.95)) };
}

function round(n: number): number {
  return Math.round(n * 1000) / 1000;
}

export function markdownTable(rows: Timing[]): string {
  const lines = ['| benchmark | runs | median (ms) | p95 (ms) |', '|---|---:|---:|---:|'];
  for (const r of rows) lines.push(`| ${r.name} | ${r.runs} | ${r.medianMs} | ${r.p95Ms} |`);
  return lines.join('\n');
}
