import { Badge, Text, mergeClasses } from '@fluentui/react-components';
import { breakAtWords, matrixRows, TABLE_LABEL, type ReportDocument, type TableMatrix } from '../../../core';
import { useReportPreviewStyles } from './ReportPreview.styles';

/** The report as the clerk will see it in Word: headings, paragraphs, the three tables. */
export function ReportPreview({ doc }: { doc: ReportDocument }) {
  const styles = useReportPreviewStyles();
  return (
    // It scrolls within its own height: focusable, so that the keyboard can scroll it too.
    <article className={styles.root} aria-label="报告预览" data-testid="report-preview" tabIndex={0}>
      <h2 className={styles.title}>
        {titleParts(doc.title).map((part, i) => (
          <span key={i} className={styles.titlePart}>
            {part}
          </span>
        ))}
      </h2>
      {doc.draft && (
        <p className={styles.draft} role="note">
          {doc.draft.line}
        </p>
      )}
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

/**
 * 「示例县人民政府办公室 / 2024年 / 政府信息公开 / 工作年度报告」: a narrow pane breaks the title between
 * these parts, never inside 「2024年」 or a word, as the .docx breaks it after the agency.
 */
export function titleParts(title: string): string[] {
  const m = /^(.*?)(\d{4}年)(政府信息公开)(工作年度报告)$/.exec(title);
  return m ? m.slice(1).filter(Boolean) : [title];
}

/** Column widths of table 三 in em: the label columns (a group, a part, a row), then each number column. */
const APPLICATION_COLUMNS = { labels: [2.6, 4.2, 7.4], value: 4 };

/** One table with its merged headers, as Word will show it (also used by the 政务公开办 page for the 汇总). */
export function PreviewTable({ matrix }: { matrix: TableMatrix }) {
  const styles = useReportPreviewStyles();
  const fixed = matrix.table === 'applications';
  const widths = fixed
    ? Array.from({ length: matrix.width }, (_, i) => APPLICATION_COLUMNS.labels[i] ?? APPLICATION_COLUMNS.value)
    : [];
  return (
    // A wide table scrolls sideways inside its own region: focusable and named, for the keyboard.
    <div className={styles.tableWrap} role="region" aria-label={`${TABLE_LABEL[matrix.table]}（可左右滚动）`} tabIndex={0}>
      <table
        className={mergeClasses(styles.table, fixed && styles.fixed, matrix.table === 'review' && styles.wider)}
        style={fixed ? { width: `${widths.reduce((a, b) => a + b, 0)}em` } : undefined}
      >
        {fixed && (
          <colgroup>
            {widths.map((w, i) => (
              <col key={i} style={{ width: `${w}em` }} />
            ))}
          </colgroup>
        )}
        <tbody>
          {matrixRows(matrix).map((row, r) => (
            <tr key={r}>
              {row.map((cell) => (
                <td
                  key={`${cell.row},${cell.col}`}
                  rowSpan={cell.rowSpan}
                  colSpan={cell.colSpan}
                  className={mergeClasses(styles.cell, cell.role === 'header' && styles.header, cell.role === 'label' && styles.label, fixed && styles.headerLines)}
                >
                  {/* A number column's header breaks between words: 「社会 / 公益 / 组织」. */}
                  {fixed && cell.role === 'header' && cell.col >= matrix.labelColumns && cell.colSpan === 1 ? breakAtWords(cell.text, 2 * APPLICATION_COLUMNS.value - 1) : cell.text}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
