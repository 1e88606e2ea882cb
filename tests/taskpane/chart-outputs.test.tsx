/** @jest-environment jsdom */
import { fireEvent, screen, waitFor } from '@testing-library/react';
import JSZip from 'jszip';
import { TextDecoder, TextEncoder } from 'util';
import { SAMPLE_INPUTS, SAMPLE_REPORT } from '../../src/core';
import { GeneratePanel } from '../../src/taskpane/components/GeneratePanel';
import { MemorySpreadsheet } from '../support/memory-spreadsheet';
import { renderPane } from '../support/render-pane';

/**
 * 生成报告's charts: 「在报告中插入图表」 and the 图解 buttons, in each state. jsdom has no canvas, so the
 * browser rasteriser is replaced by one that hands back a 1×1 PNG and counts the SVGs it was given;
 * tests/browser/charts.test.ts runs the real canvas in Chromium.
 */
const PNG_1x1 = Uint8Array.from(atob('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8/5+hHgAHggJ/PchI7wAAAABJRU5ErkJggg=='), (c) => c.charCodeAt(0));
const rasterised: string[] = [];
// jsdom (jest 29) has neither; the docx writer and the SVG download need them, as browsers have them.
Object.assign(globalThis, { TextEncoder: TextEncoder, TextDecoder: TextDecoder });
jest.mock('../../src/taskpane/output/canvas-raster', () => ({
  svgToPngInCanvas: async (svg: string) => {
    rasterised.push(svg);
    return PNG_1x1;
  },
}));

const isUnavailable = (el: HTMLElement) => (el as HTMLButtonElement).disabled || el.getAttribute('aria-disabled') === 'true';
const sample = () => ({ format: SAMPLE_REPORT.format, year: SAMPLE_REPORT.year, agency: SAMPLE_REPORT.agency, cells: { ...SAMPLE_REPORT.cells }, inputs: JSON.parse(JSON.stringify(SAMPLE_INPUTS)) });

/** Downloads land here: the Blob URL's contents and the file name. */
const downloads: { name: string; type: string; bytes: Promise<Uint8Array> }[] = [];
beforeAll(() => {
  // jsdom has no canvas: ECharts then measures its labels by estimate, as it does in Node.
  jest.spyOn(HTMLCanvasElement.prototype, 'getContext').mockReturnValue(null);
  Object.assign(URL, {
    createObjectURL: (blob: Blob) => {
      const bytes = new Promise<Uint8Array>((resolve) => {
        const reader = new FileReader();
        reader.onload = () => resolve(new Uint8Array(reader.result as ArrayBuffer));
        reader.readAsArrayBuffer(blob);
      });
      downloads.push({ name: '', type: blob.type, bytes });
      return `blob:test/${downloads.length}`;
    },
    revokeObjectURL: () => undefined,
  });
  jest.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
    downloads[downloads.length - 1].name = this.download;
  });
});
beforeEach(() => {
  downloads.length = 0;
  rasterised.length = 0;
});

async function generated(report = sample()) {
  const spreadsheet = new MemorySpreadsheet(report);
  renderPane(<GeneratePanel active />, spreadsheet);
  const generate = () => screen.getByRole('button', { name: /生成报告$/ });
  await waitFor(() => expect(isUnavailable(generate())).toBe(false));
  fireEvent.click(generate());
  return spreadsheet;
}

