/*
 * publish.html: records 年报助手 in this computer's WPS (WPS's publish mode). WPS Office runs a small
 * local service on 127.0.0.1:58890; posting an add-in's record to its /deployaddons/runParams
 * writes it into the user's jsaddons/publish.xml, and /publishlist lists what is recorded. The
 * record is base64 of UTF-8 JSON. Our own page, written from that protocol as WPS's documentation
 * and its public publish pages use it; plain ES5 for any browser the clerk opens it in.
 */
(function () {
  var SERVICE = 'http://127.0.0.1:58890';
  var ADDON = { name: 'nianbao', addonType: 'et', online: 'true', url: '{{BASE_URL}}wps/', version: '{{VERSION}}' };
  var statusBox = document.getElementById('status');
  var installButton = document.getElementById('install');
  var uninstallButton = document.getElementById('uninstall');

  function say(text, kind) {
    statusBox.textContent = text;
    statusBox.setAttribute('data-kind', kind || '');
  }

  function base64Json(value) {
    return window.btoa(unescape(encodeURIComponent(JSON.stringify(value))));
  }

  /** POSTs to the local WPS service; calls back with the response text, or null when it did not answer. */
  function post(path, body, done) {
    var xhr = new XMLHttpRequest();
    var finished = false;
    function finish(text) {
      if (finished) return;
      finished = true;
      done(text);
    }
    try {
      xhr.open('POST', SERVICE + path);
      xhr.timeout = 5000;
      xhr.onload = function () {
        finish(xhr.status === 200 ? String(xhr.responseText || '') : null);
      };
      xhr.onerror = xhr.ontimeout = function () {
        finish(null);
      };
      xhr.send(body);
    } catch (e) {
      finish(null);
    }
  }

  var NO_SERVICE =
    '没能连上这台电脑上的 WPS。请先打开一次 WPS 表格，再回到本页点「安装到 WPS 表格」。' +
    '若仍不行：这台电脑可能没有安装 WPS Office，或浏览器阻止了网页访问本机的 WPS（请换用 WPS 自带的浏览器或 Edge/Chrome 打开本页），也可请信息中心按 jsplugins.xml 方式部署。';

  function installed(list) {
    for (var i = 0; i < list.length; i++) if (list[i] && list[i].name === ADDON.name && list[i].addonType === ADDON.addonType) return list[i];
    return null;
  }

  function refresh() {
    post('/publishlist', '', function (text) {
      if (text === null) return say(NO_SERVICE, 'error');
      var list;
      try {
        list = JSON.parse(text || '[]');
      } catch (e) {
        list = [];
      }
      var entry = installed(list && list.length !== undefined ? list : []);
      if (!entry) say('这台电脑的 WPS 表格中还没有年报助手。', '');
      else if (entry.url === ADDON.url) say('这台电脑的 WPS 表格中已安装年报助手（' + entry.url + '）。', 'ok');
      else say('这台电脑的 WPS 表格中的年报助手来自另一个地址（' + entry.url + '）。点「安装到 WPS 表格」改为本页的地址。', '');
    });
  }

  function send(cmd, done) {
    installButton.disabled = uninstallButton.disabled = true;
    var record = { cmd: cmd, name: ADDON.name, url: ADDON.url, addonType: ADDON.addonType, online: ADDON.online, version: ADDON.version };
    post('/deployaddons/runParams', base64Json(record), function (text) {
      installButton.disabled = uninstallButton.disabled = false;
      if (text === null) return say(NO_SERVICE, 'error');
      if (text !== '' && text !== 'OK') return say('WPS 没有接受：' + text + '。请关闭 WPS 后重试，或请信息中心按 jsplugins.xml 方式部署。', 'error');
      done();
    });
  }

  installButton.onclick = function () {
    say('正在安装…', '');
    send('enable', function () {
      say('已安装。请关闭并重新打开 WPS 表格；WPS 询问是否信任年报助手时选择允许，再重新打开一次，功能区就会出现「年报助手」选项卡。', 'ok');
    });
  };
  uninstallButton.onclick = function () {
    say('正在卸载…', '');
    send('disable', function () {
      say('已卸载。重新打开 WPS 表格后，「年报助手」选项卡不再出现。', 'ok');
    });
  };

  refresh();
})();
