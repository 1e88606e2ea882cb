import { Badge, Text, makeStyles, mergeClasses, tokens } from '@fluentui/react-components';
import { matrixRows, type ReportDocument, type TableMatrix } from '../../core';

const useStyles = makeStyles({
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
  h1: { fontSize: tokens.fontSizeBase400, fontWeight: tokens.fontWeightSemibold, margin: 0 },
  h2: { fontSize: tokens.fontSizeBase300, fontWeight: tokens.fontWeightSemibold, margin: 0 },
  paragraph: { textIndent: '2em', margin: 0, lineHeight: tokens.lineHeightBase400 },
  clerk: { borderLeft: `3px solid ${tokens.colorPaletteBlueBorderActive}`, paddingLeft: tokens.spacingHorizontalS },
  tableWrap: { overflowX: 'auto' },
  table: { borderCollapse: 'collapse', fontSize: tokens.fontSizeBase100, minWidth: '100%' },
  cell: { border: `1px solid ${tokens.colorNeutralStroke1}`, padding: '2px 4px', textAlign: 'center', verticalAlign: 'middle' },
  header: { backgroundColor: tokens.colorNeutralBackground3 },
  label: { textAlign: 'left' },
});

/** The report as the clerk will see it in Word: headings, paragraphs, the three tables. */
export function ReportPreview({ doc }: { doc: ReportDocument }) {
  const styles = useStyles();
  return (
    <article className={styles.root} aria-label="报告预览" data-testid="report-preview">
      <h2 className={styles.title}>{doc.title}</h2>
      {doc.blocks.map((block, i) => {
        if (block.kind === 'heading')
          return block.level === 1 ? (
            <h3 key={i} className={styles.h1}>
              {block.text}
            </h3>
          ) : (
            <h4 key={i} className={styles.h2}>
              {block.text}
            </h4>
          );
        if (block.kind === 'paragraph') {
          return (
            <p key={i} className={mergeClasses(styles.paragraph, block.source === 'clerk' && styles.clerk)}>
              {block.text}
              {block.source === 'clerk' && (
                <>
                  {' '}
                  <Badge size="small" appearance="tint">
                    自行撰写
                  </Badge>
                </>
              )}
            </p>
          );
        }
        return <PreviewTable key={i} matrix={block.matrix} />;
      })}
      <Text size={200}>表格中的数字取自表二、表三、表四工作表。</Text>
    </article>
  );
}

function PreviewTable({ matrix }: { matrix: TableMatrix }) {
  const styles = useStyles();
  return (
    <div className={styles.tableWrap}>
      <table className={styles.table}>
        <tbody>
          {matrixRows(matrix).map((row, r) => (
            <tr key={r}>
              {row.map((cell) => (
                <td
                  key={`${cell.row},${cell.col}`}
                  rowSpan={cell.rowSpan}
                  colSpan={cell.colSpan}
                  className={mergeClasses(styles.cell, cell.role === 'header' && styles.header, cell.role === 'label' && styles.label)}
                >
                  {cell.text}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
