/**
 * Header labels break where the words do. A spreadsheet wraps Chinese text at any character, so a
 * narrow column prints 「社会公益组 / 织」; official labels are compounds of two-character words, so
 * a line break at an even position, as late as the width allows, keeps the words whole: 「社会公益 /
 * 组织」. Text that fits, or that is not plain Chinese, is left as it is.
 */
export function breakAtWords(text: string, widthChars: number): string {
  const perLine = Math.floor((widthChars - 1) / 2);
  if (perLine < 2 || text.length <= perLine || !/^[\u4e00-\u9fff]+$/.test(text)) return text;
  const lines: string[] = [];
  let rest = text;
  while (rest.length > perLine) {
    const cut = perLine - (perLine % 2);
    lines.push(rest.slice(0, cut));
    rest = rest.slice(cut);
  }
  return [...lines, rest].join('\n');
}
