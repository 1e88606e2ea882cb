import { makeStyles, tokens } from '@fluentui/react-components';

export const useGeneratePanelStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM },
  row: { display: 'flex', gap: tokens.spacingHorizontalS, flexWrap: 'wrap' },
  surface: { maxWidth: 'calc(100vw - 24px)', padding: tokens.spacingHorizontalL },
  content: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  list: { margin: 0, paddingLeft: tokens.spacingHorizontalXL, maxHeight: '40vh', overflowY: 'auto' },
  actions: { display: 'flex', flexDirection: 'column', alignItems: 'stretch', gap: tokens.spacingVerticalS },
  quote: { color: tokens.colorNeutralForeground3 },
  problem: { display: 'block', color: tokens.colorPaletteRedForeground1 },
});
