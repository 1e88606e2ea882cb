import { spreadsheetSum, type CellValue } from '../cells';
import { TABLE_LABEL, type GridValue, type ReportFormat } from '../format';

export { TABLE_LABEL };

/** 「表三 “1.属于国家秘密”行 自然人列」: the last label of the row path is what a clerk sees. */
export function cellLabel(format: ReportFormat, id: string): string {
  const cell = format.cellById.get(id);
  const table = format.tableOf(id);
  if (!cell || !table) return id;
  return `${TABLE_LABEL[table.id]} ${rowName(cell)}${table.id === 'review' ? '' : ' '}${cell.columnLabel}`;
}

export function rowName(cell: GridValue): string {
  // 「（二）部分公开（区分处理的，…）」 is named by its first part; the note helps no one in a message.
  const last = (cell.rowLabel.split(' / ').pop() ?? cell.rowLabel).replace(/^(（[一二三四五六七八九十]）[^（]+)（.+）$/, '$1');
  return cell.rowLabel.includes('行政诉讼') || cell.rowLabel === '行政复议' ? `${cell.rowLabel} ` : `“${last}”行`;
}

export const ERROR_VALUE = /^#(NULL!|DIV\/0!|VALUE!|REF!|NAME\?|NUM!|N\/A|SPILL!|CALC!|GETTING_DATA)|^Err:\d+/;

export type CellDefect =
  | { kind: 'blank' }
  | { kind: 'errorValue'; text: string }
  | { kind: 'text'; text: string; reading: string; number?: number }
  | { kind: 'decimal'; value: number }
  | { kind: 'negative'; value: number }
  | { kind: 'tooLarge'; value: number };

/** Beyond this a double no longer holds every whole number, and no count or amount comes near it. */
export const MAX_NUMBER = 1e15;

/** A number the rules can add up exactly. */
export function isUsableNumber(value: CellValue | undefined): value is number {
  return typeof value === 'number' && Math.abs(value) < MAX_NUMBER;
}

const FULL_WIDTH = /[０-９．]/g;
const UNIT = /^\s*([+-]?\d+(?:\.\d+)?)\s*(件|个|条|项|份|次|起|万元|元)\s*$/;
const THOUSANDS = /^\s*(\d{1,3}(?:,\d{3})+(?:\.\d+)?)\s*$/;
const DATE = /^\d{4}-\d{2}-\d{2}(?: \d{2}:\d{2})?$/;
const PLACEHOLDER = /^\s*[/／\\\-－—–_]+\s*$|^\s*(无|没有|空|暂无|不涉及)\s*$/;

/** Why a value is not a valid count, in terms a clerk understands; null when it is fine. */
export function countDefect(value: CellValue, allowNegative = false, allowDecimal = false): CellDefect | null {
  if (value === null) return { kind: 'blank' };
  if (typeof value === 'string') {
    if (ERROR_VALUE.test(value.trim())) return { kind: 'errorValue', text: value };
    // 2019's 本年增/减 is written 「减1」「增3」「+3」 as often as -1: all say a signed whole number.
    if (allowNegative && /^\s*(?:减少?|增加?|[+-])\s*\d+\s*$/.test(value)) return null;
    return { kind: 'text', text: value, ...readText(value) };
  }
  if (Math.abs(value) >= MAX_NUMBER) return { kind: 'tooLarge', value };
  if (!allowDecimal && !Number.isInteger(value)) return { kind: 'decimal', value };
  if (!allowNegative && value < 0) return { kind: 'negative', value };
  return null;
}

function readText(text: string): { reading: string; number?: number } {
  if (FULL_WIDTH.test(text)) {
    const half = text.replace(FULL_WIDTH, (ch) => (ch === '．' ? '.' : String.fromCharCode(ch.charCodeAt(0) - 0xfee0))).trim();
    if (/^\d+(\.\d+)?$/.test(half)) return { reading: `全角数字，应写作半角 ${half}`, number: Number(half) };
  }
  const grouped = THOUSANDS.exec(text);
  if (grouped) {
    const plain = grouped[1].replace(/,/g, '');
    return { reading: `带有千位分隔符“,”，应写作 ${plain}`, number: Number(plain) };
  }
  if (DATE.test(text.trim())) return { reading: '是日期，不是数字（单元格格式可能被设成了“日期”：请改为“常规”后重新填写数字）' };
  const unit = UNIT.exec(text);
  if (unit) return { reading: `带有单位“${unit[2]}”，只填数字 ${unit[1]}`, number: Number(unit[1]) };
  if (PLACEHOLDER.test(text)) return { reading: '不是数字；没有的应填 0，不要用“/”“-”“无”代替' };
  return { reading: '不是数字' };
}

export function describeDefect(defect: CellDefect): string {
  switch (defect.kind) {
    case 'blank':
      return '空白；没有的应填 0，不能留空';
    case 'errorValue':
      return `是错误值“${defect.text}”，公式引用可能已损坏`;
    case 'text':
      return `填的是“${defect.text}”，${defect.reading}`;
    case 'decimal':
      return `是小数 ${defect.value}，件数应为整数`;
    case 'negative':
      return `是负数 ${defect.value}，件数不能为负`;
    case 'tooLarge':
      return `是 ${defect.value}，数字过大（超过 15 位），不可能是件数或金额`;
  }
}

/** Sum of numbers, or null when an operand is not a number (the check cannot be judged). */
export function sumIfNumbers(values: CellValue[]): number | null {
  return values.every(isUsableNumber) ? spreadsheetSum(values) : null;
}

export function formatNumber(n: number): string {
  if (!Number.isFinite(n)) return '（数字过大）';
  return Number.isInteger(n) ? String(n) : String(Math.round(n * 1e6) / 1e6);
}
