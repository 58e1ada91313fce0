export { IssueCertificatesButton } from './IssueCertificatesButton';
export { MyCertificates } from './MyCertificates';
export { ResultsSheetButton } from './ResultsSheetButton';
