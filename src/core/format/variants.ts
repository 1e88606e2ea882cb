import type { CellData } from '../cells';
import { compileFormat } from './compile';
import { getFormat, specOf } from './specs';
import type { FormatVersion, ReportFormat, TableId } from './types';

/**
 * Real reports mix the two versions: many 2021 reports still print table 三's （六）其他处理 as the
 * single row of 2019 (rule F-1). Such a report is read, and checked, with the tables it really has:
 * its version's tables with the other version's table 三. The mixed format is composed from the two
 * specs, so its equations, labels and cell IDs come from the same data as the pure ones.
 */
const composed = new Map<string, ReportFormat>();

/** `base` with the table `id` of `from`; the pure format when they are the same. */
export function mixedFormat(base: FormatVersion, id: TableId, from: FormatVersion): ReportFormat {
  if (base === from) return getFormat(base);
  const key = `${base}/${id}/${from}`;
  let format = composed.get(key);
  if (!format) {
    const spec = specOf(base);
    const replacement = specOf(from).tables.find((t) => t.id === id)!;
    format = compileFormat({ ...spec, tables: spec.tables.map((t) => (t.id === id ? replacement : t)) });
    format = { ...format, tableVersions: { ...format.tableVersions, [id]: from } };
    composed.set(key, format);
  }
  return format;
}

/** Whether a format is one version's tables throughout. */
export function isMixedFormat(format: ReportFormat): boolean {
  return Object.values(format.tableVersions).some((v) => v !== format.version);
}

/**
 * The format report data is laid out in: its version, or the mixed layout when its cells hold the
 * other version's table 三 (an imported report that printed it so). Cell IDs say which: the 2019
 * single row is `applications.other.<column>`, the 2021 rows `applications.other.<row>.<column>`.
 */
export function formatOfData(data: { format: FormatVersion; cells: CellData }): ReportFormat {
  const other: FormatVersion = data.format === '2021' ? '2019' : '2021';
  const base = getFormat(data.format);
  const marker = distinguishing(other, base);
  return marker && Object.prototype.hasOwnProperty.call(data.cells, marker) ? mixedFormat(data.format, 'applications', other) : base;
}

const markers = new Map<FormatVersion, string | undefined>();

/** A table 三 cell ID of `version` that `base` does not have. */
function distinguishing(version: FormatVersion, base: ReportFormat): string | undefined {
  if (!markers.has(version)) {
    const table = getFormat(version).tables.find((t) => t.id === 'applications')!;
    markers.set(version, table.values.find((v) => !base.cellById.has(v.id))?.id);
  }
  return markers.get(version);
}
