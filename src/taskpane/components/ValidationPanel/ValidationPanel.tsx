import { Badge, Button, Caption1, MessageBar, MessageBarBody, Spinner, Subtitle2, Switch, Text } from '@fluentui/react-components';
import { findingLabel } from '../../../core';
import { dismissalKey } from '../../../port';
import { busyLabel, useValidationPanel } from './useValidationPanel';
import type { PanelProps } from '../../tabs';
import { FindingItem } from '../FindingItem';
import { NoSheets } from '../NoSheets';
import { useValidationPanelStyles } from './ValidationPanel.styles';
import { HiddenText, LiveRegion } from '../LiveRegion';

/** 「校验」: runs every rule, lists findings by table, takes the clerk to the cells. */
export function ValidationPanel({ goTo }: PanelProps) {
  const styles = useValidationPanelStyles();
  const { v, total, openShown, toggleOpen, validateButton, dismissedHeading, busy } = useValidationPanel();
  // While 校验 runs its spinner stands where the counts were; the counts come back as new text, so a
  // screen reader says them again even when they are the same as last time.
  const counted = v.result && v.busy !== 'validate';

  return (
    <section className={styles.root} aria-label="校验">
      {/* While an action runs, its button stays focusable (disabledFocusable): the focus stays in place. */}
      <div className={styles.row}>
        <Button ref={validateButton} className={styles.grow} appearance="primary" onClick={() => void v.validate()} disabledFocusable={busy}>
          校验
        </Button>
        <Button onClick={() => void v.mark()} disabled={!v.result || v.counts.error + v.counts.warning === 0} disabledFocusable={busy}>
          标记
        </Button>
        <Button onClick={() => void v.clear()} disabled={!v.hasMarks} disabledFocusable={busy}>
          清除标记
        </Button>
        <Button onClick={() => void v.exportAudit()} disabled={!v.result} disabledFocusable={busy}>
          导出审核报告
        </Button>
      </div>
      <Switch
        checked={v.auto}
        disabled={!v.result || !v.autoAvailable}
        onChange={(_e, d) => v.setAuto(d.checked)}
        label={v.autoAvailable ? '编辑后自动校验（粘贴会绕过数据验证，开启后仍能发现）' : '当前 Excel 版本不支持自动校验'}
      />
      <LiveRegion>
        {v.busy && <Spinner size="tiny" label={busyLabel(v.busy)} />}
        {v.error && (
          <MessageBar intent="error" role="alert" aria-labelledby={undefined}>
            <MessageBarBody>{v.error}</MessageBarBody>
          </MessageBar>
        )}
        {v.notice && (
          <MessageBar intent="info" role="status" aria-labelledby={undefined}>
            <MessageBarBody>{v.notice}</MessageBarBody>
          </MessageBar>
        )}
        {v.noSheets && <NoSheets what="先插入年报工作表并填写表格，再来校验。" goTo={goTo} />}

        {counted && (
          <div className={styles.row} role="status" aria-label="校验结果">
            <HiddenText>校验完成：</HiddenText>
            <Badge color="danger" appearance={v.counts.error ? 'filled' : 'outline'}>错误 {v.counts.error}</Badge>
            <HiddenText>、</HiddenText>
            <Badge color="warning" appearance={v.counts.warning ? 'filled' : 'outline'}>警告 {v.counts.warning}</Badge>
            <HiddenText>、</HiddenText>
            <Badge color="informative" appearance="outline">无法判断 {v.counts.open}</Badge>
          </div>
        )}
        {counted && total === 0 && (
          <MessageBar intent="success" aria-labelledby={undefined}>
            <MessageBarBody>全部规则通过：勾稽关系成立，没有空白或非数字的单元格。</MessageBarBody>
          </MessageBar>
        )}
      </LiveRegion>

      {v.groups.map((group) => (
        <div className={styles.group} key={group.key}>
          <Subtitle2 as="h2">
            {group.title}（{group.findings.length + group.open.length}）
          </Subtitle2>
          <ul className={styles.list}>
            {group.findings.map((f) => (
              <FindingItem
                key={dismissalKey(f) + f.message}
                finding={f}
                place={v.place(f)}
                onGoTo={() => void v.goTo(f)}
                onExplain={(reason) => void v.explain(f, reason)}
                onFillZero={() => void v.fillZero(f)}
              />
            ))}
          </ul>
          {group.open.length > 0 && (
            <>
              <Button
                className={styles.toggle}
                size="small"
                appearance="subtle"
                aria-expanded={openShown.has(group.key)}
                onClick={() => toggleOpen(group.key)}
              >
                {openShown.has(group.key) ? '▾ 收起' : '▸ 展开'}无法判断的 {group.open.length} 项（补全上面的单元格后即可核对）
              </Button>
              {openShown.has(group.key) && (
                <ul className={styles.list} aria-label={`${group.title} 无法判断`}>
                  {group.open.map((f) => (
                    <FindingItem key={dismissalKey(f) + f.message} finding={f} place={v.place(f)} onGoTo={() => void v.goTo(f)} onExplain={(reason) => void v.explain(f, reason)} />
                  ))}
                </ul>
              )}
            </>
          )}
        </div>
      ))}

      {v.dismissals.length > 0 && (
        <div className={styles.group}>
          <h2 ref={dismissedHeading} tabIndex={-1} className={styles.heading}>
            <Subtitle2>已说明的警告（{v.dismissals.length}）</Subtitle2>
          </h2>
          <ul className={styles.list}>
            {v.dismissals.map((d) => (
              <li key={d.key}>
                <Text block>
                  {findingLabel(d)}（{d.rule}）：{d.message}
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
