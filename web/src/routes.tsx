import type { RouteObject } from 'react-router';
import { AppShell } from './layout/AppShell';
import { NotFoundPage } from './layout/NotFoundPage';
import { RouteError } from './layout/RouteError';
import { CompetitionPage, CompetitionsPage } from './pages/competitions';
import { EventPage } from './pages/event';
import { EventWizardPage } from './pages/event-wizard';
import { HomePage } from './pages/home/HomePage';
import { HrCompetitionPage, HrPage } from './pages/hr';
import { JudgeEventPage, JudgePadPage } from './pages/judge-pad';
import { ScoreboardPage } from './pages/scoreboard';
import { WorkerPage } from './pages/worker';

/**
 * The route table. Every screen is a folder of src/pages whose index.tsx exports its page component(s);
 * the AppShell (header, navigation, `me`) frames them all.
 */
export const routes: RouteObject[] = [
  {
    path: '/',
    element: <AppShell />,
    errorElement: <RouteError />,
    children: [
      { index: true, element: <HomePage /> },
      // Organizer console (others see the competitions and their events' scoreboards there)
      { path: 'competitions', element: <CompetitionsPage /> },
      { path: 'competitions/:id', element: <CompetitionPage /> },
      { path: 'competitions/:id/events/new', element: <EventWizardPage /> },
      { path: 'events/:id', element: <EventPage /> },
      // Judge pad
      { path: 'judge', element: <JudgePadPage /> },
      { path: 'judge/events/:id', element: <JudgeEventPage /> },
      // Live scoreboard (大屏); round is a round code, the last round when absent
      { path: 'scoreboard/:eventId/:round?', element: <ScoreboardPage /> },
      // HR: promotion review
      { path: 'hr', element: <HrPage /> },
      { path: 'hr/competitions/:id', element: <HrCompetitionPage /> },
      // Worker portal
      { path: 'me', element: <WorkerPage /> },
      { path: '*', element: <NotFoundPage /> },
    ],
  },
];

/** Links between screens, so a path is spelled in one place. */
export const paths = {
  home: () => '/',
  competitions: () => '/competitions',
  competition: (id: string) => `/competitions/${encodeURIComponent(id)}`,
  newEvent: (competitionId: string) => `/competitions/${encodeURIComponent(competitionId)}/events/new`,
  event: (id: string) => `/events/${encodeURIComponent(id)}`,
  judge: () => '/judge',
  judgeEvent: (id: string) => `/judge/events/${encodeURIComponent(id)}`,
  scoreboard: (eventId: string, round?: string) =>
    `/scoreboard/${encodeURIComponent(eventId)}${round ? `/${encodeURIComponent(round)}` : ''}`,
  hr: () => '/hr',
  hrCompetition: (id: string) => `/hr/competitions/${encodeURIComponent(id)}`,
  me: () => '/me',
};
