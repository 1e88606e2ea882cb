import { execFileSync } from 'child_process';
import * as fs from 'fs';
import * as path from 'path';
import ExcelJS from 'exceljs';
import { buildWorkbookPlan, getFormat, SAMPLE_INPUTS, SAMPLE_REPORT, type CellData, type PlanOptions } from '../../src/core';
import { readReportFile, renderPlan, shownValue } from '../../src/xlsx';
import { convertWithLibreOffice } from '../support/libreoffice';
import { loadSeeds, ROOT, tempDir } from '../support/seeds';

/**
 * Every workbook we write, recalculated by LibreOffice: formulas are checked by a real spreadsheet
 * engine, not by the cached results we wrote ourselves (which are poisoned first, to prove it).
 *
 * Measured with LibreOffice 7.4.7: with a fresh default profile, `soffice --convert-to xlsx` keeps the
 * cached results of our files as they are (poisoned values come back unchanged), also when the file
 * sets fullCalcOnLoad="1"; only the profile setting OOXMLRecalcMode=0 ("always recalculate", written
 * by tests/support/libreoffice.ts) makes it recalculate. One soffice call takes about 1.3 s (start-up);
 * each further file in the same call adds about 0.1 s, so all cases are converted in one call.
 */
const out = tempDir('libreoffice');
const POISON = -7777;

interface Case {
  name: string;
  options: PlanOptions;
  cells: CellData;
}

const seeds = loadSeeds();
// The sample has 0 here: T3-1 is off by 2 in that column and in the total column. The given row total
// is dropped so that the formula, not a kept constant, computes it.
const broken: CellData = { ...SAMPLE_REPORT.cells, 'applications.carriedForward.commercial': 2 };
delete broken['applications.carriedForward.total'];
// The demo's broken copy: 「3件」 typed where the sample has 0. SUM skips the text, so every total
// still shows the sample's number and the column balances to 0 though it cannot be checked.
const withText: CellData = { ...SAMPLE_REPORT.cells, 'applications.partiallyDisclosed.commercial': '3件' };
const cases: Case[] = [
  { name: 'sample', options: { ...SAMPLE_REPORT, inputs: SAMPLE_INPUTS }, cells: SAMPLE_REPORT.cells },
  { name: 'empty-2021', options: {}, cells: {} },
  { name: 'empty-2019', options: { format: '2019' }, cells: {} },
  { name: 'broken', options: { cells: broken }, cells: broken },
  { name: 'text', options: { cells: withText }, cells: withText },
  { name: 'copy-2', options: { ...SAMPLE_REPORT, copy: 2 }, cells: SAMPLE_REPORT.cells },
  ...seeds.map((s) => ({ name: `seed-${s.name}`, options: { format: s.format, year: s.year, agency: s.agency, cells: s.cells }, cells: s.cells })),
];

let recalculated: Map<string, string>;

beforeAll(async () => {
  const written: string[] = [];
  for (const c of cases) {
    const workbook = await renderPlan(buildWorkbookPlan(c.options));
    // Poison every cached formula result: only a real recalculation can restore them.
    workbook.eachSheet((sheet) =>
      sheet.eachRow((row) =>
        row.eachCell((cell) => {
          if (cell.formula) cell.value = { formula: cell.formula, result: POISON } as ExcelJS.CellFormulaValue;
        }),
      ),
    );
    const file = path.join(out, `${c.name}.xlsx`);
    await workbook.xlsx.writeFile(file);
    written.push(file);
  }
  const converted = convertWithLibreOffice(written, 'xlsx', path.join(out, 'recalculated'));
  recalculated = new Map(cases.map((c, i) => [c.name, converted[i]]));
});

async function open(name: string): Promise<ExcelJS.Workbook> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(recalculated.get(name)!);
  return workbook;
}

/** What the recalculated cell shows (cell.result: exceljs's value copy drops a cached 0). */
function shown(cell: ExcelJS.Cell): unknown {
  return shownValue(cell);
}

