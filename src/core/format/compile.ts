import type {
  BlockTableSpec,
  CompiledTable,
  FormatSpec,
  GridLabel,
  GridValue,
  GroupedRowTableSpec,
  MatrixTableSpec,
  ReportFormat,
  RowNode,
  SectionSpec,
  TableSpec,
} from './types';

/** Compiles a format spec into table grids. Pure and deterministic; called once per version. */
export function compileFormat(spec: FormatSpec): ReportFormat {
  const tables = spec.tables.map((table) => {
    const section = spec.sections.find((s) => s.table === table.id);
    if (!section) throw new Error(`format ${spec.version}: no section holds table ${table.id}`);
    return compileTable(table, section);
  });
  const cells = tables.flatMap((t) => t.values);
  const cellById = new Map(cells.map((c) => [c.id, c]));
  if (cellById.size !== cells.length) throw new Error(`format ${spec.version}: duplicate cell IDs`);
  const tableByCell = new Map(tables.flatMap((t) => t.values.map((v) => [v.id, t] as const)));
  return {
    version: spec.version,
    tableVersions: Object.fromEntries(tables.map((t) => [t.id, spec.version])) as ReportFormat['tableVersions'],
    issuedBy: spec.issuedBy,
    years: spec.years,
    sections: spec.sections,
    narrative: spec.narrative,
    tables,
    cells,
    cellById,
    tableOf: (id) => tableByCell.get(id),
  };
}

function compileTable(spec: TableSpec, section: SectionSpec): CompiledTable {
  switch (spec.kind) {
    case 'blocks':
      return compileBlocks(spec, section);
    case 'matrix':
      return compileMatrix(spec, section);
    case 'groupedRow':
      return compileGroupedRow(spec, section);
  }
}

/** Table 二: per block a heading row, a 信息内容 header row and the data rows. */
function compileBlocks(spec: BlockTableSpec, section: SectionSpec): CompiledTable {
  const valueColumns = Math.max(...spec.blocks.map((b) => b.columns.length));
  const width = 1 + valueColumns;
  const labels: GridLabel[] = [];
  const values: GridValue[] = [];
  const rowKeys: CompiledTable['rowKeys'] = [];
  let row = 0;
  for (const block of spec.blocks) {
    labels.push({ row, col: 0, rowSpan: 1, colSpan: width, text: block.heading, role: 'blockHeading' });
    row++;
    labels.push({ row, col: 0, rowSpan: 1, colSpan: 1, text: '信息内容', role: 'header' });
    // The last column widens to fill the table, as in the official template.
    const spanOf = (i: number) => (i === block.columns.length - 1 ? valueColumns - i : 1);
    block.columns.forEach((c, i) =>
      labels.push({ row, col: 1 + i, rowSpan: 1, colSpan: spanOf(i), text: c.label, role: 'header' }),
    );
    row++;
    for (const r of block.rows) {
      labels.push({ row, col: 0, rowSpan: 1, colSpan: 1, text: r.label, role: 'rowLabel' });
      rowKeys.push({ row, label: r.label, path: [block.heading, r.label] });
      block.columns.forEach((c, i) =>
        values.push({
          id: `${spec.idPrefix}.${r.key}.${c.key}`,
          row,
          col: 1 + i,
          colSpan: spanOf(i),
          kind: c.kind ?? 'count',
          rowLabel: r.label,
          columnLabel: c.label,
          hint: c.hint,
        }),
      );
      row++;
    }
  }
  return {
    id: spec.id,
    kind: spec.kind,
    section,
    width,
    height: row,
    headerRows: 0,
    labelColumns: 1,
    labels,
    values,
    rowKeys,
  };
}

function leafCount(node: RowNode): number {
  return node.children ? node.children.reduce((n, c) => n + leafCount(c), 0) : 1;
}

function depthOf(nodes: RowNode[]): number {
  return Math.max(...nodes.map((n) => (n.children ? 1 + depthOf(n.children) : 1)));
}

function leafKeys(node: RowNode, prefix: string[]): string[][] {
  const path = node.key ? [...prefix, node.key] : prefix;
  return node.children ? node.children.flatMap((c) => leafKeys(c, path)) : [path];
}

