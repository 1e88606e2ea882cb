import { makeStyles, tokens } from '@fluentui/react-components';

export const useAgencyTableStyles = makeStyles({
  wrap: { overflowX: 'auto', border: `1px solid ${tokens.colorNeutralStroke2}`, borderRadius: tokens.borderRadiusMedium },
  table: { minWidth: '900px' },
  agency: { minWidth: '220px' },
  number: { width: '72px', textAlign: 'right', fontVariantNumeric: 'tabular-nums' },
  selected: { backgroundColor: tokens.colorBrandBackground2 },
  file: { color: tokens.colorNeutralForeground3, display: 'block' },
  error: { color: tokens.colorPaletteRedForeground1 },
  unknown: { color: tokens.colorNeutralForeground3 },
  parentBadge: { marginLeft: tokens.spacingHorizontalXS },
  actions: { display: 'flex', gap: tokens.spacingHorizontalXS },
});
