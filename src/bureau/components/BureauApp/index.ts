export { BureauApp } from './BureauApp';
