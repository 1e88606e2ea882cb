export * from './ChartSheetCard';
