import { getInput, inputCellValue, type InputField } from '../../inputs/fields';
import type { NarrativeInputs } from '../../inputs/types';
import { INPUT_ROWS } from '../inputs';
import { put as putMerged, truncate } from './cells';
import { sheetNameFor } from './names';
import { PAGE_FOOTER, type AddName, type PlannedCell, type Rect, type SheetPlan, type ValidationPlan } from './types';

/** The first group row of 正文素材, below the title and the note. */
export const INPUTS_TOP = 3;
const INPUTS_COLUMN_WIDTHS = [22, 44, 5, 30];
const INPUTS_NOTE =
  '这里填写的数字和文字用于生成报告正文的第一、五、六部分。依申请公开、行政复议和行政诉讼的件数自动取自表三、表四，规章和规范性文件的件数取自表二，这里无需填写。黄色单元格由填报人填写，不涉及的项目可以留空；一个单元格内换行按 Alt+Enter。';

/**
 * 正文素材: per group of INPUT_GROUPS a heading row, then one row per field: label, input cell, unit,
 * hint. The defined name covers columns A:B of the group and field rows, so readers match the fields
 * by label wherever a clerk's inserted rows moved them.
 */
export function buildInputsSheet(inputs: NarrativeInputs, copy: number, addName: AddName): SheetPlan {
  const sheet = sheetNameFor('inputs', copy);
  const widths = INPUTS_COLUMN_WIDTHS;
  const cells: PlannedCell[] = [];
  const merges: Rect[] = [];
  const rowHeights: Record<number, number> = { 0: 28 };
  const put = (cell: PlannedCell, colSpan = 1) => putMerged(cells, merges, cell, colSpan);
  /** Grows a row to the height its wrapped text needs. */
  const fit = (row: number, text: string | number | null | undefined, width: number, fontSize: number) => {
    const height = wrappedTextHeight(String(text ?? ''), width, fontSize);
    if (height > (rowHeights[row] ?? 0)) rowHeights[row] = height;
  };
  put({ row: 0, col: 0, style: 'title', value: '政府信息公开工作年度报告 · 正文素材', locked: true }, 4);
  put({ row: 1, col: 0, style: 'note', value: INPUTS_NOTE, locked: true }, 4);
  fit(1, INPUTS_NOTE, widths.reduce((a, b) => a + b, 0), 10);

  INPUT_ROWS.forEach((entry, i) => {
    const row = INPUTS_TOP + i;
    if (entry.kind === 'group') {
      put({ row, col: 0, style: 'blockHeading', value: entry.text, locked: true }, 3);
      rowHeights[row] = 22;
      return;
    }
    const { field } = entry;
    const value = inputCellValue(getInput(inputs, field.key));
    const isText = field.kind === 'text' || field.kind === 'list';
    put({ row, col: 0, style: 'rowLabel', value: field.label, locked: true });
    put({ row, col: 1, style: isText ? 'inputText' : 'input', value, locked: false, validation: inputValidation(field) });
    put({ row, col: 2, style: 'rowLabel', value: field.unit ?? null, locked: true });
    put({ row, col: 3, style: 'note', value: field.hint, locked: true });
    // Paragraphs and lists get room for a few lines; longer ones grow with their text.
    if (isText) rowHeights[row] = field.kind === 'list' ? 90 : 72;
    fit(row, field.label, widths[0], 10);
    fit(row, value, widths[1], 11);
    fit(row, field.hint, widths[3], 10);
  });

  addName('inputs', sheet, { row: INPUTS_TOP, col: 0, rowSpan: INPUT_ROWS.length, colSpan: 2 });
  return {
    key: 'inputs',
    name: sheet,
    columnWidths: widths,
    rowHeights,
    cells,
    merges,
    conditionalFormats: [],
    print: { landscape: false, fit: 'width', footer: PAGE_FOOTER },
    protect: true,
  };
}

/**
 * Points a wrapped text needs in a column `width` characters wide (a CJK character is two units); 0 for
 * one line. Capped at 409, the tallest row Excel accepts (a taller one fails the whole write).
 */
export function wrappedTextHeight(text: string, width: number, fontSize: number): number {
  if (!text) return 0;
  const units = (line: string) => [...line].reduce((n, ch) => n + (ch.charCodeAt(0) > 0xff ? 2 : 1), 0);
  const lines = text.split('\n').reduce((n, line) => n + Math.max(1, Math.ceil(units(line) / Math.max(width - 1, 1))), 0);
  return lines > 1 ? Math.min(409, Math.ceil(lines * (fontSize + 4) + 4)) : 0;
}

function inputValidation(field: InputField): ValidationPlan {
  const title = truncate(field.label, 32);
  const unit = field.unit ?? '件';
  switch (field.kind) {
    case 'count':
      return {
        kind: 'whole',
        min: 0,
        max: 999999999,
        prompt: { title, message: truncate(`${field.hint}填写非负整数，不要带“${unit}”。`, 255) },
        error: { title: '请填写非负整数', message: `此处只能填写 0 或正整数，不要带“${unit}”等单位，不要写“约”“余”；不涉及的可以留空。` },
      };
    case 'yuan':
      return {
        kind: 'decimal',
        min: 0,
        max: 999999999,
        prompt: { title, message: truncate(field.hint, 255) },
        error: { title: '请填写金额（元）', message: '此处填写以元为单位的非负数，最多两位小数，如 120.50；不要带单位。' },
      };
    case 'text':
    case 'list':
      return { kind: 'any', prompt: { title, message: truncate(field.hint, 255) } };
  }
}
