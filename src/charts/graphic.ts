import { percentChange, type NarrativeInputs, type ReportData } from '../core';
import { reportCharts } from './specs';
import { CJK_FAMILIES, PALETTE, chartSvg } from './svg';

/**
 * The one-page 图解 published beside the report: an A4 portrait page (1240 × 1754 px, 150 dpi) with
 * the title, agency and year, the key numbers in large type with 同比 arrows when last year is known,
 * and up to four charts. Pure SVG text, no clock and no randomness: the same workbook gives the same
 * bytes.
 */
export const PAGE = { width: 1240, height: 1754 };

const RED = PALETTE[0];
const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
const num = (c: ReportData['cells'], id: string) => (typeof c[id] === 'number' ? (c[id] as number) : null);

interface KeyFigure {
  label: string;
  unit: string;
  now: number | null;
  before: number | null;
}

function keyFigures(report: ReportData, inputs: NarrativeInputs, previous?: ReportData, previousInputs?: NarrativeInputs): KeyFigure[] {
  const c = report.cells;
  const p = previous?.cells ?? {};
  const suits = (x: ReportData['cells']) => {
    const [a, b] = [num(x, 'litigationDirect.total'), num(x, 'litigationAfterReview.total')];
    return a === null || b === null ? null : a + b;
  };
  return [
    { label: '主动公开政府信息', unit: '条', now: inputs.active?.totalItems ?? null, before: previousInputs?.active?.totalItems ?? null },
    { label: '新收公开申请', unit: '件', now: num(c, 'applications.newReceived.total'), before: num(p, 'applications.newReceived.total') },
    { label: '办结申请', unit: '件', now: num(c, 'applications.total.total'), before: num(p, 'applications.total.total') },
    { label: '予以公开', unit: '件', now: num(c, 'applications.disclosed.total'), before: num(p, 'applications.disclosed.total') },
    { label: '行政复议', unit: '件', now: num(c, 'review.total'), before: num(p, 'review.total') },
    { label: '行政诉讼', unit: '件', now: suits(c), before: previous ? suits(p) : null },
  ];
}

/** 「▲ 14.0%」「▼ 2件」「— 持平」, or nothing when last year is unknown. */
function arrow(f: KeyFigure): { text: string; color: string } | null {
  if (f.now === null || f.before === null) return null;
  const diff = f.now - f.before;
  if (diff === 0) return { text: '— 与上年持平', color: '#666666' };
  const sign = diff > 0 ? '▲' : '▼';
  const color = diff > 0 ? RED : PALETTE[1];
  if (f.before === 0) return { text: `${sign} ${Math.abs(diff)}${f.unit}（上年为0）`, color };
  return { text: `${sign} ${f.before < 10 ? `${Math.abs(diff)}${f.unit}` : `${percentChange(f.now, f.before)}%`} 同比`, color };
}

/** A chart's SVG as a nested <svg> placed at (x, y), its class names made unique on the page. */
function placed(svg: string, index: number, x: number, y: number, width: number, height: number): string {
  const inner = svg.replace(/^[\s\S]*?<svg[^>]*>/, '').replace(/<\/svg>\s*$/, '').replace(/zr0-/g, `zr${index}-`);
  return `<svg x="${x}" y="${y}" width="${width}" height="${height}" viewBox="0 0 800 480">${inner}</svg>`;
}

export function graphicSvg(report: ReportData, inputs: NarrativeInputs = {}, previous?: { data: ReportData; inputs?: NarrativeInputs }): string {
  const { width, height } = PAGE;
  const year = report.year ?? 0;
  const agency = report.agency?.trim() || '';
  const fit = previous && (previous.data.year === null || previous.data.year === year - 1) ? previous : undefined;
  const font = `font-family="${esc(CJK_FAMILIES)}"`;
  const out: string[] = [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}">`,
    `<rect width="${width}" height="${height}" fill="#ffffff"/>`,
    `<rect width="${width}" height="250" fill="${RED}"/>`,
    `<text x="${width / 2}" y="105" text-anchor="middle" ${font} font-size="46" font-weight="bold" fill="#ffffff">${esc(agency)}</text>`,
    `<text x="${width / 2}" y="180" text-anchor="middle" ${font} font-size="50" font-weight="bold" fill="#ffffff">${year}年政府信息公开工作年度报告</text>`,
    `<text x="${width / 2}" y="228" text-anchor="middle" ${font} font-size="30" fill="#F5E6C8">一 图 读 懂</text>`,
  ];
  // Key numbers: two rows of three tiles.
  const figures = keyFigures(report, inputs, fit?.data, fit?.inputs).filter((f) => f.now !== null);
  const tileW = 360;
  const tileH = 190;
  figures.slice(0, 6).forEach((f, i) => {
    const x = 50 + (i % 3) * (tileW + 25);
    const y = 290 + Math.floor(i / 3) * (tileH + 25);
    const a = arrow(f);
    out.push(
      `<rect x="${x}" y="${y}" width="${tileW}" height="${tileH}" rx="10" fill="#F7F3EE" stroke="#E0D6C8"/>`,
      `<text x="${x + tileW / 2}" y="${y + 48}" text-anchor="middle" ${font} font-size="28" fill="#333333">${esc(f.label)}</text>`,
      `<text x="${x + tileW / 2}" y="${y + 125}" text-anchor="middle" ${font} font-size="68" font-weight="bold" fill="${RED}">${f.now}<tspan font-size="30" fill="#333333">${f.unit}</tspan></text>`,
      a ? `<text x="${x + tileW / 2}" y="${y + 170}" text-anchor="middle" ${font} font-size="26" fill="${a.color}">${esc(a.text)}</text>` : '',
    );
  });
  // Charts: up to four, two by two.
  const charts = reportCharts(report, inputs, fit?.data).slice(0, 4);
  const top = 290 + 2 * (tileH + 25) + 20;
  const chartW = 555;
  const chartH = Math.round((chartW * 480) / 800);
  charts.forEach((spec, i) => {
    const x = 50 + (i % 2) * (chartW + 30);
    const y = top + Math.floor(i / 2) * (chartH + 30);
    out.push(`<rect x="${x - 1}" y="${y - 1}" width="${chartW + 2}" height="${chartH + 2}" fill="none" stroke="#E0D6C8"/>`, placed(chartSvg(spec), i, x, y, chartW, chartH));
  });
  out.push(
    `<line x1="50" y1="${height - 90}" x2="${width - 50}" y2="${height - 90}" stroke="${RED}" stroke-width="3"/>`,
    `<text x="${width / 2}" y="${height - 45}" text-anchor="middle" ${font} font-size="24" fill="#555555">数据来源：${esc(agency)}${year}年政府信息公开工作年度报告${fit ? `；同比为与${year - 1}年度报告相比` : ''}</text>`,
    '</svg>',
  );
  return out.filter(Boolean).join('\n');
}
