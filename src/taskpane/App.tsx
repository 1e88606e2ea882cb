import { Caption1, Spinner, Subtitle1, Tab, TabList, Text } from '@fluentui/react-components';
import { Suspense, lazy, useState, type ComponentType } from 'react';
import { HostProblem } from './components/HostProblem';
import { InsertSheetsCard } from './components/InsertSheetsCard';
import { hostCanRun, type HostStatus } from './host';
import type { PanelProps, TabKey } from './tabs';
import { useAppStyles } from './App.styles';

/**
 * 校验 (the rule engine and its panel) is a chunk of its own, fetched when the tab is first opened
 * (and prefetched while the clerk fills in the form), so the first paint only needs the insert form.
 */
const ValidationPanel = lazy(() =>
  import(/* webpackChunkName: "validate", webpackPrefetch: true */ './components/ValidationPanel').then((m) => ({ default: m.ValidationPanel })),
);

/** 生成报告 (narrative, preview; the Word writer is a further chunk, fetched on download). */
const GeneratePanel = lazy(() =>
  import(/* webpackChunkName: "generate" */ './components/GeneratePanel').then((m) => ({ default: m.GeneratePanel })),
);

/** 上年报告 (the importer) is a chunk of its own too: only clerks who import last year's report need it. */
const ImportPreviousPanel = lazy(() =>
  import(/* webpackChunkName: "import-previous" */ './components/ImportPreviousPanel').then((m) => ({ default: m.ImportPreviousPanel })),
);

/**
 * Panels learn whether they are the selected tab, to refresh from the workbook when they come back,
 * and may send the clerk to another tab (an empty state's 「插入年报工作表」).
 */
const PANELS: Record<TabKey, ComponentType<PanelProps>> = {
  sheets: InsertSheetsCard,
  validate: ValidationPanel,
  generate: GeneratePanel,
  previous: ImportPreviousPanel,
};

export interface AppProps {
  /** Whether the pane runs in an Excel or a WPS 表格 that can host it, and if not, why. */
  host: HostStatus;
}

export function App({ host }: AppProps) {
  const styles = useAppStyles();
  const [tab, setTab] = useState<TabKey>('sheets');
  const [visited, setVisited] = useState<ReadonlySet<TabKey>>(() => new Set<TabKey>(['sheets']));
  const select = (next: TabKey) => {
    setTab(next);
    setVisited((v) => (v.has(next) ? v : new Set([...v, next])));
  };
  return (
    <main className={styles.root}>
      <header className={styles.header}>
        <img className={styles.logo} src="assets/icon-64.png" alt="" />
        <Subtitle1 as="h1">年报助手</Subtitle1>
      </header>
      <Text>插入政府信息公开工作年度报告的官方表格，自动合计、校验勾稽关系，并生成报告全文。</Text>
      {hostCanRun(host) ? (
        <>
          <TabList className={styles.tabs} selectedValue={tab} onTabSelect={(_e, d) => select(d.value as TabKey)} size="small">
            <Tab value="sheets">插入工作表</Tab>
            <Tab value="validate">校验</Tab>
            <Tab value="generate">生成报告</Tab>
            <Tab value="previous">上年报告</Tab>
          </TabList>
          {/* A tab once opened stays mounted (hidden when not selected): switching tabs keeps what the
              clerk typed into a form, the validation results and the preview. */}
          {(Object.keys(PANELS) as TabKey[])
            .filter((key) => key === tab || visited.has(key))
            .map((key) => {
              const Panel = PANELS[key];
              return (
                <div key={key} className={key === tab ? undefined : styles.hidden}>
                  <Suspense fallback={<Spinner size="tiny" label="正在加载…" />}>
                    <Panel active={key === tab} goTo={select} />
                  </Suspense>
                </div>
              );
            })}
        </>
      ) : (
        <HostProblem status={host} />
      )}
      <Caption1 className={styles.footer}>格式依据：国办公开办函〔2021〕30号；2019、2020 年度用国办公开办函〔2019〕60号。</Caption1>
    </main>
  );
}
