import { ENUMERATOR, stripEnumerator } from '../chinese';
import type { NarrativeInputs } from './types';

/**
 * The structured inputs for the narrative, as data. The 「正文素材」 worksheet, the task pane
 * form, both readers and the generator's input object all derive from this one list, so adding a
 * field is one entry here (plus the sentence that uses it).
 */

export type InputKind =
  /** Non-negative whole number (条, 期, 篇, 次, 名, 件). */
  | 'count'
  /** Non-negative amount in 元, up to two decimals. */
  | 'yuan'
  /** A paragraph of free text. */
  | 'text'
  /** Several items, one per line. */
  | 'list';

export interface InputField {
  /** Path into NarrativeInputs, e.g. 「active.website」. Stable: the sheet and settings use it. */
  key: string;
  /** Section heading the field belongs to, as the form and the sheet group it. */
  group: string;
  label: string;
  kind: InputKind;
  /** Unit shown after counts and amounts. */
  unit?: string;
  /** One Chinese sentence shown under the field and as the cell's input message. */
  hint: string;
}

export const INPUT_GROUPS = [
  '一、总体情况 ·（一）主动公开',
  '一、总体情况 ·（二）依申请公开',
  '一、总体情况 ·（三）政府信息管理',
  '一、总体情况 ·（四）政府信息公开平台建设',
  '一、总体情况 ·（五）监督保障',
  '五、存在的主要问题及改进情况',
  '六、其他需要报告的事项',
  '落款',
] as const;

const [ACTIVE, APPLICATIONS, MANAGEMENT, PLATFORMS, SUPERVISION, PROBLEMS, OTHER, SIGNATURE] = INPUT_GROUPS;

export const INPUT_FIELDS: readonly InputField[] = [
  { key: 'active.totalItems', group: ACTIVE, label: '主动公开政府信息总数', kind: 'count', unit: '条', hint: '全年主动公开的政府信息条数；不填则正文不写总数。' },
  { key: 'active.website', group: ACTIVE, label: '其中：政府网站', kind: 'count', unit: '条', hint: '通过政府网站（含部门网站、政务公开专栏）发布的条数。' },
  { key: 'active.newMedia', group: ACTIVE, label: '其中：政务新媒体', kind: 'count', unit: '条', hint: '通过政务微信、微博、客户端等发布的条数。' },
  { key: 'active.other', group: ACTIVE, label: '其中：其他渠道', kind: 'count', unit: '条', hint: '通过公开栏、新闻发布会等其他渠道发布的条数。' },
  { key: 'active.gazetteIssues', group: ACTIVE, label: '编辑发布政府公报', kind: 'count', unit: '期', hint: '没有编发政府公报的不填。' },
  { key: 'active.interpretations', group: ACTIVE, label: '发布政策解读', kind: 'count', unit: '篇', hint: '文字、图解、视频等各类解读合计。' },
  { key: 'active.responses', group: ACTIVE, label: '回应社会关切', kind: 'count', unit: '次', hint: '通过新闻发布会、在线访谈、网上答复等回应关切的次数。' },
  { key: 'active.keyAreas', group: ACTIVE, label: '重点领域信息公开', kind: 'text', hint: '列出重点公开的领域，用顿号分隔，如：财政预决算、重大建设项目、公共资源配置。' },
  { key: 'applicationRemarks', group: APPLICATIONS, label: '补充说明', kind: 'text', hint: '申请和复议诉讼的件数自动取自表三、表四，无需填写；这里只写需要补充的做法，如办理流程、答复规范化。' },
  { key: 'managementMeasures', group: MANAGEMENT, label: '管理措施', kind: 'text', hint: '规章和规范性文件件数自动取自表二；这里写公开审查、文件清理、依申请公开转主动公开等措施。' },
  { key: 'platforms', group: PLATFORMS, label: '平台建设情况', kind: 'text', hint: '政府网站、政务新媒体、政务公开专区、政府公报等平台的建设和管理情况。' },
  { key: 'supervision.staff', group: SUPERVISION, label: '政务公开工作人员', kind: 'count', unit: '名', hint: '专职和兼职人员合计。' },
  { key: 'supervision.trainings', group: SUPERVISION, label: '组织业务培训', kind: 'count', unit: '次', hint: '本机关组织的政务公开培训次数。' },
  { key: 'supervision.assessments', group: SUPERVISION, label: '工作考核和社会评议', kind: 'text', hint: '政务公开纳入绩效考核、开展社会评议的情况。' },
  { key: 'supervision.accountability', group: SUPERVISION, label: '责任追究结果', kind: 'text', hint: '政府须写明；未发生责任追究的，写“本年度未发生政务公开责任追究情况”。' },
  { key: 'problems.lastYearFixes', group: PROBLEMS, label: '上年度问题整改情况', kind: 'list', hint: '每条一行（单元格内换行按 Alt+Enter）：上年度报告所列问题如何整改。' },
  { key: 'problems.current', group: PROBLEMS, label: '本年度存在的问题', kind: 'list', hint: '每条一行：本年度工作存在的主要问题。' },
  { key: 'problems.measures', group: PROBLEMS, label: '改进措施', kind: 'list', hint: '每条一行：下一年度的改进措施。' },
  { key: 'other.feeApplications', group: OTHER, label: '收取信息处理费的申请', kind: 'count', unit: '件', hint: '未收取的填 0；无论是否收取，正文都会写明。' },
  { key: 'other.feeAmountYuan', group: OTHER, label: '收取信息处理费金额', kind: 'yuan', unit: '元', hint: '单位为元（不是万元）；未收取的填 0。' },
  { key: 'other.keyPoints', group: OTHER, label: '落实上级年度政务公开工作要点情况', kind: 'text', hint: '对照上级年度政务公开工作要点，逐项写落实情况。' },
  { key: 'other.proposals', group: OTHER, label: '人大代表建议和政协提案办理结果公开情况', kind: 'text', hint: '承办建议、提案件数及办理结果公开情况；没有承办的可写明。' },
  { key: 'other.innovation', group: OTHER, label: '年度政务公开工作创新情况', kind: 'text', hint: '本年度的创新做法。' },
  { key: 'other.statistics', group: OTHER, label: '数据统计需要说明的事项', kind: 'text', hint: '如统计口径调整、合并统计等。' },
  { key: 'other.other', group: OTHER, label: '其他需要报告的事项', kind: 'text', hint: '其他需要报告的事项。' },
  { key: 'signature.date', group: SIGNATURE, label: '落款日期', kind: 'text', hint: 'Word 文档末尾落款的成文日期，如“2025年1月20日”；落款机关取自“基本信息”的机关名称。不填则不写落款。' },
];

