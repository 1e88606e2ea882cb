export { ParentComparison } from './ParentComparison';
