import { Button, Dialog, DialogActions, DialogBody, DialogContent, DialogSurface, DialogTitle, Text } from '@fluentui/react-components';
import { SHEET_TITLES, sheetNameFor } from '../../../core';
import { useConflictDialogStyles } from './ConflictDialog.styles';

export interface ConflictDialogProps {
  open: boolean;
  /** Our sheet names (and defined names) found in the workbook. */
  conflicts: string[];
  /** The copy the new sheets would be: 2 gives 「基本信息 (2)」 and so on. */
  nextCopy: number;
  onKeepBoth(): void;
  onCancel(): void;
}

const TITLES = Object.values(SHEET_TITLES);

/** Splits the conflicts into sheet names a clerk recognises and the add-in's own defined names. */
export function describeConflicts(conflicts: string[]): { sheets: string[]; names: string[] } {
  const isSheet = (n: string) => TITLES.some((t) => n === t || n.startsWith(`${t} (`));
  return { sheets: conflicts.filter(isSheet), names: conflicts.filter((n) => !isSheet(n)) };
}

/** Asks before anything is added next to existing sheets; nothing is ever replaced. */
export function ConflictDialog({ open, conflicts, nextCopy, onKeepBoth, onCancel }: ConflictDialogProps) {
  const styles = useConflictDialogStyles();
  const { sheets, names } = describeConflicts(conflicts);
  return (
    <Dialog open={open} modalType="alert" onOpenChange={(_e, data) => !data.open && onCancel()}>
      <DialogSurface className={styles.surface}>
        <DialogBody>
          <DialogTitle>工作簿中已有年报工作表</DialogTitle>
          <DialogContent className={styles.content}>
            {sheets.length > 0 && (
              <>
                <Text>以下工作表已经存在：</Text>
                <ul className={styles.list}>
                  {sheets.map((name) => (
                    <li key={name}>{name}</li>
                  ))}
                </ul>
              </>
            )}
            {names.length > 0 && <Text>工作簿中已有本加载项使用的名称（{names.join('、')}）。</Text>}
            <Text>
              原有内容不会被修改或覆盖。另建的一套工作表名为“{sheetNameFor('info', nextCopy)}”“{sheetNameFor('active', nextCopy)}”等。
            </Text>
          </DialogContent>
          <DialogActions className={styles.actions}>
            <Button appearance="primary" onClick={onKeepBoth}>
              保留原表，另建一套
            </Button>
            <Button appearance="secondary" onClick={onCancel}>
              取消
            </Button>
          </DialogActions>
        </DialogBody>
      </DialogSurface>
    </Dialog>
  );
}
