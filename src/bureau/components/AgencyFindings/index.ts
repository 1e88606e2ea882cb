export { AgencyFindings } from './AgencyFindings';
