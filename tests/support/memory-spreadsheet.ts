import {
  CHART_SHEET_NAME,
  chartDefinitions,
  buildReportSheetPlan,
  buildWorkbookPlan,
  readWorkbookGrids,
  reportSheetName,
  sheetNameFor,
  validateRead,
  type CellData,
  type CellLocation,
  type FormatVersion,
  type NarrativeInputs,
  type ReadResult,
  type ReportData,
  type ReportDocument,
  type WorkbookPlan,
} from '../../src/core';
import { carryOverProposals } from '../../src/excel/previous';
import { SpreadsheetError, type CarryOverProposal, type Dismissal, type PreviousReport, type SpreadsheetPort, type Watch } from '../../src/port';
import { gridsFromPlan } from './plan-grids';

/** What the report sheets hold: as a clerk filled them in. */
export interface MemoryReport {
  format: FormatVersion;
  year: number | null;
  agency: string | null;
  cells: CellData;
  inputs: NarrativeInputs;
}

type Operation = keyof SpreadsheetPort;

/**
 * The spreadsheet port over a workbook in memory, for the pane's jsdom tests. The report sheets are
 * laid out by the core's own plan and read back by the core's own reader, so the pane sees what it
 * would see in Excel; every call is recorded, any operation can be made to fail with the Chinese
 * message an adapter would give, and any can be held (the pane stays busy) until released.
 */
export class MemorySpreadsheet implements SpreadsheetPort {
  /** The report sheets; null while the workbook has none. */
  report: MemoryReport | null = null;
  /** False for a workbook whose sheets were inserted before 正文素材 existed. */
  inputsSheet = true;
  /** 报告正文's values from A1, once written. */
  reportSheet: unknown[][] | null = null;
  dismissals: Dismissal[] = [];
  previous: PreviousReport | null = null;
  marked = false;
  /** The cells last selected by goToCells. */
  selected: CellLocation[] = [];
  /** The sheets watched, and the callback that says they were edited. */
  watching: { sheets: string[]; onEdit: () => void } | null = null;
  /** Each call, by operation name, in order. */
  readonly calls: Operation[] = [];
  private readonly failures = new Map<Operation, SpreadsheetError>();
  private readonly held = new Map<Operation, { promise: Promise<void>; release: () => void }>();

  constructor(report?: Partial<MemoryReport> | null) {
    if (report) this.report = { format: '2021', year: 2024, agency: '示例县人民政府办公室', cells: {}, inputs: {}, ...report };
  }

  /** The next calls of `operation` fail with this message, as an adapter's error. */
  failWith(operation: Operation, message: string): this {
    this.failures.set(operation, new SpreadsheetError(message));
    return this;
  }

  /** Calls of `operation` wait until `release()`: the pane shows its busy state meanwhile. */
  hold(operation: Operation): () => void {
    let release!: () => void;
    const promise = new Promise<void>((resolve) => (release = resolve));
    this.held.set(operation, { promise, release });
    return () => {
      this.held.delete(operation);
      release();
    };
  }

  private async enter(operation: Operation): Promise<void> {
    this.calls.push(operation);
    await this.held.get(operation)?.promise;
    const failure = this.failures.get(operation);
    if (failure) throw failure;
  }

  private plan(): WorkbookPlan {
    if (!this.report) throw new SpreadsheetError('工作簿中还没有年报工作表。', undefined, 'noReportSheets');
    const { format, year, agency, cells, inputs } = this.report;
    return buildWorkbookPlan({ format, year, agency, cells, inputs });
  }

  private read(): ReadResult {
    const grids = gridsFromPlan(this.plan());
    if (!this.inputsSheet) delete grids.inputs;
    if (this.reportSheet) grids.report = { sheet: reportSheetName(), values: this.reportSheet };
    return readWorkbookGrids(grids);
  }

  private cellAt(location: CellLocation): string | undefined {
    for (const [id, at] of this.plan().addressOf) if (at.sheet === location.sheet && at.row === location.row && at.col === location.col) return id;
    return undefined;
  }

  async checkExistingSheets() {
    await this.enter('checkExistingSheets');
    return this.report ? { conflicts: this.plan().sheets.map((s) => s.name), nextCopy: 2 } : { conflicts: [], nextCopy: 1 };
  }

