export { RosterImport } from './RosterImport';
