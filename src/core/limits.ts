/**
 * How much the tools read, at most. Every number is far above any real report or workbook (measured
 * in docs/reliability.md) and far below what exhausts a clerk's machine, and each is checked before
 * the work it bounds: file sizes before reading, zip entries and inflated sizes before inflating,
 * cells before a spreadsheet library builds them. The CLI, the task pane and the importers share them.
 */

const KB = 1024;
const MB = 1024 * KB;

export interface Limit {
  value: number;
  unit: 'bytes' | 'characters' | 'entries' | 'cells' | 'rows' | 'pages';
  /** What is limited, as the message names it. */
  what: string;
  /** Why the limit is where it is, in the clerk's terms. */
  why: string;
}

export const LIMITS = {
  workbookFileBytes: {
    value: 20 * MB,
    unit: 'bytes',
    what: '工作簿文件大小',
    why: '年报工作簿约 25 KB，加上单位自己的工作表也不到 1 MB；更大的文件读入要占用数 GB 内存',
  },
  reportFileBytes: {
    value: 50 * MB,
    unit: 'bytes',
    what: '报告文件（Word）大小',
    why: '年报的 Word 文件通常几十 KB，带图片和印章也只有几 MB',
  },
  textFileBytes: {
    value: 10 * MB,
    unit: 'bytes',
    what: '文本或网页文件大小',
    why: '年报全文只有几千字（约 10 KB），保存的网页也只有几百 KB',
  },
  dataFileBytes: {
    value: 10 * MB,
    unit: 'bytes',
    what: '数据文件大小',
    why: '一份年报的数据文件（nianbao export --json）约 15 KB',
  },
  pdfFileBytes: {
    value: 100 * MB,
    unit: 'bytes',
    what: 'PDF 文件大小',
    why: '年报的 PDF 通常不到 1 MB，扫描件也只有几十 MB',
  },
  pdfPages: {
    value: 300,
    unit: 'pages',
    what: 'PDF 页数',
    why: '年报一般 5 到 20 页',
  },
  reportTextChars: {
    value: 2_000_000,
    unit: 'characters',
    what: '报告文字长度',
    why: '年报全文一般只有几千字（真实年报为 2,400 到 5,300 字）',
  },
  zipEntries: {
    value: 5000,
    unit: 'entries',
    what: '文件包内的部件数',
    why: '工作簿和 Word 文件通常只有 10 到 200 个部件',
  },
  zipInflatedBytes: {
    value: 200 * MB,
    unit: 'bytes',
    what: '解压后总大小',
    why: '年报工作簿解压后约 160 KB，Word 年报解压后也只有几 MB；更大的多是“压缩炸弹”，解压会耗尽内存',
  },
  docxDocumentBytes: {
    value: 32 * MB,
    unit: 'bytes',
    what: '正文部件（word/document.xml）解压后大小',
    why: '年报的正文部件只有几百 KB 到 2 MB',
  },
  workbookCells: {
    value: 1_000_000,
    unit: 'cells',
    what: '工作簿的单元格数',
    why: '年报工作簿约 650 个单元格，大的台账也只有几万个；一百万个单元格读入已需约 0.5 GB 内存',
  },
  sheetRowsRead: {
    value: 10_000,
    unit: 'rows',
    what: '“报告正文”工作表读取的行数',
    why: '生成的报告正文约 100 行',
  },
  definedNameCells: {
    value: 2_000_000,
    unit: 'cells',
    what: '名称（名称管理器中的名称）指向的单元格总数',
    why: '年报工作簿的名称共约 500 个单元格；读取工作簿时每个名称指向的单元格都要逐一展开',
  },
  namedRangeCells: {
    value: 100_000,
    unit: 'cells',
    what: '名称（NB_T2 等）指向的区域大小',
    why: '年报表格最大的一张（表三）约 300 个单元格',
  },
  excelCellChars: {
    value: 32_767,
    unit: 'characters',
    what: '单元格文字长度',
    why: 'Excel 的一个单元格最多放 32,767 个字符',
  },
  storedAgencyChars: {
    value: 100,
    unit: 'characters',
    what: '保存的机关名称长度',
    why: '机关名称一般不到 30 个字',
  },
  storedSourceChars: {
    value: 200,
    unit: 'characters',
    what: '保存的来源名称长度',
    why: '文件名一般不到 50 个字',
  },
  storedReportBytes: {
    value: 64 * KB,
    unit: 'bytes',
    what: '保存在工作簿中的上年报告',
    why: '上年报告的表格数据和整改问题约 10 KB；工作簿中加载项的全部设置只能有约 2 MB',
  },
  storedDismissalsBytes: {
    value: 256 * KB,
    unit: 'bytes',
    what: '保存在工作簿中的上报说明',
    why: '一份年报的上报说明通常只有几条；工作簿中加载项的全部设置只能有约 2 MB',
  },
} as const satisfies Record<string, Limit>;

export type LimitKey = keyof typeof LIMITS;

/** A limit was exceeded: the edge turns it into its own error, with the file's name. */
export class LimitExceededError extends Error {
  constructor(
    readonly limit: LimitKey,
    /** The measured amount, when it is known (a stream stopped at the limit only knows "more"). */
    readonly actual?: number,
    /** Which part of a package, for zip limits. */
    readonly part?: string,
  ) {
    super(limitMessage(limit, actual, part));
    this.name = 'LimitExceededError';
  }
}

/** 「1,234」: amounts in messages with a thousands separator. */
function grouped(n: number): string {
  return Math.round(n).toLocaleString('en-US');
}

/** A limit's value as a clerk reads it: 「20 MB」, 「200 万字」, 「5,000 个」. */
export function describeAmount(limit: Limit, amount: number): string {
  switch (limit.unit) {
    case 'bytes':
      return amount >= MB ? `${Math.round((amount / MB) * 10) / 10} MB` : `${Math.max(1, Math.round(amount / KB))} KB`;
    case 'characters':
      return amount >= 10_000 ? `${Math.round(amount / 1000) / 10} 万字` : `${grouped(amount)} 字`;
    case 'entries':
      return `${grouped(amount)} 个`;
    case 'cells':
      return `${grouped(amount)} 个`;
    case 'rows':
      return `${grouped(amount)} 行`;
    case 'pages':
      return `${grouped(amount)} 页`;
  }
}

/**
 * 「超过了工作簿文件大小的上限（35.2 MB，上限 20 MB）：年报工作簿约 25 KB……为防止耗尽内存，没有读取。」
 * Without the file name: the edge puts it in front.
 */
export function limitMessage(key: LimitKey, actual?: number, part?: string): string {
  const limit: Limit = LIMITS[key];
  const measured = actual === undefined ? `超过 ${describeAmount(limit, limit.value)}` : `${describeAmount(limit, actual)}，上限 ${describeAmount(limit, limit.value)}`;
  const over =
    part && key === 'definedNameCells'
      ? `中的名称“${part}”使${limit.what}超过了上限（${measured}）`
      : `${part && !limit.what.includes(part) ? `其中的“${part}”` : ''}超过了${limit.what}的上限（${measured}）`;
  return `${over}：${limit.why}。为防止耗尽内存或长时间无响应，没有继续读取；如确是年报文件，请检查是否误选了其他文件。`;
}

/** Throws when `amount` is over the limit. */
export function checkLimit(key: LimitKey, amount: number, part?: string): void {
  if (amount > LIMITS[key].value) throw new LimitExceededError(key, amount, part);
}