function checkRow(workbook: ExcelJS.Workbook, copyPlan = buildWorkbookPlan()): unknown[] {
  const name = copyPlan.names.find((n) => n.key === 'applicationsCheck')!;
  const sheet = workbook.getWorksheet(name.sheet)!;
  return Array.from({ length: name.colSpan }, (_, i) => shown(sheet.getCell(name.row + 1, name.col + 1 + i)));
}

describe('workbooks recalculated by LibreOffice', () => {
  it.each(cases.map((c) => [c.name, c] as const))('%s: totals equal the sums of their parts', async (name, c) => {
    const back = await readReportFile(recalculated.get(name)!, c.options.copy ?? 1);
    const format = getFormat(back.data.format);
    for (const cell of format.cells) {
      const value = back.data.cells[cell.id];
      expect({ id: cell.id, poisoned: value === POISON }).toEqual({ id: cell.id, poisoned: false });
      if (!cell.sumOf) {
        expect({ id: cell.id, value }).toEqual({ id: cell.id, value: c.cells[cell.id] ?? null });
        continue;
      }
      const parts = cell.sumOf.map((id) => c.cells[id]);
      const expected = parts.reduce<number>((sum, v) => sum + (typeof v === 'number' ? v : 0), 0);
      expect({ id: cell.id, value }).toEqual({ id: cell.id, value: expected });
    }
  });

  it.each(cases.map((c) => [c.name, c] as const))('%s: no error value anywhere, every formula has a result', async (name, c) => {
    const workbook = await open(name);
    const errors: string[] = [];
    // exceljs reads a cached "" as no result, so only formulas that should show something are checked.
    const plan = buildWorkbookPlan(c.options);
    const showsSomething = new Set(plan.sheets.flatMap((s) => s.cells.filter((p) => p.formula && p.result !== '').map((p) => `${s.name}!${p.row},${p.col}`)));
    workbook.eachSheet((sheet) =>
      sheet.eachRow((row) =>
        row.eachCell((cell) => {
          const v = shown(cell);
          if (cell.formula && v === null && showsSomething.has(`${sheet.name}!${Number(cell.row) - 1},${Number(cell.col) - 1}`)) errors.push(`${sheet.name}!${cell.address}: no result`);
          if (v === POISON || (typeof v === 'string' && /^(#(NAME\?|REF!|VALUE!|DIV\/0!|N\/A|NUM!|NULL!)|Err:\d+)/.test(v))) {
            errors.push(`${sheet.name}!${cell.address}: ${String(v)}`);
          }
        }),
      ),
    );
    expect(errors).toEqual([]);
  });

  it('the check row of table 三 shows 0 for consistent data, the difference otherwise, 有空格 for blanks, 有非数字 for text', async () => {
    expect(checkRow(await open('sample'))).toEqual([0, 0, 0, 0, 0, 0, 0]);
    expect(checkRow(await open('broken'))).toEqual([0, -2, 0, 0, 0, 0, -2]);
    expect(checkRow(await open('empty-2021'))).toEqual(Array(7).fill('有空格'));
    // Not a green 0: the column (and the total column, which adds it up) cannot be checked.
    expect(checkRow(await open('text'))).toEqual([0, '有非数字', 0, 0, 0, 0, '有非数字']);
  });

  it('the subtitle and the statistics period follow 基本信息 through the defined names', async () => {
    const workbook = await open('sample');
    expect(shown(workbook.getWorksheet('表三 依申请公开')!.getCell('A2'))).toBe('示例县人民政府办公室　2024年度');
    expect(shown(workbook.getWorksheet('基本信息')!.getCell('B7'))).toBe('2024年1月1日至2024年12月31日');
  });

  it('keeps the 正文素材 values (multi-line lists included) and their validations through LibreOffice', async () => {
    const back = await readReportFile(recalculated.get('sample')!);
    expect(back.inputs).toEqual(SAMPLE_INPUTS);
    expect(back.diagnostics).toEqual([]);
    const sheet = (await open('sample')).getWorksheet('正文素材')!;
    const name = buildWorkbookPlan().names.find((n) => n.key === 'inputs')!;
    expect(sheet.getCell(name.row + 2, 2).dataValidation).toMatchObject({ type: 'whole' });
  });

  it('keeps merges, official labels and defined names through LibreOffice', async () => {
    const workbook = await open('sample');
    const plan = buildWorkbookPlan();
    for (const sheetPlan of plan.sheets) {
      const sheet = workbook.getWorksheet(sheetPlan.name)!;
      const merges = (sheet.model as { merges: string[] }).merges;
      expect(merges.length).toBe(sheetPlan.merges.length);
      for (const cell of sheetPlan.cells) {
        if (typeof cell.value === 'string' && cell.style !== 'input') expect(shown(sheet.getCell(cell.row + 1, cell.col + 1))).toBe(cell.value);
      }
    }
    const names = (workbook.definedNames.model as { name: string }[]).map((n) => n.name);
    for (const n of plan.names) expect(names).toContain(n.name);
  });

  it.each([
    ['sample', '2021'],
    [`seed-${seeds.find((s) => s.format === '2019')!.name}`, '2019'],
  ])('prints %s (%s) one A4 page per table sheet, in the planned orientation, then 正文素材 one page wide; pictures in docs/images when UPDATE_DOCS=1', (name, format) => {
    const dir = path.join(out, 'pdf', format);
    const [pdf] = convertWithLibreOffice([recalculated.get(name)!], 'pdf', dir);
    const info = execFileSync('pdfinfo', ['-f', '1', '-l', '99', pdf], { encoding: 'utf8' });
    const count = Number(/Pages:\s+(\d+)/.exec(info)![1]);
    const sizes = [...info.matchAll(/Page\s+\d+ size:\s+([\d.]+) x ([\d.]+) pts/g)].map((m) => (Number(m[1]) > Number(m[2]) ? 'landscape' : 'portrait'));
    const plan = buildWorkbookPlan({ format: format as '2021' | '2019' });
    const [tables, inputs] = [plan.sheets.filter((s) => s.key !== 'inputs'), plan.sheets.find((s) => s.key === 'inputs')!];
    expect(plan.sheets.at(-1)).toBe(inputs);
    // 基本信息 and the three tables: one page each; 正文素材: portrait pages, as many as its text needs (2–3).
    expect(count).toBeGreaterThanOrEqual(tables.length + 1);
    expect(count).toBeLessThanOrEqual(tables.length + 4);
    expect(sizes).toEqual([...tables.map((s) => (s.print.landscape ? 'landscape' : 'portrait')), ...Array(count - tables.length).fill('portrait')]);
    expect(info).toMatch(/A4/);
    // Chinese text made it into the PDF as text (fonts embedded), with the official labels.
    const text = execFileSync('pdftotext', ['-layout', pdf, '-'], { encoding: 'utf8' });
    expect(text).toContain('三、收到和处理政府信息公开申请情况');
    expect(text).toContain('四、结转下年度继续办理');
    // Every printed page says which it is, in the footer.
    for (let page = 1; page <= count; page++) {
      const one = execFileSync('pdftotext', ['-f', String(page), '-l', String(page), pdf, '-'], { encoding: 'utf8' }).replace(/\s+/g, '');
      expect(one).toMatch(/第\d+页，共\d+页/);
    }
    const inputPages = execFileSync('pdftotext', ['-f', String(tables.length + 1), '-l', String(count), pdf, '-'], { encoding: 'utf8' }).replace(/\s+/g, '');
    expect(inputPages).toContain('正文素材');
    expect(inputPages).toContain('数据统计需要说明的事项');
    execFileSync('pdftoppm', ['-r', '70', '-png', pdf, path.join(dir, 'print')]);
    const pages = fs.readdirSync(dir).filter((f) => f.startsWith('print') && f.endsWith('.png')).sort();
    expect(pages).toHaveLength(count);
    if (process.env.UPDATE_DOCS) {
      const images = path.join(ROOT, 'docs/images');
      fs.mkdirSync(images, { recursive: true });
      const suffix = format === '2021' ? '' : `-${format}`;
      const names = ['info', 'table2', 'table3', 'table4', 'inputs'];
      pages.slice(0, names.length).forEach((p, i) => fs.copyFileSync(path.join(dir, p), path.join(images, `print-${names[i]}${suffix}.png`)));
    }
  });
});
