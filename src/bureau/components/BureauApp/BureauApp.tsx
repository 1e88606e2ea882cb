import { Button, Dropdown, Field, Input, MessageBar, MessageBarBody, MessageBarTitle, Option, Spinner, Tab, TabList, Text } from '@fluentui/react-components';
import { useRef, useState } from 'react';
import { duplicateAgenciesMessage, mixedPartsMessage } from '../../../core';
import { FAMILY_LABEL, findingMatches, useBureau } from '../../hooks/useBureau';
import type { SeverityFilter } from '../../types';
import { AgencyFindings } from '../AgencyFindings';
import { AgencyTable } from '../AgencyTable';
import { DropZone } from '../DropZone';
import { ParentComparison } from '../ParentComparison';
import { SummaryTables } from '../SummaryTables';
import { useBureauAppStyles } from './BureauApp.styles';

const SEVERITIES: { value: SeverityFilter; label: string }[] = [
  { value: 'all', label: '全部单位' },
  { value: 'error', label: '有错误的' },
  { value: 'warning', label: '有警告的' },
  { value: 'notAssessable', label: '有无法判断的' },
  { value: 'clean', label: '全部通过的' },
];

/** The 政务公开办's page: drop the agencies' files, see a row per agency, its findings, the 汇总, and download. */
export function BureauApp() {
  const styles = useBureauAppStyles();
  const s = useBureau();
  const [tab, setTab] = useState<'agencies' | 'summary' | 'parent'>('agencies');
  // The 查看 button that opened the findings: the focus goes back to it when they close.
  const opener = useRef<HTMLElement | null>(null);
  const select = (id: number) => {
    opener.current = document.activeElement as HTMLElement | null;
    s.setSelected(id);
  };
  const closeFindings = () => {
    s.setSelected(null);
    if (opener.current?.isConnected) opener.current.focus();
  };
  const shownTab = tab === 'summary' && s.summary.kind !== 'ready' ? 'agencies' : tab === 'parent' && s.parent.kind !== 'ready' ? 'agencies' : tab;
  const filtered = s.severity !== 'all' || s.family !== 'all';
  const familyLabel = (f: string) => (f === 'all' ? '全部规则' : `${FAMILY_LABEL[f] ?? '其他'}（${f}）`);
  return (
    <main className={styles.root}>
      <header className={styles.header}>
        <h1 className={styles.title}>年报助手 · 政务公开办</h1>
        <Text>
          审核各单位的政府信息公开工作年度报告，汇总全域数字。也可以只放一个工作簿，查看它的校验结果、生成它的年报——电子表格装不了加载项时用。
        </Text>
      </header>
      <DropZone onFiles={s.addFiles} />
      <div className={styles.notices} aria-live="polite">
        {!s.reading && s.news && <Text data-testid="news">{s.news}</Text>}
        {s.reading && <Spinner size="tiny" labelPosition="after" label={`正在读取第 ${s.reading.done + 1} 个，共 ${s.reading.total} 个文件…`} />}
        {s.busy && <Spinner size="tiny" labelPosition="after" label={s.busy} />}
        {s.error && (
          <MessageBar intent="error">
            <MessageBarBody>
              <MessageBarTitle>未能完成</MessageBarTitle>
              {s.error}
            </MessageBarBody>
          </MessageBar>
        )}
        {s.summary.kind === 'unusable' && (
          <MessageBar intent="warning" data-testid="summary-blocked">
            <MessageBarBody>
              <MessageBarTitle>暂不能汇总</MessageBarTitle>
              {s.summary.files.length} 个文件无法读取（{s.summary.files.map((f) => f.file).join('、')}）。汇总不能缺单位：请换成可读的文件，或确认不计入后点“移除”。
            </MessageBarBody>
          </MessageBar>
        )}
        {s.summary.kind === 'mixed' && (
          <MessageBar intent="warning" data-testid="summary-blocked">
            <MessageBarBody className={styles.pre}>
              <MessageBarTitle>暂不能汇总</MessageBarTitle>
              {mixedPartsMessage(s.summary.mixed)}
            </MessageBarBody>
          </MessageBar>
        )}
        {s.parent.kind === 'mixed' && (
          <MessageBar intent="warning" data-testid="parent-blocked">
            <MessageBarBody className={styles.pre}>
              <MessageBarTitle>本级与下级无法逐格核对</MessageBarTitle>
              {mixedPartsMessage(s.parent.mixed)}
            </MessageBarBody>
          </MessageBar>
        )}
        {s.summary.kind === 'ready' && s.summary.duplicates.length > 0 && (
          <MessageBar intent="warning" data-testid="duplicates">
            <MessageBarBody className={styles.pre}>
              <MessageBarTitle>同一单位有多个文件</MessageBarTitle>
              {duplicateAgenciesMessage(s.summary.duplicates)}
            </MessageBarBody>
          </MessageBar>
        )}
      </div>
      {s.rows.length > 0 && (
        <>
          <div className={styles.toolbar}>
            <Button appearance="primary" disabled={s.summary.kind !== 'ready' || !!s.busy || !!s.reading} onClick={s.downloadSummary}>
              下载汇总工作簿（.xlsx）
            </Button>
            <Field label="审核意见落款（政务公开办名称）" orientation="horizontal" className={styles.signer}>
              <Input value={s.signer} placeholder="如：某某县人民政府办公室" onChange={(_e, d) => s.setSigner(d.value)} />
            </Field>
            <Button disabled={!!s.busy || !!s.reading} onClick={s.downloadOpinion}>
              下载审核意见（Word）
            </Button>
            <span className={styles.grow} />
            <Button appearance="subtle" onClick={s.clear} disabled={!!s.reading}>
              全部清空
            </Button>
          </div>
          <TabList selectedValue={shownTab} onTabSelect={(_e, d) => setTab(d.value as typeof tab)}>
            <Tab value="agencies">分单位情况（{s.rows.length}）</Tab>
            <Tab value="summary" disabled={s.summary.kind !== 'ready'}>
              {s.parentId === null ? '汇总表' : '汇总表（下级）'}
            </Tab>
            <Tab value="parent" disabled={s.parent.kind !== 'ready'}>
              本级与下级核对
            </Tab>
          </TabList>
          {shownTab === 'parent' && s.parent.kind === 'ready' ? (
            <ParentComparison state={s.parent} />
          ) : shownTab === 'agencies' || s.summary.kind !== 'ready' ? (
            <>
              <div className={styles.filters}>
                <Field label="按问题筛选">
                  <Dropdown value={SEVERITIES.find((x) => x.value === s.severity)!.label} selectedOptions={[s.severity]} onOptionSelect={(_e, d) => s.setSeverity(d.optionValue as SeverityFilter)}>
                    {SEVERITIES.map((x) => (
                      <Option key={x.value} value={x.value}>
                        {x.label}
                      </Option>
                    ))}
                  </Dropdown>
                </Field>
                <Field label="按规则类别筛选">
                  <Dropdown value={familyLabel(s.family)} selectedOptions={[s.family]} onOptionSelect={(_e, d) => s.setFamily(d.optionValue ?? 'all')}>
                    {['all', ...s.families].map((f) => (
                      <Option key={f} value={f} text={familyLabel(f)}>
                        {familyLabel(f)}
                      </Option>
                    ))}
                  </Dropdown>
                </Field>
                <Text>
                  显示 {s.visible.length} / {s.rows.length} 个文件
                </Text>
              </div>
              <AgencyTable rows={s.visible} selected={s.selectedRow?.id ?? null} sort={s.sort} parentId={s.parentId} onSort={s.toggleSort} onSelect={select} onToggleParent={s.toggleParent} onRemove={s.remove} />
              {s.selectedRow && (
                <AgencyFindings
                  row={s.selectedRow}
                  findings={s.selectedRow.findings.filter((f) => !filtered || findingMatches(f, s.severity, s.family))}
                  filtered={filtered}
                  busy={!!s.busy}
                  onClose={closeFindings}
                  onDownloadReport={() => s.downloadReport(s.selectedRow!)}
                />
              )}
            </>
          ) : (
            <SummaryTables summary={s.summary.summary} />
          )}
        </>
      )}
    </main>
  );
}
