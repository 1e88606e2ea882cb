import * as fs from 'fs';
import * as path from 'path';
import { describeCells } from '../../src/core';

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
