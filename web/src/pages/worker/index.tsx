// The worker portal (我的成绩): routes.tsx imports this screen.
export { WorkerPage } from './WorkerPage';
