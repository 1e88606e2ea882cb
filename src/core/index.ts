/** The pure core: no Office.js, no DOM, no Node built-ins. Edges import from here. */
export * from './cells';
export * from './format';
export * from './labels';
export * from './limits';
export * from './layout/a1';
export * from './layout/inputs';
export * from './layout/plan';
export * from './layout/rects';
export * from './layout/read';
export * from './layout/styles';
export * from './layout/wrap';
export * from './sample';
export * from './rules';
export * from './import';
export * from './narrative';
export * from './report';
export * from './validate-read';
