import { Badge, Button, Caption1, Text } from '@fluentui/react-components';
import { useEffect, useRef } from 'react';
import { findingLabel, SEVERITY_LABEL, type LocatedFinding } from '../../../core';
import type { AgencyFile } from '../../types';
import { useAgencyFindingsStyles } from './AgencyFindings.styles';

const INTENT = { error: 'danger', warning: 'warning', info: 'informative' } as const;

export interface AgencyFindingsProps {
  row: AgencyFile;
  /** The findings the filters leave; all of them when no filter is set. */
  findings: LocatedFinding[];
  filtered: boolean;
  busy: boolean;
  onClose(): void;
  onDownloadReport(): void;
}

/** 「表三 依申请公开!D9」 → 「表三 依申请公开 D9」: the place as a clerk finds it in the workbook or the report. */
function place(f: LocatedFinding): string {
  return f.addresses.map((a) => a.replace('!', ' ')).join('、');
}

/** One agency's findings as the task pane shows them: what kind of problem and where, the numbers, what to do. */
export function AgencyFindings({ row, findings, filtered, busy, onClose, onDownloadReport }: AgencyFindingsProps) {
  const styles = useAgencyFindingsStyles();
  const { errors, warnings, notAssessable } = row.counts;
  const root = useRef<HTMLElement>(null);
  // Opened (or switched to another agency): the focus goes into the panel, so the keyboard is where the eyes are.
  useEffect(() => root.current?.focus(), [row.id]);
  return (
    <section
      ref={root}
      tabIndex={-1}
      className={styles.root}
      aria-label={`${row.agency} 的校验结果`}
      data-testid="agency-findings"
      onKeyDown={(e) => {
        if (e.key !== 'Escape') return;
        e.stopPropagation();
        onClose();
      }}
    >
      <div className={styles.head}>
        <h2 className={styles.title}>{row.agency}</h2>
        <Caption1>
          {row.file} · {row.data?.year ?? '年度未注明'}
          {row.data?.year ? ' 年度' : ''} · {row.data?.format} 版格式
        </Caption1>
        <Text>
          错误 {errors}，警告 {warnings}，无法判断 {notAssessable}
          {filtered ? `（按筛选显示 ${findings.length} 条）` : ''}
        </Text>
        {row.kind === 'workbook' && (
          <Button size="small" onClick={onDownloadReport} disabled={busy}>
            下载本单位年报（Word）
          </Button>
        )}
        <Button size="small" appearance="subtle" onClick={onClose}>
          关闭
        </Button>
      </div>
      {findings.length === 0 ? (
        <Text>{filtered ? '没有符合筛选条件的问题。' : '全部通过，没有发现问题。'}</Text>
      ) : (
        <ul className={styles.list}>
          {findings.map((f, i) => (
            <li key={i} className={styles.finding} data-testid="finding">
              <span className={styles.line}>
                <Badge size="small" color={f.status === 'notAssessable' ? 'subtle' : INTENT[f.severity]}>
                  {f.status === 'notAssessable' ? '无法判断' : SEVERITY_LABEL[f.severity]}
                </Badge>
                <Text weight="semibold">{findingLabel(f)}</Text>
                {f.addresses.length > 0 && <Caption1 className={styles.place}>{place(f)}</Caption1>}
                <Caption1 className={styles.rule}>{f.rule}</Caption1>
              </span>
              <Text>{f.message}</Text>
              {f.suggestion && <Caption1 className={styles.suggestion}>{f.suggestion}</Caption1>}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
