import * as fs from 'fs';
import * as path from 'path';
import { decodeTextBytes } from '../../src/core';
import { FIXTURES_DIR, loadSeeds } from '../support/seeds';
import { nianbao } from '../support/cli';

/**
 * GB18030, the encoding of many government web pages: a no-break space (saved from &nbsp;) and
 * characters outside GBK are four-byte sequences. tests/fixtures/encodings holds seed 004 with
 * no-break spaces around its table cells and three such characters, in UTF-8 and in GB18030
 * (iconv). Both import to the same cells, which are the seed's ground truth; the CLI and the task
 * pane decode through the same function.
 */
const dir = path.join(FIXTURES_DIR, 'encodings');
const utf8 = path.join(dir, '004-nbsp.utf8.txt');
const gb18030 = path.join(dir, '004-nbsp.gb18030.txt');

describe('GB18030 text', () => {
  it('decodes to exactly the text of its UTF-8 twin, four-byte sequences included', () => {
    const text = decodeTextBytes(fs.readFileSync(gb18030));
    expect(text).toBe(fs.readFileSync(utf8, 'utf8'));
    expect(text).toContain('𠮷㐀䶵');
    expect(text).toContain('\u00a0');
  });

  it('imports to the same cells as its UTF-8 twin, and to the ground truth', async () => {
    const seed = loadSeeds().find((s) => s.name.startsWith('004'))!;
    const [a, b] = await Promise.all([nianbao('import', gb18030, '--json'), nianbao('import', utf8, '--json')]);
    expect(a.code).toBe(0);
    expect(b.code).toBe(0);
    const [fromGb, fromUtf8] = [JSON.parse(a.stdout), JSON.parse(b.stdout)];
    expect(fromGb.cells).toEqual(fromUtf8.cells);
    expect(fromGb.cells).toEqual(seed.cells);
    expect(fromGb.agency).toBe(seed.agency);
  });
});
