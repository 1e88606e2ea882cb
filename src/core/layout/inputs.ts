import { normalizeLabel } from '../labels';
import { getInput, INPUT_FIELDS, INPUT_GROUPS, inputCellValue, inputConsistency, parseInput, sameInputValue, setInput, type InputField } from '../inputs/fields';
import type { NarrativeInputs } from '../inputs/types';
import { cellAddress } from './a1';
import type { ReadDiagnostic, TableGrid } from './grids';

/** The cell ID of a 正文素材 field in findings and read locations: 「inputs.active.website」. */
export const inputCellId = (key: string) => `inputs.${key}`;

/**
 * The 正文素材 block as rows: per group of INPUT_GROUPS a heading row, then its fields. The plan
 * writes these rows in this order (columns A:B carry the name NB_INPUTS) and the readers match them.
 */
export type InputRow = { kind: 'group'; text: string } | { kind: 'field'; field: InputField };

export const INPUT_ROWS: readonly InputRow[] = INPUT_GROUPS.flatMap((text): InputRow[] => [
  { kind: 'group', text },
  ...INPUT_FIELDS.filter((f) => f.group === text).map((field): InputRow => ({ kind: 'field', field })),
]);

/**
 * Which grid row (0-based, within the grid) holds each field, by its label in the first column; by
 * position, with a warning, where a label was edited and the block kept its planned shape. A field
 * that cannot be found is reported and reads as not filled in.
 */
export function matchInputRows(grid: TableGrid): { rows: Map<string, number>; diagnostics: ReadDiagnostic[] } {
  const byLabel = new Map(INPUT_FIELDS.map((f) => [normalizeLabel(f.label), f]));
  const labelAt = (r: number) => normalizeLabel(String(grid.values[r]?.[0] ?? ''));
  const rows = new Map<string, number>();
  const used = new Set<number>();
  for (let r = 0; r < grid.values.length; r++) {
    const field = byLabel.get(labelAt(r));
    if (!field || rows.has(field.key)) continue;
    rows.set(field.key, r);
    used.add(r);
  }

  const diagnostics: ReadDiagnostic[] = [];
  const sameShape = grid.values.length === INPUT_ROWS.length;
  const ours = new Set([...byLabel.keys(), ...INPUT_GROUPS.map(normalizeLabel)]);
  INPUT_ROWS.forEach((entry, r) => {
    if (entry.kind !== 'field' || rows.has(entry.field.key)) return;
    const { field } = entry;
    if (sameShape && !used.has(r) && !ours.has(labelAt(r))) {
      rows.set(field.key, r);
      used.add(r);
      diagnostics.push({
        severity: 'warning',
        message: `${grid.sheet}第 ${grid.row + r + 1} 行的项目名称与“${field.label}”不一致，已按位置读取。`,
        sheet: grid.sheet,
        address: cellAddress(grid.row + r, grid.col),
        inputKey: field.key,
      });
    } else {
      diagnostics.push({ severity: 'warning', message: `${grid.sheet}中找不到“${field.label}”一行，该项按未填写处理。`, sheet: grid.sheet, inputKey: field.key });
    }
  });
  return { rows, diagnostics };
}

/**
 * NarrativeInputs from the 正文素材 grid (columns A:B behind NB_INPUTS). A value that does not fit its
 * field (「约30条」 for a count) is left out, never guessed, and reported with its cell. No grid (a
 * workbook from a version without the sheet) reads as no inputs, without a message.
 */
export function readInputsGrid(grid: TableGrid | undefined): { inputs: NarrativeInputs; diagnostics: ReadDiagnostic[]; cells: Map<string, { row: number; col: number }> } {
  if (!grid) return { inputs: {}, diagnostics: [], cells: new Map() };
  const { rows, diagnostics } = matchInputRows(grid);
  // Where each field's input cell is, for findings about it (N-1) to point at.
  const cells = new Map([...rows].map(([key, r]) => [key, { row: grid.row + r, col: grid.col + 1 }]));
  let inputs: NarrativeInputs = {};
  for (const field of INPUT_FIELDS) {
    const r = rows.get(field.key);
    if (r === undefined) continue;
    const { value, problem } = parseInput(field, grid.values[r]?.[1]);
    if (problem) diagnostics.push({ severity: 'warning', message: problem, sheet: grid.sheet, address: cellAddress(grid.row + r, grid.col + 1), inputKey: field.key });
    if (value !== null) inputs = setInput(inputs, field.key, value);
  }
  for (const { key, message } of inputConsistency(inputs)) {
    const r = rows.get(key)!;
    diagnostics.push({ severity: 'warning', message, sheet: grid.sheet, address: cellAddress(grid.row + r, grid.col + 1), inputKey: key, disagrees: true });
  }
  return { inputs, diagnostics, cells };
}

/** Values of the form that 正文素材 cannot hold (「约30条」 in a number field), each said as a sentence. */
export function inputProblems(inputs: NarrativeInputs): string[] {
  return INPUT_FIELDS.flatMap((field) => {
    const value = inputCellValue(getInput(inputs, field.key));
    const problem = value === null ? undefined : parseInput(field, value).problem;
    return problem ? [problem] : [];
  });
}

/**
 * What saving the form writes into a 正文素材 block already read as `grid`, the same for every host:
 * only fields whose value differs from the cell; with `baseline` (what the form was loaded with) only
 * fields the form changed, and a field whose cell was also changed in the sheet since is left as the
 * sheet has it and named in `conflicts`; unreadable text (「约30条」) is never erased by a blank. Rows
 * are indexes into the grid; the value goes into its second column.
 */
export function planInputWrites(
  grid: TableGrid,
  inputs: NarrativeInputs,
  baseline?: NarrativeInputs,
): { writes: { row: number; value: string | number | null }[]; missing: string[]; conflicts: string[] } {
  const { rows } = matchInputRows(grid);
  const writes: { row: number; value: string | number | null }[] = [];
  const missing: string[] = [];
  const conflicts: string[] = [];
  for (const field of INPUT_FIELDS) {
    const next = inputCellValue(getInput(inputs, field.key));
    const r = rows.get(field.key);
    if (r === undefined) {
      if (next !== null) missing.push(field.label);
      continue;
    }
    const current = grid.values[r]?.[1] ?? '';
    if (sameInputValue(field, current, next)) continue;
    if (baseline) {
      const before = inputCellValue(getInput(baseline, field.key));
      if (sameInputValue(field, before, next)) continue; // not changed in the form: the sheet's value stands
      // The reader saw an unreadable cell (「约30条」) as blank: typing a value over it is no conflict.
      const seen = parseInput(field, current).problem ? null : current;
      if (!sameInputValue(field, before, seen)) {
        conflicts.push(field.label);
        continue;
      }
    }
    if (next === null && parseInput(field, current).problem) continue;
    writes.push({ row: r, value: next });
  }
  return { writes, missing, conflicts };
}
