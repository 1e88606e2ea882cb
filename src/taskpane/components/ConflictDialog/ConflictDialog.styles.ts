import { makeStyles, tokens } from '@fluentui/react-components';

export const useConflictDialogStyles = makeStyles({
  surface: { maxWidth: 'calc(100vw - 24px)', padding: tokens.spacingHorizontalL },
  content: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  list: { margin: 0, paddingLeft: tokens.spacingHorizontalXL, fontWeight: tokens.fontWeightSemibold },
  actions: { display: 'flex', flexDirection: 'column', alignItems: 'stretch', gap: tokens.spacingVerticalS },
});
