import * as fs from 'node:fs';
import * as path from 'node:path';
import { FORMAT_VERSIONS, formatForYear, getFormat, specOf } from '../../src/core';

/**
 * Each fact of the format is stated once (issue 14): table 三's balance, the format detection and the
 * totals computation each live in one place of the core, and every consumer calls it. These tests read
 * the sources, as `grep` would, so a second copy written by hand anywhere under src/ fails them.
 */

const SRC = path.join(__dirname, '../../src');

function sources(dir = SRC): { file: string; text: string }[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return sources(full);
    return /\.tsx?$/.test(entry.name) ? [{ file: path.relative(SRC, full).split(path.sep).join('/'), text: fs.readFileSync(full, 'utf8') }] : [];
  });
}

const where = (pattern: RegExp) => sources().filter((s) => pattern.test(s.text)).map((s) => s.file).sort();

describe('table 三 balance', () => {
  it('is read from the note in one function, and nowhere written out as its four rows', () => {
    expect(where(/第\(\.\)项加第\(\.\)项之和/)).toEqual(['core/format/balance.ts']);
    // The four rows of the balance by name, as the check row, T3-1, X-3 and the narrative each spelt them.
    expect(where(/['"]newReceived['"]\s*,\s*['"]carriedOver['"]/)).toEqual([]);
    // Files that show one of these rows as a key figure of their own (新收申请 on the 图解, in 同比 and in
    // 分单位情况) read a cell; none of them adds rows up. Every other file must not name the rows at all.
    const keyFigureReaders = ['charts/graphic.ts', 'core/charts/definitions.ts', 'cli/commands/summarize.ts', 'core/narrative/yoy.ts', 'core/rules/yoy.ts', 'core/summary/sum.ts'];
    const naming = where(/applications\.(newReceived|carriedOver|carriedForward)\.(total|\$\{)/).filter((f) => f !== 'core/sample.ts');
    expect(naming.filter((f) => !keyFigureReaders.includes(f))).toEqual([]);
    // Nor does a key-figure reader combine two of the balance's rows on one line (the balance spelt out again).
    const combining = /applications\.(newReceived|carriedOver|carriedForward|total)\.[^\n]*[+-]\s*[^\n]*applications\.(newReceived|carriedOver|carriedForward|total)\./;
    expect(sources().filter((s) => keyFigureReaders.includes(s.file) && s.text.split('\n').some((line) => combining.test(line))).map((s) => s.file)).toEqual([]);
  });

  it('is used by the check row, rule T3-1, the text claims (X-3, X-7), X-1 and the narrative', () => {
    const users = where(/\bbalance(Of|Totals)\(|carryOverPairs\(/).filter((f) => !f.startsWith('core/format/'));
    expect(users).toEqual(
      expect.arrayContaining(['core/layout/plan/check-row.ts', 'core/rules/catalogue.ts', 'core/rules/text-tables.ts', 'core/rules/cross-year.ts', 'core/rules/claims.ts', 'core/narrative/paragraphs.ts', 'core/rules/carry-over.ts']),
    );
  });
});

describe('format detection', () => {
  it('has one detector; the words it looks for are data of the specs', () => {
    expect(where(/export function detect(TableVersions|Format)\b/)).toEqual(['core/format/detect.ts']);
    // Several of a spec's words outside the specs would be a second detector. Allowed: section 二's
    // heading is recognised by words of its table (not its format), F-1's message names the rows, and
    // the titles of T2-2 and T2-3 (cross-year rules) name 现行有效件数 and 本年废止件数.
    const allowed = ['core/import/sections.ts', 'core/rules/catalogue.ts', 'core/rules/cross-year.ts'];
    const escape = (word: string) => word.replace(/[()（）]/g, '\\$&');
    for (const version of FORMAT_VERSIONS) {
      const { active, applications } = specOf(version).markers;
      const lists = sources().filter((s) => !s.file.startsWith('core/format/') && [...active, ...applications].filter((m) => new RegExp(escape(m)).test(s.text)).length > 1);
      expect({ version, files: lists.map((s) => s.file).filter((f) => !allowed.includes(f)) }).toEqual({ version, files: [] });
    }
  });

  it('works the format out from the year only through formatForYear, which reads the specs', () => {
    expect(where(/year\s*[<>]=?\s*20(19|20|21)\b|20(19|20|21)\s*[<>]=?\s*\w*year/i)).toEqual([]);
    expect(where(/=== '2019' \|\| \w+ === '2021'|=== '2021' \|\| \w+ === '2019'/)).toEqual([]);
    expect([2015, 2019, 2020, 2021, 2030].map(formatForYear)).toEqual(['2019', '2019', '2019', '2021', '2021']);
    for (const version of FORMAT_VERSIONS) expect(formatForYear(getFormat(version).years.from)).toBe(version);
  });
});

describe('totals', () => {
  it('are computed from the schema in one function, totalsOf', () => {
    // Summing a total's parts (`sumOf`) into a value happens only in totals.ts; the plan's SUM formula is text.
    expect(where(/spreadsheetSum\([^)]*sumOf/)).toEqual(['core/totals.ts']);
    expect(where(/function (calculatedCells|fillUncachedTotals)\b[^]*spreadsheetSum/)).toEqual([]);
    expect(where(/\btotalsOf\(/)).toEqual(expect.arrayContaining(['core/layout/plan/table-sheet.ts', 'xlsx/read.ts']));
  });
});

describe('the narrative', () => {
  it('takes the differences of the formats from their specs, and section titles from the format', () => {
    const narrative = sources().filter((s) => s.file.startsWith('core/narrative/'));
    for (const { file, text } of narrative) {
      expect({ file, branches: /format === '20\d\d'|active2019\./.test(text) }).toEqual({ file, branches: false });
      expect({ file, titles: /'[一五六]、(总体情况|存在的主要问题|其他需要报告)/.test(text) }).toEqual({ file, titles: false });
    }
  });
});
