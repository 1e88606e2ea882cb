import { Badge, Button, Caption1, ToggleButton, Table, TableBody, TableCell, TableHeader, TableHeaderCell, TableRow, mergeClasses } from '@fluentui/react-components';
import { keyFigures } from '../../../core';
import type { AgencyFile, SortKey } from '../../types';
import { useAgencyTableStyles } from './AgencyTable.styles';

const FIGURES: { key: SortKey & ('newReceived' | 'concluded' | 'carriedForward' | 'review' | 'litigation'); label: string }[] = [
  { key: 'newReceived', label: '新收申请' },
  { key: 'concluded', label: '办结' },
  { key: 'carriedForward', label: '结转' },
  { key: 'review', label: '复议' },
  { key: 'litigation', label: '诉讼' },
];

const COUNTS: { key: 'errors' | 'warnings' | 'notAssessable'; label: string; color: 'danger' | 'warning' | 'subtle' }[] = [
  { key: 'errors', label: '错误', color: 'danger' },
  { key: 'warnings', label: '警告', color: 'warning' },
  { key: 'notAssessable', label: '无法判断', color: 'subtle' },
];

export interface AgencyTableProps {
  rows: AgencyFile[];
  selected: number | null;
  sort: { key: SortKey; ascending: boolean };
  onSort(key: SortKey): void;
  /** The file marked 本级, compared with the sum of the others. */
  parentId: number | null;
  onSelect(id: number): void;
  onToggleParent(id: number): void;
  onRemove(id: number): void;
}

/** 分单位情况: one row per file, its counts and key figures; a header click sorts, 查看 opens the findings. */
export function AgencyTable({ rows, selected, sort, parentId, onSort, onSelect, onToggleParent, onRemove }: AgencyTableProps) {
  const styles = useAgencyTableStyles();
  const direction = (key: SortKey) => (sort.key === key ? (sort.ascending ? 'ascending' : 'descending') : undefined);
  const header = (key: SortKey, label: string, className?: string) => (
    <TableHeaderCell key={key} className={className} sortDirection={direction(key)} onClick={() => onSort(key)} button={{ 'aria-label': `${label}，点击排序` }}>
      {label}
    </TableHeaderCell>
  );
  return (
    <div className={styles.wrap}>
      <Table sortable className={styles.table} aria-label="分单位情况" data-testid="agency-table" size="small">
        <TableHeader>
          <TableRow>
            {header('agency', '单位（文件）', styles.agency)}
            {COUNTS.map((c) => header(c.key, c.label, styles.number))}
            {FIGURES.map((f) => header(f.key, f.label, styles.number))}
            <TableHeaderCell>操作</TableHeaderCell>
          </TableRow>
        </TableHeader>
        <TableBody>
          {rows.map((row) => {
            const figures = row.data ? keyFigures(row.data) : null;
            return (
              <TableRow key={row.id} className={mergeClasses(row.id === selected && styles.selected)} data-testid="agency-row" aria-selected={row.id === selected}>
                <TableCell className={styles.agency}>
                  <span>{row.agency}</span>
                  {row.id === parentId && (
                    <Badge appearance="outline" color="brand" className={styles.parentBadge}>
                      本级
                    </Badge>
                  )}
                  {row.agency !== row.file && <Caption1 className={styles.file}>{row.file}</Caption1>}
                  {row.error && <Caption1 className={mergeClasses(styles.file, styles.error)}>无法读取：{row.error}</Caption1>}
                </TableCell>
                {COUNTS.map((c) => (
                  <TableCell key={c.key} className={styles.number}>
                    {row.error ? '—' : row.counts[c.key] ? <Badge color={c.color}>{row.counts[c.key]}</Badge> : '0'}
                  </TableCell>
                ))}
                {FIGURES.map((f) => (
                  <TableCell key={f.key} className={mergeClasses(styles.number, figures?.[f.key] == null && styles.unknown)}>
                    {figures ? (figures[f.key] ?? '无法判断') : '—'}
                  </TableCell>
                ))}
                <TableCell>
                  <span className={styles.actions}>
                    {!row.error && (
                      <Button size="small" appearance={row.id === selected ? 'primary' : 'secondary'} onClick={() => onSelect(row.id)} aria-label={`查看 ${row.agency} 的问题`}>
                        查看
                      </Button>
                    )}
                    {!row.error && (
                      <ToggleButton size="small" appearance="subtle" checked={row.id === parentId} onClick={() => onToggleParent(row.id)} aria-label={`设为本级：${row.agency}`}>
                        设为本级
                      </ToggleButton>
                    )}
                    <Button size="small" appearance="subtle" onClick={() => onRemove(row.id)} aria-label={`移除 ${row.file}`}>
                      移除
                    </Button>
                  </span>
                </TableCell>
              </TableRow>
            );
          })}
        </TableBody>
      </Table>
    </div>
  );
}