/** Table 三: a three-row header over a row tree of up to three label levels. */
function compileMatrix(spec: MatrixTableSpec, section: SectionSpec): CompiledTable {
  const labelColumns = depthOf(spec.rows);
  const headerRows = 3;
  const width = labelColumns + spec.columns.length;
  const labels: GridLabel[] = [
    { row: 0, col: 0, rowSpan: headerRows, colSpan: labelColumns, text: spec.note, role: 'note' },
    { row: 0, col: labelColumns, rowSpan: 1, colSpan: spec.columns.length, text: spec.columnsHeading, role: 'header' },
  ];
  // Columns without a group span both lower header rows; grouped columns sit under their group.
  for (let i = 0; i < spec.columns.length; ) {
    const column = spec.columns[i];
    const col = labelColumns + i;
    if (!column.group) {
      labels.push({ row: 1, col, rowSpan: 2, colSpan: 1, text: column.label, role: 'header' });
      i++;
      continue;
    }
    let end = i;
    while (end < spec.columns.length && spec.columns[end].group === column.group) end++;
    labels.push({ row: 1, col, rowSpan: 1, colSpan: end - i, text: column.group, role: 'header' });
    for (let j = i; j < end; j++) {
      labels.push({ row: 2, col: labelColumns + j, rowSpan: 1, colSpan: 1, text: spec.columns[j].label, role: 'header' });
    }
    i = end;
  }

  const values: GridValue[] = [];
  const rowKeys: CompiledTable['rowKeys'] = [];
  const totalColumn = spec.columns.find((c) => c.isTotal);
  const partColumns = spec.columns.filter((c) => !c.isTotal);
  let row = headerRows;

  const walk = (nodes: RowNode[], depth: number, prefix: string[], labelPath: string[]) => {
    for (const node of nodes) {
      const path = node.key ? [...prefix, node.key] : prefix;
      const span = leafCount(node);
      const isLeaf = !node.children;
      labels.push({
        row,
        col: depth,
        rowSpan: span,
        colSpan: isLeaf ? labelColumns - depth : 1,
        text: node.label,
        role: 'rowLabel',
      });
      if (!isLeaf) {
        walk(node.children!, depth + 1, path, [...labelPath, node.label]);
        continue;
      }
      const rowId = `${spec.idPrefix}.${path.join('.')}`;
      const rowLabel = [...labelPath, node.label].join(' / ');
      rowKeys.push({ row, label: node.label, path: [...labelPath, node.label] });
      const siblingLeaves = node.sumOfSiblings
        ? nodes.filter((n) => node.sumOfSiblings!.includes(n.key)).flatMap((n) => leafKeys(n, prefix))
        : undefined;
      spec.columns.forEach((c, i) => {
        let sumOf: string[] | undefined;
        if (c.isTotal) sumOf = partColumns.map((p) => `${rowId}.${p.key}`);
        else if (siblingLeaves) sumOf = siblingLeaves.map((leaf) => `${spec.idPrefix}.${leaf.join('.')}.${c.key}`);
        values.push({
          id: `${rowId}.${c.key}`,
          row,
          col: labelColumns + i,
          colSpan: 1,
          kind: 'count',
          sumOf,
          rowLabel,
          columnLabel: c.label,
        });
      });
      row++;
    }
  };
  walk(spec.rows, 0, [], []);
  if (!totalColumn) throw new Error('matrix table needs a total column');
  return { id: spec.id, kind: spec.kind, section, width, height: row, headerRows, labelColumns, labels, values, rowKeys };
}

/** Table 四: group headings over column labels, and a single data row. */
function compileGroupedRow(spec: GroupedRowTableSpec, section: SectionSpec): CompiledTable {
  const n = spec.columns.length;
  const labels: GridLabel[] = [];
  const values: GridValue[] = [];
  const dataRow = 3;
  let col = 0;
  for (let g = 0; g < spec.groups.length; ) {
    const group = spec.groups[g];
    if (!group.parent) {
      labels.push({ row: 0, col, rowSpan: 1, colSpan: n, text: group.label, role: 'header' });
      spec.columns.forEach((c, i) =>
        labels.push({ row: 1, col: col + i, rowSpan: 2, colSpan: 1, text: c.label, role: 'header' }),
      );
      addValues(group.key, group.label, col);
      col += n;
      g++;
      continue;
    }
    let end = g;
    while (end < spec.groups.length && spec.groups[end].parent === group.parent) end++;
    labels.push({ row: 0, col, rowSpan: 1, colSpan: n * (end - g), text: group.parent, role: 'header' });
    for (let k = g; k < end; k++) {
      labels.push({ row: 1, col, rowSpan: 1, colSpan: n, text: spec.groups[k].label, role: 'header' });
      spec.columns.forEach((c, i) =>
        labels.push({ row: 2, col: col + i, rowSpan: 1, colSpan: 1, text: c.label, role: 'header' }),
      );
      addValues(spec.groups[k].key, `${group.parent} / ${spec.groups[k].label}`, col);
      col += n;
    }
    g = end;
  }

  function addValues(groupKey: string, groupLabel: string, start: number) {
    const parts = spec.columns.filter((c) => !c.isTotal).map((c) => `${groupKey}.${c.key}`);
    spec.columns.forEach((c, i) =>
      values.push({
        id: `${groupKey}.${c.key}`,
        row: dataRow,
        col: start + i,
        colSpan: 1,
        kind: 'count',
        sumOf: c.isTotal ? parts : undefined,
        rowLabel: groupLabel,
        columnLabel: c.label,
      }),
    );
  }

  return {
    id: spec.id,
    kind: spec.kind,
    section,
    width: col,
    height: dataRow + 1,
    headerRows: dataRow,
    labelColumns: 0,
    labels,
    values,
    rowKeys: [{ row: dataRow, label: '', path: [] }],
  };
}
