export * from './GeneratePanel';
