export * from './ValidationPanel';
