export { AgencyTable } from './AgencyTable';