export const INPUT_FIELD_BY_KEY: ReadonlyMap<string, InputField> = new Map(INPUT_FIELDS.map((f) => [f.key, f]));

/** A field value as the form and the sheet hold it. */
export type InputValue = number | string | string[] | null;

export function getInput(inputs: NarrativeInputs, key: string): InputValue {
  let node: unknown = inputs;
  for (const part of key.split('.')) {
    if (node === null || typeof node !== 'object') return null;
    node = (node as Record<string, unknown>)[part];
  }
  if (node === undefined) return null;
  return node as InputValue;
}

/** A copy of `inputs` with one field set (null, '' or [] removes it, and groups left empty go too). */
export function setInput(inputs: NarrativeInputs, key: string, value: InputValue): NarrativeInputs {
  const remove = value === null || (Array.isArray(value) && value.length === 0) || value === '';
  const set = (node: Record<string, unknown>, parts: string[]): Record<string, unknown> => {
    const [part, ...rest] = parts;
    const copy = { ...node };
    if (rest.length === 0) {
      if (remove) delete copy[part];
      else copy[part] = value;
      return copy;
    }
    const child = (node[part] as Record<string, unknown> | undefined) ?? {};
    const next = set(child, rest);
    if (Object.keys(next).length === 0) delete copy[part];
    else copy[part] = next;
    return copy;
  };
  return set(inputs as Record<string, unknown>, key.split('.')) as NarrativeInputs;
}

export interface InputDiagnostic {
  key: string;
  /** Chinese, naming the field; the edges add the cell address. */
  message: string;
  /** All the fields that do not fit together, `key` first. */
  keys?: string[];
}

/**
 * Parses one field from what a cell or a form control holds. Wrong input is reported and left
 * out, never guessed: 「约30条」 is not 30.
 */
