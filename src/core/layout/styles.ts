/**
 * The visual vocabulary of the inserted sheets, as data, so the Office.js and .xlsx writers
 * format identically. Colours are Excel's own conventions: pale yellow for cells to fill in,
 * grey for computed cells, green/red for the self-check row.
 */

export type StyleRole =
  | 'title'
  | 'subtitle'
  | 'note'
  | 'legendInput'
  | 'legendTotal'
  | 'header'
  | 'blockHeading'
  | 'rowLabel'
  | 'input'
  /** An input cell for a paragraph or a list: left and top aligned, wrapped. */
  | 'inputText'
  | 'total'
  | 'check'
  | 'checkLabel'
  | 'infoLabel'
  // 报告正文 sheet
  | 'reportTitle'
  /** The line under the title of a report made while its tables were wrong. */
  | 'reportDraft'
  | 'reportHeading'
  | 'reportSubheading'
  | 'reportText'
  | 'reportMeta'
  | 'tableValue';

export interface CellStyle {
  fill?: string; // #RRGGBB
  fontColor?: string;
  bold?: boolean;
  italic?: boolean;
  fontSize: number;
  horizontal: 'left' | 'center' | 'right';
  vertical: 'top' | 'center';
  wrap: boolean;
  border: boolean;
  numberFormat: string;
}

export const FONT_NAME = '宋体';
export const INPUT_FILL = '#FFF2CC';
export const TOTAL_FILL = '#E7E6E6';
export const HEADER_FILL = '#F2F2F2';
export const BORDER_COLOR = '#808080';
export const CHECK_OK = { fill: '#C6EFCE', fontColor: '#006100' };
export const CHECK_BAD = { fill: '#FFC7CE', fontColor: '#9C0006' };

const base: CellStyle = {
  fontSize: 11,
  horizontal: 'left',
  vertical: 'center',
  wrap: true,
  border: false,
  numberFormat: 'General',
};

export const STYLES: Record<StyleRole, CellStyle> = {
  title: { ...base, bold: true, fontSize: 16, horizontal: 'center', wrap: false },
  subtitle: { ...base, fontColor: '#595959', horizontal: 'center', wrap: false },
  note: { ...base, fontSize: 10, fontColor: '#595959' },
  legendInput: { ...base, fill: INPUT_FILL, border: true, horizontal: 'center', fontSize: 10 },
  legendTotal: { ...base, fill: TOTAL_FILL, border: true, horizontal: 'center', fontSize: 10 },
  header: { ...base, bold: true, fill: HEADER_FILL, border: true, horizontal: 'center', fontSize: 10 },
  blockHeading: { ...base, bold: true, fill: HEADER_FILL, border: true },
  rowLabel: { ...base, border: true, fontSize: 10 },
  input: { ...base, fill: INPUT_FILL, border: true, horizontal: 'right' },
  inputText: { ...base, fill: INPUT_FILL, border: true, vertical: 'top' },
  total: { ...base, fill: TOTAL_FILL, bold: true, border: true, horizontal: 'right' },
  check: { ...base, border: true, horizontal: 'right', italic: true, fontSize: 10 },
  checkLabel: { ...base, border: true, italic: true, fontSize: 10 },
  infoLabel: { ...base, bold: true, border: true, fill: HEADER_FILL },
  reportTitle: { ...base, bold: true, fontSize: 16, horizontal: 'center' },
  reportDraft: { ...base, bold: true, fontSize: 12, fontColor: CHECK_BAD.fontColor, horizontal: 'center' },
  reportHeading: { ...base, bold: true, fontSize: 12 },
  reportSubheading: { ...base, bold: true },
  reportText: { ...base, vertical: 'top' },
  reportMeta: { ...base, fontSize: 9, fontColor: '#808080', wrap: false },
  tableValue: { ...base, border: true, horizontal: 'center', fontSize: 10 },
};
