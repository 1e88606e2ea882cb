import { Button, MessageBar, MessageBarBody, MessageBarTitle, Spinner, Subtitle2, Text } from '@fluentui/react-components';
import { LiveRegion } from '../LiveRegion';
import { useChartSheetCardStyles } from './ChartSheetCard.styles';
import { useChartSheetCard } from './useChartSheetCard';

/** 统计图表: inserts the 图表 sheet (native charts over the tables' cells), or says what kept it. */
export function ChartSheetCard() {
  const styles = useChartSheetCardStyles();
  const { available, busy, error, result, insert } = useChartSheetCard();
  if (!available) return null;
  return (
    <section className={styles.card} aria-labelledby="chart-sheet-heading">
      <Subtitle2 as="h2" id="chart-sheet-heading">
        统计图表
      </Subtitle2>
      <Text>在“图表”工作表中插入申请人构成、办理结果、复议诉讼结果等统计图（有上年报告时加上与上年对比），图中数字取自表格，修改表格后自动更新，可直接在 A4 纸上打印。</Text>
      <Button className={styles.button} onClick={() => void insert()} disabledFocusable={busy}>
        插入统计图表
      </Button>
      <LiveRegion>
        {busy && <Spinner size="tiny" label="正在插入统计图表…" />}
        {result && (
          <MessageBar intent="success" role="status" layout="multiline">
            <MessageBarBody>
              <MessageBarTitle>已在“{result.sheet}”工作表插入 {result.charts} 幅统计图</MessageBarTitle>
              {result.kept ? (
                <div>
                  原“{result.kept}”工作表中有您改动过的单元格（{result.edits?.join('、')}），已原样保留；新的统计图放在“{result.sheet}”。
                </div>
              ) : (
                <div>表格中的数字修改后，图表随之更新。</div>
              )}
            </MessageBarBody>
          </MessageBar>
        )}
        {error && (
          <MessageBar intent="error" role="alert" layout="multiline">
            <MessageBarBody>
              <MessageBarTitle>没有插入统计图表</MessageBarTitle>
              <div>{error}</div>
            </MessageBarBody>
          </MessageBar>
        )}
      </LiveRegion>
    </section>
  );
}
