import {
  Button,
  Caption1,
  Dialog,
  DialogActions,
  DialogBody,
  DialogContent,
  DialogSurface,
  DialogTitle,
  Field,
  MessageBar,
  MessageBarBody,
  MessageBarTitle,
  Spinner,
  Subtitle2,
  Text,
  Textarea,
} from '@fluentui/react-components';
import type { ReactNode } from 'react';
import { TABLE_LABEL, type PreviousMismatch } from '../../../core';
import { useImportPreviousPanel } from './useImportPreviousPanel';
import { useImportPreviousPanelStyles } from './ImportPreviousPanel.styles';
import { LiveRegion } from '../LiveRegion';

/**
 * The report given as last year's is of another year or another agency: said first and plainly,
 * with what to do; the actions (children) stand under it.
 */
function MismatchWarning({ what, children }: { what: PreviousMismatch; children: ReactNode }) {
  const styles = useImportPreviousPanelStyles();
  return (
    <MessageBar intent="error" layout="multiline" role="alert">
      <MessageBarBody>
        <MessageBarTitle>这可能不是本机关上一年度的报告</MessageBarTitle>
        {[what.year, what.agency].filter(Boolean).map((line) => (
          <div key={line}>{line}</div>
        ))}
        <div>用它核对或填写“上年结转”会得出错误的结果。请换用本机关上一年度的报告；确是本机关的（例如机关更名），再确认。</div>
        <div className={styles.row}>{children}</div>
      </MessageBarBody>
    </MessageBar>
  );
}

