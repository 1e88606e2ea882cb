import * as fs from 'fs';
import * as path from 'path';
import { importReportText, SAMPLE_INPUTS, SAMPLE_REPORT, type ReportData } from '../../src/core';
import { tempDir } from '../support/seeds';
import { nianbao } from '../support/cli';
import { bookOf, lastYearOf } from '../support/yoy';

const out = tempDir('cli-yoy');
const LAST_YEAR = lastYearOf(SAMPLE_REPORT);

const book = (name: string, data: ReportData, inputs: object) => bookOf(out, name, data, inputs);

/** Each 「X N件，较上年增加 D件，增长 P%」 of the text, by its label. */
function statements(text: string): Map<string, { now: number; up: boolean; diff: number; percent?: number }> {
  const found = new Map<string, { now: number; up: boolean; diff: number; percent?: number }>();
  for (const m of text.matchAll(/([\u4e00-\u9fff]+?)(\d+(?:\.\d+)?)(?:件|条)，(?:较|比)上年(增加|减少)(\d+)(?:件|条)(?:，(?:增长|下降)(\d+\.\d)%)?/g)) {
    found.set(m[1], { now: Number(m[2]), up: m[3] === '增加', diff: Number(m[4]), ...(m[5] ? { percent: Number(m[5]) } : {}) });
  }
  return found;
}

describe('nianbao generate --prev and check --prev: 同比', () => {
  it('writes sentences whose differences and percentages both tables give', async () => {
    const current = await book('2024.xlsx', SAMPLE_REPORT, SAMPLE_INPUTS);
    const previous = await book('2023.xlsx', LAST_YEAR, { ...SAMPLE_INPUTS, active: { ...SAMPLE_INPUTS.active, totalItems: 6100 } });
    const target = path.join(out, 'report.md');
    const result = await nianbao('generate', current, '--prev', previous, '-o', target, '--force');
    expect(result.code).toBe(0);
    expect(result.stderr).not.toContain('X-9');
    const text = fs.readFileSync(target, 'utf8');
    const found = statements(text);
    const cells: [string, string][] = [
      ['新收申请', 'applications.newReceived.total'],
      ['办结申请', 'applications.total.total'],
      ['行政复议', 'review.total'],
    ];
    for (const [label, id] of cells) {
      const [now, before] = [SAMPLE_REPORT.cells[id] as number, LAST_YEAR.cells[id] as number];
      expect(found.get(label)).toEqual({ now, up: now > before, diff: Math.abs(now - before), percent: Math.round((Math.abs(now - before) * 1000) / before) / 10 });
    }
    // 主动公开 items come from the 正文素材 of last year's workbook.
    expect(found.get('主动公开政府信息')).toMatchObject({ now: 6823, up: true, diff: 723 });
    // Without --prev, no comparison.
    const plain = await nianbao('generate', current);
    expect(statements(plain.stdout).size).toBe(0);
  });

  it('check --prev flags a planted wrong percentage in a published report', async () => {
    const current = await book('2024b.xlsx', SAMPLE_REPORT, SAMPLE_INPUTS);
    const previous = await book('2023b.xlsx', LAST_YEAR, {});
    const md = path.join(out, 'published.md');
    expect((await nianbao('generate', current, '--prev', previous, '-o', md, '--force')).code).toBe(0);
    const text = fs.readFileSync(md, 'utf8');
    const wrong = text.replace(/(新收申请122件，(?:较|比)上年减少2件，下降)1\.6%/, '$14.6%');
    expect(wrong).not.toBe(text);
    expect(importReportText(wrong).data.cells['applications.newReceived.total']).toBe(122);
    const planted = path.join(out, 'planted.md');
    fs.writeFileSync(planted, wrong);
    const clean = await nianbao('check', md, '--prev', previous);
    expect(clean.stdout).not.toContain('X-9');
    const flagged = await nianbao('check', planted, '--prev', previous);
    expect(flagged.code).toBe(1);
    expect(flagged.stdout).toContain('X-9');
    expect(flagged.stdout).toContain('下降应为 1.6%，不是 4.6%');
  });
});
