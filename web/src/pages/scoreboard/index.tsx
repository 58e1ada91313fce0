// The live scoreboard (成绩大屏): routes.tsx imports this screen.
export { ScoreboardPage } from './ScoreboardPage';
