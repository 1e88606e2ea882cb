import { importReportText, previousProblems } from '../../src/core';
import * as fs from 'fs';
import * as path from 'path';
import { loadSeeds, SEEDS_DIR } from '../support/seeds';

const fiveOf = (text: string) => importReportText(text).sections.find((s) => s.number === 5)?.text ?? '';

describe('last year’s problems, from section 五 of last year’s report', () => {
  it('finds them in each seed, however the report writes them', () => {
    const text = (name: string) => fs.readFileSync(path.join(SEEDS_DIR, `${name}.txt`), 'utf8');
    const byName = Object.fromEntries(loadSeeds().map((s) => [s.name, previousProblems(fiveOf(text(s.name)))]));
    // A subsection 「（二）2024年存在的主要问题」 with 一是/二是, the 整改 subsection before it left out.
    expect(byName['000_08508a3c99ea3aa7']).toEqual(['群众对依申请事项办理的答复质量提出了更高要求', '政策解读视角需要更加多元化']);
    // One plain sentence, no numbering.
    expect(byName['001_3d92076ac9f1ca50']).toEqual(['部分干部对《中华人民共和国政府信息公开条例》新规的把握还不够透彻']);
    // Running text 「还存在几点问题:一是…」, the measures paragraph after it left out.
    expect(byName['002_073bf38150bd80e7']).toEqual(['信息公开领域还有待进一步加强', '信息公开的时效性有待加强,不断增强信息及时性']);
    // 「（一）主要问题：一是…。二是…。」 on the heading's own line.
    expect(byName['003_b87e4db93de93761']).toEqual(['信息公开内容形式有待丰富', '人员工作衔接不顺畅，科室间信息传递有时存在延迟']);
    // 「还存在不少差距。一是…」: the preamble before 一是 is not a problem.
    expect(byName['004_32c2d63033fa8ad9']).toEqual([
      '政务公开指导作用发挥还不够，对相关单位新进人员的业务指导还不够全面',
      '政务公开相关制度还需进一步健全、规范和完善，信息审核把关业务能力仍需加强',
    ]);
  });

  it('returns nothing rather than a guess when the section names no problem', () => {
    expect(previousProblems('')).toEqual([]);
    expect(previousProblems('五、存在的主要问题及改进情况\n本年度工作总体平稳。')).toEqual([]);
  });
});
