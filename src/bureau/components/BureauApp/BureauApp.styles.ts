import { makeStyles, tokens } from '@fluentui/react-components';

export const useBureauAppStyles = makeStyles({
  root: {
    maxWidth: '1280px',
    margin: '0 auto',
    padding: `${tokens.spacingVerticalL} ${tokens.spacingHorizontalL}`,
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalM,
  },
  header: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXXS },
  title: { margin: 0, fontSize: tokens.fontSizeBase600, fontWeight: tokens.fontWeightSemibold },
  toolbar: { display: 'flex', alignItems: 'center', gap: tokens.spacingHorizontalS, flexWrap: 'wrap' },
  filters: { display: 'flex', alignItems: 'end', gap: tokens.spacingHorizontalM, flexWrap: 'wrap' },
  grow: { flexGrow: 1 },
  signer: { minWidth: '360px' },
  notices: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXS },
  pre: { whiteSpace: 'pre-line' },
});
