import { SAMPLE_REPORT } from '../../src/core';
import { LIMITS } from '../../src/core/limits';
import { ExcelAdapterError, loadDismissals, loadPreviousReport, saveDismissals, savePreviousReport, type Dismissal, type PreviousReport } from '../../src/excel';
import { ExcelDouble, installExcelDouble, type InstalledDouble } from '../doubles/excel-double';

/**
 * Document settings live in memory until saved and must fit, all together, in about 2 MB (the
 * double refuses a larger save, as Office does). What is kept is capped, its size is checked before
 * it is set, and a failed save leaves the settings as they were, saying what happened.
 */
let installed: InstalledDouble;
beforeEach(() => {
  installed = installExcelDouble(new ExcelDouble());
});
afterEach(() => installed.uninstall());

const settingsJson = () => JSON.stringify(Object.fromEntries(installed.double.settings));

function crafted(): PreviousReport {
  // A title made to be huge: 9 MB read as the agency, and section 五 as thousands of problems.
  return {
    data: { ...SAMPLE_REPORT, agency: `${'某'.repeat(3_000_000)}局` },
    source: `${'长'.repeat(10_000)}.docx`,
    importedAt: '2025-01-10',
    problems: Array.from({ length: 5000 }, (_, i) => `问题${i}${'很长'.repeat(500)}`),
  };
}

describe('上年报告 in the document settings', () => {
  it('keeps a crafted report within its caps, so that the save succeeds', async () => {
    await savePreviousReport(crafted());
    const kept = loadPreviousReport()!;
    expect(kept.data.agency!.length).toBeLessThanOrEqual(LIMITS.storedAgencyChars.value);
    expect(kept.source.length).toBeLessThanOrEqual(LIMITS.storedSourceChars.value);
    expect(kept.problems!.length).toBeLessThanOrEqual(20);
    expect(kept.data.cells).toEqual(SAMPLE_REPORT.cells); // the numbers are all kept
    expect(new TextEncoder().encode(settingsJson()).length).toBeLessThan(LIMITS.storedReportBytes.value);
  });

  it('puts the previous value back when a save fails, says so, and later saves still work', async () => {
    const first: PreviousReport = { data: { ...SAMPLE_REPORT }, source: '2023年报.docx', importedAt: '2025-01-10' };
    await savePreviousReport(first);
    installed.double.failSettingsSaves = 'The document is read-only.';
    const failed = savePreviousReport({ ...first, source: '2024年报.docx' });
    await expect(failed).rejects.toBeInstanceOf(ExcelAdapterError);
    await failed.catch((error: ExcelAdapterError) => {
      expect(error.userMessage).toContain('没能把上年报告保存到工作簿');
      expect(error.userMessage).toContain('已恢复为保存前的内容');
    });
    expect(loadPreviousReport()!.source).toBe('2023年报.docx'); // in memory as it was
    installed.double.failSettingsSaves = null;
    await saveDismissals([]);
    expect(installed.double.settings.get('nianbao.previous')).toMatchObject({ source: '2023年报.docx' });
  });

  it('refuses explanations beyond their size before setting them, leaving the settings untouched', async () => {
    const many: Dismissal[] = Array.from({ length: 2000 }, (_, i) => ({ key: `T2-1|c${i}`, rule: 'T2-1', cells: [`c${i}`], message: '说明'.repeat(50), reason: '理由'.repeat(50), date: '2025-01-10' }));
    await expect(saveDismissals(many)).rejects.toMatchObject({ userMessage: expect.stringContaining('超过了可保存在工作簿中的上限') });
    expect(loadDismissals()).toEqual([]);
    await savePreviousReport({ data: { ...SAMPLE_REPORT }, source: 'a.docx', importedAt: '2025-01-10' });
    expect(installed.double.settings.has('nianbao.dismissals')).toBe(false);
  });
});
