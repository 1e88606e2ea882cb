import * as fs from 'fs';
import * as path from 'path';
import { describeCells, describeRules } from '../../src/core';

const file = path.resolve(__dirname, '../../docs/cell-ids.md');
const HEADER = `# Cell IDs

Generated from the schema (\`src/core/format\`); \`UPDATE_DOCS=1 npx jest tests/core/docs\` rewrites it.
Kinds: \`count\` non-negative whole number, \`amount\` non-negative decimal in 万元, \`signed\` whole number
that may be negative, \`text\` kept as written. Computed cells are formulas in the workbook.
`;

describe('docs/cell-ids.md', () => {
  it('lists exactly the cells of the schema', () => {
    const generated = `${HEADER}\n${describeCells('2021')}\n\n${describeCells('2019')}\n`;
    if (process.env.UPDATE_DOCS) fs.writeFileSync(file, generated);
    expect(fs.readFileSync(file, 'utf8')).toBe(generated);
  });
});

const RULES_FILE = path.resolve(__dirname, '../../docs/rules.md');
const RULES_HEADER = `# Validation rules

Generated from the catalogue (\`src/core/rules/catalogue.ts\`); \`UPDATE_DOCS=1 npx jest tests/core/docs\` rewrites it.
IDs T*, F-1 and X-* follow [report-format.md](report-format.md); S-* are the workbook's own structure rules
(S-0: a table or row the reader could not find), N-1 checks the 正文素材, E-* editorial checks, I-1 what the
importer reports about the text it read, X-6 whether last year's report is last year's. The task pane leads
each finding with the words in the second column and its place; the rule ID stays small beside them, and in
full in the 审核报告.

Every check ends as pass, fail, or not assessable (无法判断). A check over a cell that is blank, text or an
error value is never passed nor failed, and neither is one over a total whose formula adds such a cell up
(through totals of totals: a spreadsheet's SUM skips text silently, so the total shows a number): it is
无法判断, offers no fix, names the cell to change first and says what to do (「先把 D9（“67件”）改为数字，才能
核对本列的勾稽关系」). Blank cells are one finding per table, with the blank input cells to fill with 0.
`;

describe('docs/rules.md', () => {
  it('lists exactly the rules of the catalogue', () => {
    const generated = `${RULES_HEADER}\n${describeRules()}\n`;
    if (process.env.UPDATE_DOCS) fs.writeFileSync(RULES_FILE, generated);
    expect(fs.readFileSync(RULES_FILE, 'utf8')).toBe(generated);
  });
});
