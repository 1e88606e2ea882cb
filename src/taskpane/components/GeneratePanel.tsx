import {
  Button,
  Dialog,
  DialogActions,
  DialogBody,
  DialogContent,
  DialogSurface,
  DialogTitle,
  Link,
  MessageBar,
  MessageBarBody,
  MessageBarTitle,
  Spinner,
  Subtitle2,
  Text,
  makeStyles,
  tokens,
} from '@fluentui/react-components';
import { useEffect, useRef } from 'react';
import { GAP_KIND_LABEL, gapMessage, narrativeGaps, type DocumentFinding, type InputGap } from '../../core';
import { useFieldFocus } from '../hooks/useFieldFocus';
import { useGenerateReport } from '../hooks/useGenerateReport';
import { useNarrativeInputs } from '../hooks/useNarrativeInputs';
import { InputsForm } from './InputsForm';
import { ReportPreview } from './ReportPreview';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM },
  row: { display: 'flex', gap: tokens.spacingHorizontalS, flexWrap: 'wrap' },
  surface: { maxWidth: 'calc(100vw - 24px)', padding: tokens.spacingHorizontalL },
  content: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  list: { margin: 0, paddingLeft: tokens.spacingHorizontalXL, maxHeight: '40vh', overflowY: 'auto' },
  actions: { display: 'flex', flexDirection: 'column', alignItems: 'stretch', gap: tokens.spacingVerticalS },
  quote: { color: tokens.colorNeutralForeground3 },
  problem: { display: 'block', color: tokens.colorPaletteRedForeground1 },
  gaps: { margin: `${tokens.spacingVerticalXS} 0 0`, paddingLeft: tokens.spacingHorizontalL, display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXS },
});

/** At most this many errors are listed in the gate; the 校验 tab has them all. */
const LISTED_ERRORS = 8;

/** 「生成报告」: the 正文素材 form, the gate, the preview and the outputs. */
export function GeneratePanel({ active = true }: { active?: boolean }) {
  const styles = useStyles();
  const form = useNarrativeInputs();
  const navigation = useFieldFocus();
  // Coming back to the tab: the sheet may have changed meanwhile (edited, or a new set inserted).
  // Without unsaved changes the form reads it again; with them, it keeps what the clerk typed.
  const { dirty, load } = form;
  const wasActive = useRef(active);
  useEffect(() => {
    if (active && !wasActive.current && !dirty) void load();
    wasActive.current = active;
  }, [active, dirty, load]);
  const g = useGenerateReport();
  const step = g.step;
  const busy = g.busy !== null || form.busy !== null;

  return (
    <section className={styles.root} aria-label="生成报告">
      <Text>填写正文素材后生成报告。依申请公开、复议诉讼等数字直接取自表格，不需要在这里填写。</Text>
      <InputsForm form={form} navigation={navigation} />
      <Button appearance="primary" onClick={() => void g.generate(form.inputsForGenerating)} disabled={busy}>
        {form.dirty && !form.sheetMissing ? '保存并生成报告' : '生成报告'}
      </Button>
      {busy && <Spinner size="tiny" label={g.busy === 'docx' ? '正在生成 Word 文档…' : '正在处理…'} />}
      {[form.error, g.error].filter(Boolean).map((message) => (
        <MessageBar key={message} intent="error" role="alert">
          <MessageBarBody>{message}</MessageBarBody>
        </MessageBar>
      ))}
      {[form.notice, g.notice].filter(Boolean).map((message) => (
        <MessageBar key={message} intent="success" role="status">
          <MessageBarBody>{message}</MessageBarBody>
        </MessageBar>
      ))}

      {step.kind === 'done' && (
        <>
          <Subtitle2 as="h2">预览</Subtitle2>
          <div className={styles.row}>
            <Button appearance="primary" onClick={() => void g.downloadDocx()} disabled={busy || g.downloadRoute === 'none'}>
              下载 Word 文档
            </Button>
            <Button onClick={() => void g.copyAll()} disabled={busy}>
              复制全文
            </Button>
          </div>
          {g.downloadRoute === 'browser' && <Text size={200}>此版本的 Excel 不能在任务窗格中下载，Word 文档将在浏览器中打开下载页面保存。</Text>}
          {g.downloadRoute === 'none' && <Text size={200}>此版本的 Excel 无法从加载项下载文件，请复制全文粘贴到 Word 或 WPS。</Text>}
          <ReportFindings findings={step.findings} />
          <ReportGaps gaps={narrativeGaps(step.doc.narrative)} onFill={navigation.focusField} />
          <ReportPreview doc={step.doc} />
        </>
      )}

      <Dialog open={step.kind === 'confirmErrors'} modalType="alert">
        <DialogSurface className={styles.surface}>
          <DialogBody>
            <DialogTitle>表格中还有错误</DialogTitle>
            <DialogContent className={styles.content}>
              {step.kind === 'confirmErrors' && (
                <>
                  <Text>校验发现 {step.snapshot.errors.length} 处错误。带着错误生成的报告，数字和勾稽关系会有问题：</Text>
                  <ul className={styles.list}>
                    {step.snapshot.errors.slice(0, LISTED_ERRORS).map((f, i) => (
                      <li key={i}>
                        <Text weight="semibold">{f.rule}</Text> {f.message}
                      </li>
                    ))}
                  </ul>
                  {step.snapshot.errors.length > LISTED_ERRORS && <Text>另有 {step.snapshot.errors.length - LISTED_ERRORS} 处，请在“校验”中查看。</Text>}
                </>
              )}
            </DialogContent>
            <DialogActions className={styles.actions}>
              <Button appearance="primary" onClick={() => g.answerErrors(false)}>
                先去修改
              </Button>
              <Button onClick={() => g.answerErrors(true)}>仍然生成</Button>
            </DialogActions>
          </DialogBody>
        </DialogSurface>
      </Dialog>

      <Dialog open={step.kind === 'confirmEdits'} modalType="alert">
        <DialogSurface className={styles.surface}>
          <DialogBody>
            <DialogTitle>{step.kind === 'confirmEdits' && step.snapshot.edits.length === 0 ? '“报告正文”有改动' : '“报告正文”中有您修改过的段落'}</DialogTitle>
            <DialogContent className={styles.content}>
              {step.kind === 'confirmEdits' && (
                <>
                  {step.changedMeanwhile && <Text weight="semibold">“报告正文”在此期间又有修改，请再确认一次。</Text>}
                  {step.snapshot.edits.length > 0 && <Text>以下 {step.snapshot.edits.length} 段与自动生成的文字不同：</Text>}
                  <ul className={styles.list}>
                    {step.snapshot.edits.map((e) => (
                      <li key={e.id}>
                        <Text weight="semibold">{e.heading}</Text>
                        <br />
                        <Text className={styles.quote}>{e.text.length > 60 ? `${e.text.slice(0, 60)}…` : e.text || '（已清空）'}</Text>
                        {e.problems.map((message) => (
                          <Text key={message} size={200} className={styles.problem}>
                            此段有问题：{message}
                          </Text>
                        ))}
                      </li>
                    ))}
                  </ul>
                  {step.snapshot.edits.length > 0 && <Text>保留时，这些段落原样写回，其余段落按最新的表格和素材重新生成。</Text>}
                  {step.snapshot.otherChanges && (
                    <Text>报告正文中的标题、表格或新增的行也有改动；重新生成时，这些改动不会保留（表格数字以表二、表三、表四工作表为准）。</Text>
                  )}
                </>
              )}
            </DialogContent>
            <DialogActions className={styles.actions}>
              {step.kind === 'confirmEdits' && step.snapshot.edits.length > 0 ? (
                <>
                  <Button appearance="primary" onClick={() => g.answerEdits('keep')}>
                    保留我的修改
                  </Button>
                  <Button onClick={() => g.answerEdits('discard')}>放弃修改，全部重新生成</Button>
                </>
              ) : (
                <Button appearance="primary" onClick={() => g.answerEdits('discard')}>
                  重新生成
                </Button>
              )}
              <Button appearance="subtle" onClick={() => g.answerEdits('cancel')}>
                取消
              </Button>
            </DialogActions>
          </DialogBody>
        </DialogSurface>
      </Dialog>
    </section>
  );
}

