import { FluentProvider, webLightTheme } from '@fluentui/react-components';
import { createRoot } from 'react-dom/client';
import { App } from './App';
import { detectHost } from './host';

const root = createRoot(document.getElementById('root')!);
detectHost((host) =>
  root.render(
    <FluentProvider theme={webLightTheme} lang="zh-CN">
      <App host={host} />
    </FluentProvider>,
  ),
);
