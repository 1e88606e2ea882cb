import { Badge, Button, Caption1, Field, Text, Textarea } from '@fluentui/react-components';
import type { Finding } from '../../../core';
import { canDismiss } from '../../../port';
import { useFindingItem } from './useFindingItem';
import { useFindingItemStyles } from './FindingItem.styles';

const INTENT = { error: 'danger', warning: 'warning', info: 'informative' } as const;

export interface FindingItemProps {
  finding: Finding;
  /** Where the clerk finds it: 「表三 D9」. */
  place?: string;
  onGoTo(): void;
  onExplain(reason: string): void;
  /** Fills the finding's blank input cells with 0; offered after asking. */
  onFillZero?(): void;
}

/**
 * One finding as a clerk reads it: what kind of problem (勾稽关系, 空白或非数字 …) and where, then
 * the numbers and what to do. The rule ID stays small, after the message, for whoever needs it (the 审核报告
 * has it in full). The button's name is its visible text in the order it is shown (WCAG 2.5.3), then
 * what a click does.
 */
export function FindingItem({ finding, place, onGoTo, onExplain, onFillZero }: FindingItemProps) {
  const styles = useFindingItemStyles();
  const { explaining, setExplaining, reason, setReason, confirmFill, setConfirmFill, severity, label, fill, confirmRef } = useFindingItem(finding);
  return (
    <li>
      <Button
        className={styles.finding}
        appearance="outline"
        onClick={onGoTo}
        aria-label={`${severity} ${label}${place ? ` ${place}` : ''}：${finding.message}（规则 ${finding.rule}）${finding.suggestion ?? ''}点击定位到单元格`}
      >
        {/* The spaces are those of the name (the flex layout does not show them). */}
        <span className={styles.head}>
          <Badge size="small" color={finding.status === 'notAssessable' ? 'subtle' : INTENT[finding.severity]}>
            {severity}
          </Badge>
          {' '}
          <Text weight="semibold">{label}</Text>
          {place && (
            <>
              {' '}
              <Caption1 className={styles.place}>{place}</Caption1>
            </>
          )}
        </span>
        <Text>
          {finding.message}
          <Caption1 className={styles.rule}>（规则 {finding.rule}）</Caption1>
        </Text>
        {finding.suggestion && <Caption1 className={styles.suggestion}>{finding.suggestion}</Caption1>}
      </Button>
      <div className={styles.actions}>
        {onFillZero && fill.length > 0 && (
          <Button size="small" appearance="secondary" onClick={() => setConfirmFill(true)} disabled={confirmFill}>
            空白的都填 0…
          </Button>
        )}
        {canDismiss(finding) && finding.status === 'fail' && !explaining && (
          <Button size="small" appearance="transparent" onClick={() => setExplaining(true)}>
            填写上报说明
          </Button>
        )}
      </div>
      {confirmFill && onFillZero && (
        // Takes the focus when it opens; Escape closes it, and the focus returns to 「空白的都填 0…」.
        <div
          ref={confirmRef}
          className={styles.confirm}
          role="alertdialog"
          aria-label="确认填 0"
          tabIndex={-1}
          onKeyDown={(e) => {
            if (e.key === 'Escape') {
              e.stopPropagation();
              setConfirmFill(false);
            }
          }}
        >
          <Text>
            把这 {fill.length} 个空白的填写单元格都填为 0？只在确实没有的情况下这样做。已填的数字和文字、合计公式都不会改动。
          </Text>
          <div className={styles.actions}>
            <Button
              size="small"
              appearance="primary"
              onClick={() => {
                setConfirmFill(false);
                onFillZero();
              }}
            >
              填 0
            </Button>
            <Button size="small" onClick={() => setConfirmFill(false)}>
              取消
            </Button>
          </div>
        </div>
      )}
      {explaining && (
        <Field label="上报说明（为什么这条警告不需要修改）">
          {/* The editor opens where the clerk asked for it, with the focus in it. */}
          <Textarea value={reason} onChange={(_e, d) => setReason(d.value)} resize="vertical" autoFocus />
          <Button size="small" appearance="primary" disabled={!reason.trim()} onClick={() => onExplain(reason)}>
            保存说明
          </Button>
        </Field>
      )}
    </li>
  );
}
