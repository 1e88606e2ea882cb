import {
  buildReportDocument,
  buildReportSheetPlan,
  buildWorkbookPlan,
  readWorkbookGrids,
  SAMPLE_INPUTS,
  SAMPLE_REPORT,
  validateRead,
  validateWorkbookRead,
  type ReadResult,
} from '../../src/core';
import { gridsFromPlan } from '../support/plan-grids';

/** validateRead is a pure function of the read workbook: it returns what it found and changes nothing it was given. */

function readWithReportSheet(): ReadResult {
  const plan = buildWorkbookPlan({ year: SAMPLE_REPORT.year, agency: SAMPLE_REPORT.agency, cells: SAMPLE_REPORT.cells, inputs: SAMPLE_INPUTS });
  // A 报告正文 whose text says last year's number: a text finding on one of its rows.
  const doc = buildReportDocument(SAMPLE_REPORT, SAMPLE_INPUTS);
  const sheet = buildReportSheetPlan(doc);
  // The sheet's values from A1, dense as the readers give them.
  const height = Math.max(...sheet.cells.map((c) => c.row)) + 1;
  const width = Math.max(...sheet.cells.map((c) => c.col)) + 1;
  const values: unknown[][] = Array.from({ length: height }, () => Array<unknown>(width).fill(null));
  for (const cell of sheet.cells) values[cell.row][cell.col] = cell.value ?? null;
  const intro = values.findIndex((row) => row.includes('1.intro'));
  values[intro][0] = `${values[intro][0]}${SAMPLE_REPORT.year! - 3}年以来，本机关收到政府信息公开申请999件。`;
  return readWorkbookGrids({ ...gridsFromPlan(plan), report: { sheet: sheet.name, values } });
}

describe('validateRead', () => {
  it('leaves the read it is given as it was, and returns the rows of 报告正文 its findings point at', () => {
    const read = readWithReportSheet();
    const before = new Map(read.locations);
    const snapshot = JSON.stringify({ data: read.data, inputs: read.inputs, diagnostics: read.diagnostics });
    const { read: located, report } = validateWorkbookRead(read);
    const textCells = [...new Set(report.findings.flatMap((f) => f.cells))].filter((id) => !before.has(id));
    expect(textCells.length).toBeGreaterThan(0);
    expect(textCells.every((id) => located.locations.has(id))).toBe(true);
    expect(read.locations).toEqual(before);
    expect(JSON.stringify({ data: read.data, inputs: read.inputs, diagnostics: read.diagnostics })).toBe(snapshot);
    expect(validateRead(read).findings).toEqual(report.findings);
    expect(read.locations).toEqual(before);
  });
});