/** 「上年报告」: import last year's published report for cross-year checks and 上年结转. */
export function ImportPreviousPanel() {
  const styles = useImportPreviousPanelStyles();
  const { v, pasted, setPasted, fileInput, result, read, total, fileButton } = useImportPreviousPanel();

  return (
    <section className={styles.root} aria-label="导入上年报告">
      <Text>导入上年已发布的年报（PDF、Word、网页或文字），用于跨年度校验，并可填写本年“上年结转”。</Text>
      <input
        ref={fileInput}
        className={styles.hidden}
        type="file"
        accept=".pdf,.docx,.html,.htm,.txt,.md"
        aria-label="选择上年年报文件"
        onChange={(e) => {
          const file = e.target.files?.[0];
          if (file) void v.importFile(file);
          e.target.value = '';
        }}
      />
      <Button ref={fileButton} onClick={() => fileInput.current?.click()} disabledFocusable={v.busy}>
        选择文件（PDF、.docx、.html、.txt）
      </Button>
      <Field label="或粘贴上年年报全文">
        <Textarea value={pasted} onChange={(_e, d) => setPasted(d.value)} rows={5} resize="vertical" placeholder="从网站或 Word 中复制全文粘贴到这里" />
      </Field>
      <Button appearance="primary" onClick={() => void v.importText(pasted, '粘贴的文字')} disabled={!pasted.trim()} disabledFocusable={v.busy}>
        识别
      </Button>
      <LiveRegion>
        {v.busy && <Spinner size="tiny" label="正在处理…" />}
        {v.error && (
          <MessageBar intent="error" role="alert" aria-labelledby={undefined}>
            <MessageBarBody>{v.error}</MessageBarBody>
          </MessageBar>
        )}
        {v.notice && (
          <MessageBar intent="success" role="status" aria-labelledby={undefined}>
            <MessageBarBody>{v.notice}</MessageBarBody>
          </MessageBar>
        )}

        {result && (
          <div className={styles.card} role="status" aria-label="识别结果">
            <Subtitle2 as="h2">识别结果：{v.imported!.source}</Subtitle2>
            <Text>机关：{result.data.agency ?? '（未写明）'}</Text>
            <Text>年度：{result.data.year ?? '（未写明）'}{'\u3000'}表格格式：{result.data.format} 版</Text>
            <Text>
              章节 {result.sections.length}/6；读出 {read}/{total} 个单元格
              {result.arithmetic.length > 0 && `（其中 ${result.arithmetic.length} 个按表格勾稽关系读出）`}
            </Text>
            {result.unreliableTables.length > 0 && (
              <MessageBar intent="warning">
                <MessageBarBody>
                  <MessageBarTitle>未能可靠识别</MessageBarTitle>
                  {result.unreliableTables.map((t) => TABLE_LABEL[t]).join('、')}的部分行无法逐格分辨，已留空，不会用于校验。
                </MessageBarBody>
              </MessageBar>
            )}
            {result.diagnostics.length > 0 && (
              <ul className={styles.list}>
                {result.diagnostics.slice(0, 6).map((d, i) => (
                  <li key={i}>
                    <Caption1>
                      {v.imported!.source.toLowerCase().endsWith('.pdf') ? (d.page ? `第 ${d.page} 页：` : '') : d.line ? `第 ${d.line} 行：` : ''}
                      {d.message}
                    </Caption1>
                  </li>
                ))}
              </ul>
            )}
            {v.mismatch?.of === 'imported' ? (
              <MismatchWarning what={v.mismatch.what}>
                <Button appearance="primary" onClick={v.discard} disabledFocusable={v.busy}>
                  不保存，重新选择
                </Button>
                <Button onClick={() => void v.save(true)} disabledFocusable={v.busy}>
                  确是本机关上年报告，保存
                </Button>
              </MismatchWarning>
            ) : (
              <div className={styles.row}>
                <Button appearance="primary" onClick={() => void v.save()} disabledFocusable={v.busy}>
                  保存为上年数据
                </Button>
              </div>
            )}
          </div>
        )}

      </LiveRegion>

      {v.saved && (
        <div className={styles.card}>
          <Subtitle2 as="h2">已保存的上年数据</Subtitle2>
          <Text>
            {v.saved.source}（{v.saved.data.year ?? '年度未写明'}，{v.saved.importedAt} 导入）
          </Text>
          {v.mismatch?.of === 'saved' && (
            <MismatchWarning what={v.mismatch.what}>
              <Button onClick={() => void v.confirmSaved()} disabledFocusable={v.busy}>
                确是本机关上年报告
              </Button>
            </MismatchWarning>
          )}
          <div className={styles.row}>
            <Button onClick={() => void v.proposeCarryOver()} disabled={v.mismatch?.of === 'saved'} disabledFocusable={v.busy}>
              用上年数据填写本年“上年结转”
            </Button>
            <Button appearance="subtle" onClick={() => void v.forget()} disabledFocusable={v.busy}>
              删除上年数据
            </Button>
          </div>
        </div>
      )}

      {/* A modal question: the focus is inside it, Escape cancels, and the focus returns to its button. */}
      <Dialog open={Boolean(v.proposals && v.proposals.length > 0)} modalType="alert" onOpenChange={(_e, d) => !d.open && v.cancelProposals()}>
        <DialogSurface className={styles.surface}>
          <DialogBody>
            <DialogTitle>确认填写上年结转</DialogTitle>
            <DialogContent className={styles.content}>
              <Text>将用上年报告的“结转下年度”填写表三“上年结转”：</Text>
              <ul className={styles.list}>
                {(v.proposals ?? []).map((p) => (
                  <li key={p.cellId} className={p.current !== null ? styles.changed : undefined}>
                    {p.column}（{p.address}）：{p.current === null ? '空白' : `现为 ${p.current}`} → {p.value}
                  </li>
                ))}
              </ul>
              {v.proposals?.some((p) => p.current !== null) && <Caption1 className={styles.changed}>橙色的单元格已有数字，确认后将被改为上年结转下年度的数字。</Caption1>}
            </DialogContent>
            <DialogActions className={styles.actions}>
              <Button appearance="primary" onClick={() => void v.applyProposals()} disabledFocusable={v.busy}>
                确认填写
              </Button>
              <Button onClick={v.cancelProposals}>取消</Button>
            </DialogActions>
          </DialogBody>
        </DialogSurface>
      </Dialog>
    </section>
  );
}
