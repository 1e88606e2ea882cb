import type { AuditEntry, CellLocation, CellValue, ExistingReportSheets, Finding, FormatVersion, NarrativeInputs, ReadResult, ReportData, ReportDocument, ValidationReport } from '../core';

/**
 * The spreadsheet port: everything the task pane asks of the spreadsheet it runs in. Excel
 * (Office.js), WPS 表格 and the pane's tests each provide one `SpreadsheetPort`; the pane talks to
 * the workbook through it and nothing else.
 *
 * Host-neutral by design: plain data in and out, promises for whatever touches the workbook, and
 * failures as `SpreadsheetError` with a Chinese message the pane shows as is. No host type (no
 * `Excel.Range`, no WPS object) crosses it. Every implementation works on the set of report sheets
 * the workbook remembers (the copy chosen when they were inserted), so no operation takes a copy.
 *
 * The few reads of document settings (dismissals, last year's report, marks) are synchronous: both
 * hosts keep a document's settings in memory, and the pane needs them for its first render.
 */
export interface SpreadsheetPort {
  // 插入年报工作表 ------------------------------------------------------------------------------

  /** Which of our sheets and defined names the workbook has already, and the first free copy. */
  checkExistingSheets(): Promise<ExistingReportSheets>;
  /** Inserts the report sheets (信息, 表二, 表三, 表四, 正文素材) as copy `copy`; overwrites nothing. */
  insertReportSheets(options: InsertOptions & { copy: number }): Promise<{ sheets: string[] }>;

  // 读取与校验 ------------------------------------------------------------------------------------

  /**
   * Reads the tables, 基本信息, 正文素材 and 报告正文. Rejects with a `SpreadsheetError` of kind
   * 'noReportSheets' when the workbook has no report sheets yet.
   */
  readReport(): Promise<ReadResult>;
  /** Reads the workbook and runs every check; with last year's data, the cross-year rules too. */
  validateWorkbook(previous?: ReportData, options?: { previousConfirmed?: boolean }): Promise<WorkbookValidation>;

  // 正文素材 --------------------------------------------------------------------------------------

  /** Adds the 正文素材 sheet to a workbook whose report sheets predate it; `added` false if it was there. */
  insertInputsSheet(): Promise<{ sheet: string; added: boolean }>;
  /**
   * Writes the form's values into 正文素材. With `baseline` (what the form was loaded with), only the
   * fields the form changed are written, and a cell changed in the sheet meanwhile is kept and named
   * in the error.
   */
  writeNarrativeInputs(inputs: NarrativeInputs, options?: { baseline?: NarrativeInputs }): Promise<{ sheet: string; written: number }>;

  // 定位与标记 ------------------------------------------------------------------------------------

  /** Activates the sheet of the first location and selects the cells there. */
  goToCells(locations: CellLocation[]): Promise<void>;
  /** Marks the findings' cells (a fill the pane can take away again); resolves to the cells marked. */
  markFindings(findings: Finding[], read: ReadResult): Promise<number>;
  /** Takes our marks away, restoring each cell's own format; resolves to the marks removed. */
  clearMarks(sheetNames?: string[]): Promise<number>;
  /** Whether the workbook carries marks of ours, made in this session or an earlier one. */
  marksPresent(): boolean;
  /** Writes 0 into those of `locations` that are still blank; resolves to the cells written. */
  fillBlankCells(locations: CellLocation[]): Promise<number>;

  // 上报说明（忽略的提示） ----------------------------------------------------------------------------

  /** The clerk's explanations, kept inside the workbook (empty when there are none). */
  loadDismissals(): Dismissal[];
  saveDismissals(dismissals: Dismissal[]): Promise<void>;

  // 编辑后自动校验 --------------------------------------------------------------------------------

  /**
   * Calls `onEdit` (debounced) after the clerk changes a cell of these sheets; null when the host
   * cannot watch. Sheets that no longer exist are skipped.
   */
  watchReportSheets(sheetNames: string[], onEdit: () => void): Promise<Watch | null>;

