/**
 * User-facing messages shared by several commands, in one place so their wording stays consistent.
 * Messages that belong to one command live in that command's module.
 */

export const EXIT_CODES_TEXT = '退出码：0 成功；1 校验发现错误；2 用法错误或文件无法使用；3 程序内部错误（请反馈）。';

export const MESSAGES = {
  unknownCommand: (name: string, commands: string[]) => `不认识的命令“${name}”。可用命令：${commands.join('、')}（用 nianbao --help 查看）。`,
  unknownOption: (option: string) => `不认识的选项 ${option}（用 --help 查看可用选项）。`,
  missingOptionValue: (option: string) => `选项 ${option} 后面缺少取值。`,
  extraArgument: (argument: string) => `多余的参数 ${argument}（用 --help 查看用法）。`,
  dashValue: (option: string, value: string) =>
    `选项 ${option} 后面的“${value}”以“-”开头，不能当作它的取值。${option} 需要一个取值；如果取值确实以“-”开头，请写成 ${option}=${value}。`,
  noValueExpected: (option: string) => `选项 ${option} 不带取值（只写 ${option} 即可）。`,
  badArguments: () => '命令行参数有误（用 --help 查看用法）。',
  outputNotXlsx: (file: string) => `输出文件“${file}”应以 .xlsx 结尾。`,
  outputExists: (file: string) => `输出文件“${file}”已存在。为避免覆盖，请换一个文件名，或加 --force 覆盖。`,
  badCopy: (text: string) => `--copy 应为正整数（1 表示第一套年报工作表，2 表示“… (2)”那一套），收到“${text}”。`,
  /** One line, no stack trace: the details a maintainer needs come with NIANBAO_DEBUG=1. */
  unexpected: (command: string, detail: string) =>
    `nianbao ${command}：发生了意外错误（${detail}）。这是程序的问题，不是您的操作有误：请把命令、输入文件和这条信息反馈给维护人员（设置环境变量 NIANBAO_DEBUG=1 可显示技术细节）。`,
} as const;
