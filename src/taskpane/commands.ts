/**
 * The function file the manifest names. The ribbon button only opens the task pane
 * (ShowTaskpane), so there are no commands to register yet.
 */
Office.onReady(() => undefined);
