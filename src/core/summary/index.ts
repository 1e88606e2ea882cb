export * from './sum';
export * from './parent';
export * from './plan';
export * from './agency-findings';
export * from './duplicates';
export * from './opinion';
