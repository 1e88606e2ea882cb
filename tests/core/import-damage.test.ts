import * as fs from 'fs';
import * as path from 'path';
import { importReportText, SAMPLE_REPORT } from '../../src/core';
import { layoutReport } from '../support/layouts';
import { loadCorpus, loadSeeds, SEEDS_DIR } from '../support/seeds';

/**
 * The damage real text suffers, one case at a time, as the issue found it invent numbers: a space
 * inside a number, a stray number or a page number between a row's values, a page break inside
 * table 四, digits run together, numbers no double holds. Each cell comes out right or empty, and
 * the diagnostic names the line.
 */
const seed002 = loadSeeds().find((s) => s.name.startsWith('002'))!;
const text002 = fs.readFileSync(path.join(SEEDS_DIR, seed002.file), 'utf8');
const lines002 = text002.split('\n');
const withLine = (lines: string[], at: number, line: string) => [...lines.slice(0, at), line, ...lines.slice(at)].join('\n');
const row = (cells: Record<string, unknown>, prefix: string) => Object.fromEntries(Object.entries(cells).filter(([id]) => id.startsWith(prefix)));

describe('a space inside a number (「1 17」 for 117)', () => {
  it.each([' ', '\u00a0', '\u2009', '\u3000'])('leaves seed 002’s 本年新收 row empty, names the line, and reads the other rows (space U+%s)', (space) => {
    const at = lines002.indexOf('117 |');
    const damaged = [...lines002];
    damaged[at] = `1${space}17 |`;
    const result = importReportText(damaged.join('\n'));
    expect(Object.values(row(result.data.cells, 'applications.newReceived.')).every((v) => v === null)).toBe(true);
    expect(result.diagnostics).toContainEqual(expect.objectContaining({ severity: 'error', line: at + 1, message: expect.stringContaining('数字中间有空格') }));
    expect(row(result.data.cells, 'applications.carriedOver.')).toEqual(row(seed002.cells, 'applications.carriedOver.'));
    expect(result.data.cells['review.total']).toBe(seed002.cells['review.total']);
  });
});

describe('a line between the values of 四、结转下年度继续办理', () => {
  const at = lines002.indexOf('四、结转下年度继续办理 |') + 3;

  it.each(['- 12 -', '— 4 —', '第 3 页'])('skips the page number 「%s」', (furniture) => {
    const result = importReportText(withLine(lines002, at, furniture));
    expect(row(result.data.cells, 'applications.carriedForward.')).toEqual(row(seed002.cells, 'applications.carriedForward.'));
  });

  it.each(['12', '1'])('leaves the row empty for a stray 「%s」 (a footnote, a bare page number), never shifting a value', (stray) => {
    const result = importReportText(withLine(lines002, at, stray));
    expect(Object.values(row(result.data.cells, 'applications.carriedForward.')).every((v) => v === null)).toBe(true);
    expect(result.diagnostics).toContainEqual(expect.objectContaining({ severity: 'error', message: expect.stringContaining('结转下年度继续办理') }));
  });
});

describe('a page break inside table 四', () => {
  it('reads table 四 of the 2023 corpus text with a page number and a form feed before its numbers', () => {
    const corpus = loadCorpus().find((c) => c.name.startsWith('01'))!;
    const values = corpus.text.split('\n').findIndex((l) => /^10\s+1\s+0/.test(l));
    const damaged = withLine(corpus.text.split('\n'), values, '                               - 4 -\n\f');
    const result = importReportText(damaged);
    expect(row(result.data.cells, 'review.')).toEqual(row(corpus.expected.cells, 'review.'));
  });
});

describe('digits run together', () => {
  const layout = layoutReport(SAMPLE_REPORT, { tables: 'pdfLayout' });

  it('reads a glued row when the table’s arithmetic leaves one reading, and says so', () => {
    const glued = layout.replace(/(一、本年新收政府信息公开申请数量\s+)117\s+5\s+0\s+0\s+0\s+0\s+122/, '$111750000122');
    expect(glued).toContain('11750000122');
    const result = importReportText(glued);
    expect(row(result.data.cells, 'applications.newReceived.')).toEqual(row(SAMPLE_REPORT.cells, 'applications.newReceived.'));
    expect(result.arithmetic).toEqual(Object.keys(row(SAMPLE_REPORT.cells, 'applications.newReceived.')));
    expect(result.diagnostics).toContainEqual(expect.objectContaining({ severity: 'info', message: expect.stringContaining('按表格自身的勾稽关系只有一种读法') }));
  });

  it('leaves a glued row of table 二 empty when it has several readings, and says how many', () => {
    const glued = layout.replace(/(行政规范性文件\s+)0\s+5\s+6/, '$11234');
    const result = importReportText(glued);
    expect(row(result.data.cells, 'active.normativeDocuments.')).toEqual({ 'active.normativeDocuments.issued': null, 'active.normativeDocuments.repealed': null, 'active.normativeDocuments.inForce': null });
    expect(result.diagnostics).toContainEqual(expect.objectContaining({ severity: 'error', message: expect.stringContaining('读法有 3 种') }));
    expect(result.arithmetic).toEqual([]);
  });
});

describe('numbers no double holds', () => {
  it.each(['99999999999999999999', '9007199254740993', '1234567890.123456789'])('refuses 「%s」 with a message, never rounding it', (huge) => {
    const text = layoutReport(SAMPLE_REPORT, { tables: 'tabs' }).replace('行政许可\t132548', `行政许可\t${huge}`);
    const result = importReportText(text);
    expect(result.data.cells['active.licensing.decisions']).toBeNull();
    expect(result.diagnostics).toContainEqual(expect.objectContaining({ severity: 'error', message: expect.stringContaining('超出了能精确表示的范围') }));
  });
});
