/*
 * 年报助手 as a WPS 表格 加载项: the ribbon's callbacks. WPS's embedded browser can be old, so this
 * file is plain ES5, and no callback is async (async ribbon callbacks kept the ribbon from showing
 * in some WPS builds, e.g. 12.1.0.23542). The task pane is the same page Excel shows.
 */
var NIANBAO_PANE_URL = '{{BASE_URL}}taskpane.html';
var NIANBAO_ICON_URL = '{{BASE_URL}}assets/icon-80.png';
var NIANBAO_PANE_KEY = 'nianbao.taskpane.id';

function nianbaoApplication() {
  if (window.wps && typeof window.wps.EtApplication === 'function') return window.wps.EtApplication();
  return window.Application;
}

function OnAddinLoad(ribbonUI) {
  window.nianbaoRibbon = ribbonUI;
  return true;
}
// WPS's samples spell it both ways.
var OnAddInLoad = OnAddinLoad;

/** Shows the task pane, or hides it when it is showing; one pane per WPS window, found again by its ID. */
function nianbaoTogglePane() {
  var app = nianbaoApplication();
  var pane = null;
  var id = app.PluginStorage.getItem(NIANBAO_PANE_KEY);
  if (id) {
    try {
      pane = app.GetTaskPane(id);
    } catch (e) {
      pane = null; // closed with its window: make a new one
    }
  }
  if (!pane) {
    // Documented as CreateTaskPane; some builds spell it CreateTaskpane.
    var create = app.CreateTaskPane || app.CreateTaskpane;
    pane = create.call(app, NIANBAO_PANE_URL);
    app.PluginStorage.setItem(NIANBAO_PANE_KEY, pane.ID);
    pane.Visible = true;
    return;
  }
  pane.Visible = !pane.Visible;
}

function OnAction(control) {
  if (control && control.Id === 'nianbaoOpenPane') nianbaoTogglePane();
  return true;
}

function GetImage() {
  return NIANBAO_ICON_URL;
}

function OnGetEnabled() {
  return true;
}
