import { FluentProvider, webLightTheme } from '@fluentui/react-components';
import { createRoot } from 'react-dom/client';
import { BureauApp } from './components/BureauApp';

createRoot(document.getElementById('root')!).render(
  <FluentProvider theme={webLightTheme} lang="zh-CN">
    <BureauApp />
  </FluentProvider>,
);
