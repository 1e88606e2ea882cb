import { parseArgs, type ParseArgsConfig } from 'node:util';
import { UsageError } from './errors';
import type { Io } from './io';

export interface Command {
  name: string;
  summary: string;
  help: string;
  run(argv: string[], io: Io): Promise<number>;
}

type Options = NonNullable<ParseArgsConfig['options']>;

/** node:util parseArgs with Chinese messages for unknown or malformed options. */
export function parse(argv: string[], options: Options, allowPositionals = false) {
  try {
    return parseArgs({ args: argv, options, allowPositionals, strict: true });
  } catch (error) {
    const message = String((error as Error).message);
    const option = /'([^']+)'/.exec(message)?.[1];
    if (/Unknown option/.test(message)) throw new UsageError(`不认识的选项 ${option ?? ''}（用 --help 查看可用选项）。`);
    if (/argument missing/.test(message)) throw new UsageError(`选项 ${option ?? ''} 后面缺少取值。`);
    if (/Unexpected argument/.test(message)) throw new UsageError(`多余的参数 ${option ?? ''}（用 --help 查看用法）。`);
    throw new UsageError(`命令行参数有误：${message}`);
  }
}