  // 上年报告 --------------------------------------------------------------------------------------

  /** Last year's report as saved in this workbook, or null. */
  loadPreviousReport(): PreviousReport | null;
  /** Keeps it in the workbook (cut to what a stored report may hold); null forgets it. */
  savePreviousReport(previous: PreviousReport | null): Promise<void>;
  /** What prefilling 上年结转 from last year's 结转下年度继续办理 would write; nothing is written. */
  carryOverProposals(previous: ReportData, read: ReadResult): CarryOverProposal[];
  /** Writes the accepted proposals (the pane asks first when a cell is not blank). */
  applyCarryOver(proposals: CarryOverProposal[]): Promise<void>;

  // 报告正文与审核报告 ----------------------------------------------------------------------------

  /**
   * Writes the 图表 sheet: native charts bound to the tables' cells (with last year's figures when
   * given). Replaces a 图表 sheet of ours nobody changed; keeps one with edits and names it in the
   * result. Absent where the host cannot make charts.
   */
  writeChartSheet?(previous?: ReportData | null): Promise<ChartSheetResult>;
  /** Writes (or replaces, if it is ours) the 报告正文 sheet. */
  writeReportSheet(doc: ReportDocument): Promise<{ sheet: string; paragraphs: number }>;
  /** Writes the audit report into a new sheet (审核报告, 审核报告 (2) …); resolves to its name. */
  exportAuditSheet(entries: AuditEntry[], title: string, date: string): Promise<string>;
}

/**
 * A failure the pane can show as is: `userMessage` is Chinese and says what went wrong and what to
 * do. Host adapters turn their own errors into it, keeping the original as `cause`.
 */
export class SpreadsheetError extends Error {
  constructor(
    readonly userMessage: string,
    readonly cause?: unknown,
    /** 'noReportSheets': the workbook has no report sheets yet; the pane shows its empty state instead. */
    readonly kind?: 'noReportSheets',
  ) {
    super(userMessage);
    this.name = 'SpreadsheetError';
  }
}

/** True when an error says the workbook has no report sheets (yet). */
export function isNoReportSheets(error: unknown): boolean {
  return error instanceof SpreadsheetError && error.kind === 'noReportSheets';
}

export interface InsertOptions {
  format: FormatVersion;
  year: number | null;
  agency: string | null;
  /** Values to prefill into 正文素材. */
  inputs?: NarrativeInputs;
}

/** Which of our sheets and names exist, and the first free copy: decided in the core (findFreeCopy). */
export type { ExistingReportSheets };

export interface WorkbookValidation {
  read: ReadResult;
  report: ValidationReport;
}

/** A warning the clerk explained (上报说明); kept in the workbook, so it travels with the file. */
export interface Dismissal {
  key: string;
  rule: string;
  cells: string[];
  message: string;
  reason: string;
  /** ISO date. */
  date: string;
}

export interface Watch {
  stop(): Promise<void>;
}

/** What writing the 图表 sheet did. */
export interface ChartSheetResult {
  sheet: string;
  charts: number;
  /** The 图表 sheet kept because it holds edits (cells listed, at most 10), when there was one. */
  kept?: string;
  edits?: string[];
}

/** Last year's report as imported in the pane, kept in the workbook for the cross-year rules. */
export interface PreviousReport {
  data: ReportData;
  /** Where it came from: a file name or 「粘贴的文字」. */
  source: string;
  /** The problems its section 五 names, for this year's 上年度问题整改情况 (absent in older saves). */
  problems?: string[];
  /** The clerk confirmed it as theirs though its year or agency did not fit (a renamed office). */
  confirmed?: boolean;
  importedAt: string;
}

/** One 上年结转 cell that prefilling would write. */
export interface CarryOverProposal {
  cellId: string;
  column: string;
  /** Last year's 结转下年度继续办理. */
  value: number;
  /** What the cell holds now. */
  current: CellValue;
  sheet: string;
  address: string;
}
