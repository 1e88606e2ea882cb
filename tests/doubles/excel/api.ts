/**
 * The API surface of the Excel double: importing this module defines every class the double models.
 * Extensions (e.g. ../excel-charts.ts) are imported after it, from the barrel ../excel-double.ts.
 */
import './api-workbook';
import './api-range';
import './api-format';
import './api-validation';
import './api-sheet';
import './api-names';
