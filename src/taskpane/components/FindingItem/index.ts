export * from './FindingItem';
