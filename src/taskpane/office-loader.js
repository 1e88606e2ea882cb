/*
 * Loads office.js, except in WPS 表格. The one pane page serves Excel and WPS: WPS's embedded browser
 * puts its own object model on the page (window.Application, wps.EtApplication) before any script of
 * the page runs, and there office.js has no business: it would only try to reach Microsoft (or our
 * own copy of it), and on many WPS desktops that is a network without internet.
 *
 * Plain ES5 and not bundled: it runs first, in <head>, in the oldest browser the pane meets, and
 * starts office.js's download before the pane's bundle is even parsed. Its address comes from this
 * script tag's data-office-js (npm run package --offline rewrites it to the add-in's own server).
 * The pane (src/taskpane/host.ts) waits for the script's load or error event through data-state.
 */
/* global window, document, navigator */
(function () {
  var w = window;
  // The oldest Chromium the pane's scripts parse in: webpack.config.js builds them, dependencies
  // included, for ES2018, and src/taskpane/legacy-runtime.ts adds the newer APIs they call
  // (tests/manifest/browser-support.test.ts measures the build against this number). An older
  // embedded browser (old WPS builds) would leave the pane blank: say what to do instead.
  var MIN_CHROMIUM = 64;
  var chromium = /Chrom(?:e|ium)\/(\d+)/.exec(navigator.userAgent);
  if (chromium && Number(chromium[1]) < MIN_CHROMIUM) {
    document.addEventListener('DOMContentLoaded', function () {
      var root = document.getElementById('root');
      if (!root) return;
      root.setAttribute('role', 'alert');
      root.style.padding = '16px';
      root.textContent =
        '这个 WPS（或 Office）的内置浏览器版本过旧（Chromium ' + chromium[1] + '），年报助手需要 Chromium ' + MIN_CHROMIUM +
        ' 或更新的版本才能运行。请把 WPS Office 升级到最新版本，或联系信息中心。';
    }, { once: true });
  }
  var app = w.Application;
  var inWps = (w.wps && typeof w.wps.EtApplication === 'function') || (app && typeof app === 'object' && 'ActiveWorkbook' in app);
  if (inWps) return;
  var me = document.currentScript;
  var address = me && me.getAttribute('data-office-js');
  if (!address) return;
  var script = document.createElement('script');
  script.id = 'office-js';
  script.src = address;
  script.onload = function () {
    script.setAttribute('data-state', 'loaded');
  };
  script.onerror = function () {
    script.setAttribute('data-state', 'failed');
  };
  document.head.appendChild(script);
})();
