export { CommendationsPage } from './CommendationsPage';
