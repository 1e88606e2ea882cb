export * from './sum';
export * from './parent';
export * from './plan';
