import { AUDIT_HEADER, auditRows, auditSummary, buildReportSheetPlan, CHECK_BAD, STYLES, validateRead, type CellLocation, type Finding, type ReadResult } from '../core';
import { carryOverProposals, keptPreviousReport } from '../excel/previous';
import { findingLocations, type Dismissal, type PreviousReport, type SpreadsheetPort } from '../port';
import { writeChartSheet } from './charts';
import { bgr, XL } from './constants';
import { toWpsError } from './errors';
import { insertInputsSheet, writeNarrativeInputs } from './inputs';
import { checkExistingSheets, insertReportSheets } from './insert';
import { readReport } from './read';
import { protectSheet, renderSheet } from './render';
import { goToCells } from './select';
import { loadSettings, saveSetting } from './settings';
import type { WpsApplication } from './types';
import { watchSheets } from './watch';
import { activeWorkbook, asGrid, deleteSheet, sheetNames, sheetsOf } from './workbook';

const KEYS = { copy: 'nianbao.copy', dismissals: 'nianbao.dismissals', previous: 'nianbao.previous', marked: 'nianbao.marked' } as const;
/** Our marks are conditional formats whose formula carries this tag, as in Excel. */
const MARK_TAG = 'nianbao-mark';

/**
 * The spreadsheet port on WPS 表格. WPS's object model is synchronous, so each operation runs at
 * once; the promises are there because the port is shared with Office.js.
 */
