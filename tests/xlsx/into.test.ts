import * as fs from 'fs';
import * as path from 'path';
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { buildWorkbookPlan, SAMPLE_REPORT } from '../../src/core';
import { readReportFile, renderPlan, snapshotXlsx } from '../../src/xlsx';
import { convertWithLibreOffice } from '../support/libreoffice';
import { FIXTURES_DIR, tempDir } from '../support/seeds';
import { nianbao } from '../support/cli';

/**
 * `init --into` on a clerk's workbook with a chart, an image and a pivot table (made by LibreOffice:
 * tests/fixtures/workbooks/make-ledger.py): every part of the source comes through, the five parts
 * that list the others only gain entries, our sheets read back as a workbook of their own would, and
 * LibreOffice still finds the chart, the image and the pivot table.
 */
const out = tempDir('xlsx-into');
const LEDGER = path.join(FIXTURES_DIR, 'workbooks', 'ledger-chart-image-pivot.xlsx');
/** The parts that list other parts, which gain our entries; every other part must come through byte for byte. */
const LISTS = ['[Content_Types].xml', 'xl/workbook.xml', 'xl/_rels/workbook.xml.rels', 'xl/styles.xml', 'xl/sharedStrings.xml'];

async function parts(file: string): Promise<Map<string, Buffer>> {
  const zip = await JSZip.loadAsync(fs.readFileSync(file));
  const map = new Map<string, Buffer>();
  for (const entry of Object.values(zip.files)) if (!entry.dir) map.set(entry.name, await entry.async('nodebuffer'));
  return map;
}

/** The top-level elements of a part, as written: each of the source's must still be there, unchanged. */
function elements(xml: string, tag: string): string[] {
  return [...xml.matchAll(new RegExp(`<${tag}(?=[\\s/>])(?:[^>]*/>|[\\s\\S]*?</${tag}>)`, 'g'))].map((m) => m[0]);
}

async function ourSheetsSnapshot(file: string, names: string[]) {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(file);
  return snapshotXlsx(workbook).sheets.filter((s) => names.includes(s.name));
}

describe('init --into a workbook with a chart, an image and a pivot table', () => {
  const target = path.join(out, 'ledger-with-report.xlsx');
  const data = path.join(out, 'sample.json');
  beforeAll(async () => {
    fs.writeFileSync(data, JSON.stringify({ year: 2024, agency: SAMPLE_REPORT.agency, cells: SAMPLE_REPORT.cells }));
    const result = await nianbao('init', '--into', LEDGER, '--data', data, '-o', target);
    expect(result.code).toBe(0);
  });

  it('keeps every part of the source, and only adds to the parts that list the others', async () => {
    const [before, after] = [await parts(LEDGER), await parts(target)];
    for (const [name, bytes] of before) {
      expect({ name, kept: after.has(name) }).toEqual({ name, kept: true });
      if (!LISTS.includes(name)) expect({ name, same: after.get(name)!.equals(bytes) }).toEqual({ name, same: true });
    }
    const [was, is] = [(name: string) => before.get(name)!.toString('utf8'), (name: string) => after.get(name)!.toString('utf8')];
    for (const [part, tag] of [
      ['[Content_Types].xml', 'Override'],
      ['[Content_Types].xml', 'Default'],
      ['xl/_rels/workbook.xml.rels', 'Relationship'],
      ['xl/workbook.xml', 'sheet'],
      ['xl/workbook.xml', 'pivotCache'],
      ['xl/sharedStrings.xml', 'si'],
      ['xl/styles.xml', 'font'],
      ['xl/styles.xml', 'fill'],
      ['xl/styles.xml', 'border'],
      ['xl/styles.xml', 'xf'],
    ] as const) {
      const old = elements(was(part), tag);
      expect({ part, tag, prefix: elements(is(part), tag).slice(0, old.length) }).toEqual({ part, tag, prefix: old });
    }
    expect(after.size).toBe(before.size + 5); // five worksheets
  });

  it('has our sheets as a workbook of their own would have them: values, formulas, fills, merges, validations, formats', async () => {
    const plan = buildWorkbookPlan({ year: 2024, agency: SAMPLE_REPORT.agency, cells: SAMPLE_REPORT.cells });
    const fresh = path.join(out, 'fresh.xlsx');
    await (await renderPlan(plan)).xlsx.writeFile(fresh);
    const names = plan.sheets.map((s) => s.name);
    expect(await ourSheetsSnapshot(target, names)).toEqual(await ourSheetsSnapshot(fresh, names));
    const back = await readReportFile(target);
    expect(back.data).toMatchObject({ year: 2024, agency: SAMPLE_REPORT.agency, cells: SAMPLE_REPORT.cells });
    expect(back.diagnostics).toEqual([]);
  });

  it('opens in LibreOffice with the chart, the image and the pivot table, and our formulas recalculated', async () => {
    const [ods] = convertWithLibreOffice([target], 'ods', path.join(out, 'ods'));
    const content = await (await JSZip.loadAsync(fs.readFileSync(ods))).file('content.xml')!.async('string');
    expect(content).toMatch(/<draw:object\b/); // the chart
    expect(content).toMatch(/<draw:image\b/);
    expect(content).toMatch(/<table:data-pilot-table\b/);
    for (const name of ['收文台账', '透视表', '表三 依申请公开', '正文素材']) expect(content).toContain(`table:name="${name}"`);
    // Recalculated by LibreOffice (cached results not trusted), our totals hold.
    const [recalculated] = convertWithLibreOffice([target], 'xlsx', path.join(out, 'recalculated'));
    expect((await readReportFile(recalculated)).data.cells).toEqual(SAMPLE_REPORT.cells);
  });
});

