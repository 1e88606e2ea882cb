import { FluentProvider, webLightTheme } from '@fluentui/react-components';
import { render } from '@testing-library/react';
import type { ReactElement } from 'react';
import type { SpreadsheetPort } from '../../src/port';
import { SpreadsheetProvider } from '../../src/taskpane/spreadsheet';

/** Renders a part of the pane as index.tsx does, on the given spreadsheet. */
export function renderPane(ui: ReactElement, spreadsheet: SpreadsheetPort) {
  return render(
    <FluentProvider theme={webLightTheme} lang="zh-CN">
      <SpreadsheetProvider spreadsheet={spreadsheet}>{ui}</SpreadsheetProvider>
    </FluentProvider>,
  );
}
