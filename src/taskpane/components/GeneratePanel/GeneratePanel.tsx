import {
  Button,
  Dialog,
  DialogActions,
  DialogBody,
  DialogContent,
  DialogSurface,
  DialogTitle,
  MessageBar,
  MessageBarBody,
  MessageBarTitle,
  Spinner,
  Subtitle2,
  Text,
} from '@fluentui/react-components';
import { findingLabel, narrativeGaps } from '../../../core';
import { placeOf } from '../../place';
import type { PanelProps } from '../../tabs';
import { ChartsCheckbox, GraphicDownload } from '../ChartOutputs';
import { InputsForm } from '../InputsForm';
import { NoSheets } from '../NoSheets';
import { PublishChecklist } from '../PublishChecklist';
import { ReportPreview } from '../ReportPreview';
import { LiveRegion } from '../LiveRegion';
import { useGeneratePanel } from './useGeneratePanel';
import { useGeneratePanelStyles } from './GeneratePanel.styles';

/** At most this many errors are listed in the gate; the 校验 tab has them all. */
const LISTED_ERRORS = 8;

/** 「生成报告」: the 正文素材 form, the gate, the preview and the outputs. */
export function GeneratePanel({ active = true, goTo }: Partial<PanelProps>) {
  const styles = useGeneratePanelStyles();
  const { form, navigation, g, charts, step, busy, generateButton } = useGeneratePanel(active);

  // Before the report sheets exist there is nothing to fill in nor to generate from.
  if (form.noSheets) {
    return (
      <section className={styles.root} aria-label="生成报告">
        <NoSheets what="插入后，这里显示正文素材的表单：填写后由它和表二、表三、表四生成报告全文。" goTo={goTo} />
      </section>
    );
  }

  return (
    <section className={styles.root} aria-label="生成报告">
      <Text>填写正文素材后生成报告。依申请公开、复议诉讼等数字直接取自表格，不需要在这里填写。</Text>
      <InputsForm form={form} navigation={navigation} />
      {/* Busy, the buttons stay focusable (disabledFocusable), so the focus stays where it was. */}
      <Button ref={generateButton} appearance="primary" onClick={() => void g.generate(form.inputsForGenerating)} disabledFocusable={busy}>
        {form.dirty && !form.sheetMissing ? '保存并生成报告' : '生成报告'}
      </Button>
      <LiveRegion>
        {busy && <Spinner size="tiny" label={g.busy === 'docx' ? '正在生成 Word 文档…' : g.busy === 'generate' ? '正在生成报告…' : charts.busy ? '正在生成图解…' : '正在处理…'} />}
        {[form.error, g.error, charts.error].filter(Boolean).map((message) => (
          <MessageBar key={message} intent="error" role="alert" aria-labelledby={undefined}>
            <MessageBarBody>{message}</MessageBarBody>
          </MessageBar>
        ))}
        {[form.notice, g.notice, charts.notice].filter(Boolean).map((message) => (
          <MessageBar key={message} intent="success" role="status" aria-labelledby={undefined}>
            <MessageBarBody>{message}</MessageBarBody>
          </MessageBar>
        ))}

        {step.kind === 'done' && step.doc.draft && (
          <MessageBar intent="warning" layout="multiline" role="status">
            <MessageBarBody>
              <MessageBarTitle>已生成草稿，写入工作表“{step.sheet}”</MessageBarTitle>
              表格尚有 {step.doc.draft.errors.length} 处错误，报告的标题下注明了“草稿”，不能作为正式报告发布。改正下列错误后重新生成。
            </MessageBarBody>
          </MessageBar>
        )}
      </LiveRegion>

      {step.kind === 'done' && (
        <>
          <Subtitle2 as="h2">预览</Subtitle2>
          <ChartsCheckbox charts={charts} />
          <div className={styles.row}>
            <Button appearance="primary" onClick={() => void g.downloadDocx()} disabled={g.downloadRoute === 'none'} disabledFocusable={busy}>
              {step.doc.draft ? '下载 Word 文档（草稿）' : '下载 Word 文档'}
            </Button>
            <Button onClick={() => void g.copyAll()} disabledFocusable={busy}>
              复制全文
            </Button>
          </div>
          {g.downloadRoute === 'browser' && <Text size={200}>此版本的 Excel 不能在任务窗格中下载，Word 文档将在浏览器中打开下载页面保存。</Text>}
          {g.downloadRoute === 'none' && <Text size={200}>此版本的 Excel 无法从加载项下载文件，请复制全文粘贴到 Word 或 WPS。</Text>}
          <GraphicDownload charts={charts} source={step.charts} draftErrors={step.doc.draft?.errors.length ?? 0} busy={busy} route={g.downloadRoute} />
          <PublishChecklist
            errors={step.doc.draft?.errors ?? []}
            findings={step.findings}
            gaps={narrativeGaps(step.doc.narrative)}
            place={(f) => placeOf(f, step.read)}
            onGoTo={(f) => void g.goToFinding(f)}
            onFill={navigation.focusField}
          />
          <ReportPreview doc={step.doc} />
        </>
      )}

      {/* Escape answers each question as its cautious button does. */}
      <Dialog open={step.kind === 'confirmErrors'} modalType="alert" onOpenChange={(_e, d) => !d.open && g.answerErrors(false)}>
        <DialogSurface className={styles.surface}>
          <DialogBody>
            <DialogTitle>表格中还有错误</DialogTitle>
            <DialogContent className={styles.content}>
              {step.kind === 'confirmErrors' && (
                <>
                  <Text>校验发现 {step.snapshot.errors.length} 处错误。带着错误生成的报告，数字和勾稽关系会有问题，标题下会注明“草稿”：</Text>
                  <ul className={styles.list} tabIndex={0} aria-label="表格中的错误">
                    {step.snapshot.errors.slice(0, LISTED_ERRORS).map((f, i) => (
                      <li key={i}>
                        <Text weight="semibold">{findingLabel(f)}</Text> {f.message}
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
              <Button onClick={() => g.answerErrors(true)}>仍然生成（标为草稿）</Button>
            </DialogActions>
          </DialogBody>
        </DialogSurface>
      </Dialog>

      <Dialog open={g.askDraft && step.kind === 'done'} modalType="alert" onOpenChange={(_e, d) => !d.open && g.cancelDraftDownload()}>
        <DialogSurface className={styles.surface}>
          <DialogBody>
            <DialogTitle>这是一份草稿</DialogTitle>
            <DialogContent className={styles.content}>
              <Text>
                生成时表格尚有 {step.kind === 'done' ? (step.doc.draft?.errors.length ?? 0) : 0} 处错误，Word 文档的标题下注明了“草稿”，其中的数字可能不对。改正表格后重新生成，才是可以发布的报告。
              </Text>
              <Text>仍要下载这份草稿吗？</Text>
            </DialogContent>
            <DialogActions className={styles.actions}>
              <Button appearance="primary" onClick={g.cancelDraftDownload}>
                不下载，先去修改
              </Button>
              <Button onClick={() => void g.downloadDocx(true)}>下载草稿</Button>
            </DialogActions>
          </DialogBody>
        </DialogSurface>
      </Dialog>

      <Dialog open={step.kind === 'confirmEdits'} modalType="alert" onOpenChange={(_e, d) => !d.open && g.answerEdits('cancel')}>
        <DialogSurface className={styles.surface}>
          <DialogBody>
            <DialogTitle>{step.kind === 'confirmEdits' && step.snapshot.edits.length === 0 ? '“报告正文”有改动' : '“报告正文”中有您修改过的段落'}</DialogTitle>
            <DialogContent className={styles.content}>
              {step.kind === 'confirmEdits' && (
                <>
                  {step.changedMeanwhile && <Text weight="semibold">“报告正文”在此期间又有修改，请再确认一次。</Text>}
                  {step.snapshot.edits.length > 0 && <Text>以下 {step.snapshot.edits.length} 段与自动生成的文字不同：</Text>}
                  <ul className={styles.list} tabIndex={0} aria-label="您修改过的段落">
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
