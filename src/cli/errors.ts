/** A failure the user can fix: printed as is, in Chinese, and mapped to an exit code. */
export class UsageError extends Error {
  constructor(
    message: string,
    readonly exitCode = 2,
  ) {
    super(message);
    this.name = 'UsageError';
  }
}

/**
 * 141 = 128 + SIGPIPE: what a shell reports for a program ended by a closed pipe (`| head`), as the
 * Unix tools are; neither success (the output was cut short) nor 1 (errors found).
 */
export const EXIT = { ok: 0, findings: 1, usage: 2, internal: 3, outputClosed: 141 } as const;
