import * as fs from 'fs';
import * as path from 'path';
import JSZip from 'jszip';
import { buildReportDocument, buildReportSheetPlan, buildWorkbookPlan, importReportText, REPORT_SHEET_TITLE, SAMPLE_INPUTS, SAMPLE_REPORT } from '../../src/core';
import { docxToText } from '../../src/docx/read';
import { renderPlan } from '../../src/xlsx';
import { tempDir } from '../support/seeds';
import { nianbao } from '../support/cli';

const out = tempDir('cli-generate');

const sampleData = path.join(out, 'sample.json');
fs.writeFileSync(sampleData, JSON.stringify(SAMPLE_REPORT));

async function sampleBook(name: string, cells = SAMPLE_REPORT.cells): Promise<string> {
  const file = path.join(out, name);
  const data = path.join(out, `${name}.json`);
  fs.writeFileSync(data, JSON.stringify({ ...SAMPLE_REPORT, cells }));
  expect((await nianbao('init', '--data', data, '-o', file, '--force')).code).toBe(0);
  return file;
}

describe('nianbao generate', () => {
  it('writes Markdown and text that read back to the workbook’s numbers, and a .docx', async () => {
    const book = await sampleBook('ok.xlsx');
    for (const ext of ['md', 'txt']) {
      const target = path.join(out, `report.${ext}`);
      const result = await nianbao('generate', book, '-o', target, '--force');
      expect(result).toMatchObject({ code: 0, stdout: expect.stringContaining(target) });
      const imported = importReportText(fs.readFileSync(target, 'utf8'));
      expect(imported.data.year).toBe(2024);
      expect(Object.keys(SAMPLE_REPORT.cells).filter((id) => imported.data.cells[id] !== SAMPLE_REPORT.cells[id])).toEqual([]);
    }
    const docx = path.join(out, 'report.docx');
    expect((await nianbao('generate', book, '-o', docx, '--force')).code).toBe(0);
    const xml = await (await JSZip.loadAsync(fs.readFileSync(docx))).file('word/document.xml')!.async('string');
    expect(xml).toContain('三、收到和处理政府信息公开申请情况');
    expect(xml).toContain('2024年1月1日至2024年12月31日');
  });

  it('prints the text without -o, and refuses to overwrite or to guess a format', async () => {
    const book = await sampleBook('print.xlsx');
    const printed = await nianbao('generate', book);
    expect(printed.code).toBe(0);
    expect(printed.stdout).toContain(`${SAMPLE_REPORT.agency}2024年政府信息公开工作年度报告`);
    const existing = path.join(out, 'exists.md');
    fs.writeFileSync(existing, '不要覆盖');
    expect(await nianbao('generate', book, '-o', existing)).toMatchObject({ code: 2, stderr: expect.stringContaining('已存在') });
    expect(fs.readFileSync(existing, 'utf8')).toBe('不要覆盖');
    expect(await nianbao('generate', book, '-o', path.join(out, 'x.pdf'))).toMatchObject({ code: 2, stderr: expect.stringContaining('.docx、.md 或 .txt') });
  });

  it('names the paragraphs left general for want of 正文素材, and is quiet when they are filled', async () => {
    const bare = await nianbao('generate', await sampleBook('bare.xlsx'), '-o', path.join(out, 'bare.md'), '--force');
    expect(bare.code).toBe(0);
    expect(bare.stderr).toContain('提示：报告有 9 处内容空泛或缺项');
    expect(bare.stderr).toContain('五、存在的主要问题及改进情况 · 存在的主要问题：只有通用表述。在正文素材中填写“本年度存在的问题”后重新生成');
    const data = path.join(out, 'filled.json');
    fs.writeFileSync(data, JSON.stringify({ ...SAMPLE_REPORT, inputs: SAMPLE_INPUTS }));
    const filled = path.join(out, 'filled.xlsx');
    expect((await nianbao('init', '--data', data, '-o', filled, '--force')).code).toBe(0);
    const quiet = await nianbao('generate', filled, '-o', path.join(out, 'filled.md'), '--force');
    expect(quiet).toMatchObject({ code: 0, stderr: '' });
    // Values that do not fit together are named with their cell of 正文素材.
    fs.writeFileSync(data, JSON.stringify({ ...SAMPLE_REPORT, inputs: { ...SAMPLE_INPUTS, active: { ...SAMPLE_INPUTS.active, website: 99999 } } }));
    expect((await nianbao('init', '--data', data, '-o', filled, '--force')).code).toBe(0);
    const named = await nianbao('generate', filled, '-o', path.join(out, 'filled.md'), '--force');
    expect(named.code).toBe(0);
    expect(named.stderr).toMatch(/正文素材!B\d+：“其中：政府网站”为 99999 条，大于“主动公开政府信息总数” 6823 条。/);
  });

  it('lists table errors with their cells and stops, unless told to go on', async () => {
    const book = await sampleBook('broken.xlsx', { ...SAMPLE_REPORT.cells, 'applications.carriedForward.naturalPerson': 6, 'applications.carriedForward.total': 6 });
    const target = path.join(out, 'broken.md');
    const stopped = await nianbao('generate', book, '-o', target);
    expect(stopped.code).toBe(1);
    expect(stopped.stderr).toMatch(/\[错误\] T3-1 表三 依申请公开![A-Z]+\d+/);
    expect(fs.existsSync(target)).toBe(false);
    expect((await nianbao('generate', book, '-o', target, '--allow-errors')).code).toBe(0);
    expect(fs.existsSync(target)).toBe(true);
  });

  it('a report made with table errors is a draft: the .docx says so under its title; fixed, it does not', async () => {
    // 「17件」 typed into a cell, a blank, and a wrong total, as a clerk in a hurry leaves them.
    const wrong = { ...SAMPLE_REPORT.cells, 'applications.newReceived.commercial': '5件', 'review.pending': null, 'applications.carriedForward.naturalPerson': 6, 'applications.carriedForward.total': 6 };
    const book = await sampleBook('draft.xlsx', wrong);
    const target = path.join(out, 'draft.docx');
    const made = await nianbao('generate', book, '-o', target, '--allow-errors', '--force');
    expect(made.code).toBe(0);
    expect(made.stdout).toMatch(/已生成 .*draft\.docx（Word 文档；草稿：表格尚有 \d+ 处错误，未经校验通过/);
    const text = await docxToText(fs.readFileSync(target));
    expect(text.split('\n').slice(0, 3).join('\n')).toMatch(/草稿：表格尚有 \d+ 处错误，未经校验通过/);
    for (const ext of ['md', 'txt']) {
      const other = path.join(out, `draft.${ext}`);
      expect((await nianbao('generate', book, '-o', other, '--allow-errors', '--force')).code).toBe(0);
      expect(fs.readFileSync(other, 'utf8')).toContain('草稿：表格尚有');
    }

    const fixed = await sampleBook('fixed.xlsx');
    const final = path.join(out, 'fixed.docx');
    const clean = await nianbao('generate', fixed, '-o', final, '--force');
    expect(clean.stdout).not.toContain('草稿');
    expect(await docxToText(fs.readFileSync(final))).not.toContain('草稿');
  });

  it('keeps paragraphs the clerk rewrote in 报告正文, unless told to regenerate all', async () => {
    const plan = buildWorkbookPlan({ format: '2021', year: 2024, agency: SAMPLE_REPORT.agency, cells: SAMPLE_REPORT.cells });
    const doc = buildReportDocument(SAMPLE_REPORT);
    const reportSheet = buildReportSheetPlan(doc);
    const platforms = doc.narrative[0].paragraphs.find((p) => p.id === '1.platforms')!.text;
    const paragraph = reportSheet.cells.find((c) => c.value === platforms)!;
    // The edit keeps a year from an older report: kept as written, and named before it is published.
    paragraph.value = '2022年，本机关全面改版政府网站，开设政务公开专区。';
    const workbook = await renderPlan({ ...plan, sheets: [...plan.sheets, reportSheet] });
    const book = path.join(out, 'edited.xlsx');
    await workbook.xlsx.writeFile(book);
    expect(workbook.getWorksheet(REPORT_SHEET_TITLE)).toBeDefined();

    const kept = await nianbao('generate', book);
    expect(kept.stderr).toContain('保留了“报告正文”中手工修改过的 1 段');
    expect(kept.stdout).toContain('2022年，本机关全面改版政府网站，开设政务公开专区。');
    expect(kept.stderr).toContain('注意：报告中有 1 处应在发布前处理：');
    expect(kept.stderr).toMatch(/\[警告\] X-2 一、总体情况 · （四）政府信息公开平台建设（保留的手工修改）：第一部分出现 2022 年/);
    const all = await nianbao('generate', book, '--regenerate-all');
    expect(all.stdout).not.toContain('本机关全面改版政府网站');
    expect(all.stderr).not.toContain('注意');
  });

  it('validate checks the text of 报告正文 against the tables and names its row', async () => {
    const plan = buildWorkbookPlan({ format: '2021', year: 2024, agency: SAMPLE_REPORT.agency, cells: SAMPLE_REPORT.cells });
    const doc = buildReportDocument(SAMPLE_REPORT, {}, { '1.applications': '本年度新收政府信息公开申请98件，均在法定期限内答复。' });
    const workbook = await renderPlan({ ...plan, sheets: [...plan.sheets, buildReportSheetPlan(doc)] });
    const book = path.join(out, 'stale-text.xlsx');
    await workbook.xlsx.writeFile(book);
    const result = await nianbao('validate', book);
    expect(result.stdout).toMatch(/\[警告\] X-3 报告正文!A\d+.*98 件/);
  });
});
