import { makeStyles, tokens } from '@fluentui/react-components';

export const useInsertSheetsCardStyles = makeStyles({
  form: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM },
  radios: { display: 'flex', flexDirection: 'column' },
  actions: { display: 'flex', alignItems: 'center', gap: tokens.spacingHorizontalM, flexWrap: 'wrap' },
  button: { minWidth: '100%' },
  sheets: { margin: `${tokens.spacingVerticalXS} 0`, paddingLeft: tokens.spacingHorizontalXL },
});
