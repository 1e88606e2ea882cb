export * from './ImportPreviousPanel';
