import { buttonClassNames, inputClassNames, makeStyles, textareaClassNames, tokens } from '@fluentui/react-components';

/** Below this width (a 320 px pane at 200 % zoom is 160 CSS px) Fluent's minimum widths would overflow. */
const NARROW = '@media (max-width: 279px)';

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
    // A text box is as wide as 20 characters of its own, whatever its container: let it take the
    // width it is given (it still fills its field) so that it never pushes the pane wider.
    [`& .${inputClassNames.input}, & .${textareaClassNames.textarea}`]: { width: 0 },
    // In a narrow pane Fluent's buttons (at least 96 px wide) wrap their labels instead, and a run
    // that has no break of its own (「（PDF、.docx、.html、.txt）」, a file name) breaks where it must.
    [NARROW]: { overflowWrap: 'anywhere', [`& .${buttonClassNames.root}`]: { minWidth: 0 } },
  },
  header: { display: 'flex', alignItems: 'center', gap: tokens.spacingHorizontalS },
  logo: { width: '32px', height: '32px', flexShrink: 0 },
  // At a large zoom the four tabs take two or more rows rather than pushing the pane wider.
  tabs: { flexWrap: 'wrap' },
  footer: { color: tokens.colorNeutralForeground3 },
  hidden: { display: 'none' },
});
