import { XlsxInputError } from '../xlsx';
import { checkCommand } from './commands/check';
import { demoCommand } from './commands/demo';
import { exportCommand } from './commands/export';
import { importCommand } from './commands/import';
import { initCommand } from './commands/init';
import { validateCommand } from './commands/validate';
import { EXIT, UsageError } from './errors';
import { processIo, type Io } from './io';
import type { Command } from './parse';

const COMMANDS: Command[] = [initCommand, exportCommand, validateCommand, importCommand, checkCommand, demoCommand];
const VERSION = '0.1.0';

const TOP_HELP = `年报助手 nianbao ${VERSION} —— 政府信息公开工作年度报告的表格工具

用法：nianbao <命令> [选项]

命令：
${COMMANDS.map((c) => `  ${c.name.padEnd(8)}${c.summary}`).join('\n')}

每个命令都有帮助，如：nianbao init --help
退出码：0 成功；1 校验发现错误；2 用法错误或文件无法使用。`;

/** Runs the CLI and returns the exit code; never lets a stack trace reach the user. */
export async function run(argv: string[], io: Io = processIo): Promise<number> {
  const [name, ...rest] = argv;
  if (!name || name === '-h' || name === '--help' || name === 'help') {
    io.out(TOP_HELP);
    return name ? EXIT.ok : EXIT.usage;
  }
  if (name === '--version' || name === '-v') {
    io.out(VERSION);
    return EXIT.ok;
  }
  const command = COMMANDS.find((c) => c.name === name);
  if (!command) {
    io.err(`不认识的命令“${name}”。可用命令：${COMMANDS.map((c) => c.name).join('、')}（用 nianbao --help 查看）。`);
    return EXIT.usage;
  }
  if (rest.includes('-h') || rest.includes('--help')) {
    io.out(command.help);
    return EXIT.ok;
  }
  try {
    return await command.run(rest, io);
  } catch (error) {
    if (error instanceof UsageError) {
      io.err(`nianbao ${name}：${error.message}`);
      return error.exitCode;
    }
    if (error instanceof XlsxInputError) {
      io.err(`nianbao ${name}：${error.message}`);
      return EXIT.usage;
    }
    io.err(`nianbao ${name}：发生了意外错误（${(error as Error)?.message ?? String(error)}）。请把命令和输入文件反馈给维护人员。`);
    if (process.env.NIANBAO_DEBUG) io.err(String((error as Error)?.stack));
    return EXIT.internal;
  }
}
