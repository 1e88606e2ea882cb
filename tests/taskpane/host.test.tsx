/** @jest-environment jsdom */
import * as fs from 'fs';
import * as path from 'path';
import { render, screen } from '@testing-library/react';
import { FluentProvider, webLightTheme } from '@fluentui/react-components';
import { HostProblem } from '../../src/taskpane/components/HostProblem';
import { hostCanRun, officeJsSource, whenOfficeJsSettles } from '../../src/taskpane/host';
import { WpsDouble } from '../doubles/wps-double';
import { ROOT } from '../support/seeds';

/**
 * How the one pane page starts in each host: office-loader.js (taskpane.html's first script) adds
 * office.js except in WPS 表格, and the pane waits for it and names where it came from when it fails.
 */
const LOADER = fs.readFileSync(path.join(ROOT, 'src/taskpane/office-loader.js'), 'utf8');
const CDN = 'https://appsforoffice.microsoft.com/lib/1/hosted/office.js';

type Scope = Window & { Application?: unknown; wps?: unknown };

/** Runs the loader as taskpane.html does: from a script tag that carries office.js's address. */
function runLoader(officeJs = CDN): void {
  const tag = document.createElement('script');
  tag.setAttribute('data-office-js', officeJs);
  document.head.appendChild(tag);
  Object.defineProperty(document, 'currentScript', { configurable: true, get: () => tag });
  try {
    new Function(LOADER)();
  } finally {
    Object.defineProperty(document, 'currentScript', { configurable: true, get: () => null });
  }
}

afterEach(() => {
  document.head.innerHTML = '';
  const w = window as Scope;
  delete w.Application;
  delete w.wps;
});

describe('office-loader.js', () => {
  it('adds office.js from the address taskpane.html gives it, outside WPS', () => {
    runLoader();
    const script = document.getElementById('office-js') as HTMLScriptElement;
    expect(script.src).toBe(CDN);
    expect(script.parentElement).toBe(document.head);
  });

  it('adds nothing in WPS, whichever way WPS offers its object model', () => {
    const double = new WpsDouble();
    const w = window as Scope;
    w.Application = double.application;
    runLoader();
    expect(document.getElementById('office-js')).toBeNull();
    delete w.Application;
    w.wps = { EtApplication: () => double.application };
    runLoader();
    expect(document.getElementById('office-js')).toBeNull();
  });

  it('takes another page\'s `Application` global for no WPS', () => {
    (window as Scope).Application = { name: 'x' };
    runLoader();
    expect(document.getElementById('office-js')).not.toBeNull();
  });

  it('marks the script loaded or failed, so the pane need not have seen the event', async () => {
    runLoader();
    const script = document.getElementById('office-js') as HTMLScriptElement;
    script.dispatchEvent(new Event('error'));
    expect(script.dataset.state).toBe('failed');
    await expect(whenOfficeJsSettles()).resolves.toBeUndefined();
  });

  it('lets the pane wait until office.js has loaded or failed', async () => {
    runLoader();
    const script = document.getElementById('office-js') as HTMLScriptElement;
    let settled = false;
    const waiting = whenOfficeJsSettles().then(() => (settled = true));
    await Promise.resolve();
    expect(settled).toBe(false);
    script.dispatchEvent(new Event('load'));
    await waiting;
    expect(settled).toBe(true);
  });
});

describe('an embedded browser too old for the pane (old WPS builds)', () => {
  const agent = (ua: string) => Object.defineProperty(window.navigator, 'userAgent', { configurable: true, get: () => ua });
  afterEach(() => {
    delete (window.navigator as unknown as Record<string, unknown>).userAgent;
    document.body.innerHTML = '';
  });

  it('says which Chromium it found and what to do, instead of a blank pane', () => {
    document.body.innerHTML = '<div id="root"></div>';
    agent('Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/63.0.3239.132 Safari/537.36');
    runLoader();
    document.dispatchEvent(new Event('DOMContentLoaded'));
    const root = document.getElementById('root')!;
    expect(root.getAttribute('role')).toBe('alert');
    expect(root.textContent).toMatch(/内置浏览器版本过旧（Chromium 63），年报助手需要 Chromium 64 或更新的版本才能运行。请把 WPS Office 升级到最新版本/);
  });

  it.each(['64.0.3282.140', '86.0.4240.198', '120.0.0.0'])('leaves a new enough browser alone (Chromium %s)', (version) => {
    document.body.innerHTML = '<div id="root"></div>';
    agent(`Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/${version} Safari/537.36`);
    runLoader();
    document.dispatchEvent(new Event('DOMContentLoaded'));
    expect(document.getElementById('root')!.textContent).toBe('');
  });
});

describe('where the pane can run', () => {
  it('runs in Excel and in WPS, and explains everywhere else', () => {
    expect(hostCanRun('excel')).toBe(true);
    expect(hostCanRun('wps')).toBe(true);
    for (const status of ['noOfficeJs', 'notReady', 'notExcel', 'tooOld'] as const) expect(hostCanRun(status)).toBe(false);
  });
});

describe('when office.js did not load', () => {
  const show = () =>
    render(
      <FluentProvider theme={webLightTheme}>
        <HostProblem status="noOfficeJs" />
      </FluentProvider>,
    );

  it('from Microsoft\'s CDN: names that address and says what the network administrator can do', () => {
    runLoader();
    expect(officeJsSource()).toEqual({ origin: 'https://appsforoffice.microsoft.com', ownServer: false });
    show();
    const text = screen.getByRole('alert').textContent!;
    expect(text).toContain('https://appsforoffice.microsoft.com');
    expect(text).toContain('离线部署包');
  });

  it('from the add-in\'s own server (the offline package): names that server, and no Microsoft address', () => {
    runLoader(`${location.origin}/nianbao/office-js/office.js`);
    expect(officeJsSource()).toEqual({ origin: location.origin, ownServer: true });
    show();
    const text = screen.getByRole('alert').textContent!;
    expect(text).toContain(location.origin);
    expect(text).toContain('office-js 文件夹');
    expect(text).not.toMatch(/microsoft\.com/);
  });
});
