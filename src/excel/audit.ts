import { AUDIT_HEADER, auditRows, auditSummary, STYLES, type AuditEntry } from '../core';
import { toAdapterError } from './errors';

export { auditEntries } from '../port';

export const AUDIT_SHEET = '审核报告';

/**
 * Two round trips: find a free sheet name (审核报告, 审核报告 (2) …), then write the report there.
 * Existing sheets, an earlier 审核报告 included, are never overwritten.
 */
export async function exportAuditSheet(entries: AuditEntry[], title: string, date: string): Promise<string> {
  try {
    return await Excel.run(async (context) => {
      const sheets = context.workbook.worksheets.load('items/name');
      await context.sync();
      const taken = new Set(sheets.items.map((s) => s.name.toLowerCase()));
      let name = AUDIT_SHEET;
      for (let n = 2; taken.has(name.toLowerCase()); n++) name = `${AUDIT_SHEET} (${n})`;

      const sheet = context.workbook.worksheets.add(name);
      const rows = [
        [title, '', '', '', '', '', ''],
        [`审核日期：${date}\u3000结果：${auditSummary(entries)}`, '', '', '', '', '', ''],
        AUDIT_HEADER,
        ...auditRows(entries),
      ];
      const body = sheet.getRangeByIndexes(0, 0, rows.length, AUDIT_HEADER.length);
      // Text as text: a message starting with "=" or a number-like 序号 must not become a formula.
      body.numberFormat = rows.map((r) => r.map(() => '@'));
      body.values = rows;
      body.format.wrapText = true;
      body.format.verticalAlignment = 'Top';
      sheet.getRange('A1').format.font.bold = true;
      sheet.getRange('A1').format.font.size = 14;
      const header = sheet.getRangeByIndexes(2, 0, 1, AUDIT_HEADER.length);
      header.format.font.bold = true;
      header.format.fill.color = STYLES.header.fill!;
      [6, 8, 8, 24, 48, 24, 24].forEach((w, i) => (sheet.getRangeByIndexes(0, i, 1, 1).format.columnWidth = w * 7 * 0.75));
      sheet.activate();
      await context.sync();
      return name;
    });
  } catch (error) {
    throw toAdapterError(error, '导出审核报告');
  }
}