export function parseInput(field: InputField, raw: unknown): { value: InputValue; problem?: string } {
  if (raw === null || raw === undefined) return { value: null };
  if (field.kind === 'text') {
    const text = String(raw).trim();
    return { value: text === '' ? null : text };
  }
  if (field.kind === 'list') {
    const items = (Array.isArray(raw) ? raw.map(String) : splitList(String(raw))).map((s) => s.trim()).filter(Boolean);
    return { value: items.length ? items : null };
  }
  const text = typeof raw === 'number' ? String(raw) : String(raw).trim();
  if (text === '') return { value: null };
  const number = Number(text);
  const where = `「${field.label}」`;
  if (!/^\d+(\.\d+)?$/.test(text) || !Number.isFinite(number)) {
    const unit = field.unit ? `，不要带“${field.unit}”` : '';
    return { value: null, problem: `${where}应填写${field.kind === 'yuan' ? '金额（元）' : '非负整数'}${unit}，现为“${text}”，已忽略。` };
  }
  if (field.kind === 'count' && !Number.isInteger(number)) return { value: null, problem: `${where}应为整数，现为 ${text}，已忽略。` };
  // 0.29 * 100 is 28.999999999999996 in binary floating point: compare with a tolerance, not exactly.
  if (field.kind === 'yuan' && Math.abs(Math.round(number * 100) - number * 100) > 1e-6) return { value: null, problem: `${where}最多保留两位小数（分），现为 ${text}，已忽略。` };
  return { value: number };
}

/**
 * List items from one cell: one per line; a single line may also be split at 「；」, or at 「。」 where
 * the next item starts with its own number (「一是…。二是…。」).
 */
export function splitList(text: string): string[] {
  const lines = text.split(/\r?\n/).map((s) => s.trim()).filter(Boolean);
  const items = lines.length === 1 ? lines[0].split(/[；;]|(?<=。)(?=\s*\S)/).reduce<string[]>(joinUnnumbered, []) : lines;
  // A clerk often numbers the items (「1.」「（一）」「一是」「第一，」「首先，」); the generator numbers them itself.
  return items.map(stripEnumerator).filter(Boolean);
}

/** Pieces split at 「。」 that do not start a numbered item belong to the item before. */
function joinUnnumbered(items: string[], piece: string, i: number, pieces: string[]): string[] {
  const continues = i > 0 && pieces[i - 1].endsWith('。') && !ENUMERATOR.test(piece);
  if (continues) items[items.length - 1] += piece;
  else items.push(piece);
  return items;
}

/** How a list is written back into one cell: one item per line. */
export function joinListCell(items: string[]): string {
  return items.join('\n');
}

/** Builds NarrativeInputs from raw values by field key, with a message for every value left out. */
export function inputsFromRaw(raw: Record<string, unknown>): { inputs: NarrativeInputs; diagnostics: InputDiagnostic[] } {
  let inputs: NarrativeInputs = {};
  const diagnostics: InputDiagnostic[] = [];
  for (const field of INPUT_FIELDS) {
    if (!(field.key in raw)) continue;
    const { value, problem } = parseInput(field, raw[field.key]);
    if (problem) diagnostics.push({ key: field.key, message: problem });
    if (value !== null) inputs = setInput(inputs, field.key, value);
  }
  return { inputs, diagnostics };
}

/**
 * Inputs that each parse but do not fit together. Warnings, not errors: the clerk may know better,
 * but a published 「总数10条，其中政府网站50条」 is criticised at once.
 */
