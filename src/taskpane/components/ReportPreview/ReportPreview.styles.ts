import { makeStyles, tokens } from '@fluentui/react-components';

export const useReportPreviewStyles = makeStyles({
  root: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalS,
    maxHeight: '60vh',
    overflowY: 'auto',
    padding: tokens.spacingHorizontalM,
    border: `1px solid ${tokens.colorNeutralStroke2}`,
    borderRadius: tokens.borderRadiusMedium,
    backgroundColor: tokens.colorNeutralBackground1,
    fontFamily: '"FangSong", "仿宋", "STFangsong", "Noto Serif CJK SC", serif',
  },
  title: { textAlign: 'center', fontSize: tokens.fontSizeBase500, fontWeight: tokens.fontWeightSemibold, margin: 0 },
  // Parts of the title that a line may not break inside: the agency, 「2024年」, 「政府信息公开」 …
  titlePart: { display: 'inline-block' },
  draft: {
    textAlign: 'center',
    margin: 0,
    fontWeight: tokens.fontWeightSemibold,
    color: tokens.colorPaletteRedForeground1,
    border: `1px solid ${tokens.colorPaletteRedBorder2}`,
    padding: tokens.spacingVerticalXXS,
  },
  h1: { fontSize: tokens.fontSizeBase400, fontWeight: tokens.fontWeightSemibold, margin: 0 },
  h2: { fontSize: tokens.fontSizeBase300, fontWeight: tokens.fontWeightSemibold, margin: 0 },
  paragraph: { textIndent: '2em', margin: 0, lineHeight: tokens.lineHeightBase400 },
  clerk: { borderLeft: `3px solid ${tokens.colorPaletteBlueBorderActive}`, paddingLeft: tokens.spacingHorizontalS },
  // In the column of fixed height every block keeps its own height: a flex item with overflow set
  // may otherwise shrink to nothing (min-height auto no longer applies), and the table disappears.
  tableWrap: { overflowX: 'auto', flexShrink: 0 },
  table: { borderCollapse: 'collapse', fontSize: tokens.fontSizeBase100, minWidth: '100%' },
  // Tables 三 and 四 keep room for their columns and scroll sideways in a narrow pane, rather than
  // setting 「法律服务机构」 one character a line. Table 三 has set column widths, so that its labels
  // wrap and the numbers of most columns show beside them at 320 px.
  fixed: { tableLayout: 'fixed' },
  wider: { minWidth: '560px' },
  headerLines: { whiteSpace: 'pre-line' },
  cell: { border: `1px solid ${tokens.colorNeutralStroke1}`, padding: '2px 4px', textAlign: 'center', verticalAlign: 'middle' },
  header: { backgroundColor: tokens.colorNeutralBackground3 },
  label: { textAlign: 'left' },
});
