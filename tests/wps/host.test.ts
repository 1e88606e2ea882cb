import { findSpreadsheetHost } from '../../src/taskpane/spreadsheet-host';
import { WpsDouble } from '../doubles/wps-double';

describe('finding the spreadsheet host at start', () => {
  it('finds WPS by its object model, and wires the WPS port', async () => {
    const double = new WpsDouble();
    for (const scope of [{ Application: double.application }, { wps: { EtApplication: () => double.application } }]) {
      const host = findSpreadsheetHost(scope);
      expect(host.kind).toBe('wps');
      if (host.kind !== 'wps') continue;
      expect(await host.port.checkExistingSheets()).toEqual({ conflicts: [], nextCopy: 1 });
    }
    expect(double.count('Workbook.Sheets')).toBeGreaterThan(0);
  });

  it('finds Excel by office.js, and a plain browser by neither', () => {
    expect(findSpreadsheetHost({ Office: { onReady: () => undefined } }).kind).toBe('office');
    expect(findSpreadsheetHost({}).kind).toBe('browser');
    // Another page's `Application` global that is not WPS's is not taken for WPS.
    expect(findSpreadsheetHost({ Application: { name: 'x' } }).kind).toBe('browser');
  });
});
