/**
 * The part of WPS 表格's JS API (ET object model, shaped like Excel VBA) that the adapter uses.
 * Members marked "property or method" are read through `member()` (application.ts).
 */
export type Grid = unknown[][];

export interface WpsRange {
  /** Property or method. */
  readonly Address: string | (() => string);
  /** A scalar for one cell, a 2-D array for more; assignable either way. */
  Value2: unknown;
  Formula: unknown;
  NumberFormat: string;
  HorizontalAlignment: number;
  VerticalAlignment: number;
  WrapText: boolean;
  Locked: boolean;
  readonly Row: number;
  readonly Column: number;
  Merge(across?: boolean): void;
  readonly Interior: { Color: number };
  readonly Font: { Name: string; Size: number; Bold: boolean; Italic: boolean; Color: number };
  readonly Borders: { Item(index: number): { LineStyle: number; Weight: number; Color: number } };
  readonly Validation: {
    Add(type: number, alertStyle?: number, operator?: number, formula1?: unknown, formula2?: unknown): void;
    Delete(): void;
    InputTitle: string;
    InputMessage: string;
    ErrorTitle: string;
    ErrorMessage: string;
    ShowInput: boolean;
    ShowError: boolean;
  };
  readonly FormatConditions: WpsFormatConditions;
  ColumnWidth: number;
  RowHeight: number;
  /** Position and size in points, from the sheet's top-left corner (read-only, as in VBA). */
  readonly Left: number;
  readonly Top: number;
  readonly Width: number;
  readonly Height: number;
  readonly EntireColumn: { Hidden: boolean };
  Select(): void;
}

export interface WpsFormatConditions {
  readonly Count: number;
  Item(index: number): { readonly Formula1: string; Delete(): void };
  Add(type: number, operator?: unknown, formula1?: string): { readonly Interior: { Color: number }; readonly Font: { Color: number } };
}

export interface WpsWorksheet {
  Name: string;
  /** XlSheetVisibility: -1 visible, 0 hidden, 2 very hidden. */
  Visible: number;
  /** Every cell of the sheet. */
  readonly Cells: WpsRange;
  Delete(): void;
  Range(address: string): WpsRange;
  /** Property or method. */
  readonly UsedRange: WpsRange | (() => WpsRange);
  Activate(): void;
  Protect(password?: string, drawingObjects?: boolean, contents?: boolean, scenarios?: boolean, userInterfaceOnly?: boolean, allowFormattingCells?: boolean, allowFormattingColumns?: boolean, allowFormattingRows?: boolean): void;
  readonly PageSetup: {
    Orientation: number;
    PaperSize: number;
    Zoom: number | false;
    FitToPagesWide: number | false;
    FitToPagesTall: number | false;
    CenterHorizontally: boolean;
    PrintTitleRows: string;
    CenterFooter: string;
  };
  readonly Tab: { Color: number };
  readonly Shapes: WpsShapes;
  readonly HPageBreaks: { Add(before: WpsRange): unknown };
}

/** Worksheet.Shapes: a chart is added as a Shape (AddChart2); Shape.Chart is the chart itself. */
export interface WpsShapes {
  readonly Count: number;
  AddChart2(style?: number | null, chartType?: number, left?: number, top?: number, width?: number, height?: number, newLayout?: boolean): WpsShape;
}

export interface WpsShape {
  Name: string;
  readonly Chart: WpsChart;
}

export interface WpsChart {
  ChartType: number;
  SetSourceData(source: WpsRange, plotBy?: number): void;
  HasTitle: boolean;
  /** Exists only while HasTitle is true. */
  readonly ChartTitle: { Text: string; readonly Font: { Size: number; Bold: boolean } };
  HasLegend: boolean;
  /** Exists only while HasLegend is true. */
  readonly Legend: { Position: number };
  readonly ChartArea: { readonly Font: { Name: string } };
  ApplyDataLabels(type?: number, legendKey?: boolean, autoText?: boolean, hasLeaderLines?: boolean, showSeriesName?: boolean, showCategoryName?: boolean, showValue?: boolean, showPercentage?: boolean): void;
  /** A method, as in VBA: Axes(xlValue). Pie charts have no axes. */
  Axes(type: number): { HasTitle: boolean; readonly AxisTitle: { Text: string } };
  /** Property or method (VBA's SeriesCollection(Index) is a method; some WPS builds expose the collection). */
  readonly SeriesCollection: WpsSeriesCollection | (() => WpsSeriesCollection);
}

export interface WpsSeriesCollection {
  readonly Count: number;
  Item(index: number): WpsSeries;
  NewSeries(): WpsSeries;
}

export interface WpsSeries {
  Name: string;
  /** A Range (or an array of constants), as in VBA. */
  Values: unknown;
  XValues: unknown;
  Delete(): void;
}

export interface WpsSheets {
  readonly Count: number;
  Item(index: number | string): WpsWorksheet;
  Add(before?: WpsWorksheet, after?: WpsWorksheet): WpsWorksheet;
}

export interface WpsName {
  readonly Name: string;
  readonly RefersTo: string;
}

export interface WpsNames {
  readonly Count: number;
  Item(index: number | string): WpsName;
  Add(name: string, refersTo: string): WpsName;
}

export interface WpsWorkbook {
  /** Property or method. */
  readonly Sheets: WpsSheets | (() => WpsSheets);
  /** Property or method. */
  readonly Names: WpsNames | (() => WpsNames);
}

export interface WpsTaskPane {
  readonly ID: number;
  Visible: boolean;
  DockPosition: number;
}

export interface WpsApplication {
  /** Off while deleting a sheet, or WPS asks the user to confirm. */
  DisplayAlerts: boolean;
  readonly ActiveWorkbook: WpsWorkbook | null;
  readonly ActiveWindow: { SplitRow: number; SplitColumn: number; FreezePanes: boolean; DisplayGridlines: boolean };
  readonly ApiEvent: {
    AddApiEventListener(name: string, listener: (...args: unknown[]) => unknown): void;
    RemoveApiEventListener(name: string, listener: (...args: unknown[]) => unknown): void;
  };
  readonly PluginStorage: { setItem(key: string, value: string): void; getItem(key: string): string | null };
  CreateTaskPane(url: string): WpsTaskPane;
  GetTaskPane(id: number): WpsTaskPane;
}
