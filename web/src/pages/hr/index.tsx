// HR's promotion review (晋升审核): routes.tsx imports these two screens.
export { HrPage } from './HrPage';
export { HrCompetitionPage } from './HrCompetitionPage';