/**
 * Where the generated report is general or leaves out what is customary, each with a way to the
 * field that fills it. Short lines: at 320 px a list of full sentences would push the preview away.
 */
function ReportGaps({ gaps, onFill }: { gaps: InputGap[]; onFill: (key: string) => void }) {
  const styles = useStyles();
  if (!gaps.length) return null;
  return (
    <MessageBar intent="warning" layout="multiline" aria-label="内容空泛或缺项">
      <MessageBarBody>
        <MessageBarTitle>有 {gaps.length} 处内容空泛或缺项</MessageBarTitle>
        <div>评议常指出“套话多、缺项”。补充正文素材后再生成一次：</div>
        <ul className={styles.gaps}>
          {gaps.map((gap) => (
            <li key={`${gap.id}.${gap.kind}`} title={gapMessage(gap)}>
              {gap.title}：{GAP_KIND_LABEL[gap.kind]}{' '}
              <Link as="button" onClick={() => onFill(gap.keys[0])} aria-label={`去填写“${gap.title}”`}>
                去填写
              </Link>
            </li>
          ))}
        </ul>
      </MessageBarBody>
    </MessageBar>
  );
}

/** What must change before the report is published: kept edits the tables contradict, gaps left to fill. */
function ReportFindings({ findings }: { findings: DocumentFinding[] }) {
  const styles = useStyles();
  if (!findings.length) return null;
  return (
    <MessageBar intent={findings.some((f) => f.severity === 'error') ? 'error' : 'warning'} layout="multiline" aria-label="发布前应处理">
      <MessageBarBody>
        <MessageBarTitle>发布前应处理 {findings.length} 处</MessageBarTitle>
        <ul className={styles.gaps}>
          {findings.map((f, i) => (
            <li key={i}>
              {f.paragraph && `${f.paragraph.where}${f.paragraph.source === 'clerk' ? '（您保留的修改）' : ''}：`}
              {f.message}
            </li>
          ))}
        </ul>
        <div>保留的修改请在“报告正文”工作表中改正；待填写的内容请在上方正文素材中补充后重新生成。</div>
      </MessageBarBody>
    </MessageBar>
  );
}
