import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { Worker } from 'node:worker_threads';
import { UsageError } from '../errors';
import type { FileFindings } from '../commands/validate';
import { previousOnce, runJob, type BatchJob } from './job';

/**
 * Runs a job over many files on every core (worker threads) and yields the results in input order as
 * they are ready. At most a few files per worker are in flight, and each result is handed on and
 * dropped, so memory does not grow with the number of files.
 *
 * The workers run the compiled CLI (dist/cli/batch/worker.js). Where there is no compiled worker (the
 * sources run through ts-jest), or few files, the files are done in this thread, one after another.
 */
export async function* runBatch(job: BatchJob, files: string[], options: { workers?: number } = {}): AsyncGenerator<FileFindings> {
  const script = path.join(__dirname, 'worker.js');
  const workers = Math.min(options.workers ?? defaultWorkers(), files.length);
  if (workers < 2 || !fs.existsSync(script) || __filename.endsWith('.ts')) {
    const previous = previousOnce(job);
    for (const file of files) yield await runJob(job, file, previous);
    return;
  }
  yield* inWorkers(script, job, files, workers);
}

/** Every core, but no more workers than the machine has (the main thread only writes results). */
export function defaultWorkers(): number {
  const fromEnv = Number(process.env.NIANBAO_WORKERS);
  if (Number.isInteger(fromEnv) && fromEnv > 0) return fromEnv;
  return typeof os.availableParallelism === 'function' ? os.availableParallelism() : os.cpus().length;
}

const IN_FLIGHT_PER_WORKER = 4;

async function* inWorkers(script: string, job: BatchJob, files: string[], count: number): AsyncGenerator<FileFindings> {
  const done = new Map<number, FileFindings>();
  let failure: Error | undefined;
  let wake: (() => void) | undefined;
  const notify = () => {
    wake?.();
    wake = undefined;
  };
  let next = 0;
  let closing = false;
  const pool = Array.from({ length: count }, () => new Worker(script, { workerData: job }));
  const busy = new Map<Worker, number>(pool.map((w) => [w, 0]));
  const feed = (worker: Worker) => {
    while (next < files.length && busy.get(worker)! < IN_FLIGHT_PER_WORKER && done.size < count * IN_FLIGHT_PER_WORKER * 4) {
      worker.postMessage({ id: next, file: files[next] });
      busy.set(worker, busy.get(worker)! + 1);
      next++;
    }
  };
  for (const worker of pool) {
    worker.on('message', (m: { id: number; result?: FileFindings; failure?: { message: string; stack?: string; usage: boolean } }) => {
      busy.set(worker, busy.get(worker)! - 1);
      if (m.failure) {
        failure ??= m.failure.usage ? new UsageError(m.failure.message) : Object.assign(new Error(m.failure.message), { stack: m.failure.stack });
      } else done.set(m.id, m.result!);
      feed(worker);
      notify();
    });
    worker.on('error', (error) => {
      failure ??= error;
      notify();
    });
    // A worker that ends on its own (out of memory, killed) would leave its files waiting forever.
    worker.on('exit', (code) => {
      if (!closing) failure ??= new Error(`batch worker exited with code ${code}`);
      notify();
    });
    feed(worker);
  }
  try {
    for (let i = 0; i < files.length; i++) {
      while (!done.has(i)) {
        if (failure) throw failure;
        await new Promise<void>((resolve) => (wake = resolve));
      }
      const result = done.get(i)!;
      done.delete(i);
      for (const worker of pool) feed(worker);
      yield result;
    }
  } finally {
    closing = true;
    await Promise.all(pool.map((w) => w.terminate()));
  }
}