describe('生成报告: charts in the Word document and the 图解', () => {
  test('before generating there is neither the checkbox nor the 图解', async () => {
    renderPane(<GeneratePanel active />, new MemorySpreadsheet(sample()));
    await screen.findByRole('button', { name: /生成报告$/ });
    expect(screen.queryByRole('checkbox', { name: '在报告中插入图表' })).toBeNull();
    expect(screen.queryByRole('button', { name: '下载图解（PNG）' })).toBeNull();
  });

  test('unchecked, the .docx has no pictures; checked, it has one per chart, drawn from the shared SVG', async () => {
    await generated();
    const box = (await screen.findByRole('checkbox', { name: '在报告中插入图表' }, { timeout: 10_000 })) as HTMLInputElement;
    expect(box.checked).toBe(false);
    expect(box.getAttribute('aria-describedby')).toBeTruthy();
    const download = screen.getByRole('button', { name: '下载 Word 文档' });

    fireEvent.click(download);
    await screen.findByText(/已开始下载“.*\.docx”/);
    const plain = await JSZip.loadAsync(await downloads[0].bytes);
    expect(Object.keys(plain.files).filter((f) => f.startsWith('word/media/'))).toEqual([]);
    expect(rasterised).toEqual([]);

    fireEvent.click(box);
    expect(box.checked).toBe(true);
    fireEvent.click(download);
    await waitFor(() => expect(downloads).toHaveLength(2));
    await screen.findByText(/已开始下载“.*\.docx”/);
    const withCharts = await JSZip.loadAsync(await downloads[1].bytes);
    // The sample fills 发布渠道, 申请人, 办理结果 and 复议诉讼: four charts, four pictures (the stand-in
    // PNGs are alike, so the package keeps one media part for them).
    expect(rasterised).toHaveLength(4);
    expect(rasterised[0]).toMatch(/^<svg[^>]*width="800" height="480"/);
    expect(Object.keys(withCharts.files).filter((f) => f.startsWith('word/media/'))).toHaveLength(1);
    const xml = await withCharts.file('word/document.xml')!.async('string');
    expect(xml.match(/<w:drawing>/g)).toHaveLength(4);
    expect(xml).toContain('图1\u3000主动公开信息发布渠道（条）');
  });

  test('图解: PNG and SVG downloads with the agency and year in the name; busy meanwhile', async () => {
    await generated();
    const png = await screen.findByRole('button', { name: '下载图解（PNG）' }, { timeout: 10_000 });
    expect(isUnavailable(png)).toBe(false);
    fireEvent.click(screen.getByRole('button', { name: 'SVG' }));
    expect(await screen.findByText('正在生成图解…')).toBeTruthy();
    await screen.findByText('已开始下载“示例县人民政府办公室2024年政府信息公开工作年度报告图解.svg”，请在浏览器的下载栏或下载文件夹中查看。');
    expect(downloads[0]).toMatchObject({ name: '示例县人民政府办公室2024年政府信息公开工作年度报告图解.svg', type: 'image/svg+xml' });
    const svg = new TextDecoder().decode(await downloads[0].bytes);
    expect(svg).toMatch(/^<svg xmlns="http:\/\/www.w3.org\/2000\/svg" width="1240" height="1754"/);
    expect(svg).toContain('2024年政府信息公开工作年度报告');

    fireEvent.click(png);
    await screen.findByText(/图解\.png”/);
    expect(downloads[1]).toMatchObject({ name: '示例县人民政府办公室2024年政府信息公开工作年度报告图解.png', type: 'image/png' });
    // The page went to the rasteriser at its own size.
    expect(rasterised).toHaveLength(1);
    expect(rasterised[0]).toMatch(/width="1240" height="1754"/);
  });

  test('a draft: the 图解 cannot be downloaded (it would carry no 草稿 mark) and says why', async () => {
    const report = sample();
    report.cells['applications.newReceived.naturalPerson'] = (report.cells['applications.newReceived.naturalPerson'] as number) + 5;
    await generated(report);
    fireEvent.click(await screen.findByRole('button', { name: '仍然生成（标为草稿）', hidden: true }, { timeout: 10_000 }));
    const png = await screen.findByRole('button', { name: '下载图解（PNG）' }, { timeout: 10_000 });
    expect(isUnavailable(png)).toBe(true);
    expect(isUnavailable(screen.getByRole('button', { name: 'SVG' }))).toBe(true);
    expect(screen.getByText(/^表格尚有 \d+ 处错误：图解上不会注明“草稿”，改正表格、重新生成报告后才能下载。$/)).toBeTruthy();
    expect(png.getAttribute('aria-describedby')).toBe(screen.getByText(/图解上不会注明/).id);
    // The Word document is a draft with its mark; charts may still go in.
    expect(isUnavailable(screen.getByRole('checkbox', { name: '在报告中插入图表' }))).toBe(false);
  });
});
