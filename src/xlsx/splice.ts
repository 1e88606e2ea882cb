import JSZip from 'jszip';
import { buildWorkbookPlan, type PlanOptions, type WorkbookPlan } from '../core';
import { XlsxInputError } from './read';
import { renderPlan } from './write';
import { addStyles, addSharedStrings, prefixOf, remapSheet, type SheetRemap } from './splice-parts';
import { decodeXml } from '../zip/xml';

/**
 * Adding the report sheets to an existing workbook without rewriting what is there. exceljs drops
 * charts, drawings, pivot tables and macros when it rewrites a workbook, so the source package is
 * kept as it is, part for part: our sheets are rendered by exceljs into a package of their own, and
 * only their parts are added to the source, with their styles, shared strings, names, relationships
 * and content types appended to the source's. Every other part is copied byte for byte.
 */

const NS_RELATIONSHIPS = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const REL_WORKSHEET = `${NS_RELATIONSHIPS}/worksheet`;
const REL_STYLES = `${NS_RELATIONSHIPS}/styles`;
const REL_SHARED_STRINGS = `${NS_RELATIONSHIPS}/sharedStrings`;
const CT_WORKSHEET = 'application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml';
const CT_STYLES = 'application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml';
const CT_SHARED_STRINGS = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml';
/** The workbook kinds a sheet can be added to, by the content type of their main part. */
const MAIN_TYPES: Record<string, 'xlsx' | 'xlsm'> = {
  'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml': 'xlsx',
  'application/vnd.ms-excel.sheet.macroEnabled.main+xml': 'xlsm',
};

export interface SpliceResult {
  bytes: Uint8Array;
  plan: WorkbookPlan;
  /** 'xlsm' when the workbook holds macros: it must be saved under .xlsm to open in Excel. */
  kind: 'xlsx' | 'xlsm';
}

interface Relationship {
  id: string;
  type: string;
  target: string;
}

/** What kind of workbook a package is, without changing anything: for checking -o before the work. */
export async function workbookKind(bytes: Uint8Array, file: string): Promise<'xlsx' | 'xlsm'> {
  return (await openSource(bytes, file)).kind;
}

