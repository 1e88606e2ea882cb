import { Badge, Switch, Table, TableBody, TableCell, TableHeader, TableHeaderCell, TableRow, Text } from '@fluentui/react-components';
import { useMemo, useState } from 'react';
import { cellPlaceNamer, type ParentCell } from '../../../core';
import { notAssessableReason, PARENT_STATUS_LABEL, signedDifference, type ParentState } from '../../parent';
import { useParentComparisonStyles } from './ParentComparison.styles';

const COLOR = { equal: 'success', differs: 'danger', notAssessable: 'subtle' } as const;
const ORDER: ParentCell['status'][] = ['differs', 'notAssessable', 'equal'];

/**
 * 本级 against 下级: each cell of the tables, the 本级's number, the sum of the others and the
 * difference; 无法判断 names whose cell is blank, text or unread. Cells that differ come first.
 */
export function ParentComparison({ state }: { state: Extract<ParentState, { kind: 'ready' }> }) {
  const styles = useParentComparisonStyles();
  const [showEqual, setShowEqual] = useState(false);
  const place = useMemo(() => cellPlaceNamer(state.format), [state.format]);
  const shown = useMemo(
    () => ORDER.flatMap((status) => (status === 'equal' && !showEqual ? [] : state.cells.filter((c) => c.status === status))),
    [state.cells, showEqual],
  );
  const { equal, differs, notAssessable } = state.counts;
  const unreadable = state.unreadable.length > 0;
  return (
    <div className={styles.root} data-testid="parent-comparison">
      <Text>
        本级：{state.parent.agency}（{state.parent.file}），与其余 {state.children} 个单位之和逐格核对：一致 {equal} 格，不一致 {differs} 格，无法判断 {notAssessable} 格。
        汇总表与汇总工作簿只计下级单位，不含本级。
      </Text>
      <Switch checked={showEqual} onChange={(_e, d) => setShowEqual(d.checked)} label={`也显示一致的 ${equal} 格`} />
      <div className={styles.wrap}>
        <Table size="small" aria-label="本级与下级逐格核对">
          <TableHeader>
            <TableRow>
              <TableHeaderCell className={styles.place}>单元格</TableHeaderCell>
              <TableHeaderCell className={styles.number}>本级</TableHeaderCell>
              <TableHeaderCell className={styles.number}>下级合计</TableHeaderCell>
              <TableHeaderCell className={styles.number}>差额</TableHeaderCell>
              <TableHeaderCell>结论</TableHeaderCell>
            </TableRow>
          </TableHeader>
          <TableBody>
            {shown.map((c) => (
              <TableRow key={c.cell} data-testid="parent-cell">
                <TableCell className={styles.place}>{place(c.cell)}</TableCell>
                <TableCell className={styles.number}>{c.parent ?? '—'}</TableCell>
                <TableCell className={styles.number}>{c.children ?? '—'}</TableCell>
                <TableCell className={styles.number}>{c.difference === null ? '—' : <span className={c.difference ? styles.differs : undefined}>{signedDifference(c.difference)}</span>}</TableCell>
                <TableCell>
                  <Badge color={COLOR[c.status]} appearance={c.status === 'equal' ? 'tint' : 'filled'}>
                    {PARENT_STATUS_LABEL[c.status]}
                  </Badge>
                  {c.status === 'notAssessable' && <Text className={styles.reason}> {notAssessableReason(c, state.parent.agency, unreadable)}</Text>}
                </TableCell>
              </TableRow>
            ))}
            {shown.length === 0 && (
              <TableRow>
                <TableCell colSpan={5}>全部 {equal} 格一致。</TableCell>
              </TableRow>
            )}
          </TableBody>
        </Table>
      </div>
    </div>
  );
}
