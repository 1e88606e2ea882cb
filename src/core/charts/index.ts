export { chartDefinitions, termValue, type ChartDefinition, type ChartOptions, type ChartTerm } from './definitions';
export { buildChartSheetPlan, chartSheetEdits, chartSheetName, CHART_SHEET_NAME, freeChartSheetName, type ChartSheetOptions, type ChartSheetPlan, type Locate, type PlannedChart } from './sheet';
