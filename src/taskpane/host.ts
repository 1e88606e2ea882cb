/**
 * Where the task pane finds itself, decided before anything else renders: inside an Excel that can
 * run it, or not — and then why, so that the pane can say what failed and what to do.
 */
export type HostStatus =
  /** Excel with ExcelApi 1.8 or later. */
  | 'excel'
  /** WPS 表格: its object model is on the page (office.js was not loaded). */
  | 'wps'
  /** office.js did not load: no route to Microsoft's Office script (an intranet), or it was blocked. */
  | 'noOfficeJs'
  /** office.js loaded but never said it was ready (an Office that cannot host this add-in). */
  | 'notReady'
  /** Opened outside Excel: in a browser, or in another Office application. */
  | 'notExcel'
  /** Excel older than ExcelApi 1.8 (Excel 2016 and earlier). */
  | 'tooOld';

/** How long office.js may take to say it is ready before the pane explains instead of waiting. */
const READY_TIMEOUT_MS = 20_000;

export function detectHost(onStatus: (status: HostStatus) => void): void {
  if (typeof Office === 'undefined' || typeof Office.onReady !== 'function') {
    onStatus('noOfficeJs');
    return;
  }
  let settled = false;
  const settle = (status: HostStatus) => {
    if (settled) return;
    settled = true;
    onStatus(status);
  };
  const timer = setTimeout(() => settle('notReady'), READY_TIMEOUT_MS);
  void Office.onReady((info) => {
    clearTimeout(timer);
    if (info.host !== Office.HostType.Excel) settle('notExcel');
    else if (!Office.context.requirements.isSetSupported('ExcelApi', '1.8')) settle('tooOld');
    else settle('excel');
  });
}

/** Where the pane can work: Excel new enough, or WPS 表格. */
export function hostCanRun(status: HostStatus): status is 'excel' | 'wps' {
  return status === 'excel' || status === 'wps';
}

/** The script element office-loader.js adds (absent in WPS, or when the loader did not run). */
function officeJsScript(): HTMLScriptElement | null {
  return typeof document === 'undefined' ? null : (document.getElementById('office-js') as HTMLScriptElement | null);
}

/**
 * office-loader.js adds office.js to the page without blocking it, so the pane's bundle can run
 * first: wait until that script has loaded or failed (its data-state says which when the event
 * came before this was called) before asking whether Office is there.
 */
export function whenOfficeJsSettles(): Promise<void> {
  const script = officeJsScript();
  if (typeof Office !== 'undefined' || !script || script.dataset.state) return Promise.resolve();
  return new Promise((resolve) => {
    script.addEventListener('load', () => resolve(), { once: true });
    script.addEventListener('error', () => resolve(), { once: true });
  });
}

/**
 * Where this page tried to load office.js from, and whether that is the add-in's own server (the
 * offline package) or another (Microsoft's CDN): what the clerk's administrator must look at.
 */
export function officeJsSource(): { origin: string; ownServer: boolean } | null {
  const script = officeJsScript();
  if (!script?.src) return null;
  const url = new URL(script.src, location.href);
  return { origin: url.origin, ownServer: url.origin === location.origin };
}
