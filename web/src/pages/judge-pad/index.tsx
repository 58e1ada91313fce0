// The judge pad (评分): routes.tsx imports these two screens.
export { JudgePadPage } from './JudgePadPage';
export { JudgeEventPage } from './JudgeEventPage';
