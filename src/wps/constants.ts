/**
 * The VBA enumeration values WPS's ET API takes (WPS documents the same XlXxx constants as Excel;
 * the embedded browser has no named enums, so the numbers are written here once).
 */
export const XL = {
  // XlDVType
  validateInputOnly: 0,
  validateWholeNumber: 1,
  validateDecimal: 2,
  // XlDVAlertStyle
  validAlertStop: 1,
  // XlFormatConditionOperator
  between: 1,
  // XlFormatConditionType
  expression: 2,
  // XlHAlign / XlVAlign
  left: -4131,
  center: -4108,
  right: -4152,
  top: -4160,
  // XlBordersIndex
  edgeLeft: 7,
  edgeTop: 8,
  edgeBottom: 9,
  edgeRight: 10,
  insideVertical: 11,
  insideHorizontal: 12,
  // XlLineStyle, XlBorderWeight
  continuous: 1,
  thin: 2,
  // XlPageOrientation, XlPaperSize
  portrait: 1,
  landscape: 2,
  paperA4: 9,
  // XlChartType
  pie: 5,
  columnClustered: 51,
  // XlRowCol: series in columns
  columns: 2,
  // XlLegendPosition
  legendRight: -4152,
  legendTop: -4160,
  // XlAxisType
  valueAxis: 2,
  // XlDataLabelsType
  dataLabelsShowValue: 2,
} as const;

/** '#RRGGBB' → the BGR integer (0xBBGGRR) that WPS, like VBA, takes for colours. */
export function bgr(hex: string): number {
  const m = /^#?([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i.exec(hex);
  if (!m) throw new Error(`not a colour: ${hex}`);
  return parseInt(m[3], 16) * 0x10000 + parseInt(m[2], 16) * 0x100 + parseInt(m[1], 16);
}
