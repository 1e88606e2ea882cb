import { makeStyles, tokens } from '@fluentui/react-components';

export const useFindingItemStyles = makeStyles({
  finding: {
    display: 'flex',
    flexDirection: 'column',
    alignItems: 'stretch',
    textAlign: 'left',
    gap: tokens.spacingVerticalXXS,
    width: '100%',
    padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalM}`,
    minHeight: 'auto',
    fontWeight: tokens.fontWeightRegular,
  },
  head: { display: 'flex', gap: tokens.spacingHorizontalXS, alignItems: 'center', flexWrap: 'wrap' },
  place: { color: tokens.colorNeutralForeground2 },
  rule: { color: tokens.colorNeutralForeground4 },
  suggestion: { color: tokens.colorPaletteGreenForeground1 },
  actions: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalS, alignItems: 'center', marginTop: tokens.spacingVerticalXXS },
  confirm: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalXS,
    padding: tokens.spacingHorizontalS,
    backgroundColor: tokens.colorNeutralBackground3,
    borderRadius: tokens.borderRadiusMedium,
  },
});
