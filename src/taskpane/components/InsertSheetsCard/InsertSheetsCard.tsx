import {
  Button,
  Field,
  Input,
  MessageBar,
  MessageBarBody,
  MessageBarTitle,
  Radio,
  RadioGroup,
  Spinner,
} from '@fluentui/react-components';
import { Suspense, lazy } from 'react';
import type { FormatVersion } from '../../../core';
import { useInsertSheetsCard } from './useInsertSheetsCard';
import { useInsertSheetsCardStyles } from './InsertSheetsCard.styles';
import { LiveRegion } from '../LiveRegion';
import { ChartSheetCard } from '../ChartSheetCard';

/** Needed only when our sheets exist already: its own chunk, prefetched after the first paint. */
const ConflictDialog = lazy(() =>
  import(/* webpackChunkName: "conflict", webpackPrefetch: true */ '../ConflictDialog').then((m) => ({ default: m.ConflictDialog })),
);

/** The form that inserts the standard worksheets. */
export function InsertSheetsCard() {
  const styles = useInsertSheetsCardStyles();
  const { form, state, keepBoth, cancel, busy, submit, submitButton } = useInsertSheetsCard();

  return (
    <>
    <form className={styles.form} onSubmit={submit} noValidate aria-label="插入年报工作表">
      <Field label="报告年度" required validationMessage={form.errors.year} hint="统计期限为该年 1 月 1 日至 12 月 31 日">
        <Input type="number" inputMode="numeric" min={2008} value={form.values.year} onChange={(_e, d) => form.setYear(d.value)} />
      </Field>
      <Field label="机关名称" validationMessage={form.errors.agency} hint="如“某某县人民政府办公室”，可稍后在工作表中填写">
        <Input value={form.values.agency} onChange={(_e, d) => form.setAgency(d.value)} placeholder="发布报告的行政机关全称" />
      </Field>
      <Field
        label="格式版本"
        validationState={form.formatHint ? 'warning' : 'none'}
        validationMessage={form.formatHint ?? undefined}
      >
        <RadioGroup className={styles.radios} value={form.values.format} onChange={(_e, d) => form.setFormat(d.value as FormatVersion)}>
          <Radio value="2021" label="2021 版（2021 年度及以后）" />
          <Radio value="2019" label="2019 版（2019、2020 年度）" />
        </RadioGroup>
      </Field>
      <div className={styles.actions}>
        {/* While busy the button keeps its focus (disabledFocusable), so a keyboard user stays in place. */}
        <Button ref={submitButton} className={styles.button} appearance="primary" type="submit" disabled={!form.isValid} disabledFocusable={busy}>
          插入年报工作表
        </Button>
      </div>

      <LiveRegion>
        {busy && <Spinner size="tiny" label={state.phase === 'checking' ? '正在检查工作簿…' : '正在插入工作表…'} />}
        {state.phase === 'done' && (
          <MessageBar intent="success" role="status" layout="multiline">
            <MessageBarBody>
              <MessageBarTitle>已插入 {state.sheets.length} 张工作表</MessageBarTitle>
              <ul className={styles.sheets}>
                {state.sheets.map((s) => (
                  <li key={s}>{s}</li>
                ))}
              </ul>
              {state.copy > 1 && <div>原有工作表保持不变。</div>}
              <div>
                请从“{state.sheets[0]}”开始填写：黄色单元格为填写项，没有的填 0；灰色单元格自动计算。
              </div>
            </MessageBarBody>
          </MessageBar>
        )}
        {state.phase === 'cancelled' && (
          <MessageBar intent="info" role="status" aria-labelledby={undefined}>
            <MessageBarBody>已取消，工作簿没有任何改动。</MessageBarBody>
          </MessageBar>
        )}
        {state.phase === 'error' && (
          <MessageBar intent="error" role="alert" layout="multiline">
            <MessageBarBody>
              <MessageBarTitle>没有完成</MessageBarTitle>
              <div>{state.message}</div>
            </MessageBarBody>
          </MessageBar>
        )}
      </LiveRegion>

      {state.phase === 'confirm' && (
        <Suspense fallback={null}>
          <ConflictDialog open conflicts={state.conflicts} nextCopy={state.nextCopy} onKeepBoth={() => void keepBoth()} onCancel={cancel} />
        </Suspense>
      )}
    </form>
    <ChartSheetCard />
    </>
  );
}
