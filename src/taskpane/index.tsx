import { FluentProvider, webLightTheme } from '@fluentui/react-components';
import { createRoot } from 'react-dom/client';
// The one place the pane meets Office.js: the spreadsheet port's Excel implementation.
import { excelSpreadsheet } from '../excel/spreadsheet';
import { App } from './App';
import { detectHost } from './host';
import { SpreadsheetProvider } from './spreadsheet';

const root = createRoot(document.getElementById('root')!);
detectHost((host) =>
  root.render(
    <FluentProvider theme={webLightTheme} lang="zh-CN">
      <SpreadsheetProvider spreadsheet={excelSpreadsheet}>
        <App host={host} />
      </SpreadsheetProvider>
    </FluentProvider>,
  ),
);
