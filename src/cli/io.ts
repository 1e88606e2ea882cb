/** Output seams so commands can be run in-process by tests. */
export interface Io {
  out(text: string): void;
  err(text: string): void;
}

/**
 * Standard output was closed by the reader (`nianbao validate *.xlsx | head -2`): the command ends
 * quietly with EXIT.outputClosed at its next line of output.
 */
export class OutputClosedError extends Error {
  constructor() {
    super('standard output closed');
    this.name = 'OutputClosedError';
  }
}

let stdoutClosed = false;
let watching = false;

/**
 * Node reports a closed pipe as an 'error' event on the stream (EPIPE), which, unhandled, crashes
 * the process with a stack trace. Once it is seen, output stops; a closed standard error is ignored
 * (there is no one left to tell).
 */
export function watchClosedOutput(): void {
  if (watching) return;
  watching = true;
  process.stdout.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code === 'EPIPE' || error.code === 'ERR_STREAM_DESTROYED') stdoutClosed = true;
    else throw error;
  });
  process.stderr.on('error', () => undefined);
}

/**
 * Whether standard output was closed, once what was written has settled: Node reports a failed
 * write on the next tick, after the command may already have returned.
 */
export async function outputClosed(): Promise<boolean> {
  const out = process.stdout;
  if (!stdoutClosed && out.writableLength > 0) {
    await new Promise<void>((resolve) => {
      out.once('drain', resolve);
      out.once('error', () => resolve());
      out.once('close', resolve);
    });
  }
  await new Promise<void>((resolve) => setImmediate(resolve));
  return stdoutClosed;
}

export const processIo: Io = {
  out: (text) => {
    if (stdoutClosed) throw new OutputClosedError();
    process.stdout.write(text.endsWith('\n') ? text : `${text}\n`);
  },
  err: (text) => {
    process.stderr.write(text.endsWith('\n') ? text : `${text}\n`);
  },
};
