import { parentPort, workerData } from 'node:worker_threads';
import { previousOnce, runJob, type BatchJob } from './job';

/** A batch worker: takes { id, file }, answers { id, result } or { id, failure } for an unexpected error. */
const job = workerData as BatchJob;
const previous = previousOnce(job);
parentPort!.on('message', async ({ id, file }: { id: number; file: string }) => {
  try {
    parentPort!.postMessage({ id, result: await runJob(job, file, previous) });
  } catch (error) {
    parentPort!.postMessage({ id, failure: { message: (error as Error).message, stack: (error as Error).stack, usage: (error as Error).name === 'UsageError' } });
  }
});
