import { readdirSync, readFileSync, statSync } from 'node:fs';
import * as path from 'node:path';
import { initWasm, Resvg } from '@resvg/resvg-wasm';

/**
 * SVG → PNG in Node with resvg compiled to WebAssembly (no native binary, nothing downloaded at
 * install). resvg draws only the fonts it is handed: the system's CJK fonts are looked for at run
 * time, and without one the charts would have blank labels, so that is an error that says so.
 */

/** Font directories of Linux, macOS and Windows; only NIANBAO_FONT_DIR when it is set. */
export function fontDirs(): string[] {
  if (process.env.NIANBAO_FONT_DIR) return [process.env.NIANBAO_FONT_DIR];
  const home = process.env.HOME ?? '';
  return [
    '/usr/share/fonts',
    '/usr/local/share/fonts',
    path.join(home, '.local/share/fonts'),
    path.join(home, '.fonts'),
    '/System/Library/Fonts',
    '/Library/Fonts',
    path.join(process.env.WINDIR ?? 'C:\\Windows', 'Fonts'),
  ].filter(Boolean);
}

/** File names of CJK fonts, best first, with the family name resvg knows them by. */
const KNOWN: [RegExp, string][] = [
  [/^NotoSansCJK-Regular\.ttc$/i, 'Noto Sans CJK SC'],
  [/^NotoSansCJKsc-Regular\.otf$/i, 'Noto Sans CJK SC'],
  [/^NotoSansCJK-Bold\.ttc$/i, 'Noto Sans CJK SC'],
  [/^SourceHanSans(?:SC|CN)?-Regular\.(?:otf|ttc)$/i, 'Source Han Sans SC'],
  [/^wqy-microhei\.ttc$/i, 'WenQuanYi Micro Hei'],
  [/^wqy-zenhei\.ttc$/i, 'WenQuanYi Zen Hei'],
  [/^msyh\.ttc$/i, 'Microsoft YaHei'],
  [/^simhei\.ttf$/i, 'SimHei'],
  [/^PingFang\.ttc$/i, 'PingFang SC'],
  [/^DroidSansFallback(?:Full)?\.ttf$/i, 'Droid Sans Fallback'],
];

export class NoCjkFontError extends Error {
  constructor() {
    super(
      '找不到中文字体，无法绘制图表中的中文文字。请安装中文字体（Debian/Ubuntu：apt-get install fonts-noto-cjk；Windows 自带的微软雅黑、黑体即可），或用环境变量 NIANBAO_FONT_DIR 指定中文字体所在的目录。',
    );
  }
}

export interface CjkFont {
  file: string;
  family: string;
}

/** The CJK fonts found (best first, at most two files: enough glyphs, little memory). */
export function findCjkFonts(dirs = fontDirs()): CjkFont[] {
  const found: (CjkFont & { rank: number })[] = [];
  const walk = (dir: string, depth: number) => {
    let names: string[];
    try {
      names = readdirSync(dir);
    } catch {
      return;
    }
    for (const name of names.sort()) {
      const full = path.join(dir, name);
      const rank = KNOWN.findIndex(([pattern]) => pattern.test(name));
      if (rank >= 0) found.push({ file: full, family: KNOWN[rank][1], rank });
      else if (depth < 4) {
        try {
          if (statSync(full).isDirectory()) walk(full, depth + 1);
        } catch {
          // unreadable entries are skipped
        }
      }
    }
  };
  for (const dir of dirs) walk(dir, 0);
  found.sort((a, b) => a.rank - b.rank || a.file.localeCompare(b.file));
  const seen = new Set<string>();
  return found.filter((f) => !seen.has(f.family) && seen.add(f.family)).slice(0, 2).map(({ file, family }) => ({ file, family }));
}

let ready: Promise<void> | null = null;
let fonts: { buffers: Uint8Array[]; family: string } | null = null;

async function setUp(): Promise<{ buffers: Uint8Array[]; family: string }> {
  ready ??= initWasm(readFileSync(require.resolve('@resvg/resvg-wasm/index_bg.wasm')));
  await ready;
  if (!fonts) {
    const found = findCjkFonts();
    if (!found.length) throw new NoCjkFontError();
    fonts = { buffers: found.map((f) => new Uint8Array(readFileSync(f.file))), family: found[0].family };
  }
  return fonts;
}

/** The SVG as a PNG `scale` times its size (2: sharp when printed at its size in points). */
export async function svgToPng(svg: string, scale = 2): Promise<Uint8Array> {
  const { buffers, family } = await setUp();
  const resvg = new Resvg(svg, {
    fitTo: { mode: 'zoom', value: scale },
    font: { fontBuffers: buffers, defaultFontFamily: family, sansSerifFamily: family, loadSystemFonts: false },
    background: '#ffffff',
  });
  const png = resvg.render().asPng();
  resvg.free();
  return png;
}
