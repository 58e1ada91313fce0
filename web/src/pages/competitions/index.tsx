export { CompetitionPage } from './CompetitionPage';
export { CompetitionsPage } from './CompetitionsPage';
