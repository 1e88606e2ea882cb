import { useCallback, useState } from 'react';
import { useAction } from '../../hooks/useAction';
import { downloadRoute } from '../../hooks/useGenerateReport';
import type { ChartSource } from '../../output/chart-images';
import { downloadFile, downloadInBrowser } from '../../output/deliver';

/**
 * The charts' part of 生成报告: whether the .docx gets the charts (「在报告中插入图表」), and the
 * one-page 图解 as PNG or SVG. Both draw the same SVG as the CLI, rasterised by the browser's canvas.
 */
export function useChartOutputs() {
  const [inDocx, setInDocx] = useState(false);
  const { busy, error, notice, setError, setNotice, run } = useAction<'graphic'>('没有生成图解，请稍后重试。');

  const downloadGraphic = useCallback(
    (source: ChartSource, format: 'png' | 'svg') =>
      run('graphic', async () => {
        const route = downloadRoute();
        // The download page (Excel on Mac and iPad) hands out PNG only.
        if (route === 'none' || (route === 'browser' && format !== 'png')) {
          setError('此版本的 Excel 不支持从加载项下载此文件，请在 Excel 网页版中下载，或用命令行 nianbao graphic 生成图解。');
          return;
        }
        const { graphicImage } = await import(/* webpackChunkName: "charts" */ '../../output/chart-images');
        const file = await graphicImage(source, format);
        if (route === 'browser') {
          downloadInBrowser(file.bytes, file.name, file.type);
          setNotice(`已在浏览器中打开下载页面，请在浏览器中保存“${file.name}”。`);
          return;
        }
        downloadFile(file.bytes, file.name, file.type);
        setNotice(`已开始下载“${file.name}”，请在浏览器的下载栏或下载文件夹中查看。`);
      }),
    [run, setError, setNotice],
  );

  return { inDocx, setInDocx, busy, error, notice, downloadGraphic };
}

export type ChartOutputs = ReturnType<typeof useChartOutputs>;
