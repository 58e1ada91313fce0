export { LaborAssessPage } from './LaborAssessPage';
export { ReviewInboxPage } from './ReviewInboxPage';
