import { INPUT_FIELD_BY_KEY } from '../inputs/fields';
import type { InputGap, NarrativeSection } from './generate';

/** Every gap of the generated narrative, in report order. */
export function narrativeGaps(sections: readonly NarrativeSection[]): InputGap[] {
  return sections.flatMap((s) => s.gaps);
}

/** What is wrong, in two to six characters, for a list where each gap links to its field. */
export const GAP_KIND_LABEL: Record<InputGap['kind'], string> = { generic: '只有通用表述', omitted: '未写', required: '人民政府应写明' };

/** One Chinese sentence for the clerk: where the report is thin, and which 正文素材 fields fill it. */
export function gapMessage(gap: InputGap): string {
  const where = `${gap.section} · ${gap.title}`;
  const fields = gap.keys.map((key) => `“${INPUT_FIELD_BY_KEY.get(key)?.label ?? key}”`).join('、');
  switch (gap.kind) {
    case 'generic':
      return `${where}：只有通用表述。在正文素材中填写${fields}后重新生成，正文会写明具体情况。`;
    case 'omitted':
      return `${where}：没有写入报告，年度报告通常应说明。请在正文素材中填写${fields}。`;
    case 'required':
      return `${where}：人民政府的年度报告应写明工作考核、社会评议和责任追究结果。请在正文素材中填写${fields}。`;
  }
}
