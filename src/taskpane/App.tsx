import { Caption1, MessageBar, MessageBarBody, Spinner, Subtitle1, Tab, TabList, Text, makeStyles, tokens } from '@fluentui/react-components';
import { Suspense, lazy, useState, type ComponentType } from 'react';
import { InsertSheetsCard } from './components/InsertSheetsCard';

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

const useStyles = makeStyles({
  root: {
    boxSizing: 'border-box',
    minWidth: '280px',
    maxWidth: '560px',
    padding: `${tokens.spacingVerticalL} ${tokens.spacingHorizontalL}`,
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalM,
  },
  header: { display: 'flex', alignItems: 'center', gap: tokens.spacingHorizontalS },
  logo: { width: '32px', height: '32px', flexShrink: 0 },
  footer: { color: tokens.colorNeutralForeground3 },
  hidden: { display: 'none' },
});

type Tab = 'sheets' | 'validate' | 'generate' | 'previous';

/** Panels learn whether they are the selected tab, to refresh from the workbook when they come back. */
const PANELS: Record<Tab, ComponentType<{ active: boolean }>> = {
  sheets: InsertSheetsCard,
  validate: ValidationPanel,
  generate: GeneratePanel,
  previous: ImportPreviousPanel,
};

export interface AppProps {
  /** False when the page is opened outside Excel. */
  inExcel: boolean;
}

export function App({ inExcel }: AppProps) {
  const styles = useStyles();
  const [tab, setTab] = useState<Tab>('sheets');
  const [visited, setVisited] = useState<ReadonlySet<Tab>>(() => new Set<Tab>(['sheets']));
  const select = (next: Tab) => {
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
      {inExcel ? (
        <>
          <TabList selectedValue={tab} onTabSelect={(_e, d) => select(d.value as Tab)} size="small">
            <Tab value="sheets">插入工作表</Tab>
            <Tab value="validate">校验</Tab>
            <Tab value="generate">生成报告</Tab>
            <Tab value="previous">上年报告</Tab>
          </TabList>
          {/* A tab once opened stays mounted (hidden when not selected): switching tabs keeps what the
              clerk typed into a form, the validation results and the preview. */}
          {(Object.keys(PANELS) as Tab[])
            .filter((key) => key === tab || visited.has(key))
            .map((key) => {
              const Panel = PANELS[key];
              return (
                <div key={key} className={key === tab ? undefined : styles.hidden}>
                  <Suspense fallback={<Spinner size="tiny" label="正在加载…" />}>
                    <Panel active={key === tab} />
                  </Suspense>
                </div>
              );
            })}
        </>
      ) : (
        <MessageBar intent="warning">
          <MessageBarBody>请在 Excel 中打开本加载项：开始 → 政务公开年报。</MessageBarBody>
        </MessageBar>
      )}
      <Caption1 className={styles.footer}>格式依据：国办公开办函〔2021〕30号；2019、2020 年度用国办公开办函〔2019〕60号。</Caption1>
    </main>
  );
}
