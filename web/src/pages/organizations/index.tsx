export { OrganizationsPage } from './OrganizationsPage';
