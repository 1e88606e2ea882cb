export * from './ChartOutputs';
export * from './useChartOutputs';
