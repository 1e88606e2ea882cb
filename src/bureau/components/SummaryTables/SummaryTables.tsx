import { Text } from '@fluentui/react-components';
import { useMemo } from 'react';
import { cellPlaceNamer, getFormat, tableMatrix, TABLE_LABEL, type Summary } from '../../../core';
import { PreviewTable } from '../../../taskpane/components/ReportPreview';
import { useSummaryTablesStyles } from './SummaryTables.styles';

/**
 * Tables 二/三/四 holding the sums over the agencies; a cell some agency left blank, wrote as text or
 * whose report could not be read is 无法判断 (and so is every total over it), listed with the agencies.
 */
export function SummaryTables({ summary }: { summary: Summary }) {
  const styles = useSummaryTablesStyles();
  const matrices = useMemo(() => {
    const cells = Object.fromEntries(Object.entries(summary.cells).map(([id, v]) => [id, v ?? '无法判断']));
    return getFormat(summary.format).tables.map((t) => tableMatrix(t, cells));
  }, [summary]);
  const place = useMemo(() => cellPlaceNamer(summary.format), [summary]);
  return (
    <div className={styles.root} data-testid="summary-tables">
      <Text>
        汇总范围：{summary.year ?? '年度未注明'}
        {summary.year ? ' 年度' : ''}，{summary.format} 版格式，{summary.parts.length} 个单位。数字为各单位之和；“无法判断”表示至少有一个单位该格为空白、文字或未能读出，不把其余单位的数相加冒充汇总数。
      </Text>
      <div className={styles.tables}>
        {matrices.map((m) => (
          <section key={m.table} aria-label={`汇总${TABLE_LABEL[m.table]}`}>
            <h2 className={styles.heading}>{TABLE_LABEL[m.table]}</h2>
            <PreviewTable matrix={m} />
          </section>
        ))}
      </div>
      <section aria-label="未能汇总的单元格" data-testid="not-summed">
        <h2 className={styles.heading}>未能汇总的单元格（{summary.notSummed.length}）</h2>
        {summary.notSummed.length === 0 ? (
          <Text>全部单元格均已汇总。</Text>
        ) : (
          <ul className={styles.list}>
            {summary.notSummed.map((n) => (
              <li key={n.cell}>
                <Text>
                  {place(n.cell)}：{n.agencies.join('、')}
                </Text>
              </li>
            ))}
          </ul>
        )}
      </section>
    </div>
  );
}
