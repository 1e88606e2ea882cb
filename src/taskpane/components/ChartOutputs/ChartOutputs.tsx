import { Button, Checkbox, Text } from '@fluentui/react-components';
import { useId } from 'react';
import type { ChartSource } from '../../output/chart-images';
import type { ChartOutputs } from './useChartOutputs';
import { useChartOutputsStyles } from './ChartOutputs.styles';

/** 「在报告中插入图表」: the charts go into the Word document at the end of the sections they illustrate. */
export function ChartsCheckbox({ charts }: { charts: ChartOutputs }) {
  const styles = useChartOutputsStyles();
  const hint = useId();
  return (
    <div className={styles.group}>
      <Checkbox label="在报告中插入图表" checked={charts.inDocx} onChange={(_e, d) => charts.setInDocx(d.checked === true)} aria-describedby={hint} />
      <Text id={hint} size={200} className={styles.hint}>
        申请人构成、办理结果、发布渠道、复议诉讼结果和与上年对比的统计图，放在 Word 文档相应部分的末尾。
      </Text>
    </div>
  );
}

interface GraphicProps {
  charts: ChartOutputs;
  source: ChartSource;
  /** Table errors still open: a 图解 carries no 草稿 mark, so none is made from wrong tables. */
  draftErrors: number;
  busy: boolean;
  /** Where files can go: SVG only by a direct download (the download page hands out PNG only). */
  route: 'direct' | 'browser' | 'none';
}

/** The one-page 图解 beside the report, as `nianbao graphic` makes it: PNG (A4 at 150 dpi) or SVG. */
export function GraphicDownload({ charts, source, draftErrors, busy, route }: GraphicProps) {
  const styles = useChartOutputsStyles();
  const hint = useId();
  const blocked = draftErrors > 0 || route === 'none';
  return (
    <section className={styles.group} aria-label="图解">
      <div className={styles.row}>
        <Button onClick={() => void charts.downloadGraphic(source, 'png')} disabled={blocked} disabledFocusable={busy} aria-describedby={hint}>
          下载图解（PNG）
        </Button>
        {route === 'direct' && (
          <Button appearance="subtle" onClick={() => void charts.downloadGraphic(source, 'svg')} disabled={blocked} disabledFocusable={busy} aria-describedby={hint}>
            SVG
          </Button>
        )}
      </div>
      <Text id={hint} size={200} className={styles.hint}>
        {draftErrors > 0
          ? `表格尚有 ${draftErrors} 处错误：图解上不会注明“草稿”，改正表格、重新生成报告后才能下载。`
          : '一页 A4 的“一图读懂”：标题、主要数字、统计图，有上年报告时标出同比，可与年报一同发布。'}
      </Text>
    </section>
  );
}
