export { HiddenText, LiveRegion } from './LiveRegion';
