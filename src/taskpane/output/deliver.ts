/**
 * Getting a file or text out of the task pane. Excel on the web and on Windows (WebView2) let an
 * add-in download a file. Excel on Mac and iPad do not (their web views drop downloads): there the
 * file is handed to the system browser through a download page of our own (OpenBrowserWindowApi),
 * and where even that is missing the pane says so and offers copying, never failing silently.
 */

export function canDownload(): boolean {
  try {
    const platform = Office.context?.platform;
    return platform !== Office.PlatformType.Mac && platform !== Office.PlatformType.iOS;
  } catch {
    return true;
  }
}

/** Whether the host can open an address in the system browser (Excel on Windows, Mac and iPad). */
export function canOpenBrowser(): boolean {
  try {
    return Office.context.requirements.isSetSupported('OpenBrowserWindowApi', '1.1') && typeof Office.context.ui?.openBrowserWindow === 'function';
  } catch {
    return false;
  }
}

/** The page that saves the file, served beside the task pane. */
const DOWNLOAD_PAGE = 'download.html';

/**
 * Opens the download page in the system browser with the file in the address's fragment (never
 * sent to a server): base64url, some 24 KB for a typical report, well within what browsers take.
 */
export function downloadInBrowser(bytes: Uint8Array, fileName: string, mimeType: string): void {
  const url = new URL(DOWNLOAD_PAGE, location.href);
  url.search = ''; // Office adds its own query (_host_Info=…) to the pane's address; the page needs none of it.
  url.hash = encodeFileHash(bytes, fileName, mimeType);
  Office.context.ui.openBrowserWindow(url.href);
}

export function encodeFileHash(bytes: Uint8Array, fileName: string, mimeType: string): string {
  let binary = '';
  // In slices: String.fromCharCode with one argument per byte overflows the stack on large files.
  for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  const data = btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
  return new URLSearchParams({ name: fileName, type: mimeType, data }).toString();
}

export const DOCX_MIME = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';

/** The only files the download page hands out: the ones the product writes, each with its extension. */
export const DOWNLOAD_TYPES = {
  [DOCX_MIME]: { extension: '.docx', label: 'Word 文档' },
  'text/markdown': { extension: '.md', label: 'Markdown 文件' },
  'text/plain': { extension: '.txt', label: '文本文件' },
  // The 图解. Not SVG: a page anyone can address should not hand out a file that may carry script.
  'image/png': { extension: '.png', label: '图解（PNG 图片）' },
} as const;

type DownloadType = keyof typeof DOWNLOAD_TYPES;

/**
 * Control characters (C0, C1), bidirectional controls (U+202E makes 「xcod.bat」 display as
 * 「tab.docx」), zero-width characters and byte-order marks: none belongs in a file name.
 */
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const INVISIBLE = /[\u0000-\u001f\u007f-\u009f\u061c\u200b-\u200f\u202a-\u202e\u2060-\u2069\ufeff]/g;

/** A file name as given, made safe to show and save; null when it does not end in the type's extension. */
export function safeFileName(name: string, type: DownloadType): string | null {
  const cleaned = name
    .replace(INVISIBLE, '')
    .replace(/[\\/:*?"<>|]/g, '_')
    .trim()
    .replace(/^\.+/, '');
  const { extension } = DOWNLOAD_TYPES[type];
  if (cleaned.length <= extension.length || !cleaned.toLowerCase().endsWith(extension) || cleaned.length > 200) return null;
  return cleaned;
}

/**
 * The file in a download page's fragment; null when it is missing, damaged, of a type the product
 * does not write, or named so that it would not be saved as that type.
 */
export function decodeFileFromHash(hash: string): { name: string; type: DownloadType; label: string; bytes: Uint8Array } | null {
  const params = new URLSearchParams(hash.replace(/^#/, ''));
  const given = params.get('name');
  const data = params.get('data');
  const type = (params.get('type') ?? '').split(';')[0].trim().toLowerCase();
  if (!given || !data || !/^[A-Za-z0-9_-]+$/.test(data) || !Object.prototype.hasOwnProperty.call(DOWNLOAD_TYPES, type)) return null;
  const name = safeFileName(given, type as DownloadType);
  if (!name) return null;
  try {
    const binary = atob(data.replace(/-/g, '+').replace(/_/g, '/'));
    const bytes = Uint8Array.from(binary, (c) => c.charCodeAt(0));
    return { name, type: type as DownloadType, label: DOWNLOAD_TYPES[type as DownloadType].label, bytes };
  } catch {
    return null;
  }
}

export function downloadFile(bytes: Uint8Array, fileName: string, mimeType: string): void {
  const url = URL.createObjectURL(new Blob([bytes as BlobPart], { type: mimeType }));
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.rel = 'noopener';
  document.body.appendChild(link);
  link.click();
  link.remove();
  // Give the browser time to start the download before the URL goes.
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}

/** The Clipboard API where the host allows it; a selected textarea and execCommand otherwise. */
export async function copyText(text: string): Promise<void> {
  try {
    await navigator.clipboard.writeText(text);
    return;
  } catch {
    // Office hosts often deny clipboard-write to the add-in's frame; fall through.
  }
  const area = document.createElement('textarea');
  area.value = text;
  area.setAttribute('readonly', '');
  area.style.position = 'fixed';
  area.style.opacity = '0';
  document.body.appendChild(area);
  area.select();
  const ok = document.execCommand('copy');
  area.remove();
  if (!ok) throw new Error('无法访问剪贴板：请在预览中选中全文后按 Ctrl+C 复制。');
}
