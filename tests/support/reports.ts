import fc from 'fast-check';
import { getFormat, type CellData, type FormatVersion, type ReportData } from '../../src/core';

/**
 * A random report that satisfies every table rule, built from the schema. Most real reports are
 * sparse (a township receives a handful of applications), so a report is dense, sparse or all
 * zero, and 新收 or 上年结转 may be zero on its own.
 */
export function consistentReport(format: FormatVersion) {
  const schema = getFormat(format);
  const inputs = schema.cells.filter((c) => !c.sumOf);
  const columns = schema.tables[1].values.filter((v) => v.id.startsWith('applications.newReceived.') && !v.sumOf).map((v) => v.id.split('.').pop()!);
  return fc
    .record({
      numbers: fc.array(fc.nat({ max: 60 }), { minLength: inputs.length, maxLength: inputs.length }),
      fees: fc.integer({ min: 0, max: 999999 }).map((n) => n / 100),
      // The share of each cell that is non-zero: all, a few, or none.
      density: fc.constantFrom(1, 0.2, 0.03, 0),
      present: fc.array(fc.double({ min: 0, max: 1, noNaN: true, maxExcluded: true }), { minLength: inputs.length, maxLength: inputs.length }),
      carried: fc.array(fc.oneof(fc.constant(0), fc.constant(1), fc.double({ min: 0, max: 1, noNaN: true })), { minLength: columns.length, maxLength: columns.length }),
      year: format === '2021' ? fc.integer({ min: 2021, max: 2035 }) : fc.integer({ min: 2019, max: 2020 }),
    })
    .map(({ numbers, fees, density, present, carried, year }) => {
      const cells: CellData = {};
      inputs.forEach((c, i) => {
        const n = present[i] < density ? numbers[i] : 0;
        cells[c.id] = c.kind === 'amount' ? (n ? fees : 0) : c.kind === 'text' ? `${n}万元` : n;
      });
      // T3-1: choose 上年结转 within what was handled, then 新收 so that the balance holds.
      columns.forEach((column, i) => {
        const results = schema.cellById.get(`applications.total.${column}`)!.sumOf!.reduce((n, id) => n + (cells[id] as number), 0);
        const handled = results + (cells[`applications.carriedForward.${column}`] as number);
        const carriedOver = Math.floor(carried[i] * handled);
        cells[`applications.carriedOver.${column}`] = carriedOver;
        cells[`applications.newReceived.${column}`] = handled - carriedOver;
      });
      // Totals in dependency order: the schema lists a cell's parts before it within a row.
      for (let pass = 0; pass < 2; pass++)
        for (const c of schema.cells) if (c.sumOf) cells[c.id] = c.sumOf.reduce((n, id) => n + ((cells[id] as number) ?? 0), 0);
      return { format, year, agency: '随机机关', cells } as ReportData;
    });
}

