export * from './NoSheets';
