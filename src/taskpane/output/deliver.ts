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

/** The file in a download page's fragment; null when it is missing or damaged. */
export function decodeFileFromHash(hash: string): { name: string; type: string; bytes: Uint8Array } | null {
  const params = new URLSearchParams(hash.replace(/^#/, ''));
  const name = params.get('name');
  const data = params.get('data');
  if (!name || !data || !/^[A-Za-z0-9_-]+$/.test(data)) return null;
  try {
    const binary = atob(data.replace(/-/g, '+').replace(/_/g, '/'));
    const bytes = Uint8Array.from(binary, (c) => c.charCodeAt(0));
    // The name is shown and saved as given; a path in it would be the browser's to refuse, but say no first.
    return { name: name.replace(/[\\/]/g, '_'), type: params.get('type') || 'application/octet-stream', bytes };
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

export const DOCX_MIME = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';
