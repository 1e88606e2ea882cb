import {
  Badge,
  Button,
  Caption1,
  Field,
  MessageBar,
  MessageBarBody,
  Spinner,
  Subtitle2,
  Switch,
  Text,
  Textarea,
  makeStyles,
  tokens,
} from '@fluentui/react-components';
import { useState } from 'react';
import { SEVERITY_LABEL, type Finding } from '../../core';
import { canDismiss, dismissalKey } from '../../excel';
import { useValidation } from '../hooks/useValidation';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM },
  row: { display: 'flex', gap: tokens.spacingHorizontalS, flexWrap: 'wrap', alignItems: 'center' },
  grow: { flexGrow: 1 },
  group: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  list: { listStyleType: 'none', margin: 0, padding: 0, display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  finding: {
    display: 'flex',
    flexDirection: 'column',
    alignItems: 'stretch',
    textAlign: 'left',
    gap: tokens.spacingVerticalXXS,
    width: '100%',
    padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalM}`,
    minHeight: 'auto',
    fontWeight: tokens.fontWeightRegular,
  },
  head: { display: 'flex', gap: tokens.spacingHorizontalXS, alignItems: 'center' },
  suggestion: { color: tokens.colorPaletteGreenForeground1 },
  muted: { color: tokens.colorNeutralForeground3 },
});

const INTENT = { error: 'danger', warning: 'warning', info: 'informative' } as const;

/** 「校验」: runs every rule, lists findings by table, takes the clerk to the cells. */
export function ValidationPanel() {
  const styles = useStyles();
  const v = useValidation();
  const total = v.counts.error + v.counts.warning + v.counts.info + v.counts.open;

  return (
    <section className={styles.root} aria-label="校验">
      <div className={styles.row}>
        <Button className={styles.grow} appearance="primary" onClick={() => void v.validate()} disabled={v.busy !== null}>
          校验
        </Button>
        <Button onClick={() => void v.mark()} disabled={!v.result || v.busy !== null || v.counts.error + v.counts.warning === 0}>
          标记
        </Button>
        <Button onClick={() => void v.clear()} disabled={v.busy !== null}>
          清除标记
        </Button>
        <Button onClick={() => void v.exportAudit()} disabled={!v.result || v.busy !== null}>
          导出审核报告
        </Button>
      </div>
      <Switch
        checked={v.auto}
        disabled={!v.result || !v.autoAvailable}
        onChange={(_e, d) => v.setAuto(d.checked)}
        label={v.autoAvailable ? '编辑后自动校验（粘贴会绕过数据验证，开启后仍能发现）' : '当前 Excel 版本不支持自动校验'}
      />
      {v.busy && <Spinner size="tiny" label={v.busy === 'mark' ? '正在标记…' : v.busy === 'clear' ? '正在清除标记…' : v.busy === 'export' ? '正在导出审核报告…' : '正在处理…'} />}
      {v.error && (
        <MessageBar intent="error" role="alert">
          <MessageBarBody>{v.error}</MessageBarBody>
        </MessageBar>
      )}
      {v.notice && (
        <MessageBar intent="info" role="status">
          <MessageBarBody>{v.notice}</MessageBarBody>
        </MessageBar>
      )}

      {v.result && (
        <div className={styles.row} role="status" aria-label="校验结果">
          <Badge color="danger" appearance={v.counts.error ? 'filled' : 'outline'}>错误 {v.counts.error}</Badge>
          <Badge color="warning" appearance={v.counts.warning ? 'filled' : 'outline'}>警告 {v.counts.warning}</Badge>
          <Badge color="informative" appearance="outline">无法判断 {v.counts.open}</Badge>
        </div>
      )}
      {v.result && total === 0 && (
        <MessageBar intent="success">
          <MessageBarBody>全部规则通过：勾稽关系成立，没有空白或非数字的单元格。</MessageBarBody>
        </MessageBar>
      )}

      {v.groups.map((group) => (
        <div className={styles.group} key={group.key}>
          <Subtitle2 as="h2">
            {group.title}（{group.findings.length}）
          </Subtitle2>
          <ul className={styles.list}>
            {group.findings.map((f) => (
              <FindingItem key={dismissalKey(f) + f.message} finding={f} onGoTo={() => void v.goTo(f)} onExplain={(reason) => void v.explain(f, reason)} />
            ))}
          </ul>
        </div>
      ))}

      {v.dismissals.length > 0 && (
        <div className={styles.group}>
          <Subtitle2 as="h2">已说明的警告（{v.dismissals.length}）</Subtitle2>
          <ul className={styles.list}>
            {v.dismissals.map((d) => (
              <li key={d.key}>
                <Text block>
                  {d.rule}：{d.message}
                </Text>
                <Caption1 className={styles.muted}>
                  说明（{d.date}）：{d.reason}{' '}
                </Caption1>
                <Button size="small" appearance="transparent" onClick={() => void v.restore(d.key)}>
                  撤销说明
                </Button>
              </li>
            ))}
          </ul>
        </div>
      )}
    </section>
  );
}

function FindingItem({ finding, onGoTo, onExplain }: { finding: Finding; onGoTo(): void; onExplain(reason: string): void }) {
  const styles = useStyles();
  const [explaining, setExplaining] = useState(false);
  const [reason, setReason] = useState('');
  const label = finding.status === 'notAssessable' ? '无法判断' : SEVERITY_LABEL[finding.severity];
  return (
    <li>
      <Button className={styles.finding} appearance="outline" onClick={onGoTo} aria-label={`${label} ${finding.rule}：${finding.message}（点击定位到单元格）`}>
        <span className={styles.head}>
          <Badge size="small" color={finding.status === 'notAssessable' ? 'subtle' : INTENT[finding.severity]}>
            {label}
          </Badge>
          <Caption1>{finding.rule}</Caption1>
        </span>
        <Text>{finding.message}</Text>
        {finding.suggestion && <Caption1 className={styles.suggestion}>{finding.suggestion}</Caption1>}
      </Button>
      {canDismiss(finding) && finding.status === 'fail' && !explaining && (
        <Button size="small" appearance="transparent" onClick={() => setExplaining(true)}>
          填写上报说明
        </Button>
      )}
      {explaining && (
        <Field label="上报说明（为什么这条警告不需要修改）">
          <Textarea value={reason} onChange={(_e, d) => setReason(d.value)} resize="vertical" />
          <Button size="small" appearance="primary" disabled={!reason.trim()} onClick={() => onExplain(reason)}>
            保存说明
          </Button>
        </Field>
      )}
    </li>
  );
}
