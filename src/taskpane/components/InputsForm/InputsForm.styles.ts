import { makeStyles, tokens } from '@fluentui/react-components';

export const useInputsFormStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  panel: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM, paddingBottom: tokens.spacingVerticalM },
  number: { maxWidth: '160px' },
  offer: { alignSelf: 'flex-start', marginTop: tokens.spacingVerticalXS },
  row: { display: 'flex', gap: tokens.spacingHorizontalS, flexWrap: 'wrap' },
  saved: { color: tokens.colorNeutralForeground3 },
});