export function createWpsPort(app: WpsApplication): SpreadsheetPort {
  const setting = <T>(key: string): T | undefined => loadSettings(app)[key] as T | undefined;
  const copy = () => {
    const c = setting<number>(KEYS.copy);
    return typeof c === 'number' && c >= 1 ? c : 1;
  };
  const run = async <T>(doing: string, work: () => T): Promise<T> => {
    try {
      return work();
    } catch (error) {
      throw toWpsError(error, doing);
    }
  };
  const sheet = (name: string) => sheetsOf(activeWorkbook(app)).Item(name);

  return {
    checkExistingSheets: async () => checkExistingSheets(app),
    insertReportSheets: async (options) => {
      const result = insertReportSheets(app, options);
      // Copy 1 is what a workbook without settings means: no hidden sheet for the common case.
      if (options.copy !== 1 || setting(KEYS.copy) !== undefined) saveSetting(app, KEYS.copy, options.copy, '工作表位置');
      return result;
    },
    readReport: async () => readReport(app, copy()),
    validateWorkbook: async (previous, options) => {
      const read = readReport(app, copy());
      return { read, report: validateRead(read, previous, options ?? {}) };
    },
    insertInputsSheet: async () => insertInputsSheet(app, copy()),
    writeNarrativeInputs: async (inputs, options) => writeNarrativeInputs(app, inputs, copy(), options),
    goToCells: async (locations) => goToCells(app, locations),
    markFindings: (findings, read) => run('标记单元格', () => markFindings(app, findings, read, () => saveSetting(app, KEYS.marked, true, '标记'))),
    clearMarks: (names) =>
      run('清除标记', () => {
        const present = new Set(sheetNames(activeWorkbook(app)));
        let cleared = 0;
        for (const name of names ?? [...present]) {
          if (!present.has(name)) continue;
          const conditions = sheet(name).Cells.FormatConditions;
          // Backwards, since deleting shifts the indexes of those after it.
          for (let i = conditions.Count; i >= 1; i--) {
            const condition = conditions.Item(i);
            if (!String(condition.Formula1).includes(MARK_TAG)) continue;
            condition.Delete();
            cleared++;
          }
        }
        saveSetting(app, KEYS.marked, null, '标记');
        return cleared;
      }),
    marksPresent: () => setting(KEYS.marked) === true,
    fillBlankCells: (locations) => run('填写 0', () => fillBlank(app, locations)),
    loadDismissals: () => {
      const stored = setting<Dismissal[]>(KEYS.dismissals);
      return Array.isArray(stored) ? stored : [];
    },
    saveDismissals: (dismissals) => run('保存上报说明', () => saveSetting(app, KEYS.dismissals, dismissals.length ? dismissals : null, '上报说明', 'storedDismissalsBytes')),
    watchReportSheets: async (names, onEdit) => watchSheets(app, names, onEdit),
    loadPreviousReport: () => {
      const stored = setting<PreviousReport>(KEYS.previous);
      return stored && stored.data && stored.data.cells ? stored : null;
    },
    savePreviousReport: (previous) => run('保存上年报告', () => saveSetting(app, KEYS.previous, previous ? keptPreviousReport(previous) : null, '上年报告', 'storedReportBytes')),
    carryOverProposals: (previous, read) => carryOverProposals(previous, read),
    applyCarryOver: (proposals) =>
      run('填写上年结转', () => {
        for (const p of proposals) sheet(p.sheet).Range(p.address).Value2 = p.value;
      }),
    writeChartSheet: (previous) => run('生成图表工作表', () => writeChartSheet(app, previous ?? null, copy())),
    writeReportSheet: (doc) =>
      run('写入报告正文', () => {
        const plan = buildReportSheetPlan(doc, copy());
        const book = activeWorkbook(app);
        const sheets = sheetsOf(book);
        const names = sheetNames(book);
        // The new sheet is drawn beside the old one first, so a failure leaves the old one as it was.
        const anchor = names.includes(plan.name) ? sheets.Item(plan.name) : sheets.Item(sheets.Count);
        const draft = sheets.Add(undefined, anchor);
        draft.Name = `${plan.name}（生成中）`;
        renderSheet(app, draft, plan);
        protectSheet(draft, plan);
        if (names.includes(plan.name)) deleteSheet(app, sheets.Item(plan.name));
        draft.Name = plan.name;
        draft.Activate();
        draft.Range('A1').Select();
        return { sheet: plan.name, paragraphs: doc.blocks.filter((b) => b.kind === 'paragraph').length };
      }),
    exportAuditSheet: (entries, title, date) =>
      run('导出审核报告', () => {
        const book = activeWorkbook(app);
        const taken = new Set(sheetNames(book).map((n) => n.toLowerCase()));
        let name = '审核报告';
        for (let n = 2; taken.has(name.toLowerCase()); n++) name = `审核报告 (${n})`;
        const sheets = sheetsOf(book);
        const target = sheets.Add(undefined, sheets.Item(sheets.Count));
        target.Name = name;
        const rows = [[title, '', '', '', '', '', ''], [`审核日期：${date}\u3000结果：${auditSummary(entries)}`, '', '', '', '', '', ''], AUDIT_HEADER, ...auditRows(entries)];
        const body = target.Range(`A1:G${rows.length}`);
        // Text as text: a message starting with "=" or a number-like 序号 must not become a formula.
        body.NumberFormat = '@';
        body.Value2 = rows;
        body.WrapText = true;
        body.VerticalAlignment = XL.top;
        target.Range('A1').Font.Bold = true;
        target.Range('A1').Font.Size = 14;
        const header = target.Range('A3:G3');
        header.Font.Bold = true;
        header.Interior.Color = bgr(STYLES.header.fill!);
        [6, 8, 8, 24, 48, 24, 24].forEach((w, i) => (target.Range(`${String.fromCharCode(65 + i)}1`).ColumnWidth = w));
        target.Activate();
        return name;
      }),
  };
}

function markFindings(app: WpsApplication, findings: Finding[], read: ReadResult, remember: () => void): number {
  let marked = 0;
  const sheets = sheetsOf(activeWorkbook(app));
  for (const finding of findings.filter((f) => f.status === 'fail')) {
    for (const l of findingLocations(finding, read)) {
      const condition = sheets.Item(l.sheet).Range(l.address).FormatConditions.Add(XL.expression, undefined, `=ISTEXT("${MARK_TAG}")`);
      condition.Interior.Color = bgr(CHECK_BAD.fill);
      condition.Font.Color = bgr(CHECK_BAD.fontColor);
      marked++;
    }
  }
  if (marked) remember();
  return marked;
}

/** Writes 0 only where the cell is still blank and holds no formula: read again, as a number may have been typed since. */
function fillBlank(app: WpsApplication, locations: CellLocation[]): number {
  const sheets = sheetsOf(activeWorkbook(app));
  let filled = 0;
  for (const l of locations) {
    const range = sheets.Item(l.sheet).Range(l.address);
    const value = asGrid(range.Value2)[0][0];
    const formula = asGrid(range.Formula)[0][0];
    if (value !== '' || (typeof formula === 'string' && formula.startsWith('='))) continue;
    range.Value2 = 0;
    filled++;
  }
  return filled;
}
