import { makeStyles, tokens } from '@fluentui/react-components';

export const useHostProblemStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM },
  list: { margin: 0, paddingLeft: tokens.spacingHorizontalXL, display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXS },
  address: { fontFamily: tokens.fontFamilyMonospace, wordBreak: 'break-all' },
});
