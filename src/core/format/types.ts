/**
 * The report format as data. A format version is written compactly (spec types below) and compiled
 * once into grids (compiled types) that every layer — sheet layout, writers, readers, validator,
 * importer, generator — consumes. A new format revision is a new spec, not new code.
 */

export type FormatVersion = '2021' | '2019';
export const FORMAT_VERSIONS: readonly FormatVersion[] = ['2021', '2019'];

/** What a value cell holds; drives data validation, parsing and messages. */
export type ValueKind =
  | 'count' // non-negative whole number
  | 'amount' // non-negative decimal (万元)
  | 'signed' // whole number that may be negative (2019: 本年增/减)
  | 'text'; // free text kept as written (2019: 采购总金额 with its unit)

// ---------------------------------------------------------------- spec (hand-written data)

export interface ColumnSpec {
  key: string;
  label: string;
  kind?: ValueKind; // default 'count'
  /** One-line Chinese hint shown as the input message. */
  hint?: string;
}

export interface RowSpec {
  key: string;
  label: string;
}

/** Table 二: blocks, each headed by its article item, with a 信息内容 header row. */
export interface BlockTableSpec {
  kind: 'blocks';
  id: TableId;
  idPrefix: string; // 'active' | 'active2019'
  blocks: { heading: string; columns: ColumnSpec[]; rows: RowSpec[] }[];
}

/** A node of table 三's row tree: a leaf is a data row; a node with children groups them. */
export interface RowNode {
  key: string;
  label: string;
  children?: RowNode[];
  /** A computed row: the column-wise sum of the leaf rows under the given sibling keys. */
  sumOfSiblings?: string[];
}

/** Table 三: a row tree against applicant columns, with a row total column. */
export interface MatrixTableSpec {
  kind: 'matrix';
  id: TableId;
  idPrefix: string; // 'applications'
  note: string;
  columnsHeading: string; // 申请人情况
  columns: { key: string; label: string; group?: string; isTotal?: boolean }[];
  rows: RowNode[];
}

/** Table 四: one data row of groups of columns, each group ending in its total. */
export interface GroupedRowTableSpec {
  kind: 'groupedRow';
  id: TableId;
  groups: { key: string; label: string; parent?: string }[];
  columns: { key: string; label: string; isTotal?: boolean }[];
}

export type TableSpec = BlockTableSpec | MatrixTableSpec | GroupedRowTableSpec;
export type TableId = 'active' | 'applications' | 'review';

export interface SectionSpec {
  number: number; // 1..6
  title: string;
  /** Headings real reports use instead of the official one. */
  variants?: string[];
  table?: TableId;
}

export interface FormatSpec {
  version: FormatVersion;
  issuedBy: string;
  /** Report years this format is meant for (inclusive; `to` undefined = open). */
  years: { from: number; to?: number };
  sections: SectionSpec[];
  tables: TableSpec[];
  /**
   * Words (in normal form, `normalizeLabel`) that only this format's tables print, by which a report's or
   * a workbook's format is recognised (`format/detect.ts`): table 二's, and table 三's.
   */
  markers: { active: string[]; applications: string[] };
  /** What the narrative (section 一) states from table 二: the format's differences as data. */
  narrative: NarrativeSpec;
}

/** The cells of table 二 the generator's paragraphs state, and how. */
export interface NarrativeSpec {
  /** 处理决定 of 行政许可, 处罚 and 强制, in that order (「按规定公开行政许可…件的处理决定信息」). */
  decisions: { cell: string; label: string }[];
  /**
   * 规章 and 规范性文件, as the 政府信息管理 paragraph states them: `stock` (2021: 制发, 废止, 现行有效
   * per row) or `made` (2019: 本年新制作数量 per row).
   */
  documents:
    | { kind: 'stock'; rows: { label: string; issued: string; repealed: string; inForce: string }[] }
    | { kind: 'made'; rows: { label: string; made: string }[] };
}

// ---------------------------------------------------------------- compiled (derived grids)

/** A label or header cell in table-relative coordinates (row 0 = the table's first row). */
export interface GridLabel {
  row: number;
  col: number;
  rowSpan: number;
  colSpan: number;
  text: string;
  role: 'header' | 'blockHeading' | 'rowLabel' | 'note';
}

/** A value cell in table-relative coordinates. */
export interface GridValue {
  id: string;
  row: number;
  col: number;
  colSpan: number;
  kind: ValueKind;
  /** Set for computed cells: the IDs whose sum this cell is. */
  sumOf?: string[];
  /** Human path for messages and prompts, e.g. 「一、本年新收政府信息公开申请数量 / 自然人」. */
  rowLabel: string;
  columnLabel: string;
  hint?: string;
}

export interface CompiledTable {
  id: TableId;
  kind: TableSpec['kind'];
  section: SectionSpec;
  /** Table width and height in cells, header included. */
  width: number;
  height: number;
  /** Rows [0, headerRows) repeat when printing. */
  headerRows: number;
  /** Columns [0, labelColumns) hold row labels. */
  labelColumns: number;
  labels: GridLabel[];
  values: GridValue[];
  /** Body rows: for each, the label a reader matches it by (deepest label, as written). */
  rowKeys: { row: number; label: string; path: string[] }[];
}

export interface ReportFormat {
  version: FormatVersion;
  /**
   * The format version each table's layout comes from: the version itself, except in the mixed layout
   * real reports print (a 2021 report with table 三's （六）其他处理 as the 2019 single row).
   */
  tableVersions: Readonly<Record<TableId, FormatVersion>>;
  issuedBy: string;
  years: { from: number; to?: number };
  sections: SectionSpec[];
  narrative: NarrativeSpec;
  tables: CompiledTable[];
  /** Every value cell of every table, in reading order. */
  cells: GridValue[];
  cellById: ReadonlyMap<string, GridValue>;
  tableOf(cellId: string): CompiledTable | undefined;
}
