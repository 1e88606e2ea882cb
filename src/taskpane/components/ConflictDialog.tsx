import { Button, Dialog, DialogActions, DialogBody, DialogContent, DialogSurface, DialogTitle, makeStyles, tokens } from '@fluentui/react-components';

const useStyles = makeStyles({
  list: { margin: `${tokens.spacingVerticalS} 0`, paddingLeft: tokens.spacingHorizontalXL },
  surface: { maxWidth: '92vw' },
});

export interface ConflictDialogProps {
  open: boolean;
  conflicts: string[];
  nextCopy: number;
  onKeepBoth(): void;
  onCancel(): void;
}

/** Asks before anything happens next to existing sheets; nothing is ever replaced. */
export function ConflictDialog({ open, conflicts, nextCopy, onKeepBoth, onCancel }: ConflictDialogProps) {
  const styles = useStyles();
  return (
    <Dialog open={open} modalType="alert" onOpenChange={(_e, data) => !data.open && onCancel()}>
      <DialogSurface className={styles.surface}>
        <DialogBody>
          <DialogTitle>工作簿中已有同名工作表</DialogTitle>
          <DialogContent>
            以下工作表或名称已经存在，加载项不会改动它们：
            <ul className={styles.list}>
              {conflicts.map((name) => (
                <li key={name}>{name}</li>
              ))}
            </ul>
            选择“保留原表，另建一套”将新建名为“表三 依申请公开 ({nextCopy})”等的工作表。
          </DialogContent>
          <DialogActions>
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
