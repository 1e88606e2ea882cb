import { parseArgs, type ParseArgsConfig } from 'node:util';
import { UsageError } from './errors';
import type { Io } from './io';
import { MESSAGES } from './messages';

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
    if (/Unknown option/.test(message)) throw new UsageError(MESSAGES.unknownOption(option ?? ''));
    if (/argument missing/.test(message)) throw new UsageError(MESSAGES.missingOptionValue(option ?? ''));
    if (/Unexpected argument/.test(message)) throw new UsageError(MESSAGES.extraArgument(option ?? ''));
    throw new UsageError(MESSAGES.badArguments(message));
  }
}
