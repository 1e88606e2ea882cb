import { makeStyles, tokens } from '@fluentui/react-components';

export const useAppStyles = makeStyles({
  root: {
    boxSizing: 'border-box',
    // No minimum width: at 200 % zoom a 320 px pane is 160 CSS px wide, and nothing may scroll sideways.
    minWidth: 0,
    maxWidth: '560px',
    padding: `${tokens.spacingVerticalL} ${tokens.spacingHorizontalL}`,
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalM,
  },
  header: { display: 'flex', alignItems: 'center', gap: tokens.spacingHorizontalS },
  logo: { width: '32px', height: '32px', flexShrink: 0 },
  footer: { color: tokens.colorNeutralForeground3 },
  // At a large zoom the four tabs take two or more rows rather than pushing the pane wider.
  tabs: { flexWrap: 'wrap' },
  hidden: { display: 'none' },
});
