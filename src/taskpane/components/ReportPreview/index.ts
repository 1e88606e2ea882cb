export * from './ReportPreview';