export async function spliceReportSheets(bytes: Uint8Array, file: string, options: Omit<PlanOptions, 'copy'>): Promise<SpliceResult> {
  const source = await openSource(bytes, file);
  const { zip, workbookPath, kind } = source;
  const folder = workbookPath.includes('/') ? workbookPath.slice(0, workbookPath.lastIndexOf('/') + 1) : '';
  const relsPath = `${folder}_rels/${workbookPath.slice(folder.length)}.rels`;
  let workbookXml = await text(zip, workbookPath, file);
  let relsXml = await text(zip, relsPath, file);
  let typesXml = await text(zip, '[Content_Types].xml', file);
  if (/<(?:\w+:)?workbookProtection\b[^>]*\blockStructure="(?:1|true)"/.test(workbookXml)) {
    throw new XlsxInputError(`无法在“${file}”中加入工作表：工作簿设置了“保护工作簿结构”。请先在 Excel/WPS 中撤销工作簿保护（审阅 → 保护工作簿），再重试。`, file);
  }
  const p = prefixOf(workbookXml, 'workbook');
  const relations = relationshipsOf(relsXml);

  // The first set whose sheet names and defined names are all free (case-insensitively, as Excel compares).
  const sheetNames = [...workbookXml.matchAll(new RegExp(`<${p}sheet\\b[^>]*\\bname="([^"]*)"`, 'g'))].map((m) => decodeXml(m[1]).toLowerCase());
  const names = new Set([...workbookXml.matchAll(new RegExp(`<${p}definedName\\b[^>]*\\bname="([^"]*)"`, 'g'))].map((m) => decodeXml(m[1]).toLowerCase()));
  const taken = (plan: WorkbookPlan) => plan.sheets.some((s) => sheetNames.includes(s.name.toLowerCase())) || plan.names.some((n) => names.has(n.name.toLowerCase()));
  let plan = buildWorkbookPlan({ ...options, copy: 1 });
  while (taken(plan)) plan = buildWorkbookPlan({ ...options, copy: plan.copy + 1 });

  // Our sheets, rendered by exceljs into a package of their own.
  const ours = await JSZip.loadAsync(await (await renderPlan(plan)).xlsx.writeBuffer());
  const oursWorkbook = await text(ours, 'xl/workbook.xml', 'rendered');
  const oursRels = relationshipsOf(await text(ours, 'xl/_rels/workbook.xml.rels', 'rendered'));
  const oursSheets = [...oursWorkbook.matchAll(/<sheet\b[^>]*\bname="([^"]*)"[^>]*\br:id="([^"]*)"/g)].map((m) => ({
    name: m[1],
    path: `xl/${oursRels.find((r) => r.id === m[2])!.target.replace(/^\//, '').replace(/^xl\//, '')}`,
  }));

  // Styles and shared strings: ours appended to the source's, or the source gets ours when it has none.
  const remap: SheetRemap = { xf: 0, dxf: 0, sharedString: 0 };
  const stylesRel = relations.find((r) => r.type === REL_STYLES);
  const oursStyles = await text(ours, 'xl/styles.xml', 'rendered');
  if (stylesRel) {
    const path = resolve(folder, stylesRel.target);
    const merged = addStyles(await text(zip, path, file), oursStyles);
    zip.file(path, merged.xml);
    Object.assign(remap, { xf: merged.xfOffset, dxf: merged.dxfOffset, numFmts: merged.numFmts });
  } else {
    const path = freePath(zip, `${folder}styles.xml`);
    zip.file(path, oursStyles);
    ({ relsXml, typesXml } = addPart(relsXml, typesXml, relations, path.slice(folder.length), `/${path}`, REL_STYLES, CT_STYLES));
  }
  const stringsRel = relations.find((r) => r.type === REL_SHARED_STRINGS);
  const oursStrings = (await ours.file('xl/sharedStrings.xml')?.async('string')) ?? null;
  if (oursStrings && stringsRel) {
    const path = resolve(folder, stringsRel.target);
    const merged = addSharedStrings(await text(zip, path, file), oursStrings);
    zip.file(path, merged.xml);
    remap.sharedString = merged.offset;
  } else if (oursStrings) {
    const path = freePath(zip, `${folder}sharedStrings.xml`);
    zip.file(path, oursStrings);
    ({ relsXml, typesXml } = addPart(relsXml, typesXml, relations, path.slice(folder.length), `/${path}`, REL_SHARED_STRINGS, CT_SHARED_STRINGS));
  }

  // The sheets, after the source's: parts, relationships, content types, <sheet> entries.
  const sourceSheetCount = sheetNames.length;
  let sheetId = Math.max(0, ...[...workbookXml.matchAll(new RegExp(`<${p}sheet\\b[^>]*\\bsheetId="(\\d+)"`, 'g'))].map((m) => Number(m[1])));
  const relPrefix = prefixBoundTo(workbookXml, NS_RELATIONSHIPS);
  const entries: string[] = [];
  for (const sheet of oursSheets) {
    const path = freePath(zip, `${folder}worksheets/sheet${sourceSheetCount + entries.length + 1}.xml`);
    zip.file(path, remapSheet(await text(ours, sheet.path, 'rendered'), remap));
    const id = nextId(relations);
    relations.push({ id, type: REL_WORKSHEET, target: path.slice(folder.length) });
    relsXml = insertBefore(relsXml, 'Relationships', `<${prefixOf(relsXml, 'Relationships')}Relationship Id="${id}" Type="${REL_WORKSHEET}" Target="${path.slice(folder.length)}"/>`);
    typesXml = insertBefore(typesXml, 'Types', `<${prefixOf(typesXml, 'Types')}Override PartName="/${path}" ContentType="${CT_WORKSHEET}"/>`);
    const relAttribute = relPrefix ? `${relPrefix}:id="${id}"` : `r:id="${id}" xmlns:r="${NS_RELATIONSHIPS}"`;
    entries.push(`<${p}sheet name="${sheet.name}" sheetId="${++sheetId}" ${relAttribute}/>`);
  }
  workbookXml = insertBefore(workbookXml, 'sheets', entries.join(''));

  // Our names; print titles are scoped to a sheet by its position, which now comes after the source's.
  const definedNames = [...oursWorkbook.matchAll(/<definedName\b[^>]*>[^<]*<\/definedName>/g)].map((m) =>
    m[0].replace(/\blocalSheetId="(\d+)"/, (_all, n: string) => `localSheetId="${Number(n) + sourceSheetCount}"`).replace(/<(\/?)definedName/g, `<$1${p}definedName`),
  );
  workbookXml = addDefinedNames(workbookXml, p, definedNames.join(''));

  zip.file(workbookPath, workbookXml);
  zip.file(relsPath, relsXml);
  zip.file('[Content_Types].xml', typesXml);
  const out = await zip.generateAsync({ type: 'uint8array', compression: 'DEFLATE', compressionOptions: { level: 6 } });
  return { bytes: out, plan, kind };
}

