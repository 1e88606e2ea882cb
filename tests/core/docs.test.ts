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
(S-0: a table or row the reader could not find), E-* editorial checks, I-1 what the importer reports about
the text it read. Every check ends as pass, fail, or not assessable: a rule over a blank or non-numeric
cell is never passed, it is reported as 无法判断 next to the cell's own finding.
`;

describe('docs/rules.md', () => {
  it('lists exactly the rules of the catalogue', () => {
    const generated = `${RULES_HEADER}\n${describeRules()}\n`;
    if (process.env.UPDATE_DOCS) fs.writeFileSync(RULES_FILE, generated);
    expect(fs.readFileSync(RULES_FILE, 'utf8')).toBe(generated);
  });
});
