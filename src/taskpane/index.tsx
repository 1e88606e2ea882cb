import { FluentProvider, webLightTheme } from '@fluentui/react-components';
import { createRoot } from 'react-dom/client';
import { App } from './App';

function render(inExcel: boolean) {
  const root = createRoot(document.getElementById('root')!);
  root.render(
    <FluentProvider theme={webLightTheme} lang="zh-CN">
      <App inExcel={inExcel} />
    </FluentProvider>,
  );
}

if (typeof Office === 'undefined') {
  render(false);
} else {
  Office.onReady((info) => render(info.host === Office.HostType.Excel));
}
