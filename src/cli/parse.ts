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

/** node:util parseArgs with Chinese messages for unknown or malformed options: never Node's English. */
export function parse(argv: string[], options: Options, allowPositionals = false) {
  try {
    return parseArgs({ args: argv, options, allowPositionals, strict: true });
  } catch (error) {
    throw new UsageError(argumentMessage(error as Error & { code?: string }, argv, options));
  }
}

function argumentMessage(error: Error & { code?: string }, argv: string[], options: Options): string {
  const message = String(error.message);
  // 「'-o, --output <value>'」 or 「'-o'」: the option as typed; its long form is what to show.
  const named = /'([^']+)'/.exec(message)?.[1] ?? '';
  const short = /^-(\w)$/.exec(named.split(/[ ,]/)[0])?.[1];
  const long = Object.entries(options).find(([, o]) => short && o.short === short)?.[0];
  const option = long ? `--${long}` : (/--[\w-]+/.exec(named)?.[0] ?? named.split(/[ ,]/)[0]);
  switch (error.code) {
    case 'ERR_PARSE_ARGS_UNKNOWN_OPTION':
      return MESSAGES.unknownOption(option);
    case 'ERR_PARSE_ARGS_UNEXPECTED_POSITIONAL':
      return MESSAGES.extraArgument(option);
    case 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE': {
      if (/ambiguous/.test(message)) {
        const at = argv.findIndex((a) => a === option || (short !== undefined && a === `-${short}`));
        const next = at >= 0 ? argv[at + 1] : undefined;
        return MESSAGES.dashValue(option, next ?? '');
      }
      if (/does not take an argument/.test(message)) return MESSAGES.noValueExpected(option);
      return MESSAGES.missingOptionValue(option);
    }
    default:
      return MESSAGES.badArguments();
  }
}
