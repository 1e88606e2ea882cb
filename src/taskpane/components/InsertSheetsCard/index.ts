export * from './InsertSheetsCard';
