import { run } from '../../src/cli/main';
import type { Io } from '../../src/cli/io';

/** Runs the CLI in-process, capturing what it prints. */
export async function nianbao(...argv: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  let stdout = '';
  let stderr = '';
  const io: Io = { out: (t) => (stdout += t + '\n'), err: (t) => (stderr += t + '\n') };
  const code = await run(argv, io);
  return { code, stdout, stderr };
}