export function inputConsistency(inputs: NarrativeInputs): InputDiagnostic[] {
  const out: InputDiagnostic[] = [];
  const label = (key: string) => `“${INPUT_FIELD_BY_KEY.get(key)!.label}”`;
  const total = inputs.active?.totalItems;
  const channels = (['website', 'newMedia', 'other'] as const).filter((c) => typeof inputs.active?.[c] === 'number');
  if (typeof total === 'number' && total > 0) {
    for (const channel of channels) {
      const value = inputs.active![channel]!;
      if (value > total) {
        out.push({ key: `active.${channel}`, keys: [`active.${channel}`, 'active.totalItems'], message: `${label(`active.${channel}`)}为 ${value} 条，大于${label('active.totalItems')} ${total} 条。` });
      }
    }
    // Parts of the whole: the report says 「其中」. One item on several channels is possible, so a warning.
    const sum = channels.reduce((n, c) => n + inputs.active![c]!, 0);
    if (channels.length > 1 && sum > total && channels.every((c) => inputs.active![c]! <= total)) {
      out.push({
        key: 'active.totalItems',
        keys: ['active.totalItems', ...channels.map((c) => `active.${c}`)],
        message: `各渠道合计 ${channels.map((c) => inputs.active![c]).join(' + ')} = ${sum} 条，多于${label('active.totalItems')} ${total} 条：报告中写作“其中”，分项之和不应超过总数，请核对。`,
      });
    }
  }
  const count = inputs.other?.feeApplications ?? 0;
  const yuan = inputs.other?.feeAmountYuan ?? 0;
  if (count > 0 && !(yuan > 0)) out.push({ key: 'other.feeAmountYuan', keys: ['other.feeAmountYuan', 'other.feeApplications'], message: `收取信息处理费的申请为 ${count} 件，请填写收取的金额（元）。` });
  if (yuan > 0 && !(count > 0)) out.push({ key: 'other.feeApplications', keys: ['other.feeApplications', 'other.feeAmountYuan'], message: `收取信息处理费 ${yuan} 元，请填写收费涉及的申请件数。` });
  return out;
}

/** What a cell shows for a field value: lists one item per line. */
export function inputCellValue(value: InputValue): string | number | null {
  if (Array.isArray(value)) return joinListCell(value);
  return value;
}

/**
 * Whether two raw values mean the same for a field, as the reader parses them: 「30」 and 30, or
 * 「1. 甲\n2. 乙」 and ["甲", "乙"]. Values that do not parse compare by their text.
 */
export function sameInputValue(field: InputField, a: unknown, b: unknown): boolean {
  const pa = parseInput(field, a);
  const pb = parseInput(field, b);
  if (pa.problem || pb.problem) return String(a ?? '').trim() === String(b ?? '').trim();
  return JSON.stringify(pa.value) === JSON.stringify(pb.value);
}

/**
 * NarrativeInputs from JSON (`nianbao init --data`, settings): every leaf is checked against the
 * fields. Unknown keys are listed, not dropped silently; values that do not parse are reported.
 */
export function inputsFromJson(value: unknown): { inputs: NarrativeInputs; diagnostics: InputDiagnostic[]; unknownKeys: string[] } {
  const leaves: Record<string, unknown> = {};
  const unknownKeys: string[] = [];
  const walk = (node: unknown, prefix: string) => {
    for (const [k, v] of Object.entries(node as Record<string, unknown>)) {
      const key = prefix ? `${prefix}.${k}` : k;
      if (INPUT_FIELD_BY_KEY.has(key)) leaves[key] = v;
      else if (v !== null && typeof v === 'object' && !Array.isArray(v) && INPUT_FIELDS.some((f) => f.key.startsWith(`${key}.`))) walk(v, key);
      else unknownKeys.push(key);
    }
  };
  if (value !== null && typeof value === 'object' && !Array.isArray(value)) walk(value, '');
  else if (value !== null && value !== undefined) unknownKeys.push('');
  const diagnostics: InputDiagnostic[] = [];
  for (const [key, v] of Object.entries(leaves)) {
    const field = INPUT_FIELD_BY_KEY.get(key)!;
    const wrongType =
      v !== null &&
      (field.kind === 'list'
        ? !(typeof v === 'string' || (Array.isArray(v) && v.every((item) => typeof item === 'string')))
        : field.kind === 'text'
          ? typeof v !== 'string'
          : typeof v !== 'number' && typeof v !== 'string');
    if (wrongType) {
      const expected = field.kind === 'list' ? '文字数组' : field.kind === 'text' ? '文字' : '数字';
      diagnostics.push({ key, message: `「${field.label}」应为${expected}，现为 ${JSON.stringify(v)}，已忽略。` });
      delete leaves[key];
    }
  }
  const parsed = inputsFromRaw(leaves);
  return { inputs: parsed.inputs, diagnostics: [...diagnostics, ...parsed.diagnostics], unknownKeys };
}
