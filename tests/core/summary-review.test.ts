import {
  agencyCounts,
  buildOpinion,
  duplicateAgencies,
  duplicateAgenciesMessage,
  opinionTitle,
  SAMPLE_REPORT,
  type LocatedFinding,
  type ReportData,
  type SummaryPart,
} from '../../src/core';

const part = (agency: string | null, file = `${agency}.xlsx`): SummaryPart => ({ file, data: { ...SAMPLE_REPORT, agency } as ReportData });

describe('duplicateAgencies: two files of one agency in a 汇总', () => {
  it('groups the same name, the 办公室 and the 人民政府 of one place, and a name with its city in front', () => {
    const parts = [
      part('洪泽区人民政府'),
      part('市中区综合行政执法局'),
      part('淮安市洪泽区人民政府办公室'),
      part('泰山区综合行政执法局'),
      part('市中区综合行政执法局', '市中区综合行政执法局（修改稿）.pdf'),
    ];
    expect(duplicateAgencies(parts)).toEqual([
      { agency: '洪泽区人民政府', files: ['洪泽区人民政府.xlsx', '淮安市洪泽区人民政府办公室.xlsx'] },
      { agency: '市中区综合行政执法局', files: ['市中区综合行政执法局.xlsx', '市中区综合行政执法局（修改稿）.pdf'] },
    ]);
  });

  it('different offices, and reports that name no agency, are not duplicates', () => {
    expect(duplicateAgencies([part('市中区人民政府办公室'), part('中站区人民政府办公室'), part(null, 'a.txt'), part(null, 'b.txt')])).toEqual([]);
  });

  it('says which files, and that they would be counted twice', () => {
    const message = duplicateAgenciesMessage([{ agency: '甲局', files: ['甲.xlsx', '甲2.xlsx'] }]);
    expect(message).toContain('重复计算');
    expect(message).toContain('甲局：甲.xlsx、甲2.xlsx');
  });
});

const finding = (f: Partial<LocatedFinding>): LocatedFinding => ({ rule: 'T3-1', severity: 'error', status: 'fail', cells: [], message: '', addresses: [], ...f });

describe('agencyCounts', () => {
  it('counts failed errors and warnings, and 无法判断 of any severity; hints are not counted', () => {
    const counts = agencyCounts([
      finding({}),
      finding({ severity: 'warning' }),
      finding({ severity: 'info' }),
      finding({ status: 'notAssessable' }),
      finding({ status: 'notAssessable', severity: 'warning' }),
    ]);
    expect(counts).toEqual({ errors: 1, warnings: 1, notAssessable: 2 });
  });
});

describe('buildOpinion: the 审核意见', () => {
  const doc = buildOpinion({
    year: 2024,
    agencies: [
      {
        agency: '甲局',
        file: '甲.xlsx',
        findings: [
          finding({ message: '（七）总计 10 ≠ 9', addresses: ['表三 依申请公开!D20'], suggestion: '若其他数字无误，结转下年度应为 1。' }),
          finding({ rule: 'X-2', severity: 'warning', message: '正文写的是 2023 年' }),
          finding({ rule: 'T3-1', status: 'notAssessable', severity: 'error', message: '先把 D9 改为数字' }),
        ],
      },
      { agency: '乙局', file: '乙.pdf', findings: [finding({ severity: 'info', message: '提示' })] },
    ],
    unusable: [{ file: '丙.xls', error: '旧版 .xls' }],
  });
  const text = doc.blocks.map((b) => ('text' in b ? b.text : '')).join('\n');

  it('is titled for the year and counts what was found', () => {
    expect(doc.title).toBe(opinionTitle(2024));
    expect(doc.title).toBe('关于2024年度政府信息公开工作年度报告的审核意见');
    expect(text).toContain('本次共审核 2 个单位的年度报告，其中 1 个单位的报告有须改正的错误，0 个单位有须核实的问题，1 个单位未发现问题，另有 1 个文件无法读取');
  });

  it('lists per agency what must be corrected, what to verify and what could not be checked, with the place and the fix', () => {
    expect(doc.blocks).toContainEqual({ kind: 'heading', level: 1, text: '一、甲局' });
    expect(doc.blocks).toContainEqual({ kind: 'heading', level: 2, text: '（一）须改正的问题' });
    expect(text).toContain('1. 【勾稽关系】（表三 依申请公开!D20）（七）总计 10 ≠ 9 若其他数字无误，结转下年度应为 1。');
    expect(doc.blocks).toContainEqual({ kind: 'heading', level: 2, text: '（二）请核实的问题' });
    expect(doc.blocks).toContainEqual({ kind: 'heading', level: 2, text: '（三）无法核对的项目（请先把有关单元格改为数字）' });
  });

  it('names the agencies without problems and the files that could not be read', () => {
    expect(doc.blocks).toContainEqual({ kind: 'heading', level: 1, text: '二、未发现问题的单位' });
    expect(text).toContain('乙局。');
    expect(doc.blocks).toContainEqual({ kind: 'heading', level: 1, text: '三、无法读取的文件' });
    expect(text).toContain('1. 丙.xls：旧版 .xls');
  });

  it('has no tables: it is a letter, not a report', () => {
    expect(doc.blocks.some((b) => b.kind === 'table')).toBe(false);
  });
});
