import type { ReportData } from '../cells';
import type { TableId } from '../format';
import type { NarrativeInputs } from '../inputs/types';

/**
 * What the readers exchange: the grids an edge loads behind the defined names (plain values, no API
 * objects), and what the core's reader makes of them. Types only, below both the reader (read.ts) and
 * the 正文素材 reader (inputs.ts).
 */

export interface TableGrid {
  /** The sheet and top-left cell of the grid, for addresses in messages. */
  sheet: string;
  row: number;
  col: number;
  values: unknown[][];
  /** Same shape as values; a string starting with "=" marks a formula cell. */
  formulas?: unknown[][];
}

export interface WorkbookGrids {
  info: { agency?: unknown; year?: unknown; format?: unknown };
  tables: Partial<Record<TableId, TableGrid>>;
  /** Columns A:B of 正文素材 (NB_INPUTS); absent in workbooks made before the sheet existed. */
  inputs?: TableGrid;
  /** The 报告正文 sheet's values from A1, when it exists, for the text rules. */
  report?: { sheet: string; values: unknown[][] };
}

export interface ReadDiagnostic {
  severity: 'error' | 'warning';
  message: string;
  sheet?: string;
  address?: string;
  /** For a value of 正文素材: the field's key (INPUT_FIELDS), so a form can mark that field. */
  inputKey?: string;
  /**
   * The value was read, but does not fit with another field (inputConsistency): not something to
   * type again. A form that checks its own values live leaves these to that check.
   */
  disagrees?: true;
}

export interface CellLocation {
  sheet: string;
  row: number;
  col: number;
  address: string;
  /** True when the cell holds a formula (the total cells should). */
  isFormula: boolean;
}

export interface ReadResult {
  data: ReportData;
  locations: Map<string, CellLocation>;
  diagnostics: ReadDiagnostic[];
  /** The structured inputs for the narrative from 正文素材; {} when the workbook has no such sheet. */
  inputs: NarrativeInputs;
  /** Whether the workbook has the 正文素材 block at all (NB_INPUTS or the sheet); false for older workbooks. */
  inputsFound: boolean;
  /** The 报告正文 sheet as read, when the workbook has one. */
  reportSheet?: { sheet: string; values: unknown[][] };
}
