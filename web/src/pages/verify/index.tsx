export { VerifyPage, verifiedNumber } from './VerifyPage';
