// 裁判长控制台 (the chief judge's console): routes.tsx imports this screen; the event page and the judge pad link to it.
export { ChiefJudgeConsolePage } from './ChiefJudgeConsolePage';
export { ConsoleLink } from './ConsoleLink';
