// First: the runtime APIs older embedded browsers (old WPS builds) lack, before any library runs.
import './legacy-runtime';
import { FluentProvider, webLightTheme } from '@fluentui/react-components';
import { createRoot } from 'react-dom/client';
// The one place the pane meets Office.js: the spreadsheet port's Excel implementation.
import { excelSpreadsheet } from '../excel/spreadsheet';
import type { SpreadsheetPort } from '../port';
import { App } from './App';
import { detectHost, whenOfficeJsSettles, type HostStatus } from './host';
import { findSpreadsheetHost } from './spreadsheet-host';
import { SpreadsheetProvider } from './spreadsheet';

const root = createRoot(document.getElementById('root')!);

function show(spreadsheet: SpreadsheetPort, host: HostStatus): void {
  root.render(
    <FluentProvider theme={webLightTheme} lang="zh-CN">
      <SpreadsheetProvider spreadsheet={spreadsheet}>
        <App host={host} />
      </SpreadsheetProvider>
    </FluentProvider>,
  );
}

// One bundle for both hosts: WPS 表格 is found by its object model (office.js was never loaded
// there); otherwise office.js says whether this is an Excel that can run the pane, and if not, why.
const found = findSpreadsheetHost();
if (found.kind === 'wps') show(found.port, 'wps');
else void whenOfficeJsSettles().then(() => detectHost((status) => show(excelSpreadsheet, status)));
