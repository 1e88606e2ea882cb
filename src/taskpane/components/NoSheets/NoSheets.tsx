import { Button, Text } from '@fluentui/react-components';
import type { TabKey } from '../../tabs';
import { useNoSheetsStyles } from './NoSheets.styles';

/** A tab's empty state before the report sheets exist: what is missing, and the way to it. */
export function NoSheets({ what, goTo }: { what: string; goTo?: (tab: TabKey) => void }) {
  const styles = useNoSheetsStyles();
  return (
    <div className={styles.root} role="status" aria-label="还没有年报工作表">
      <Text weight="semibold">工作簿中还没有年报工作表</Text>
      <Text>{what}</Text>
      {goTo && (
        <Button appearance="primary" onClick={() => goTo('sheets')}>
          插入年报工作表
        </Button>
      )}
    </div>
  );
}