async function openSource(bytes: Uint8Array, file: string): Promise<{ zip: JSZip; workbookPath: string; kind: 'xlsx' | 'xlsm' }> {
  let zip: JSZip;
  try {
    zip = await JSZip.loadAsync(bytes);
  } catch {
    throw new XlsxInputError(`无法打开“${file}”：不是有效的 .xlsx 工作簿（可能是 .xls、.et、.csv 改了扩展名，或文件已损坏）。请在 Excel/WPS 中另存为 .xlsx 后重试。`, file);
  }
  const rels = relationshipsOf(await text(zip, '_rels/.rels', file));
  const main = rels.find((r) => r.type.endsWith('/officeDocument'));
  if (!main) throw damaged(file);
  if (main.type.includes('purl.oclc.org')) {
    throw new XlsxInputError(`无法在“${file}”中加入工作表：它是“Strict Open XML”格式的工作簿。请在 Excel 中另存为普通的“Excel 工作簿 (*.xlsx)”后重试。`, file);
  }
  const workbookPath = main.target.replace(/^\//, '');
  const types = await text(zip, '[Content_Types].xml', file);
  const type = new RegExp(`PartName="/${escapeRegExp(workbookPath)}"[^>]*ContentType="([^"]*)"|ContentType="([^"]*)"[^>]*PartName="/${escapeRegExp(workbookPath)}"`).exec(types);
  const kind = MAIN_TYPES[type?.[1] ?? type?.[2] ?? ''];
  if (!kind) {
    throw new XlsxInputError(`无法在“${file}”中加入工作表：它不是普通工作簿（可能是模板 .xltx/.xltm 或加载宏）。请在 Excel/WPS 中另存为 .xlsx 后重试。`, file);
  }
  return { zip, workbookPath, kind };
}

function damaged(file: string): XlsxInputError {
  return new XlsxInputError(`无法打开“${file}”：工作簿的结构已损坏（缺少必要的部件）。请在 Excel/WPS 中打开并另存为 .xlsx 后重试。`, file);
}

async function text(zip: JSZip, path: string, file: string): Promise<string> {
  const entry = zip.file(path);
  if (!entry) throw damaged(file);
  return entry.async('string');
}

/** The prefix a part binds to a namespace URI, if any. */
function prefixBoundTo(xml: string, uri: string): string | null {
  return new RegExp(`xmlns:(\\w+)="${escapeRegExp(uri)}"`).exec(xml)?.[1] ?? null;
}

function relationshipsOf(xml: string): Relationship[] {
  return [...xml.matchAll(/<(?:\w+:)?Relationship\b([^>]*)\/?>/g)].map((m) => ({
    id: /\bId="([^"]*)"/.exec(m[1])?.[1] ?? '',
    type: /\bType="([^"]*)"/.exec(m[1])?.[1] ?? '',
    target: decodeXml(/\bTarget="([^"]*)"/.exec(m[1])?.[1] ?? ''),
  }));
}

function nextId(relations: Relationship[]): string {
  const used = new Set(relations.map((r) => r.id));
  let n = relations.length + 1;
  while (used.has(`rId${n}`)) n++;
  return `rId${n}`;
}

/** A part's path from a relationship target, relative to the workbook's folder (or absolute). */
function resolve(folder: string, target: string): string {
  if (target.startsWith('/')) return target.slice(1);
  const parts = `${folder}${target}`.split('/');
  const out: string[] = [];
  for (const part of parts) {
    if (part === '..') out.pop();
    else if (part !== '.') out.push(part);
  }
  return out.join('/');
}

/** `wanted`, or the same name with a number, whichever no part of the package has (case-insensitively). */
function freePath(zip: JSZip, wanted: string): string {
  const taken = new Set(Object.keys(zip.files).map((n) => n.toLowerCase()));
  if (!taken.has(wanted.toLowerCase())) return wanted;
  const dot = wanted.lastIndexOf('.');
  for (let n = 2; ; n++) {
    const candidate = `${wanted.slice(0, dot)}${n}${wanted.slice(dot)}`;
    if (!taken.has(candidate.toLowerCase())) return candidate;
  }
}

function addPart(relsXml: string, typesXml: string, relations: Relationship[], target: string, partName: string, type: string, contentType: string) {
  const id = nextId(relations);
  relations.push({ id, type, target });
  return {
    relsXml: insertBefore(relsXml, 'Relationships', `<${prefixOf(relsXml, 'Relationships')}Relationship Id="${id}" Type="${type}" Target="${target}"/>`),
    typesXml: insertBefore(typesXml, 'Types', `<${prefixOf(typesXml, 'Types')}Override PartName="${partName}" ContentType="${contentType}"/>`),
  };
}

/** Inserts before the closing tag of an element (`</x:sheets>`), opening a self-closed one (`<sheets/>`). */
function insertBefore(xml: string, element: string, content: string): string {
  const p = prefixOf(xml, element);
  const close = xml.lastIndexOf(`</${p}${element}>`);
  if (close >= 0) return xml.slice(0, close) + content + xml.slice(close);
  const empty = new RegExp(`<${p}${element}\\b([^>]*)/>`).exec(xml);
  if (!empty) throw new Error(`<${element}> not found`);
  return xml.slice(0, empty.index) + `<${p}${element}${empty[1]}>${content}</${p}${element}>` + xml.slice(empty.index + empty[0].length);
}

/** Into <definedNames>, or a new one where the schema puts it: after sheets, functionGroups, externalReferences. */
function addDefinedNames(xml: string, p: string, names: string): string {
  if (new RegExp(`<${p}definedNames\\b`).test(xml)) return insertBefore(xml, 'definedNames', names);
  let at = -1;
  for (const element of ['sheets', 'functionGroups', 'externalReferences']) {
    const close = new RegExp(`</${p}${element}>|<${p}${element}\\b[^>]*/>`, 'g');
    for (const m of xml.matchAll(close)) at = Math.max(at, m.index! + m[0].length);
  }
  return xml.slice(0, at) + `<${p}definedNames>${names}</${p}definedNames>` + xml.slice(at);
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
