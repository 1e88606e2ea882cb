export { chartDefinitions, sumCells, termValue, type ChartDefinition, type ChartOptions, type ChartTerm } from './definitions';
export { buildChartSheetPlan, chartSheetEdits, CHART_SHEET_NAME, freeChartSheetName, type ChartSheetOptions, type ChartSheetPlan, type Locate, type PlannedChart } from './sheet';
