/**
 * Getting a file or text out of the task pane. Excel on the web and on Windows (WebView2) let an
 * add-in download a file; Excel on Mac and iPad do not (their web views drop downloads), so there
 * the pane says so and offers copying instead of failing silently.
 */

export function canDownload(): boolean {
  try {
    const platform = Office.context?.platform;
    return platform !== Office.PlatformType.Mac && platform !== Office.PlatformType.iOS;
  } catch {
    return true;
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
