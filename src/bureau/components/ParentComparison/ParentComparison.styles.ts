import { makeStyles, tokens } from '@fluentui/react-components';

export const useParentComparisonStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  wrap: { overflowX: 'auto', border: `1px solid ${tokens.colorNeutralStroke2}`, borderRadius: tokens.borderRadiusMedium },
  place: { minWidth: '260px' },
  number: { width: '96px', textAlign: 'right', fontVariantNumeric: 'tabular-nums' },
  reason: { color: tokens.colorNeutralForeground2 },
  differs: { color: tokens.colorPaletteRedForeground1, fontWeight: tokens.fontWeightSemibold },
});