describe('init --into a workbook with macros', () => {
  /** The ledger made macro-enabled: a VBA project part, its relationship and content types. */
  async function macroWorkbook(): Promise<{ file: string; vba: Buffer }> {
    const zip = await JSZip.loadAsync(fs.readFileSync(LEDGER));
    const vba = Buffer.from('VBA project stand-in: only its bytes are checked', 'utf8');
    zip.file('xl/vbaProject.bin', vba);
    const types = (await zip.file('[Content_Types].xml')!.async('string'))
      .replace('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml', 'application/vnd.ms-excel.sheet.macroEnabled.main+xml')
      .replace('</Types>', '<Override PartName="/xl/vbaProject.bin" ContentType="application/vnd.ms-office.vbaProject"/></Types>');
    zip.file('[Content_Types].xml', types);
    const rels = (await zip.file('xl/_rels/workbook.xml.rels')!.async('string')).replace(
      '</Relationships>',
      '<Relationship Id="rIdVba" Type="http://schemas.microsoft.com/office/2006/relationships/vbaProject" Target="vbaProject.bin"/></Relationships>',
    );
    zip.file('xl/_rels/workbook.xml.rels', rels);
    const file = path.join(out, 'ledger.xlsm');
    fs.writeFileSync(file, await zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE' }));
    return { file, vba };
  }

  it('keeps them, and only as .xlsm, since Excel refuses a macro workbook named .xlsx', async () => {
    const { file, vba } = await macroWorkbook();
    const refused = await nianbao('init', '--into', file, '-o', path.join(out, 'with-macros.xlsx'));
    expect(refused).toMatchObject({ code: 2, stderr: expect.stringContaining('含有宏（VBA）') });
    expect(refused.stderr).toContain('.xlsm');
    expect(fs.existsSync(path.join(out, 'with-macros.xlsx'))).toBe(false);
    const target = path.join(out, 'with-macros.xlsm');
    expect((await nianbao('init', '--into', file, '--year', '2024', '-o', target)).code).toBe(0);
    const after = await parts(target);
    expect(after.get('xl/vbaProject.bin')!.equals(vba)).toBe(true);
    expect(after.get('[Content_Types].xml')!.toString()).toContain('application/vnd.ms-excel.sheet.macroEnabled.main+xml');
    expect(after.get('xl/_rels/workbook.xml.rels')!.toString()).toContain('relationships/vbaProject');
    expect((await readReportFile(target)).data.year).toBe(2024);
  });
});

describe('init --into a workbook whose structure is protected', () => {
  it('refuses, saying how to lift the protection', async () => {
    const zip = await JSZip.loadAsync(fs.readFileSync(LEDGER));
    const book = (await zip.file('xl/workbook.xml')!.async('string')).replace('<workbookProtection/>', '<workbookProtection lockStructure="1"/>');
    zip.file('xl/workbook.xml', book);
    const file = path.join(out, 'protected.xlsx');
    fs.writeFileSync(file, await zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE' }));
    const result = await nianbao('init', '--into', file, '-o', path.join(out, 'protected-out.xlsx'));
    expect(result).toMatchObject({ code: 2, stderr: expect.stringContaining('保护工作簿结构') });
  });
});