  async insertReportSheets(options: { format: FormatVersion; year: number | null; agency: string | null; inputs?: NarrativeInputs; copy: number }) {
    await this.enter('insertReportSheets');
    this.report = { format: options.format, year: options.year, agency: options.agency, cells: {}, inputs: options.inputs ?? {} };
    const plan = buildWorkbookPlan({ ...options });
    return { sheets: plan.sheets.map((s) => s.name) };
  }

  async readReport() {
    await this.enter('readReport');
    return this.read();
  }

  async validateWorkbook(previous?: ReportData, options?: { previousConfirmed?: boolean }) {
    await this.enter('validateWorkbook');
    const read = this.read();
    return { read, report: validateRead(read, previous, options) };
  }

  async insertInputsSheet() {
    await this.enter('insertInputsSheet');
    const added = !this.inputsSheet;
    this.inputsSheet = true;
    return { sheet: sheetNameFor('inputs'), added };
  }

  async writeNarrativeInputs(inputs: NarrativeInputs) {
    await this.enter('writeNarrativeInputs');
    if (!this.report) throw new SpreadsheetError('工作簿中还没有年报工作表。', undefined, 'noReportSheets');
    this.report.inputs = { ...this.report.inputs, ...inputs };
    return { sheet: sheetNameFor('inputs'), written: Object.keys(inputs).length };
  }

  async goToCells(locations: CellLocation[]) {
    await this.enter('goToCells');
    this.selected = locations;
  }

  async markFindings(findings: { cells: string[] }[], read: ReadResult) {
    await this.enter('markFindings');
    const cells = new Set(findings.flatMap((f) => f.cells).filter((id) => read.locations.has(id)));
    if (cells.size) this.marked = true;
    return cells.size;
  }

  async clearMarks() {
    await this.enter('clearMarks');
    const had = this.marked;
    this.marked = false;
    return had ? 1 : 0;
  }

  marksPresent() {
    return this.marked;
  }

  async fillBlankCells(locations: CellLocation[]) {
    await this.enter('fillBlankCells');
    let written = 0;
    for (const location of locations) {
      const id = this.cellAt(location);
      if (id && this.report && (this.report.cells[id] ?? null) === null) {
        this.report.cells[id] = 0;
        written++;
      }
    }
    return written;
  }

  loadDismissals() {
    return this.dismissals;
  }

  async saveDismissals(dismissals: Dismissal[]) {
    await this.enter('saveDismissals');
    this.dismissals = dismissals;
  }

  async watchReportSheets(sheetNames: string[], onEdit: () => void): Promise<Watch | null> {
    await this.enter('watchReportSheets');
    this.watching = { sheets: sheetNames, onEdit };
    return { stop: async () => void (this.watching = null) };
  }

  loadPreviousReport() {
    return this.previous;
  }

  async savePreviousReport(previous: PreviousReport | null) {
    await this.enter('savePreviousReport');
    this.previous = previous;
  }

  carryOverProposals(previous: ReportData, read: ReadResult): CarryOverProposal[] {
    return carryOverProposals(previous, read);
  }

  async applyCarryOver(proposals: CarryOverProposal[]) {
    await this.enter('applyCarryOver');
    for (const p of proposals) if (this.report) this.report.cells[p.cellId] = p.value;
  }

  async writeReportSheet(doc: ReportDocument) {
    await this.enter('writeReportSheet');
    const plan = buildReportSheetPlan(doc);
    const rows: unknown[][] = [];
    for (const cell of plan.cells) {
      while (rows.length <= cell.row) rows.push([]);
      rows[cell.row][cell.col] = cell.formula ? cell.result : cell.value;
    }
    const width = Math.max(0, ...rows.map((r) => r.length));
    this.reportSheet = rows.map((r) => Array.from({ length: width }, (_, c) => r[c] ?? ''));
    return { sheet: plan.name, paragraphs: doc.blocks.filter((b) => b.kind === 'paragraph').length };
  }

  /** The 图表 sheet's chart titles, once written. */
  chartSheet: string[] | null = null;

  async writeChartSheet(previous?: ReportData | null) {
    await this.enter('writeChartSheet');
    const read = this.read();
    const definitions = chartDefinitions(read.data.format, { inputs: read.inputs, year: read.data.year, previous });
    this.chartSheet = definitions.map((d) => d.title);
    return { sheet: CHART_SHEET_NAME, charts: definitions.length };
  }

  async exportAuditSheet() {
    await this.enter('exportAuditSheet');
    return '审核报告';
  }
}
