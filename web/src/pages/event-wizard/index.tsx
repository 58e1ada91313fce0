export { EventWizardPage } from './EventWizardPage';
