/** Excel's string enums, as Office.js defines them on `Excel`. */


// ------------------------------------------------------------------ enums (string values, as in office.js)

export const enumOf = (...values: string[]) => Object.fromEntries(values.map((v) => [v[0].toLowerCase() + v.slice(1), v]));
export const PAPER = ['Letter', 'LetterSmall', 'Tabloid', 'Ledger', 'Legal', 'Statement', 'Executive', 'A3', 'A4', 'A4Small', 'A5', 'B4', 'B5', 'Folio', 'Quatro', 'Paper10x14', 'Paper11x17', 'Note', 'Envelope9', 'Envelope10', 'Envelope11', 'Envelope12', 'Envelope14', 'Csheet', 'Dsheet', 'Esheet', 'EnvelopeDL', 'EnvelopeC5', 'EnvelopeC3', 'EnvelopeC4', 'EnvelopeC6', 'EnvelopeC65', 'EnvelopeB4', 'EnvelopeB5', 'EnvelopeB6', 'EnvelopeItaly', 'EnvelopeMonarch', 'EnvelopePersonal', 'FanfoldUS', 'FanfoldStdGerman', 'FanfoldLegalGerman'];
export const H_ALIGN = ['General', 'Left', 'Center', 'Right', 'Fill', 'Justify', 'CenterAcrossSelection', 'Distributed'];
export const V_ALIGN = ['Top', 'Center', 'Bottom', 'Justify', 'Distributed'];
export const BORDER_INDEX = ['EdgeTop', 'EdgeBottom', 'EdgeLeft', 'EdgeRight', 'InsideVertical', 'InsideHorizontal', 'DiagonalDown', 'DiagonalUp'];
export const BORDER_STYLE = ['None', 'Continuous', 'Dash', 'DashDot', 'DashDotDot', 'Dot', 'Double', 'SlantDashDot'];
export const BORDER_WEIGHT = ['Hairline', 'Thin', 'Medium', 'Thick'];
export const CF_TYPES = ['Custom', 'DataBar', 'ColorScale', 'IconSet', 'TopBottom', 'PresetCriteria', 'ContainsText', 'CellValue'];
export const DV_OPERATORS = ['Between', 'NotBetween', 'EqualTo', 'NotEqualTo', 'GreaterThan', 'LessThan', 'GreaterThanOrEqualTo', 'LessThanOrEqualTo'];
export const DV_KINDS: Record<string, string> = { wholeNumber: 'WholeNumber', decimal: 'Decimal', textLength: 'TextLength', date: 'Date', time: 'Time', list: 'List', custom: 'Custom' };
export const CLEAR = ['All', 'Formats', 'Contents', 'Hyperlinks', 'RemoveHyperlinks', 'ResetContents'];

export const EXCEL_ENUMS = {
  ConditionalFormatType: enumOf(...CF_TYPES),
  DataValidationType: enumOf('None', ...Object.values(DV_KINDS), 'Inconsistent', 'MixedCriteria'),
  DataValidationOperator: enumOf(...DV_OPERATORS),
  DataValidationAlertStyle: enumOf('Stop', 'Warning', 'Information'),
  BorderIndex: enumOf(...BORDER_INDEX),
  BorderLineStyle: enumOf(...BORDER_STYLE),
  BorderWeight: enumOf(...BORDER_WEIGHT),
  HorizontalAlignment: enumOf(...H_ALIGN),
  VerticalAlignment: enumOf(...V_ALIGN),
  PageOrientation: enumOf('Portrait', 'Landscape'),
  PaperType: enumOf(...PAPER),
  PrintOrder: enumOf('DownThenOver', 'OverThenDown'),
  PrintMarginUnit: enumOf('Points', 'Inches', 'Centimeters'),
  ClearApplyTo: enumOf(...CLEAR),
  ProtectionSelectionMode: enumOf('Normal', 'Unlocked', 'None'),
  SheetVisibility: enumOf('Visible', 'Hidden', 'VeryHidden'),
  NamedItemType: enumOf('String', 'Integer', 'Double', 'Boolean', 'Range', 'Error', 'Array'),
  NamedItemScope: enumOf('Worksheet', 'Workbook'),
  RangeValueType: enumOf('Unknown', 'Empty', 'String', 'Integer', 'Double', 'Boolean', 'Error', 'RichValue'),
  ErrorCodes: enumOf(
    'AccessDenied', 'ApiNotFound', 'Conflict', 'GeneralException', 'InvalidArgument', 'InvalidOperation', 'InvalidReference', 'InvalidSelection',
    'ItemAlreadyExists', 'ItemNotFound', 'MergedRangeConflict', 'NotImplemented', 'RangeExceedsLimit', 'ResponsePayloadSizeLimitExceeded',
    'UnsupportedOperation', 'InvalidOperationInCellEditMode',
  ),
};
