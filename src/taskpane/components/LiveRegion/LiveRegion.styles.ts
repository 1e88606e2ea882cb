import { makeStyles } from '@fluentui/react-components';

export const useLiveRegionStyles = makeStyles({
  // Read by screen readers, not shown: the panel shows the same news in its own way (spinner, message bar, badges).
  root: {
    position: 'absolute',
    width: '1px',
    height: '1px',
    margin: '-1px',
    padding: 0,
    overflow: 'hidden',
    clip: 'rect(0 0 0 0)',
    whiteSpace: 'nowrap',
    border: 0,
  },
});
