import { Link, MessageBar, MessageBarBody, MessageBarTitle } from '@fluentui/react-components';
import { findingLabel, GAP_KIND_LABEL, gapMessage, type DocumentFinding, type Finding, type InputGap } from '../../../core';
import { usePublishChecklist } from './usePublishChecklist';
import { usePublishChecklistStyles } from './PublishChecklist.styles';

export interface PublishChecklistProps {
  /** Table errors still open: the report is a draft until they are fixed and it is made again. */
  errors: Finding[];
  /** Text to change: kept edits the text rules flag, gaps left to fill (【请填写…】). */
  findings: DocumentFinding[];
  /** Paragraphs that are only general statements for want of 正文素材, and customary parts left out. */
  gaps: InputGap[];
  place(finding: Finding): string | undefined;
  onGoTo(finding: Finding): void;
  onFill(key: string): void;
}

/**
 * 「发布前应处理」: everything that should change before the report goes out, each with the way to it —
 * the table errors (to their cell), the text (to 报告正文 or the form), the general statements (to
 * the field that fills them). Short lines: at 320 px full sentences would push the preview away.
 */
export function PublishChecklist({ errors, findings, gaps, place, onGoTo, onFill }: PublishChecklistProps) {
  const styles = usePublishChecklistStyles();
  const { showGaps, setGapsShown, total } = usePublishChecklist({ errors, findings, gaps });
  if (!total) return null;
  const intent = errors.length || findings.some((f) => f.severity === 'error') ? 'error' : 'warning';
  return (
    <MessageBar intent={intent} layout="multiline">
      <MessageBarBody>
        <MessageBarTitle>发布前应处理 {total} 处</MessageBarTitle>
        {errors.length > 0 && (
          <>
            <div className={styles.part}>表格错误 {errors.length} 处（改正后重新生成，报告才不再是草稿）</div>
            <ul className={styles.list}>
              {errors.map((f, i) => {
                const where = place(f);
                return (
                  <li key={i} title={f.message}>
                    {findingLabel(f)}
                    {where ? ` · ${where}` : ''}：{f.message}{' '}
                    <Link as="button" onClick={() => onGoTo(f)} aria-label={`定位到${where ?? '单元格'}`}>
                      定位
                    </Link>
                  </li>
                );
              })}
            </ul>
          </>
        )}
        {findings.length > 0 && (
          <>
            <div className={styles.part}>正文 {findings.length} 处（保留的修改请在“报告正文”中改正，待填写的内容请在正文素材中补充）</div>
            <ul className={styles.list}>
              {findings.map((f, i) => (
                <li key={i}>
                  {f.paragraph && `${f.paragraph.where}${f.paragraph.source === 'clerk' ? '（您保留的修改）' : ''}：`}
                  {f.message}
                </li>
              ))}
            </ul>
          </>
        )}
        {gaps.length > 0 && (
          <>
            <div className={styles.part}>
              内容空泛或缺项 {gaps.length} 处（评议常指出“套话多、缺项”，补充正文素材后再生成）
              {!showGaps && (
                <>
                  {' '}
                  <Link as="button" onClick={() => setGapsShown(true)} aria-expanded={false}>
                    查看
                  </Link>
                </>
              )}
            </div>
            {showGaps && (
              <ul className={styles.list}>
                {gaps.map((gap) => (
                  <li key={`${gap.id}.${gap.kind}`} title={gapMessage(gap)}>
                    {gap.title}：{GAP_KIND_LABEL[gap.kind]}{' '}
                    <Link as="button" onClick={() => onFill(gap.keys[0])} aria-label={`去填写“${gap.title}”`}>
                      去填写
                    </Link>
                  </li>
                ))}
              </ul>
            )}
          </>
        )}
      </MessageBarBody>
    </MessageBar>
  );
}
