import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { XlsxInputError } from '../xlsx';
import { checkCommand } from './commands/check';
import { demoCommand } from './commands/demo';
import { exportCommand } from './commands/export';
import { generateCommand } from './commands/generate';
import { graphicCommand } from './commands/graphic';
import { importCommand } from './commands/import';
import { initCommand } from './commands/init';
import { summarizeCommand } from './commands/summarize';
import { validateCommand } from './commands/validate';
import { EXIT, UsageError } from './errors';
import { OutputClosedError, outputClosed, processIo, watchClosedOutput, type Io } from './io';
import { EXIT_CODES_TEXT, MESSAGES } from './messages';
import type { Command } from './parse';

const COMMANDS: Command[] = [initCommand, exportCommand, validateCommand, generateCommand, graphicCommand, importCommand, checkCommand, summarizeCommand, demoCommand];

/** The package version; src/cli and dist/cli both sit two levels below package.json. */
function version(): string {
  try {
    return (JSON.parse(readFileSync(path.join(__dirname, '..', '..', 'package.json'), 'utf8')) as { version: string }).version;
  } catch {
    return '未知版本';
  }
}

function topHelp(): string {
  return `年报助手 nianbao ${version()} —— 政府信息公开工作年度报告的表格工具

用法：nianbao <命令> [选项]

命令：
${COMMANDS.map((c) => `  ${c.name.padEnd(9)}${c.summary}`).join('\n')}

选项：
  -h, --help     显示帮助（每个命令也有帮助，如：nianbao init --help）
  -v, --version  显示版本

示例：
  nianbao init --year 2025 --agency "某某县人民政府办公室" -o 2025年报.xlsx
  nianbao export 2025年报.xlsx --json > 2025数据.json
  nianbao validate 各单位/*.xlsx
  nianbao generate 2025年报.xlsx -o 2025年报.docx
  nianbao demo

${EXIT_CODES_TEXT}`;
}

/**
 * Runs the CLI and returns the exit code. Nothing escapes as a stack trace: problems the user can fix
 * exit 2 with a Chinese message naming the file, sheet or cell; anything unexpected exits 3 with a
 * one-line message asking for a report (1 is taken: validate found errors).
 */
export async function run(argv: string[], io: Io = processIo): Promise<number> {
  if (io === processIo) watchClosedOutput();
  const code = await runCommand(argv, io);
  // A reader that stopped reading has not seen everything: the command's own verdict does not stand.
  return io === processIo && (await outputClosed()) ? EXIT.outputClosed : code;
}

async function runCommand(argv: string[], io: Io): Promise<number> {
  const [name, ...rest] = argv;
  if (!name || name === '-h' || name === '--help' || name === 'help') {
    io.out(topHelp());
    return name ? EXIT.ok : EXIT.usage;
  }
  if (name === '--version' || name === '-v') {
    io.out(version());
    return EXIT.ok;
  }
  const command = COMMANDS.find((c) => c.name === name);
  if (!command) {
    io.err(MESSAGES.unknownCommand(name, COMMANDS.map((c) => c.name)));
    return EXIT.usage;
  }
  if (rest.includes('-h') || rest.includes('--help')) {
    io.out(command.help);
    return EXIT.ok;
  }
  try {
    return await command.run(rest, io);
  } catch (error) {
    if (error instanceof OutputClosedError) return EXIT.outputClosed;
    if (error instanceof UsageError) {
      io.err(`nianbao ${name}：${error.message}`);
      return error.exitCode;
    }
    if (error instanceof XlsxInputError) {
      io.err(`nianbao ${name}：${error.message}`);
      return EXIT.usage;
    }
    const detail = error instanceof Error ? error.message.split('\n')[0] : String(error);
    io.err(MESSAGES.unexpected(name, detail));
    if (process.env.NIANBAO_DEBUG) io.err(String((error as Error)?.stack ?? error));
    return EXIT.internal;
  }
}
