/**
 * SVG → PNG with the browser's own canvas: the task pane's rasteriser (`Rasterise` in src/charts),
 * where the CLI uses resvg. The SVG is loaded as an image and drawn into a canvas at `scale` times
 * its size (the root's width and height are scaled, so the browser draws the vectors at that size
 * rather than enlarging pixels). An SVG image can use only the fonts installed on the machine: the
 * charts name the CJK families of Windows (微软雅黑, 黑体) and Linux (Noto, 文泉驿), and a browser falls
 * back glyph by glyph to any CJK font it has (PingFang on a Mac), so Chinese labels render wherever
 * Office runs in Chinese.
 */
export async function svgToPngInCanvas(svg: string, scale: number): Promise<Uint8Array> {
  const { width, height } = svgSize(svg);
  const [w, h] = [Math.round(width * scale), Math.round(height * scale)];
  const url = URL.createObjectURL(new Blob([scaledRoot(svg, w, h)], { type: 'image/svg+xml' }));
  try {
    const image = new Image(w, h);
    image.src = url;
    await image.decode();
    const canvas = document.createElement('canvas');
    canvas.width = w;
    canvas.height = h;
    const context = canvas.getContext('2d');
    if (!context) throw new Error('浏览器无法绘制图片（画布不可用），请在 Excel 网页版或较新的 Excel 中重试。');
    context.fillStyle = '#ffffff';
    context.fillRect(0, 0, w, h);
    context.drawImage(image, 0, 0, w, h);
    const blob = await new Promise<Blob | null>((resolve) => canvas.toBlob(resolve, 'image/png'));
    if (!blob) throw new Error('浏览器无法把图表保存为图片，请在 Excel 网页版或较新的 Excel 中重试。');
    return new Uint8Array(await blob.arrayBuffer());
  } finally {
    URL.revokeObjectURL(url);
  }
}

const ROOT = /<svg\b[^>]*>/;

/** The root element's width and height in pixels. */
export function svgSize(svg: string): { width: number; height: number } {
  const root = ROOT.exec(svg)?.[0] ?? '';
  const width = Number(/\swidth="(\d+(?:\.\d+)?)"/.exec(root)?.[1]);
  const height = Number(/\sheight="(\d+(?:\.\d+)?)"/.exec(root)?.[1]);
  if (!(width > 0 && height > 0)) throw new Error('图表图片缺少尺寸，无法绘制。');
  return { width, height };
}

/** The same SVG drawn at w × h: its root gets that size and keeps its coordinates through a viewBox. */
export function scaledRoot(svg: string, w: number, h: number): string {
  return svg.replace(ROOT, (root) => {
    const { width, height } = svgSize(root);
    const sized = root.replace(/\swidth="[^"]*"/, ` width="${w}"`).replace(/\sheight="[^"]*"/, ` height="${h}"`);
    return /\sviewBox=/.test(sized) ? sized : sized.replace(/^<svg\b/, `<svg viewBox="0 0 ${width} ${height}"`);
  });
}
